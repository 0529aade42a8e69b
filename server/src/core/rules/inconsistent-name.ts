/**
 * inconsistent-name: the organisation named differently from how the policy defines it. The policy defines its
 * name in a parenthesis ("Kimmely Company", "JPT"); a proper name used in its place ("Jinmingli's own data"), a
 * misspelling of the defined name, the name in other capitals ("DreamWave") or split in two ("Dream Wave") is reported.
 */
import { RE_LETTER } from '../parse/scan';
import type { Rule, RuleFinding } from './types';

const RE_DEFINITION = /\(\s*(?:hereinafter\s+(?:referred\s+to\s+as|called|"?the"?)\s*)?[^()]{0,20}?["“”]\s*[^"“”()]{1,40}?\s*["“”][^()]{0,200}\)/gi;
const PRONOUNS = /^(the\s+)?(we|us|our|company|the company|this policy|policy|group|you|your|user|users)$/i;
/**
 * A description the policy defines, not a name: of its app or website ("this APP", "the Platform", "our Website"),
 * or anything after a demonstrative or possessive word.
 */
const RE_DESCRIPTION = /^(?:(?:this|that|these|those|our|your)\s.+|(?:the\s+)?(?:app|apps|application|platform|website|site|services?|products?|software|agreement|terms|policy|statement|notice))$/i;
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

/** Whether `text` writes `lower` (a word in lower case) as a word of its own. */
function writesInLowerCase(text: string, lower: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_-])`, 'u').test(text);
}

/** "'s own" after a word, which may then be another name of the organisation ("as Jinmingli's own data"). */
const RE_OWN = /['’]s\s+own\b/gi;
const RE_WORD_PART = /[\p{L}-]/u;
/** A word the pattern of capitalised words matches as a whole: a capital, then three letters or hyphens at least. */
const RE_CAPITALISED_WORD = /^[A-Z][\p{L}-]{3,}$/u;
/** What `\b` counts as a word's character: a word after one of these is no word of its own. */
const RE_ASCII_WORD_CHAR = /[A-Za-z0-9_]/;

/** A distinctive word of the defined name, as written and in lower case. */
interface Name { readonly name: string; readonly lower: string }

/**
 * Where the capitalised word `word` at `at` is half of a name written as two capitalised words: the half before
 * (`word` then a space and the rest, "Dream" + " Wave"), or, for a first half of two or three letters, the half
 * after ("Kim" + " " + `word`).
 */
function splitName(text: string, at: number, word: string, lower: string, names: readonly Name[]): { start: number; written: string; name: string } | undefined {
  for (const d of names) {
    if (lower.length >= d.lower.length) continue;
    if (d.lower.startsWith(lower)) {
      const restLength = d.lower.length - lower.length;
      const after = text.slice(at + word.length, at + word.length + restLength + 2);
      const rest = after.slice(1, 1 + restLength);
      if ((after[0] === ' ' || after[0] === '\t') && rest.toLowerCase() === d.lower.slice(lower.length) && isCapitalised(rest) && !RE_LETTER.test(after.charAt(1 + restLength))) {
        return { start: at, written: text.slice(at, at + word.length + 1 + restLength), name: d.name };
      }
    } else if (d.lower.endsWith(lower) && d.lower.length - lower.length <= 3) {
      const headLength = d.lower.length - lower.length;
      const before = text.slice(Math.max(0, at - headLength - 2), at);
      const head = before.slice(-headLength - 1, -1);
      if (head.length === headLength && /[ \t]$/.test(before) && head.toLowerCase() === d.lower.slice(0, headLength) && isCapitalised(head) && !RE_LETTER.test(before.length > headLength + 1 ? before.charAt(0) : '')) {
        return { start: at - headLength - 1, written: text.slice(at - headLength - 1, at + word.length), name: d.name };
      }
    }
  }
  return undefined;
}

function isCapitalised(s: string): boolean {
  return s.length > 0 && s[0] !== s[0].toLowerCase() && s.slice(1) === s.slice(1).toLowerCase();
}

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'The organisation named differently from the name the policy defines for it.';

export const inconsistentName: Rule = {
  code: 'inconsistent-name',
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
        if (!alias || PRONOUNS.test(alias) || RE_DESCRIPTION.test(alias)) continue;
        aliases.push(alias);
        for (const w of alias.split(/[^\p{L}\p{N}-]+/u)) if (w) { known.add(w.toLowerCase()); written.add(w); }
      }
      if (aliases.length) break;
    }
    if (aliases.length === 0) return [];
    const distinctive = [...new Set(aliases.flatMap((a) => a.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length >= 4 && !GENERIC.has(w.toLowerCase())))];
    const defined = aliases[0];
    const out: RuleFinding[] = [];
    const report = (start: number, wrote: string, replacement: string) => out.push({
      start, end: start + wrote.length,
      message: `"${wrote}" is not how this policy names the organisation: it defines the name "${defined}". Use the defined name throughout.`,
      data: { replacement },
    });
    const names = distinctive.map((d) => ({ name: d, lower: d.toLowerCase() }));
    // What each distinct word comes to, worked out once: a policy names its organisation hundreds of times.
    const nearMisses = new Map<string, boolean>();
    const isNearMiss = (lower: string) => {
      let v = nearMisses.get(lower);
      if (v === undefined) nearMisses.set(lower, (v = names.some((d) => d.lower.length >= 5 && nearMissOf(lower, d.lower))));
      return v;
    };
    const owners = new Map<string, boolean>();
    const isForeignOwner = (word: string, lower: string) => {
      let v = owners.get(word);
      // Not a word the policy also writes in lower case ("Apple's own" where it sells apples), nor a party it
      // names in full elsewhere.
      if (v === undefined) owners.set(word, (v = !GENERIC.has(lower) && !writesInLowerCase(text, lower) && !namedAsParty(text, word)));
      return v;
    };
    // The capitalised words: a proper name standing in for the organisation ("X's own data"), a near-miss spelling
    // of its name, the name in other capitals, or split in two. Words that can be none of these wherever they stand
    // (most words: "Personal", "Information") are passed over after one lookup.
    const quiet = new Set<string>();
    /** Judges `word` at `at`; `after`: where the text after it (and after its "'s") goes on. */
    const judge = (word: string, at: number, possessive: boolean, after: number) => {
      if (!possessive && quiet.has(word)) return;
      const lower = word.toLowerCase();
      // The name in other capitals ("DreamWave" for "Dreamwave"; a heading in capitals writes every word so).
      const cased = names.find((d) => d.lower === lower);
      if (cased) {
        if (!written.has(word) && word !== word.toUpperCase() && cased.name !== cased.name.toUpperCase()) report(at, word, cased.name);
        else quiet.add(word);
        return;
      }
      if (known.has(lower)) { quiet.add(word); return; }
      if (!isNearMiss(lower) && !names.some((d) => d.lower.length > lower.length && (d.lower.startsWith(lower) || d.lower.endsWith(lower)))) {
        quiet.add(word);
        if (!possessive) return;
      }
      // The name split in two ("Dream Wave" for "Dreamwave"): read at its first half, or at its second when the
      // first is too short for this pattern ("Kim Mely").
      const split = splitName(text, at, word, lower, names);
      if (split) { report(split.start, split.written, split.name); return; }
      // "X's own data": the policy speaking of itself under another name (third parties are "Google's", not "own").
      const foreignOwner = possessive && /^\s+own\b/i.test(text.slice(after, after + 5)) && isForeignOwner(word, lower);
      if (foreignOwner || isNearMiss(lower)) report(at, word, defined);
    };
    // Another spelling of the name starts with one of its first four letters (its first for a misspelling or other
    // capitals; its second to fourth for the second half of a split name): only words starting so are read in full.
    const letters = new Set<string>();
    for (const d of names) for (let k = 0; k < Math.min(4, d.lower.length); k++) letters.add(d.lower[k].toUpperCase());
    const firsts = [...letters].filter((c) => c >= 'A' && c <= 'Z').join('');
    if (firsts) {
      for (const p of text.matchAll(new RegExp(`\\b([${firsts}][\\p{L}-]{3,})(['’]s\\b)?`, 'gu'))) judge(p[1], p.index!, !!p[2], p.index! + p[0].length);
    }
    // A name standing in for the organisation may start with any letter: read before each "'s own".
    for (const m of text.matchAll(RE_OWN)) {
      let start = m.index!;
      while (start > 0 && RE_WORD_PART.test(text[start - 1])) start--;
      const word = text.slice(start, m.index!);
      if (letters.has(word[0]) || !RE_CAPITALISED_WORD.test(word) || (start > 0 && RE_ASCII_WORD_CHAR.test(text[start - 1]))) continue;
      judge(word, start, true, m.index! + 2);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  fixes(_ctx, finding) {
    const replacement = finding.data?.replacement as string | undefined;
    return replacement ? [{ title: `Change to '${replacement}'`, edits: [{ start: finding.start, end: finding.end, newText: replacement }] }] : [];
  },
};
