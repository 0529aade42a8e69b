/**
 * Reads the dates policies write: "January 30, 2023", "30 January 2023", "July 2021", "2023-01-30",
 * "2023/1/30", "2024年3月1日", "30/01/2023" when the day is unambiguous. Returns undefined otherwise.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface ParsedDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number | undefined; // undefined for "July 2021"
}

function month(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseDate(input: string): ParsedDate | undefined {
  const s = input.trim().replace(/[.。]$/, '').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) return pack(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/.exec(s))) return pack(+m[1], +m[2], m[3] ? +m[3] : undefined);
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s))) { const mo = month(m[1]); return mo ? pack(+m[3], mo, +m[2]) : undefined; }
  if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s))) { const mo = month(m[2]); return mo ? pack(+m[3], mo, +m[1]) : undefined; }
  if ((m = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s))) { const mo = month(m[1]); return mo ? pack(+m[2], mo, undefined) : undefined; }
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s))) {
    const a = +m[1], b = +m[2];
    if (a > 12 && b <= 12) return pack(+m[3], b, a);
    if (b > 12 && a <= 12) return pack(+m[3], a, b);
    return undefined; // 03/04/2023: day and month cannot be told apart
  }
  return undefined;
}

function pack(year: number, monthNo: number, day: number | undefined): ParsedDate | undefined {
  return valid(year, monthNo, day) ? { year, month: monthNo, day } : undefined;
}

/** Comparable number; a month-only date counts as its first day. */
export function dateValue(d: ParsedDate): number {
  return Date.UTC(d.year, d.month - 1, d.day ?? 1);
}

export function formatDate(d: ParsedDate): string {
  const name = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1];
  return d.day ? `${name} ${d.day}, ${d.year}` : `${name} ${d.year}`;
}
