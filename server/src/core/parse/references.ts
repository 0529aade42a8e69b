/**
 * Cross-references: places in the body that name another section.
 * - quoted: `"XII. Contact Us"`, `see the "How We Collect…" section`;
 * - numbered: `Appendix 1`, `Article 12`, `Section 4.2`, `第十二条`, `附录一`.
 * Each is resolved to a section by its number first, then by its title.
 */
import type { CrossReference, Section } from '../model';
import { LineIndex, lineOf } from '../text/lines';
import { titleIndex } from '../text/titleIndex';
import { APPENDIX_KEYWORDS, Marker, parseMarker } from './numbering';

const RE_PAIRED = /“([^“”\n]{1,160})”|「([^」\n]{1,80})」|『([^』\n]{1,80})』|《([^》\n]{1,80})》/g;

interface QuotedSpan { start: number; end: number; inner: string }

/**
 * Quoted passages, line by line. Straight quotes pair in order of appearance (the first opens, the second
 * closes), so a short "we" cannot pair with the next quotation's opening mark; curly and CJK quotes pair by shape.
 */
function quotedSpans(text: string, lines: LineIndex): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // One pass over the straight quote marks of the whole text; a mark on a later line starts a new pair.
  let open = -1;
  let openLine = -1;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) {
    const line = lineOf(lines, k);
    if (open < 0 || line !== openLine) { open = k; openLine = line; continue; }
    if (k - open - 1 <= 160) out.push({ start: open, end: k + 1, inner: text.slice(open + 1, k) });
    open = -1;
  }
  RE_PAIRED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_PAIRED.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, inner: m[1] ?? m[2] ?? m[3] ?? m[4] });
  return out.sort((a, b) => a.start - b.start);
}
const RE_NUMBERED = /\b(Section|Sections|Article|Clause|Appendix|Annex|Schedule|Exhibit|Chapter|Part|Attachment)\s+(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[A-Z])(?![\p{L}\p{N}])|第\s*([一二三四五六七八九十百零〇两\d]{1,6})\s*(条|章)|(附录|附件)\s*([一二三四五六七八九十\d]{1,3})/gu;
const RE_EXTERNAL_AFTER = /^\s*(\(\d+\)\s*)*(\([a-z]\)\s*)*(of|under|in)\s+(the\s+)?(?!this\b|our\b|these\b)[\p{Lu}\u4e00-\u9fff]/u;
const RE_SEE_BEFORE = /\b(see|refer to|in|under|described in|set out in|according to|as stated in|specified in|detailed in|listed in|per)\s+(the\s+)?$/i;
const RE_SECTION_AFTER = /^\s*(section|chapter|part|clause|article|paragraph|below|above|of this (privacy )?(policy|notice|statement))/i;

/** Finds the section a marker names: the top-level one if several share the number. */
export function sectionByMarker(sections: readonly Section[], m: Marker): Section | undefined {
  const candidates = (numberIndex(sections).get(m.path.join('.')) ?? []).filter((s) => s.marker && sameNumber(s.marker, m));
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, s) => (s.level < best.level ? s : best));
}

const numberIndexes = new WeakMap<readonly Section[], Map<string, Section[]>>();

/** Sections by the numeric path of their marker ("12", "1.2"), built once per list of sections. */
function numberIndex(sections: readonly Section[]): Map<string, Section[]> {
  let index = numberIndexes.get(sections);
  if (!index) {
    index = new Map();
    for (const s of sections) {
      if (!s.marker) continue;
      const key = s.marker.path.join('.');
      const list = index.get(key);
      if (list) list.push(s);
      else index.set(key, [s]);
    }
    numberIndexes.set(sections, index);
  }
  return index;
}

function sameNumber(a: Marker, b: Marker): boolean {
  const appendixA = a.decoration === 'keyword' && APPENDIX_KEYWORDS.has(a.keyword!);
  const appendixB = b.decoration === 'keyword' && APPENDIX_KEYWORDS.has(b.keyword!);
  if (appendixA !== appendixB) return false;
  if (a.path.length !== b.path.length) return false;
  for (let i = 0; i < a.path.length; i++) if (a.path[i] !== b.path[i]) return false;
  if (a.decoration === 'chapter' || b.decoration === 'chapter') return a.keyword === b.keyword || a.decoration !== b.decoration;
  return true;
}

/** The section whose title best matches `title` (similarity at least `min`). */
export function sectionByTitle(sections: readonly Section[], title: string, min = 0.6): Section | undefined {
  return titleIndex(sections).best(title, min);
}

export function findReferences(text: string, lines: LineIndex, sections: readonly Section[], isHeadingOrToc: (offset: number) => boolean): CrossReference[] {
  const out: CrossReference[] = [];
  if (sections.length === 0) return out;
  const taken: [number, number][] = [];
  for (const q of quotedSpans(text, lines)) {
    const inner = q.inner.trim();
    if (inner.length < 2) continue;
    const start = q.start + 1 + q.inner.indexOf(inner); // after the opening quote mark
    if (isHeadingOrToc(start)) continue;
    const cleaned = inner.replace(/[.,;:。，；：]+$/, '');
    const marker = parseMarker(cleaned);
    let target: Section | undefined;
    let title = cleaned;
    if (marker && marker.decoration !== 'bracket' && marker.decoration !== 'bullet') {
      title = cleaned.slice(marker.length).trim();
      target = sectionByMarker(sections, marker);
      if (!title && !target) continue;
    } else {
      const before = text.slice(Math.max(0, q.start - 40), q.start);
      const after = text.slice(q.end, q.end + 40);
      if (!RE_SEE_BEFORE.test(before) && !RE_SECTION_AFTER.test(after)) continue;
      target = sectionByTitle(sections, cleaned, 0.6);
      if (!target) continue; // a quoted phrase that names no section: not a reference
    }
    out.push({ kind: 'quoted', start, end: start + cleaned.length, line: lineOf(lines, start), text: cleaned, marker, title, target: target?.index });
    taken.push([q.start, q.end]);
  }
  let m: RegExpExecArray | null;
  RE_NUMBERED.lastIndex = 0;
  let t = 0;
  taken.sort((a, b) => a[0] - b[0]);
  while ((m = RE_NUMBERED.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    while (t < taken.length && taken[t][1] <= start) t++;
    if (t < taken.length && taken[t][0] <= start) continue;
    if (isHeadingOrToc(start)) continue;
    // "Article 6 of the GDPR", "Section 1798.100 of the California Civil Code": another text, not this policy.
    if (RE_EXTERNAL_AFTER.test(text.slice(end, end + 40))) continue;
    const marker = parseMarker(m[0]);
    if (!marker) continue;
    const target = sectionByMarker(sections, marker);
    out.push({ kind: 'numbered', start, end, line: lineOf(lines, start), text: m[0], marker, title: '', target: target?.index });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
