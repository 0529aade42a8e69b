/**
 * Reads the dates policies write: "January 30, 2023", "30 January 2023", "July 2021", "2023-01-30",
 * "2023/1/30", "2024年3月1日", "2025년 1월 1일", "30/01/2023" when the day is unambiguous, "01.03.2024" (day first, as the
 * countries that write dots do), and in German, French, Spanish, Italian, Portuguese, Dutch, Indonesian and Turkish
 * ("1. März 2024", "1er mars 2024", "1 de marzo de 2024", "1 maart 2024", "1 Maret 2024", "1 Mart 2024"). Returns
 * undefined otherwise.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The English months' first three letters as a pattern's alternatives (`jan|feb|…|dec`), for patterns read without case. */
export const ENGLISH_MONTH_STEMS = MONTHS.join('|');
/** Month names of other languages, in order, each list for January to December. */
const OTHER_MONTHS: readonly (readonly string[])[] = [
  ['januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jänner', 'ocak'],
  ['februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'februari', 'şubat'],
  ['märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'maret', 'mart'],
  ['april', 'avril', 'abril', 'aprile', 'nisan'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei', 'mayıs', 'mayis'],
  ['juni', 'juin', 'junio', 'giugno', 'junho', 'haziran'],
  ['juli', 'juillet', 'julio', 'luglio', 'julho', 'temmuz'],
  ['august', 'août', 'agosto', 'augustus', 'agustus', 'ağustos'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'eylül'],
  ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'ekim'],
  ['november', 'novembre', 'noviembre', 'novembro', 'kasım', 'kasim'],
  ['dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'december', 'desember', 'aralık', 'aralik'],
];
const MONTH_BY_NAME = new Map<string, number>(OTHER_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));

const RE_COMBINING_DOT = /\u0307/g;

export interface ParsedDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number | undefined; // undefined for "July 2021"
}

function month(word: string): number | undefined {
  // (Turkish capitals: "EKİM" lowers to "eki̇m", its dot kept as a combining mark.)
  const lower = word.toLowerCase().replace(RE_COMBINING_DOT, '');
  const other = MONTH_BY_NAME.get(lower);
  if (other) return other;
  const i = MONTHS.indexOf(lower.slice(0, 3));
  return i >= 0 ? i + 1 : undefined;
}

/** A month's name: letters of any Latin script (März, février), abbreviated or not. */
const MONTH = '(\\p{L}{3,10})';

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}

/** How many days month `m` (1..12) of year `y` has. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const RE_MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'u');
// "30 January 2023", "1. März 2024", "1er mars 2024", "1 de marzo de 2024".
const RE_DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:\\.|er)?\\s+(?:de\\s+)?${MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})$`, 'u');
const RE_MONTH_YEAR = new RegExp(`^${MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})$`, 'u');

const RE_WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a date is written with ("Monday, March 3, 2025": 1), 0 for Sunday; undefined without one. */
export function writtenWeekday(input: string): number | undefined {
  const m = RE_WEEKDAY.exec(input.trim());
  if (!m) return undefined;
  const three = m[0].slice(0, 3).toLowerCase();
  const k = WEEKDAYS.findIndex((w) => w.startsWith(three));
  return k >= 0 ? k : undefined;
}

/** The weekday of a date with its day (0 for Sunday). */
export function weekdayOf(d: ParsedDate): number | undefined {
  return d.day === undefined ? undefined : new Date(dateValue(d)).getUTCDay();
}

/** A weekday's name ("Monday"). */
export function weekdayName(k: number): string {
  return WEEKDAYS[k][0].toUpperCase() + WEEKDAYS[k].slice(1);
}

export function parseDate(input: string): ParsedDate | undefined {
  return readDate(input, pack);
}

/** A full date leading a text: "1 January 2024", "January 1, 2024", "2024-01-01", "2024年1月1日". */
const RE_LEADING_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,10}\.?,?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)(?![\p{L}\p{N}])/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The full date (day, month and year) a text starts with, as a version history's row does ("1 January 2024 …"). */
export function leadingDate(text: string): ParsedDate | undefined {
  // Cheap test first (the parser asks it of every numbered line): a digit first, or one right after the first word.
  if (!isDigit(text.charCodeAt(0))) {
    const space = text.indexOf(' ');
    if (space < 0 || space > 11 || !isDigit(text.charCodeAt(space + 1))) return undefined;
  }
  const m = RE_LEADING_DATE.exec(text);
  return m ? parseDate(m[0]) : undefined;
}

