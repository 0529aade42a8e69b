/**
 * Markdown headings: ATX (`## 2. Sharing`), Setext (a line underlined with `===` or `---`) and HTML (`<h2>…</h2>`
 * on a line of its own), outside fenced code blocks and front matter. Their level is the author's; their number, if any, is read like any heading's.
 */
import type { PolicyDocument, Section } from '../model';
import { Marker, parseMarker, sameStyle } from './numbering';
import { HeadingDraft, fullDraft } from './headings';
import { ScannedLine, iconLength } from './scan';
import { entryTitle, withoutInlineMarkup } from './toc';
import { withCharacterReferences } from '../text/entities';

const RE_ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RE_SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** What starts an ordered list item in Markdown: a number, `.` or `)`, then a space. */
const RE_LIST_ITEM = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;
const RE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An HTML comment's start at a line's start (`<!-- … -->`, over one line or several): no policy text till its end. */
const RE_COMMENT_START = /^ {0,3}<!--/;
/** A heading written in HTML on a line of its own, as Markdown allows (`<h2 id="contact">3. Contact Us</h2>`). */
const RE_HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^<>]*)?>(.*?)<\/h\1>[ \t]*$/i;
const RE_HTML_TAG = /<\/?[a-z][^<>]*>/gi;
/** A collapsible block's title on a line of its own (`<details><summary>3. Your Rights</summary>`): a section's heading. */
const RE_HTML_SUMMARY = /^ {0,3}(?:<details(?:\s[^<>]*)?>[ \t]*)?<summary(?:\s[^<>]*)?>(.*?)<\/summary>[ \t]*$/i;

export interface MarkdownHeadings {
  drafts: HeadingDraft[];
  levels: number[];
  /** Lines inside code fences, HTML comments and front matter, and Setext underlines: never policy text. */
  codeLines: Set<number>;
}

/**
 * Two ATX headings with text (`# Title`, `## 1. Scope`) say a text is Markdown whatever its file is called. Only
 * the lines where a # stands at the start are read, so a policy without one costs one native search.
 */
export function hasMarkdownHeadings(text: string): boolean {
  let found = 0;
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    // A heading's # stands within the first four characters of its line: look back no further than that (a
    // search back for the line break would read the whole text before every # of a text without one).
    let lineStart = at;
    while (lineStart > 0 && at - lineStart <= 3 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) continue;
    if (lineStart === 0) lineStart = afterBom(text, 0);
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const atx = RE_ATX.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 2000)).replace(/\r$/, ''));
    if (atx?.[2] && ++found >= 2) return true;
    at = lineEnd;
  }
  return false;
}

const BOM = 0xfeff;

