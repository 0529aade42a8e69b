/**
 * numbering-order: siblings out of order, one number used for two different sections, or a sub-section numbered
 * under another section than the one it stands in (`4.2` under `3.`, where its siblings are `3.1`, `3.3`).
 */
import type { PolicyDocument, Section } from '../model';
import { markerStart } from '../sections';
import type { CodeFix, Rule, RuleFinding } from './types';
import { numberedRuns, renumberFixes, titlesDiffer } from './numbering';
import { capitalized, lineNumber, sectionName } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'Sibling sections numbered out of order, a number reused for a section with a different title, or a sub-section numbered under another section than its own.';

/** The number a sub-section's number starts with under `parent` (`[3]` under `3.` or `III.`, `[2, 1]` under `2.1`), if it has one. */
function expectedPrefix(parent: Section): readonly number[] | undefined {
  const m = parent.marker;
  if (!m || m.decoration === 'bracket' || m.head) return undefined;
  return m.decoration === 'multi' ? m.path as number[] : [m.value];
}

const samePrefix = (s: Section, prefix: readonly number[]): boolean => {
  const path = s.marker!.path;
  return path.length === prefix.length + 1 && prefix.every((v, k) => path[k] === v);
};

/**
 * Sub-sections numbered `n.m` under a section whose number is not `n`, where another of its sub-sections is
 * numbered after it (the sub-sections' scheme is the parent's number and theirs): with the prefix they should have.
 */
function misplacedSubsections(doc: PolicyDocument): { section: Section; parent: Section; prefix: readonly number[] }[] {
  const out: { section: Section; parent: Section; prefix: readonly number[] }[] = [];
  for (const parent of doc.sections) {
    if (parent.children.length < 2) continue;
    const prefix = expectedPrefix(parent);
    if (!prefix) continue;
    const subs = parent.children.map((i) => doc.sections[i]).filter((c) => c.marker?.decoration === 'multi' && !c.marker.head && !c.appendix && c.marker.path.length === prefix.length + 1);
    if (!subs.some((c) => samePrefix(c, prefix))) continue;
    for (const c of subs) if (!samePrefix(c, prefix)) out.push({ section: c, parent, prefix });
  }
  return out;
}

export const numberingOrder: Rule = {
  code: 'numbering-order',
  defaultSeverity: 'warning',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    for (const run of numberedRuns(doc)) {
      for (let k = 1; k < run.length; k++) {
        const prev = run[k - 1];
        const s = run[k];
        const name = sectionName(s);
        if (s.marker!.value === prev.marker!.value && titlesDiffer(s, prev)) {
          out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(name)} is used twice, for "${prev.title.trim()}" (line ${lineNumber(doc, prev.headingStart)}) and "${s.title.trim()}". Renumber this level.`, data: { section: s.index } });
        } else if (s.marker!.value < prev.marker!.value) {
          out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(name)} comes after ${sectionName(prev)} (line ${lineNumber(doc, prev.headingStart)}). Move it or renumber this level.`, data: { section: s.index } });
        }
      }
    }
    for (const { section, parent, prefix } of misplacedSubsections(doc)) {
      out.push({
        start: section.headingStart, end: section.headingEnd,
        message: `${capitalized(sectionName(section))} stands in ${sectionName(parent)} (line ${lineNumber(doc, parent.headingStart)}), whose sub-sections are numbered ${prefix.join('.')}.x. Renumber it, or move it to its section.`,
        data: { section: section.index, prefix: prefix.join('.') },
      });
    }
    return out;
  },
  fixes(ctx, finding) {
    const prefix = finding.data!.prefix as string | undefined;
    if (prefix === undefined) return renumberFixes(ctx, finding);
    // The number's first parts rewritten as its section's ("4.2" → "3.2"); the level renumbered, if it skips, after.
    const s = ctx.doc.sections[finding.data!.section as number];
    if (!s?.marker) return [];
    const at = markerStart(ctx.doc.text, s);
    // (Its first parts, however many, then its last: `1.4` and `2` of `1.4.2`.)
    const written = /^(\d{1,3}(?:\s*[.．]\s*\d{1,3})*)(\s*[.．]\s*)(\d{1,3})/.exec(s.marker.text);
    if (!written) return [];
    const newText = `${prefix}${written[2]}${written[3]}`;
    const fix: CodeFix = { title: `Renumber as ${prefix}.${written[3]}`, edits: [{ start: at, end: at + written[0].length, newText }] };
    return [fix];
  },
};
