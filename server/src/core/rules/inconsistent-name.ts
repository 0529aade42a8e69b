/**
 * inconsistent-name: the organisation named differently from how the policy defines it. The policy defines its
 * name in a parenthesis ("Kimmely Company", "JPT"); a proper name used in its place ("Jinmingli's own data"), a
 * misspelling of the defined name, the name in other capitals ("DreamWave") or split in two ("Dream Wave") is reported.
 */
import type { Rule, RuleFinding } from './types';

const RE_DEFINITION = /\(\s*(?:hereinafter\s+(?:referred\s+to\s+as|called|"?the"?)\s*)?[^()]{0,20}?["“”]\s*[^"“”()]{1,40}?\s*["“”][^()]{0,200}\)/gi;
const PRONOUNS = /^(the\s+)?(we|us|our|company|the company|this policy|policy|group|you|your|user|users)$/i;
const GENERIC = new Set(['company', 'group', 'co', 'ltd', 'inc', 'llc', 'limited', 'corporation', 'corp', 'the', 'and', 'of', 'technology', 'technologies', 'electric', 'network', 'information', 'intelligent', 'services']);

/** Edits between two words, a swap of two neighbouring letters counting as one (optimal string alignment). */
function distance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** A misspelling of a name: one edit away (a letter missing, added, changed or swapped), two for long names.
 * Two edits in a short name make another name ("Northwood" is not "Northwind"). */
function nearMissOf(word: string, name: string): boolean {
  return word !== name && word[0] === name[0] && distance(word, name) <= (name.length >= 10 ? 2 : 1);
}

/**
 * Whether the policy names `word` in full elsewhere, as it introduces another party ("shared with Oakridge
 * Partners", "Willowmere Inc."): then "Oakridge's own data" is that party's, not the organisation's old name.
 */
function namedAsParty(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+\\p{Lu}[\\p{L}.]*`, 'u').test(text);
}

export const inconsistentName: Rule = {
  code: 'inconsistent-name',
  description: 'The organisation named differently from the name the policy defines for it.',
  defaultSeverity: 'info',
  check({ doc }) {
    const text = doc.text;
    const head = text.slice(0, Math.min(text.length, 20000));
    const aliases: string[] = [];
    const known = new Set<string>();
    // The words of the names as written: the legal name may write a word as the alias does not ("Shanghai
    // Jingdigital Network Technology Co." defining "JINGdigital"), and either is then the organisation's.
    const written = new Set<string>();
    let m: RegExpExecArray | null;
    RE_DEFINITION.lastIndex = 0;
    while ((m = RE_DEFINITION.exec(head))) {
      // The legal name just before the parenthesis is the organisation too.
      const before = head.slice(Math.max(0, m.index - 120), m.index);
      for (const w of before.split(/[^\p{L}\p{N}-]+/u)) if (w) { known.add(w.toLowerCase()); written.add(w); }
      for (const q of m[0].matchAll(/["“”]\s*([^"“”]{1,40}?)\s*["“”]/g)) {
        const alias = q[1].trim().replace(/[,，]$/, '');
        if (!alias || PRONOUNS.test(alias)) continue;
        aliases.push(alias);
        for (const w of alias.split(/[^\p{L}\p{N}-]+/u)) if (w) { known.add(w.toLowerCase()); written.add(w); }
      }
      if (aliases.length) break;
    }
    if (aliases.length === 0) return [];
    const distinctive = [...new Set(aliases.flatMap((a) => a.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length >= 4 && !GENERIC.has(w.toLowerCase())))];
    const defined = aliases[0];
    const out: RuleFinding[] = [];
    const lowerWords = new Set<string>();
    for (const w of text.match(/\b[a-z][a-z-]{2,}\b/g) ?? []) lowerWords.add(w);
    // A proper name standing in for the organisation ("X's own data"), or a near-miss spelling of its name.
    const distinctiveByLower = new Map(distinctive.map((d) => [d.toLowerCase(), d]));
    const report = (start: number, written: string, replacement: string) => out.push({
      start, end: start + written.length,
      message: `"${written}" is not how this policy names the organisation: it defines the name "${defined}". Use the defined name throughout.`,
      data: { replacement },
    });
    // The name split in two ("Dream Wave" for "Dreamwave").
    for (const p of text.matchAll(/\b(\p{Lu}\p{Ll}+)[ \t](\p{Lu}\p{Ll}+)\b/gu)) {
      const joined = distinctiveByLower.get((p[1] + p[2]).toLowerCase());
      if (joined) report(p.index!, p[0], joined);
    }
    for (const p of text.matchAll(/\b([A-Z][\p{L}-]{3,})(['’]s\b)?/gu)) {
      const word = p[1];
      const lower = word.toLowerCase();
      // The name written in other capitals ("DreamWave" for "Dreamwave"; a heading in capitals writes every word so).
      const cased = distinctiveByLower.get(lower);
      if (cased && !written.has(word) && word !== word.toUpperCase() && cased !== cased.toUpperCase()) { report(p.index!, word, cased); continue; }
      if (known.has(lower)) continue;
      const nearMiss = distinctive.some((d) => d.length >= 5 && nearMissOf(lower, d.toLowerCase()));
      // "X's own data": the policy speaking of itself under another name (third parties are "Google's", not "own").
      const foreignOwner = !!p[2] && /^\s+own\b/i.test(text.slice(p.index! + p[0].length, p.index! + p[0].length + 5)) && !lowerWords.has(lower) && !GENERIC.has(lower)
        && !namedAsParty(text, word);
      if (!nearMiss && !foreignOwner) continue;
      report(p.index!, word, defined);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  fixes(_ctx, finding) {
    const replacement = finding.data?.replacement as string | undefined;
    return replacement ? [{ title: `Change to '${replacement}'`, edits: [{ start: finding.start, end: finding.end, newText: replacement }] }] : [];
  },
};
