/**
 * First pass over the lines: where each line's text starts and ends, and what it begins with (a numbering
 * marker, a bullet, or plain text). Everything later works on these records instead of re-reading the text.
 */
import { detached } from '../text/detached';
import { LineIndex } from '../text/lines';
import { withPlainSpaces } from '../text/patterns';
import { Marker, bulletLength, parseMarker } from './numbering';

/** Lines longer than this are paragraphs, never headings; only their start is examined. */
export const MAX_HEADING_LINE = 300;

export interface ScannedLine {
  readonly index: number;
  /** Offsets of the trimmed content. start === end for a blank line. */
  readonly start: number;
  readonly end: number;
  readonly blank: boolean;
  readonly marker: Marker | undefined;
  /** Length of a bullet prefix, 0 if none. */
  readonly bullet: number;
  /** Offset where the text after marker or bullet starts. */
  readonly titleStart: number;
  /** Text after marker or bullet (trimmed); cut to MAX_HEADING_LINE characters for long lines. */
  readonly title: string;
  /** Could be a table-of-contents entry or a heading by its shape (see toc.ts, isTitleLike); decided once here. */
  readonly titleLike: boolean;
  /**
   * The last characters of a long line's title, which `title` cuts off ('' when `title` is whole): how the line
   * ends (a colon introducing a list, a full stop) is read here (see titleEnding).
   */
  readonly ending: string;
}

/** How many of a long line's last characters ScannedLine.ending keeps. */
const ENDING_LENGTH = 80;

export const RE_LOWER_START = /^\p{Ll}/u;

/** Whether a line starts with a lower-case letter, as the continuation of a wrapped sentence does. */
export function startsLowerCase(l: ScannedLine): boolean {
  return RE_LOWER_START.test(l.title);
}

/** The end of a line's title, whole or not (see ScannedLine.ending): what tests of how a line ends read. */
export function titleEnding(l: ScannedLine): string {
  return l.ending || l.title;
}

/** A PDF's page number on a line of its own ("Page 2 of 3", "- 3 -", "2/3"). */
const RE_PAGE_NUMBER = /^(?:page \d{1,4}(?: of \d{1,4})?|[-–—] ?\d{1,4} ?[-–—]|\d{1,4} ?\/ ?\d{1,4})$/i;

/** Whether a line is only a PDF's page number (see RE_PAGE_NUMBER): short, nothing else on it. */
export function isPageNumberLine(l: ScannedLine): boolean {
  return !l.blank && l.end - l.start <= 24 && RE_PAGE_NUMBER.test(l.title);
}

/** What separates the items of a website's menu pasted as a line: two spaces or more, a bar, a dot or a bullet. */
const RE_MENU_SEPARATOR = /\s{2,}|\s[|·•]\s/;
/** The items a website's menu holds ("Home", "About us", "Blog", "Log in"). */
const RE_MENU_ITEM = /^(?:home|about(?: us)?|blog|news|pricing|products?|services|solutions|careers|jobs|shop|store|cart|search|menu|faq|help|support|log ?in|sign (?:in|up)|register|contact(?: us)?|terms(?: of (?:use|service))?|privacy(?: policy| notice)?|cookies?(?: policy)?|legal|imprint|impressum|skip to (?:main )?content)$/i;

/**
 * A website's menu pasted with the text ("Home  About  Blog  Contact", "Home | Pricing | Contact us"): three items or
 * more, two of them at least ones a menu holds. It names "Contact", and is no contact section's heading.
 */
export function isMenuLine(l: ScannedLine): boolean {
  if (l.blank || l.end - l.start > 120 || !RE_MENU_SEPARATOR.test(l.title)) return false;
  const items = l.title.split(RE_MENU_SEPARATOR);
  return items.length >= 3 && items.filter((item) => RE_MENU_ITEM.test(item)).length >= 2;
}

/** Whether a line is one item a website's menu holds ("Home", "Privacy"), alone on it. */
export function mayBeMenuItem(l: ScannedLine): boolean {
  return !l.blank && !l.marker && !l.bullet && l.end - l.start <= 30 && RE_MENU_ITEM.test(l.title);
}

/** How far around a line a menu's items are looked for, one to a line (see inMenuColumn). */
const MENU_COLUMN_REACH = 6;

/** The last line inMenuColumn reads after `l`: a blank line ends a menu's column. */
export function menuColumnEnd(scanned: readonly ScannedLine[], l: ScannedLine): number {
  let j = l.index + 1;
  while (j < scanned.length - 1 && j < l.index + MENU_COLUMN_REACH && !scanned[j].blank) j++;
  return Math.min(j, scanned.length - 1);
}

/**
 * A website's menu pasted one item to a line ("Home" / "Products" / "Privacy"): an item a menu holds among lines
 * with no blank line between them, three of them at least such items. It names "Privacy", and is not the title.
 */
