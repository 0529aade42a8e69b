/** date-inconsistent: an effective date earlier than the last update, a date in the future, or an unreadable date. */
import { RE_DATE_TEMPLATE, findPlaceholders } from '../text/patterns';
import { ambiguousDate, dateValue, formatDate, isoDate, parseDate } from '../text/dates';
import type { Rule, RuleFinding } from './types';

export const dateInconsistent: Rule = {
  code: 'date-inconsistent',
  description: 'An effective date earlier than the last-updated date, a date in the future, or a date that cannot be read.',
  defaultSeverity: 'info',
  reads: ['structure'],
  check({ doc, today }) {
    const out: RuleFinding[] = [];
    const dates = doc.metadata.filter((m) => m.key !== 'version');
    const parsed = new Map<number, ReturnType<typeof parseDate>>();
    for (const m of dates) {
      // The placeholder rule reports it.
      if (findPlaceholders(m.value).length > 0 || RE_DATE_TEMPLATE.test(m.value)) continue;
      const value = m.value.replace(/^(on|as of)\s+/i, '').replace(/[（(].*$/, '').trim();
      const d = parseDate(value);
      if (!d) {
        const readings = ambiguousDate(value);
        const message = readings
          ? `"${m.value}" reads as ${formatDate(readings[0])} where the month is written first, and as ${formatDate(readings[1])} where the day is. Write the month as a word ("${formatDate(readings[0])}") or the date as ${isoDate(readings[0])}.`
          : `"${m.value}" is not a date this checker can read. Write it like "March 3, 2025" or "2025-03-03".`;
        out.push({ start: m.valueStart, end: m.valueStart + m.value.length, message });
        continue;
      }
      parsed.set(m.line, d);
      if (dateValue(d) > today.getTime()) {
        out.push({ start: m.valueStart, end: m.valueStart + m.value.length, message: `The ${m.key === 'effectiveDate' ? 'effective' : 'last-updated'} date ${formatDate(d)} is in the future. Check the date.` });
      }
    }
    const effective = dates.find((m) => m.key === 'effectiveDate' && parsed.get(m.line));
    const updated = dates.find((m) => m.key === 'lastUpdated' && parsed.get(m.line));
    if (effective && updated) {
      const e = parsed.get(effective.line)!;
      const u = parsed.get(updated.line)!;
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
