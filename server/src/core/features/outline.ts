/**
 * Editor features computed from the policy model, still as offsets: the outline (document symbols), folding
 * ranges, and navigation from table-of-contents entries and cross-references to their sections.
 */
import type { PolicyDocument, Section } from '../model';
import { headingWords } from '../parse/markdown';
import { withCharacterReferences } from '../text/entities';
import { withoutEndColon } from '../parse/toc';
import { lineOf } from '../text/lines';
import { anySectionOnLine } from '../sections';

export interface OutlineNode {
  /** The heading as written, on one line. Never empty: VS Code rejects symbols without a name. */
  readonly name: string;
  readonly detail: string;
  readonly kind: 'section' | 'appendix';
  readonly start: number;
  readonly end: number;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: readonly OutlineNode[];
}

/** Whitespace that symbolName changes: any but a single space. */
const RE_ODD_WHITESPACE = /[^\S ]| {2}/;

/** Markdown's bold marks around words of a heading (`1. **Scope**`, `**1.** Scope`): not part of its name. */
const RE_BOLD_SPAN = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;

const RE_RUN_IN_END = /\s*[.:：]$/;

export function symbolName(s: Section): string {
  let name = RE_ODD_WHITESPACE.test(s.heading) ? s.heading.replace(/\s+/g, ' ') : s.heading;
  if (name.includes('**') || name.includes('__')) name = name.replace(RE_BOLD_SPAN, '$2');
  // A title run into its text keeps the full stop or colon that ends it in bold (`**Cookies.** We …`): not in its name;
  // nor is the colon that ends a heading on its own line ("INFORMATION WE COLLECT:").
  if (s.runIn) name = name.replace(RE_RUN_IN_END, '');
  else name = withoutEndColon(name);
  // A Markdown heading is named by its words, as the editor's own Markdown outline names it (`## 1. Data` → `1. Data`).
  if (s.source === 'markdown') name = headingWords(name);
  // A plain-text heading holding character references was copied out of HTML ("Cookies &amp; Tracking"): named by
  // the characters they stand for, as a Markdown heading is.
  else if (name.includes('&')) name = withCharacterReferences(name);
  name = name.trim();
  if (name.length === 0) return s.marker?.label || '(untitled section)';
  return name.length > 200 ? name.slice(0, 199) + '…' : name;
}

/** Characters of a section's text that name it in the outline when it has no title of its own. */
const LEAD_LENGTH = 40;

/**
 * What the outline says of a section without a title: the start of its text when that runs on from its number
 * (`第一条 为保护用户个人信息，…`, an article without a heading of its own), else that it has none.
 */
function textLead(doc: PolicyDocument, s: Section): string {
  if (!s.runIn) return 'no title';
  const lineEnd = doc.lines.ends[lineOf(doc.lines, s.headingStart)];
  const lead = doc.text.slice(s.headingEnd, Math.min(lineEnd, s.headingEnd + 4 * LEAD_LENGTH)).replace(/\s+/g, ' ').trim();
  if (!lead) return 'no title';
  const chars = Array.from(lead);
  return chars.length > LEAD_LENGTH ? `${chars.slice(0, LEAD_LENGTH - 1).join('').trimEnd()}…` : lead;
}

export function outline(doc: PolicyDocument): OutlineNode[] {
  const build = (s: Section): OutlineNode => ({
    name: symbolName(s),
    detail: s.title ? '' : textLead(doc, s),
    kind: s.appendix ? 'appendix' : 'section',
    start: s.start,
    end: Math.max(s.end, s.headingEnd),
    selectionStart: s.headingStart,
    selectionEnd: s.headingEnd,
    children: s.children.map((c) => build(doc.sections[c])),
  });
  return doc.roots.map((r) => build(doc.sections[r]));
}

export interface LineFold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'region' | 'comment';
}

/** One fold per section spanning more than its heading line, and one per table of contents. */
export function foldingRanges(doc: PolicyDocument): LineFold[] {
  const out: LineFold[] = [];
  const { sections } = doc;
  for (const s of sections) {
    let endLine = lineOf(doc.lines, s.end);
    // A section that ends on the line where a later heading starts (headings run into one long line) folds up to
    // the line before: folding that line would hide the later headings inside this section.
    // (Found by bisection: a map of the headings by line was megabytes made at the end of every analysis.)
    if (endLine > s.line && anySectionOnLine(sections, endLine, (o) => o.headingStart >= s.end)) endLine--;
    if (endLine > s.line) out.push({ startLine: s.line, endLine });
  }
  for (const t of doc.tocs) {
    const startLine = t.introLine ?? t.startLine;
    if (t.endLine > startLine) out.push({ startLine, endLine: t.endLine, kind: 'region' });
  }
  return out;
}

export interface SectionLink {
  readonly start: number;
  readonly end: number;
  readonly target: Section;
  readonly from: 'toc' | 'reference';
}

/** Table-of-contents entries and cross-references that resolve to a section. */
export function sectionLinks(doc: PolicyDocument): SectionLink[] {
  const out: SectionLink[] = [];
  for (const t of doc.tocs) {
    for (const e of t.entries) if (e.target !== undefined) out.push({ start: e.start, end: e.end, target: doc.sections[e.target], from: 'toc' });
  }
  for (const r of doc.references) {
    if (r.target !== undefined) out.push({ start: r.start, end: r.end, target: doc.sections[r.target], from: 'reference' });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The section that a link at `offset` leads to, for go to definition. */
export function definitionAt(doc: PolicyDocument, offset: number): SectionLink | undefined {
  return sectionLinks(doc).find((l) => offset >= l.start && offset <= l.end);
}

/** Innermost section containing `offset`. */
export { sectionAt } from '../sections';