export function inMenuColumn(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  if (!mayBeMenuItem(l)) return false;
  let items = 0;
  for (let j = Math.max(0, l.index - MENU_COLUMN_REACH); j <= Math.min(scanned.length - 1, l.index + MENU_COLUMN_REACH); j++) {
    // (Lines a blank line parts from it are not in its column.)
    if (scanned[j].blank) { if (j > l.index) break; items = 0; } else if (mayBeMenuItem(scanned[j])) items++;
  }
  return items >= 3;
}

/** Longest line that can be title-like. */
export const MAX_TITLE_LIKE = 150;
const RE_LIST_PUNCTUATION_END = /[;,:；，：、]$/;
const RE_TWO_SENTENCES = /[.!?。！？]["”’)]?\s+[A-Z\u4e00-\u9fff]/;
export const RE_LETTER = /[\p{L}]/u;

/** A short phrase: not ending like a list item, not two sentences, with a letter in it. */
export function titleLikeText(t: string): boolean {
  return t.length > 0 && !RE_LIST_PUNCTUATION_END.test(t) && !RE_TWO_SENTENCES.test(t) && RE_LETTER.test(t);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b || (c < 32 && c !== 10 && c !== 13);
}

export function scanLines(text: string, lines: LineIndex): ScannedLine[] {
  const out: ScannedLine[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = scanLine(text, i, lines.starts[i], lines.ends[i]);
  return out;
}

/**
 * The record of line `index`, whose content (without its line break) is text[lineStart, lineEnd). `carried`: the
 * record will outlive this version of the text (see detached), so its title is a copy.
 */
export function scanLine(text: string, index: number, lineStart: number, lineEnd: number, carried = false): ScannedLine {
  let s = lineStart;
  let e = lineEnd;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  // A permalink mark pasted after a heading from a web page ("Information We Collect¶") is no part of the line.
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0xb6)) e--;
  if (s === e) return { index, start: s, end: e, blank: true, marker: undefined, bullet: 0, titleStart: s, title: '', titleLike: false, ending: '' };
  // A line set in bold as a whole (`**1. Scope**`, `__Contact Us__`) is Markdown's heading without a heading mark:
  // its content is what is inside the marks, which are trimmed like spaces (a heading's number then starts its span).
  // So is one set in italics as a whole (`*(1) Sharing*`, `_Information you provide_`).
  // So is one wrapped in HTML's inline or block elements, as Markdown allows and a web page's source holds
  // (`<strong>1. Scope</strong>`, `<p><b>Contact Us</b></p>`, `<h2>3. Sharing</h2>` pasted into a text file).
  while (text.charCodeAt(s) === 60) {
    const wrapped = wrappingElement(text, s, e);
    if (!wrapped) break;
    s += wrapped.open;
    e -= wrapped.close;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) return { index, start: s, end: e, blank: true, marker: undefined, bullet: 0, titleStart: s, title: '', titleLike: false, ending: '' };
  }
  // A wiki's or AsciiDoc's heading (`== Contact ==`, `=== Cookies`): its content is what is between the marks.
  if (text.charCodeAt(s) === 61 /* = */) {
    const inner = equalsHeadingContent(text, s, e);
    if (inner) [s, e] = inner;
  }
  const marks = isBoldLine(text, s, e) ? 2 : isItalicLine(text, s, e) ? 1 : 0;
  if (marks) {
    s += marks;
    e -= marks;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  } else if (boldLeadsWithTitle(text, s, e)) {
    // A number and title in bold leading the line's text (`**1. Scope** This policy …`): the line starts at the
    // number, and its title holds the closing marks (see boldLeadTitle).
    s += 2;
  }
  let head = text.slice(s, Math.min(e, s + 64));
  let marker = parseMarker(head);
  let bullet = marker ? 0 : bulletLength(head);
  if (bullet) {
    // A number after a list's mark ("■ 1. Scope", "• (a) Sharing"): a numbered line, the mark before it set as an
    // indentation would be. Not a number without its stop ("• 24 hours a day"), which is the words of an item.
    let at = s + bullet;
    while (at < e && isSpace(text.charCodeAt(at))) at++;
    const numbered = parseMarker(text.slice(at, Math.min(e, at + 64)));
    if (numbered && numbered.decoration !== 'space' && numbered.decoration !== 'bracket') {
      s = at;
      head = text.slice(s, Math.min(e, s + 64));
      marker = numbered;
      bullet = 0;
    }
  }
  // An icon before the words ("🔒 How we protect your data", as web pages set their headings) is no part of the title.
  let titleStart = s + (marker ? marker.length : bullet || iconLength(head));
  while (titleStart < e && isSpace(text.charCodeAt(titleStart))) titleStart++;
  // A numbered line whose words are bold (`1. **Scope**`, Markdown's list item set as a heading): the title is
  // what is inside the marks; the line keeps them.
  let titleEnd = e;
  if (titleStart > s && isBoldLine(text, titleStart, e)) {
    titleStart += 2;
    titleEnd -= 2;
    while (titleStart < titleEnd && isSpace(text.charCodeAt(titleStart))) titleStart++;
    while (titleEnd > titleStart && isSpace(text.charCodeAt(titleEnd - 1))) titleEnd--;
  }
  const cut = withPlainSpaces(text.slice(titleStart, Math.min(titleEnd, titleStart + MAX_HEADING_LINE + 1)));
  const title = carried ? detached(cut) : cut;
  const tail = titleEnd - titleStart > MAX_HEADING_LINE + 1 ? withPlainSpaces(text.slice(titleEnd - ENDING_LENGTH, titleEnd)) : '';
  const ending = carried && tail ? detached(tail) : tail;
  return { index, start: s, end: e, blank: false, marker, bullet, titleStart, title, titleLike: e - s <= MAX_TITLE_LIKE && titleLikeText(title), ending };
}

