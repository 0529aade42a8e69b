/** duplicate-section: a section that repeats an earlier one at the same level (copy-paste doubling). */
import { titleIndex } from '../text/titleIndex';
import type { Section } from '../model';
import type { Rule, RuleFinding } from './types';
import { capitalized, lineNumber, sectionBlockEnd, sectionName, siblingGroups } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A section whose number and title, or title alone, repeat an earlier section at the same level.';

export const duplicateSection: Rule = {
  code: 'duplicate-section',
  defaultSeverity: 'error',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    const index = titleIndex(doc.sections);
    for (const group of siblingGroups(doc)) {
      const seen = new Map<string, Section>();
      for (const s of group) {
        const key = index.keyOf(s.index);
        if (!key) continue;
        const first = seen.get(key);
        if (!first) { seen.set(key, s); continue; }
        const sameNumber = !!first.marker && !!s.marker && first.marker.label === s.marker.label;
        // A title key leaves out the words that ask: "What we collect" and "Why we collect it" are two questions.
        if (!sameNumber && questionWords(first.title) !== questionWords(s.title)) continue;
        const what = sameNumber ? `${capitalized(sectionName(s))} appears twice` : `The heading "${s.title.trim()}" repeats`;
        out.push({
          start: s.headingStart, end: s.headingEnd,
          message: `${what} (first at line ${lineNumber(doc, first.headingStart)}). Remove this copy or renumber it.`,
          related: [{ start: first.headingStart, end: first.headingEnd, message: 'first occurrence' }],
          data: { first: first.index, copy: s.index },
        });
      }
    }
    return out;
  },
  fixes({ doc }, finding) {
    const first = doc.sections[finding.data!.first as number];
    const copy = doc.sections[finding.data!.copy as number];
    const fixes = [];
    const body = (s: Section) => doc.text.slice(s.headingEnd, s.end).replace(/\s+/g, ' ').trim();
    if (body(first) === body(copy) && first.heading.replace(/\s+/g, ' ') === copy.heading.replace(/\s+/g, ' ')) {
      fixes.push({ title: `Remove the repeated copy of ${sectionName(copy)}`, edits: [{ start: copy.start, end: sectionBlockEnd(doc, copy), newText: '' }], preferred: true });
    }
    fixes.push({ title: 'Go to the first occurrence', edits: [], command: { name: 'privacyPolicy.reveal' as const, start: first.headingStart, end: first.headingEnd } });
    return fixes;
  },
};

const RE_QUESTION_WORD = /\b(?:what|why|how|who|whom|whose|when|where|which|whether)\b/gi;

/** The words of a title that ask, in order, lower-cased ("how" for "How We Use Your Data" and "How do we use data?"). */
function questionWords(title: string): string {
  return (title.match(RE_QUESTION_WORD) ?? []).join(' ').toLowerCase();
}