/** `at`, or the offset after a byte order mark there. */
function afterBom(text: string, at: number): number {
  return text.charCodeAt(at) === BOM ? at + 1 : at;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** The first line after the YAML front matter (`---` … `---` or `...` from the first line), or 0 without one. */
export function frontMatterEnd(text: string, lineCount: number, lineStart: (i: number) => number, lineEnd: (i: number) => number): number {
  if (lineCount <= 2 || text.slice(afterBom(text, lineStart(0)), lineEnd(0)) !== '---') return 0;
  for (let j = 1; j < lineCount; j++) if (/^(---|\.\.\.)\s*$/.test(text.slice(lineStart(j), lineEnd(j)))) return j + 1;
  return 0;
}

export function findMarkdownHeadings(text: string, scanned: readonly ScannedLine[], lineStartOf: (i: number) => number, lineEnd: (i: number) => number): MarkdownHeadings {
  // A byte order mark before the first line is no part of it (`\uFEFF# Privacy Policy` is a heading).
  const lineStart = (i: number) => (i === 0 ? afterBom(text, lineStartOf(0)) : lineStartOf(i));
  const drafts: HeadingDraft[] = [];
  const levels: number[] = [];
  const codeLines = new Set<number>();
  let fence: string | undefined;
  let comment = false;
  // The index in `drafts` of the last collapsible block's title (see summaryLevel).
  let lastSummary = -1;
  let i = frontMatterEnd(text, scanned.length, lineStart, lineEnd);
  for (let k = 0; k < i; k++) codeLines.add(k);
  for (; i < scanned.length; i++) {
    const raw = text.slice(lineStart(i), Math.min(lineEnd(i), lineStart(i) + 2000));
    // A comment (a heading commented out, an editor's note) ends on the line holding `-->`, as CommonMark reads it.
    if (comment || (!fence && RE_COMMENT_START.test(raw))) {
      codeLines.add(i);
      const from: number = comment ? 0 : raw.indexOf('<!--') + 4;
      comment = text.slice(lineStart(i), lineEnd(i)).indexOf('-->', from) < 0;
      continue;
    }
    const f = RE_FENCE.exec(raw);
    if (fence) {
      codeLines.add(i);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) { fence = f[1]; codeLines.add(i); continue; }
    const l = scanned[i];
    if (l.blank) continue;
    const atx = RE_ATX.exec(raw);
    if (atx) {
      const content = atx[2] ?? '';
      const contentStart = lineStart(i) + (content ? raw.indexOf(content, atx[1].length + raw.indexOf('#')) : raw.length);
      drafts.push(headingDraft(i, l, content, contentStart));
      levels.push(atx[1].length);
      continue;
    }
    const html = raw.includes('<') ? RE_HTML_HEADING.exec(raw) : null;
    const summary = html || !raw.includes('<summary') ? null : RE_HTML_SUMMARY.exec(raw);
    if (html || summary) {
      // The words inside, without the tags that style or link them (`<h2><a href="#x">Contact</a></h2>`).
      const content = (html ? html[2] : summary![1]).replace(RE_HTML_TAG, '').trim();
      if (!content) continue;
      const contentStart = lineStart(i) + Math.max(0, raw.indexOf(content));
      // Its span is the words, not the tags, which would make its name in the outline.
      const draft = headingDraft(i, l, content, contentStart);
      if (raw.includes(content)) { draft.start = contentStart; draft.end = contentStart + content.length; }
      const level = html ? Number(html[1]) : summaryLevel(drafts, levels, draft, lastSummary === drafts.length - 1);
      if (summary) lastSummary = drafts.length;
      drafts.push(draft);
      levels.push(level);
      continue;
    }
    const next = scanned[i + 1];
    if (next && !next.blank && !l.bullet) {
      const under = RE_SETEXT.exec(text.slice(lineStart(i + 1), lineEnd(i + 1)));
      // A numbered line is underlined as a heading unless it starts a Markdown list (`1. Scope`), whose `---`
      // underline is a rule after the list; `===`, which is never a rule, underlines even such a line.
      if (under && (!l.marker || under[1][0] === '=' || !RE_LIST_ITEM.test(raw)) && (i === 0 || scanned[i - 1].blank || codeLines.has(i - 1))) {
        drafts.push(headingDraft(i, l, text.slice(l.start, l.end), l.start));
        levels.push(under[1][0] === '=' ? 1 : 2);
        codeLines.add(i + 1);
        i++;
      }
    }
  }
  return { drafts, levels, codeLines };
}

/**
 * The level of a collapsible block's title, which says none: that of the heading before it when numbered alike (`## 2.
 * Cookies` / `<summary>3. Your Rights</summary>`), else one under it (`## FAQ` / `<summary>What do we collect?</summary>`).
 */
function summaryLevel(drafts: readonly HeadingDraft[], levels: readonly number[], draft: HeadingDraft, afterSummary: boolean): number {
  const k = drafts.length - 1;
  if (k < 0) return 1;
  const before = drafts[k].marker;
  // (Another block's title before it is its sibling.)
  return afterSummary || (before && draft.marker && sameStyle(before, draft.marker)) ? levels[k] : Math.min(6, levels[k] + 1);
}

/** What sets a heading's anchor and is no part of its title: `{#contact}`, `{.class}`, `<a name="x"></a>`, `<a id="x"/>`. */
const RE_HEADING_ANCHOR = /[ \t]*\{[#.][^{}\n]*\}[ \t]*$|[ \t]*<a\s+(?:name|id)\s*=\s*["'][^"'<>\n]*["']\s*(?:\/>|>\s*<\/a>)[ \t]*/gi;

/** A heading's text without what sets its anchor (see RE_HEADING_ANCHOR). */
export function withoutHeadingAnchor(content: string): string {
  return content.includes('{') || content.includes('<') ? content.replace(RE_HEADING_ANCHOR, ' ').trim() : content;
}

/**
 * A heading's text as the outline names it and as its slug is made: as Markdown shows it (links by their text,
 * without emphasis marks, character references read), without its anchor, nor the tags of a heading written in HTML.
 */
export function headingName(content: string): string {
  const name = withoutInlineMarkup(withoutHeadingAnchor(content));
  // (References read last: `&lt;b&gt;` is words, not a tag.)
  return withCharacterReferences(name.includes('<') ? name.replace(RE_HTML_TAG, '').trim() : name);
}

function headingDraft(line: number, l: ScannedLine, content: string, contentStart: number): HeadingDraft {
  // (`## 1.&nbsp;Scope` is numbered: its references are read as Markdown shows them.)
  const plain = withCharacterReferences(entryTitle(withoutHeadingAnchor(content)));
  const marker = parseMarker(plain);
  const title = marker ? plain.slice(marker.length).trim() : plain.slice(iconLength(plain));
  const titleStart = marker || title !== plain ? contentStart + titleOffset(content, title, marker) : contentStart;
  return fullDraft({ line, start: l.start, end: l.end, titleStart, title, marker, source: 'markdown', inline: false, top: false, appendix: false });
}

/**
 * Where a heading's title starts in its content as written: where its words stand, or, when markup or character
 * references make them differ from the title (`3. _Sharing_ of Data`, `2.&nbsp;Terms &amp; Conditions`), after the
 * number and the spaces written after it. Edits of the number and the title start from here.
 */
function titleOffset(content: string, title: string, marker: Marker | undefined): number {
  const at = content.indexOf(title);
  if (at >= 0 || !marker) return Math.max(0, at);
  const number = content.indexOf(marker.text);
  if (number < 0) return 0;
  return number + marker.text.length + (RE_SPACES_WRITTEN.exec(content.slice(number + marker.text.length))?.[0].length ?? 0);
}
/** Spaces, also written as character references (`&nbsp;`, `&#160;`). */
const RE_SPACES_WRITTEN = /^(?:[ \t]|&nbsp;|&#160;|&#xa0;)*/i;

// ---- anchors ---------------------------------------------------------------------------------------------------

/** A heading's own anchor: `{#contact}`, `<a name="contact">`, `<a id="contact">`, `<h2 id="contact">`. */
const RE_EXPLICIT_ID = /\{#([^\s{}]+)[^{}]*\}|<a\s+(?:name|id)\s*=\s*["']([^"'<>]+)["']|<h[1-6]\s[^<>]*?\bid\s*=\s*["']([^"'<>]+)["']/gi;

/** GitHub's anchor for a heading's words: lower case, punctuation dropped, spaces as hyphens (`4. Contact Us` → `4-contact-us`). */
export function headingSlug(words: string): string {
  return words.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The words of a Markdown heading as written on its line, without its marks, anchor and tags. */
export function headingWords(heading: string): string {
  const atx = RE_ATX.exec(heading);
  return headingName(atx ? atx[2] ?? '' : heading);
}

/** The `#` marks of an ATX heading (`##` of `## 4. Contact`), or undefined for any other heading. */
export function atxMarks(heading: string): string | undefined {
  return RE_ATX.exec(heading)?.[1];
}

/** The anchors of a section: those its heading sets, and its slug (suffixed `-1`, `-2` when an earlier heading has it). */
export interface SectionAnchors {
  readonly ids: readonly string[];
  readonly slug: string;
}

const anchorsBySections = new WeakMap<readonly Section[], SectionAnchors[]>();

/** The anchors of every section of a Markdown policy, by section index (computed once per document). */
export function sectionAnchors(doc: Pick<PolicyDocument, 'text' | 'lines' | 'sections'>): readonly SectionAnchors[] {
  let anchors = anchorsBySections.get(doc.sections);
  if (!anchors) {
    const seen = new Map<string, number>();
    anchors = doc.sections.map((s) => {
      const line = doc.text.slice(doc.lines.starts[s.line], doc.lines.ends[s.line]);
      const ids = [...explicitIds(line), ...anchorsAbove(doc, s.line)];
      const base = headingSlug(headingWords(s.heading));
      const times = seen.get(base) ?? 0;
      seen.set(base, times + 1);
      return { ids, slug: times ? `${base}-${times}` : base };
    });
    anchorsBySections.set(doc.sections, anchors);
  }
  return anchors;
}

/** The anchors a line sets (see RE_EXPLICIT_ID). */
function explicitIds(line: string): string[] {
  return [...line.matchAll(RE_EXPLICIT_ID)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A line of HTML anchors only (`<a name="rights"></a>`, `<a id="rights"/>`), as a page puts above a heading. */
const RE_ANCHOR_LINE = /^[ \t]*(?:<a\s+(?:name|id)\s*=\s*["'][^"'<>\n]+["']\s*(?:\/>|>\s*<\/a>)[ \t]*)+$/i;

/** The ids of the anchor lines right above line `line` (blank lines between them allowed, two lines at most). */
function anchorsAbove(doc: Pick<PolicyDocument, 'text' | 'lines'>, line: number): string[] {
  const ids: string[] = [];
  for (let i = line - 1, seen = 0; i >= 0 && seen < 2; i--) {
    const text = doc.text.slice(doc.lines.starts[i], doc.lines.ends[i]);
    if (text.trim() === '') continue;
    if (!RE_ANCHOR_LINE.test(text)) break;
    seen++;
    ids.push(...explicitIds(text));
  }
  return ids;
}

/** The anchor a link to a section is best written with: the one its heading sets, else its slug. */
export function preferredAnchor(a: SectionAnchors): string {
  return a.ids[0] ?? a.slug;
}

/**
 * The edit that keeps a link to section `s` by its slug (`](#4-contact-us)`) leading there after its heading's text
 * [start, end) becomes `newText` (offsets in the document): undefined when the link names the section otherwise
 * (an anchor its heading sets, a slug suffixed for a repeated heading) or the slug stays.
 */
export function slugLinkEdit(doc: Pick<PolicyDocument, 'text' | 'lines' | 'sections'>, s: Section, link: { start: number; end: number; text: string }, start: number, end: number, newText: string): { start: number; end: number; newText: string } | undefined {
  const slug = sectionAnchors(doc)[s.index].slug;
  if (link.text !== `#${slug}` || slug !== headingSlug(headingWords(s.heading))) return undefined;
  const at = start - s.headingStart;
  const heading = s.heading.slice(0, at) + newText + s.heading.slice(end - s.headingStart);
  const renamed = headingSlug(headingWords(heading));
  return renamed === slug ? undefined : { start: link.start, end: link.end, newText: `#${renamed}` };
}