// An emoji (with its variation selector, or several joined), or a flag, and the spaces after it.
const RE_ICON = /^(?:\p{Extended_Pictographic}[\uFE0E\uFE0F]?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?)*|[\u{1F1E6}-\u{1F1FF}]{2})[ \t\u00a0\u3000]+(?=\S)/u;

/** The length of an icon and its spaces at the start of `head` (see RE_ICON), or 0. */
export function iconLength(head: string): number {
  const c = head.charCodeAt(0);
  // Pictographs are symbols from U+2190 (arrows) to U+2BFF, or emoji beyond the BMP: other lines are not read.
  if (!(c >= 0x2190 && c <= 0x2bff) && !(c >= 0xd83c && c <= 0xd83e)) return 0;
  const m = RE_ICON.exec(head);
  return m ? m[0].length : 0;
}

/**
 * Whether a number and the words of a title, in bold, lead text[s, e) (`**1. Scope** This …`); not a number alone in
 * bold (`**1.** Scope`, which is read by its shape, marks and all).
 */
function boldLeadsWithTitle(text: string, s: number, e: number): boolean {
  const end = boldLeadEnd(text, s, e);
  if (end === 0) return false;
  const marker = parseMarker(text.slice(s + 2, Math.min(e, s + 66)));
  return !!marker && RE_LETTER.test(text.slice(s + 2 + marker.length, end - 2));
}

/** What separates bold words leading a line from its text: a space, a colon, a full stop or a dash. */
const RE_AFTER_BOLD_LEAD = /[\s:.\-–—]/;

/**
 * Where the bold words that lead text[s, e) end (`**1. Scope** This …`: the offset after the closing marks), when
 * text follows them; 0 otherwise. The marks close within the first 120 characters.
 */
export function boldLeadEnd(text: string, s: number, e: number): number {
  const mark = text.charCodeAt(s);
  if ((mark !== 42 && mark !== 95) || text.charCodeAt(s + 1) !== mark) return 0;
  const close = text.indexOf(mark === 42 ? '**' : '__', s + 3);
  if (close < 0 || close > s + 120 || close + 2 >= e || !RE_AFTER_BOLD_LEAD.test(text[close + 2])) return 0;
  return close + 2;
}

/** An opening tag of an element that can wrap a heading's line (bold, emphasis, paragraph, heading, span). */
const RE_WRAPPING_TAG = /^<(b|strong|em|i|u|p|span|font|div|h[1-6])(?:\s[^<>]*)?>/i;

/**
 * The lengths of the opening and closing tags of one element wrapping the whole of text[s, e) (`<b>…</b>`), when
 * they do and no other tag of that name is inside.
 */
function wrappingElement(text: string, s: number, e: number): { open: number; close: number } | undefined {
  const m = RE_WRAPPING_TAG.exec(text.slice(s, Math.min(e, s + 120)));
  if (!m) return undefined;
  const close = `</${m[1]}>`;
  if (e - s < m[0].length + close.length || text.slice(e - close.length, e).toLowerCase() !== close.toLowerCase()) return undefined;
  // `<b>Note</b> read <b>this</b>` is bold words in a sentence, not a bold line.
  if (text.slice(s + m[0].length, e - close.length).toLowerCase().includes(close.toLowerCase())) return undefined;
  return { open: m[0].length, close: close.length };
}

/** Whether unnumbered line `l` is set in bold as a whole (`**Why we collect it**`; scanLine reads it inside the marks). */
export function setInBold(text: string, l: ScannedLine): boolean {
  return !l.marker && boldAsAWhole(text, l);
}

