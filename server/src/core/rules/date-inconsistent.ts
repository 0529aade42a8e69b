/**
 * date-inconsistent: an effective date earlier than the last update, two different effective dates or last updates,
 * a date in the future, a weekday that is not the date's, a day its month does not have, or an unreadable date.
 */
import { RE_DATE_TEMPLATE, findPlaceholders } from '../text/patterns';
import { ambiguousDate, dateValue, daysInMonth, formatDate, impossibleDate, isoDate, parseDate, weekdayName, weekdayOf, writtenWeekday } from '../text/dates';
import type { PolicyDocument } from '../model';
import { sectionAt } from '../sections';
import type { Rule, RuleFinding } from './types';

/**
 * A label and its colon after a first value that the parser did not read as a field of its own (it splits those it
 * knows, "… Update date: …", into two fields): no part of the date ("1 May 2024 Ort: Berlin").
 */
const RE_SECOND_LABEL = /\s+\p{L}[\p{L} ]{0,30}[:：].*$/u;

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'An effective date earlier than the last-updated date, two different effective or last-updated dates, a date in the future, a wrong weekday, or a date that cannot be read.';

export const dateInconsistent: Rule = {
  code: 'date-inconsistent',
  defaultSeverity: 'info',
  reads: ['structure'],
  check({ doc, today }) {
    const out: RuleFinding[] = [];
    const dates = doc.metadata.filter((m) => m.key !== 'version');
    const parsed = new Map<number, ReturnType<typeof parseDate>>();
    for (const m of dates) {
      // The placeholder rule reports it.
      if (findPlaceholders(m.value).length > 0 || RE_DATE_TEMPLATE.test(m.value)) continue;
      // A remark in brackets after the date, or another label after it (see RE_SECOND_LABEL), is no part of it.
      const value = m.value.replace(/^(on|as of)\s+/i, '').replace(/[（(].*$/, '').replace(RE_SECOND_LABEL, '').trim();
      const d = parseDate(value);
      if (!d) {
        const readings = ambiguousDate(value);
        const impossible = readings ? undefined : impossibleDate(value);
        const message = readings
          ? `"${m.value}" reads as ${formatDate(readings[0])} where the month is written first, and as ${formatDate(readings[1])} where the day is. Write the month as a word ("${formatDate(readings[0])}") or the date as ${isoDate(readings[0])}.`
          : impossible
            ? `"${m.value}" is no date: ${formatDate({ ...impossible, day: undefined })} has ${daysInMonth(impossible.year, impossible.month)} days. Correct the day.`
            : `"${m.value}" is not a date this checker can read. Write it like "March 3, 2025" or "2025-03-03".`;
        out.push({ start: m.valueStart, end: m.valueStart + m.value.length, message });
        continue;
      }
      parsed.set(m.start, d);
      // "Monday, March 4, 2025": March 4, 2025 is a Tuesday, so one of the two is wrong.
      const written = writtenWeekday(value);
      const actual = weekdayOf(d);
      if (written !== undefined && actual !== undefined && written !== actual) {
        out.push({ start: m.valueStart, end: m.valueStart + m.value.length, message: `${formatDate(d)} is a ${weekdayName(actual)}, not a ${weekdayName(written)}. Check the date.` });
      }
      if (dateValue(d) > today.getTime()) {
        out.push({ start: m.valueStart, end: m.valueStart + m.value.length, message: `The ${m.key === 'effectiveDate' ? 'effective' : m.key === 'established' ? 'establishment' : 'last-updated'} date ${formatDate(d)} is in the future. Check the date.` });
      }
    }
    // One version has one effective date and one last update: a second that differs is left from another version
    // ("Last updated: February 1, 2025" at the top, "This policy was last revised on 14 January 2024." below).
    for (const key of ['effectiveDate', 'lastUpdated'] as const) {
      const same = dates.filter((m) => m.key === key && parsed.get(m.start) && !inVersionHistory(doc, m.start));
      const first = same[0];
      for (const m of same.slice(1)) {
        const d = parsed.get(m.start)!;
        const f = parsed.get(first.start)!;
        if (dateValue(d) === dateValue(f)) continue;
        const what = key === 'effectiveDate' ? 'effective date' : 'last update';
        out.push({
          start: m.valueStart, end: m.valueStart + m.value.length,
          message: `This ${what} (${formatDate(d)}) differs from the one given first (${formatDate(f)}): a version of the policy has one. Make them agree, or remove one.`,
          related: [{ start: first.valueStart, end: first.valueStart + first.value.length, message: `${what} given first` }],
        });
      }
    }
    const effective = dates.find((m) => m.key === 'effectiveDate' && parsed.get(m.start));
    const updated = dates.find((m) => m.key === 'lastUpdated' && parsed.get(m.start));
    if (effective && updated) {
      const e = parsed.get(effective.start)!;
      const u = parsed.get(updated.start)!;
      if (dateValue(e) < dateValue(u)) {
        out.push({
          start: effective.valueStart, end: effective.valueStart + effective.value.length,
          message: `The effective date (${formatDate(e)}) is earlier than the last update (${formatDate(u)}): the updated text cannot have taken effect before it was written. Set the effective date of this version.`,
          related: [{ start: updated.valueStart, end: updated.valueStart + updated.value.length, message: 'last updated' }],
        });
      }
    }
    return out;
  },
};

/** Titles of the sections that list earlier versions, each with its own dates. */
const RE_HISTORY_TITLE = /version|history|previous|archive|change ?log|revisions|修订|历史|版本|改定履歴|변경\s*이력/i;

/** Whether `offset` lies in a section listing the policy's versions (or in one inside it). */
function inVersionHistory(doc: PolicyDocument, offset: number): boolean {
  for (let s = sectionAt(doc, offset); s; s = s.parent === undefined ? undefined : doc.sections[s.parent]) if (RE_HISTORY_TITLE.test(s.title)) return true;
  return false;
}
