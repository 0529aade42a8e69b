/** Small helpers shared by rules. */
import type { PolicyDocument, Section } from '../model';
import { lineOf } from '../text/lines';
import { styleKey } from '../parse/numbering';
import { nextSectionAtOrAbove } from '../sections';
import { isBlankText } from '../text/patterns';

/** The document's line break, so inserted lines match the file. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  if (i > 0 && text[i - 1] === '\r') return '\r\n';
  if (i < 0 && text.includes('\r')) return '\r';
  return '\n';
}

/** The text of line `i` (0-based), without its line break. */
export function lineTextAt(doc: PolicyDocument, i: number): string {
  return doc.text.slice(doc.lines.starts[i], doc.lines.ends[i]);
}

/** Whether line `i` (0-based) holds nothing but whitespace; false for a line outside the document. */
export function isBlankLine(doc: PolicyDocument, i: number): boolean {
  return i >= 0 && i < doc.lines.length && isBlankText(doc.text, doc.lines.starts[i], doc.lines.ends[i]);
}

/**
 * The text to remove to remove lines `first` to `last` (0-based) with their line breaks; and the blank line after
 * them when one stands before them too, so that the text around keeps one blank line between its parts.
 */
export function removedLines(doc: PolicyDocument, first: number, last: number): { start: number; end: number } {
  const { lines } = doc;
  const through = isBlankLine(doc, first - 1) && isBlankLine(doc, last + 1) ? last + 1 : last;
  return { start: lines.starts[first], end: through + 1 < lines.length ? lines.starts[through + 1] : lines.ends[through] };
}

/** The first line from `from` on (0-based) that holds text, or -1. */
export function nextTextLine(doc: PolicyDocument, from: number): number {
  for (let i = Math.max(0, from); i < doc.lines.length; i++) if (!isBlankLine(doc, i)) return i;
  return -1;
}

/** The last line before `from` (0-based) that holds text, or -1. */
export function previousTextLine(doc: PolicyDocument, from: number): number {
  for (let i = from - 1; i >= 0; i--) if (!isBlankLine(doc, i)) return i;
  return -1;
}

/** A page's footer pasted after the text: its copyright line ("© 2026 …", "Copyright …", "All rights reserved."), its page number. */
const RE_FOOTER_LINE = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved\b|page \d{1,4}(?: of \d{1,4})?\s*$)/i;

/** A link of a web page's footer: a few words, no digit or punctuation ("Terms", "About us", "Careers"). */
const RE_FOOTER_LINK = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}$/u;
/** The pages a footer links to, by the link's first word ("Terms of Service", "About us"): they name no part of the policy's text. */
const RE_FOOTER_PAGE = /^(?:privacy|terms|about|help|careers|jobs|cookies?|contact|site ?map|legal|blog|press|home|support|accessibility|faq)\b/i;

/**
 * The last line at or before `from` (0-based), down to `floor`, that holds text and is no page's footer: neither its
 * copyright line or page number, nor its links pasted one to a line ("Orbit" / "Privacy" / "Terms" / "About", three
 * or more, two of them pages a footer links to; blank lines between them or not).
 */
export function lastTextLineBeforeFooter(doc: PolicyDocument, from: number, floor: number): number {
  let line = from;
  for (;;) {
    while (line > floor && (isBlankLine(doc, line) || RE_FOOTER_LINE.test(lineTextAt(doc, line)))) line--;
    let k = line;
    let links = 0;
    let pages = 0;
    for (; k > floor; k--) {
      if (isBlankLine(doc, k)) continue;
      const t = lineTextAt(doc, k).trim();
      if (!RE_FOOTER_LINK.test(t)) break;
      links++;
      if (RE_FOOTER_PAGE.test(t)) pages++;
    }
    if (links < 3 || pages < 2) return line;
    line = k;
  }
}

export function lineNumber(doc: PolicyDocument, offset: number): number {
  return lineOf(doc.lines, offset) + 1;
}

export function oneLine(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Sections grouped by parent (roots under `undefined`), in document order. */
export function siblingGroups(doc: PolicyDocument): Section[][] {
  const groups: Section[][] = [doc.roots.map((i) => doc.sections[i])];
  for (const s of doc.sections) if (s.children.length) groups.push(s.children.map((i) => doc.sections[i]));
  return groups;
}

/** The numbering style of a section as a key; 'none' for an unnumbered heading. */
export function sectionStyle(s: Section): string {
  return s.marker ? styleKey(s.marker) : 'none';
}

/** A section's name for messages: its number if it has one, else its title in quotes. */
export function sectionName(s: Section): string {
  // A number written with its word names itself ("Article 5", "Artikel 5", "§ 7", "第五条", "제5조"); others are sections'.
  if (s.marker?.label) return /^(?:[§第附제]|\S+ )/.test(s.marker.label) ? s.marker.label : `section ${s.marker.label}`;
  return `"${oneLine(s.title, 60)}"`;
}

/** Start of the line that contains `offset`, and the end of that line including its line break. */
export function wholeLine(doc: PolicyDocument, offset: number): { start: number; end: number } {
  const line = lineOf(doc.lines, offset);
  const start = doc.lines.starts[line];
  const end = line + 1 < doc.lines.length ? doc.lines.starts[line + 1] : doc.lines.ends[line];
  return { start, end };
}

/** Where text belonging to `s` ends, including the blank lines before the next heading. */
export function sectionBlockEnd(doc: PolicyDocument, s: Section): number {
  const next = nextSectionAtOrAbove(doc, s.index, s.level);
  return next ? next.start : doc.text.length;
}

/** The text with its first letter in upper case, for names that start a message ("Section IX …"). */
export function capitalized(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