/** Whether line `l`, numbered or not (`**3. Contact**`), is set in bold as a whole; not a list's item. */
export function boldAsAWhole(text: string, l: ScannedLine): boolean {
  return !l.blank && !l.bullet && l.start >= 2 && isBoldLine(text, l.start - 2, l.end + 2);
}

/**
 * The content [start, end) of a heading set between runs of `=` (`== Contact ==`, as wikis write it; `== Contact`,
 * as AsciiDoc does): one to six marks, a space after them, as many at the end if any; undefined for other lines.
 */
function equalsHeadingContent(text: string, s: number, e: number): [number, number] | undefined {
  let open = s;
  while (open < e && text.charCodeAt(open) === 61) open++;
  if (open - s > 6 || !isSpace(text.charCodeAt(open))) return undefined;
  let close = e;
  while (close > open && text.charCodeAt(close - 1) === 61) close--;
  if (close < e && (e - close !== open - s || !isSpace(text.charCodeAt(close - 1)))) return undefined;
  while (open < close && isSpace(text.charCodeAt(open))) open++;
  while (close > open && isSpace(text.charCodeAt(close - 1))) close--;
  return open < close ? [open, close] : undefined;
}

/** `**…**` or `__…__` around the whole of text[s, e), with something inside and no other pair of marks. */
function isBoldLine(text: string, s: number, e: number): boolean {
  const mark = text.charCodeAt(s);
  if ((mark !== 42 && mark !== 95) || e - s < 5 || text.charCodeAt(s + 1) !== mark || text.charCodeAt(e - 1) !== mark || text.charCodeAt(e - 2) !== mark) return false;
  // `**Note:** see **below**` is bold words in a sentence, not a bold line.
  const pair = mark === 42 ? '**' : '__';
  return text.indexOf(pair, s + 2) === e - 2;
}

/**
 * `*…*` or `_…_` around the whole of text[s, e), words right inside the marks and no other mark between them (not
 * a bullet, `* item`, nor emphasis inside a sentence, `*a* and *b*`).
 */
function isItalicLine(text: string, s: number, e: number): boolean {
  const mark = text.charCodeAt(s);
  if ((mark !== 42 && mark !== 95) || e - s < 4 || text.charCodeAt(e - 1) !== mark) return false;
  const first = text.charCodeAt(s + 1);
  const last = text.charCodeAt(e - 2);
  if (first === mark || last === mark || isSpace(first) || isSpace(last)) return false;
  return text.indexOf(text[s], s + 1) === e - 1;
}

/** The same line record moved by `delta` characters (for lines after an edit on an earlier line). */
export function shiftedLine(l: ScannedLine, delta: number): ScannedLine {
  // Written out field by field: the same shape as scanLine's records, and several times faster than a spread.
  return { index: l.index, start: l.start + delta, end: l.end + delta, blank: l.blank, marker: l.marker, bullet: l.bullet, titleStart: l.titleStart + delta, title: l.title, titleLike: l.titleLike, ending: l.ending };
}

/** Line numbers that a pass skips. Sets of line numbers satisfy it, and so does LineSet. */
export interface LineLookup {
  has(line: number): boolean;
}

/** A set of line numbers kept as one byte per line: the per-line loops test membership with an array read. */
export class LineSet implements LineLookup {
  private readonly bits: Uint8Array;
  constructor(lineCount: number, from?: LineSet) {
    this.bits = from ? from.bits.slice() : new Uint8Array(lineCount);
  }
  has(line: number): boolean {
    return this.bits[line] === 1;
  }
  add(line: number): this {
    if (line >= 0 && line < this.bits.length) this.bits[line] = 1;
    return this;
  }
  addAll(lines: Iterable<number>): this {
    for (const line of lines) this.add(line);
    return this;
  }
  equals(other: LineSet): boolean {
    const a = this.bits;
    const b = other.bits;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
}

/**
 * How many spaces and tabs stand before offset `at` on its line: the indentation of what starts there. The marks of
 * a line set in bold (`   **1. Scope**`, whose content starts after them) are passed over.
 */
export function indentBefore(text: string, at: number): number {
  let spaces = 0;
  for (let k = at; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (isIndentSpace(c)) spaces++;
    else if (c !== 42 /* * */ && c !== 95 /* _ */) break;
  }
  return spaces;
}

/** Where the spaces and tabs right before offset `at` on its line start. */
export function indentStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && isIndentSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

function isIndentSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

export function lineLength(l: ScannedLine): number {
  return l.end - l.start;
}

/** Index of the next non-blank line after `i`, or -1. */
export function nextNonBlank(scanned: readonly ScannedLine[], i: number): number {
  for (let j = i + 1; j < scanned.length; j++) if (!scanned[j].blank) return j;
  return -1;
}

export function previousNonBlank(scanned: readonly ScannedLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!scanned[j].blank) return j;
  return -1;
}