/**
 * A date written in one of the shapes above whose day its month does not have ("31 February 2024", "2024-04-31"):
 * its year, month and day as written. Undefined for any other text, a real date included.
 */
export function impossibleDate(input: string): ParsedDate | undefined {
  if (parseDate(input)) return undefined;
  const d = readDate(input, (year, monthNo, day) => (day !== undefined && day >= 1 && day <= 31 && valid(year, monthNo) ? { year, month: monthNo, day } : undefined));
  return d && !valid(d.year, d.month, d.day) ? d : undefined;
}

type DateMaker = (year: number, monthNo: number, day: number | undefined) => ParsedDate | undefined;

function readDate(input: string, pack: DateMaker): ParsedDate | undefined {
  // "5th of March" and "the 5th day of March" (as contracts write dates) read as "5 March", "5-Mar-2025" as
  // "5 Mar 2025"; a weekday before the date is left out ("Monday, March 3, 2025").
  const s = input.trim().replace(/[.。]$/, '').replace(/(\d)(st|nd|rd|th)\b/gi, '$1').replace(/^(?:the\s+)?(\d{1,2})\s+(?:day\s+)?of\s+/i, '$1 ')
    .replace(RE_WEEKDAY, '').replace(/^(\d{1,2})[-/ ](\p{L}{3,9})\.?[-/ ](\d{4})$/u, '$1 $2 $3');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) return pack(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return pack(+m[1], +m[2], undefined);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/.exec(s))) return pack(+m[1], +m[2], m[3] ? +m[3] : undefined);
  // Korean: "2025년 1월 1일", "2025. 1. 1." (the trailing full stop is cut above).
  if ((m = /^(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?$/.exec(s))) return pack(+m[1], +m[2], m[3] ? +m[3] : undefined);
  if ((m = /^(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})$/.exec(s))) return pack(+m[1], +m[2], +m[3]);
  if ((m = RE_MONTH_DAY_YEAR.exec(s))) { const mo = month(m[1]); return mo ? pack(+m[3], mo, +m[2]) : undefined; }
  if ((m = RE_DAY_MONTH_YEAR.exec(s))) { const mo = month(m[2]); return mo ? pack(+m[3], mo, +m[1]) : undefined; }
  if ((m = RE_MONTH_YEAR.exec(s))) { const mo = month(m[1]); return mo ? pack(+m[2], mo, undefined) : undefined; }
  // Dots separate day, month and year in that order wherever they are written (Germany, Switzerland, Russia…).
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s))) return pack(+m[3], +m[2], +m[1]);
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s))) {
    const a = +m[1], b = +m[2];
    if (a > 12 && b <= 12) return pack(+m[3], b, a);
    if (b > 12 && a <= 12) return pack(+m[3], a, b);
    if (a === b) return pack(+m[3], a, b);
    return undefined; // 03/04/2023: day and month cannot be told apart (see ambiguousDate)
  }
  return undefined;
}

/**
 * A date written in numbers whose day and month cannot be told apart ("03/04/2025": 4 March in London, 3 April in
 * New York): its two readings, month first and day first. Undefined for any other text.
 */
export function ambiguousDate(input: string): [ParsedDate, ParsedDate] | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim().replace(/[.。]$/, ''));
  if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) return undefined;
  const monthFirst = pack(+m[3], +m[1], +m[2]);
  const dayFirst = pack(+m[3], +m[2], +m[1]);
  return monthFirst && dayFirst ? [monthFirst, dayFirst] : undefined;
}

function pack(year: number, monthNo: number, day: number | undefined): ParsedDate | undefined {
  return valid(year, monthNo, day) ? { year, month: monthNo, day } : undefined;
}

/** Comparable number; a month-only date counts as its first day. */
export function dateValue(d: ParsedDate): number {
  return Date.UTC(d.year, d.month - 1, d.day ?? 1);
}

/** `2025-03-01` (`2025-03` for a month). */
export function isoDate(d: ParsedDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}${d.day ? `-${String(d.day).padStart(2, '0')}` : ''}`;
}

export function formatDate(d: ParsedDate): string {
  const name = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1];
  return d.day ? `${name} ${d.day}, ${d.year}` : `${name} ${d.year}`;
}
