/** numbering-order: siblings out of order, or one number used for two different sections. */
import type { Rule, RuleFinding } from './types';
import { numberedRuns, renumberFixes, titlesDiffer } from './numbering';
import { capitalized, lineNumber, sectionName } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'Sibling sections numbered out of order, or a number reused for a section with a different title.';

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
    return out;
  },
  fixes: renumberFixes,
};
