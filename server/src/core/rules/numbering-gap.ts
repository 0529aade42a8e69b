/** numbering-gap: a skipped number among siblings (IX followed by XII). */
import { markerWithValue } from '../parse/numbering';
import type { Rule, RuleFinding } from './types';
import { continuedFrom, numberedRuns, numbersRunOn, renumberFixes } from './numbering';
import { capitalized, sectionName } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A number skipped among sibling sections: the sections in between are missing or the numbering is wrong.';

export const numberingGap: Rule = {
  code: 'numbering-gap',
  defaultSeverity: 'warning',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    const runsOn = new Map<string, boolean>();
    for (const run of numberedRuns(doc)) {
      // A number written elsewhere among the siblings is not missing: they are out of order (4, 6, 5, 7), which
      // numbering-order reports. (The numbers are collected at the first gap: most runs have none.)
      let written: Set<number> | undefined;
      // Articles numbered through the chapters: the first of a chapter goes on from the last of the chapter before.
      const opening = run[0];
      const last = opening.marker!.decoration !== 'multi' && !opening.appendix ? continuedFrom(doc, opening) : undefined;
      const before = last && numbersRunOn(doc, opening, runsOn) ? last : undefined;
      for (let k = before ? 0 : 1; k < run.length; k++) {
        const previous = k === 0 ? before! : run[k - 1];
        const prev = previous.marker!;
        const cur = run[k].marker!;
        if (cur.value <= prev.value + 1) continue;
        written ??= new Set(run.map((s) => s.marker!.value));
        const missing = [];
        let absent = 0;
        // Each named as the sections' labels are: a sub-section's number in full ("2.3", not "3"), zeros too ("5.0"),
        // with its word or brackets ("Article 5", "Section Four", "（三）", "第４条"), no closing full stop.
        const name = (v: number) => (cur.decoration === 'keyword' ? markerWithValue({ ...cur, text: cur.label }, v) : markerWithValue(cur, v).replace(/[\s.．、:：–—-]+$/, ''));
        for (let v = prev.value + 1; v < cur.value; v++) {
          if (written.has(v)) continue;
          absent++;
          if (missing.length < 5) missing.push(name(v));
        }
        if (absent === 0) continue;
        const s = run[k];
        const more = absent > missing.length ? ' …' : '';
        out.push({
          start: s.headingStart, end: s.headingEnd,
          message: `${capitalized(sectionName(s))} follows ${sectionName(previous)}: ${missing.join(', ')}${more} ${missing.length > 1 ? 'are' : 'is'} missing. Add the missing section${missing.length > 1 ? 's' : ''} or renumber this level.`,
          data: { section: s.index },
        });
      }
    }
    return out;
  },
  fixes: renumberFixes,
};
