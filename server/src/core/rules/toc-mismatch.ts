/**
 * toc-mismatch: the table of contents disagrees with the headings: an entry with no section, a top-level section
 * missing from it, entries out of order (warning), or an entry worded differently from its heading (info).
 */
import type { PolicyDocument, Section, TocEntry } from '../model';
import { headingWords, preferredAnchor, sectionAnchors } from '../parse/markdown';
import { markerWithValue, parseMarker } from '../parse/numbering';
import { sameWording, titleKey } from '../text/titles';
import { titleIndex } from '../text/titleIndex';
import { firstSectionAfter } from '../sections';
import type { Rule, RuleFinding } from './types';
import { eolOf, lineNumber, oneLine } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A table-of-contents entry that names no section, a top-level section missing from the table, entries out of order, or wording that drifted from the heading.';

/**
 * The entries (by index) of the longest run, in the table's order, whose sections come in the headings' order too:
 * the others are the ones out of order (an entry moved up reports itself, not every entry it passed).
 */
function entriesInOrder(entries: readonly TocEntry[]): Set<number> {
  // Patience sorting over the entries with a section: tails[len] is the entry ending the best run of length len + 1.
  const tails: number[] = [];
  const before = new Int32Array(entries.length).fill(-1);
  entries.forEach((e, k) => {
    if (e.target === undefined) return;
    let lo = 0;
    let hi = tails.length;
    // (Two entries naming the same section are in order: the run may stay level.)
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[tails[mid]].target! <= e.target) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const kept = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = before[k]) kept.add(k);
  return kept;
}

/** Where the headings put entry k's section against the entries in order around it, in words. */
function misplacement(doc: PolicyDocument, entries: readonly TocEntry[], inOrder: ReadonlySet<number>, k: number): string {
  // The nearest entry in order above it when its section comes after k's; else the nearest below it.
  let i = k;
  while (--i >= 0 && !inOrder.has(i));
  const above = i >= 0 && entries[k].target! < entries[i].target!;
  if (!above) for (i = k + 1; i < entries.length && !inOrder.has(i); i++);
  const s = i < entries.length ? doc.sections[entries[i].target!] : undefined;
  return s ? `comes ${above ? 'before' : 'after'} "${oneLine(s.title, 50)}" (line ${lineNumber(doc, s.headingStart)}), which the table lists ${above ? 'above' : 'below'} it` : 'is elsewhere among the headings';
}

export const tocMismatch: Rule = {
  code: 'toc-mismatch',
  defaultSeverity: 'warning',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    doc.tocs.forEach((toc, t) => {
      const inOrder = entriesInOrder(toc.entries);
      toc.entries.forEach((e, k) => {
        if (e.target === undefined) {
          out.push({ start: e.start, end: e.end, message: `The table of contents lists "${oneLine(e.title)}", but no section has that title. Update the table of contents from the headings.`, data: { toc: t } });
          return;
        }
        const s = doc.sections[e.target];
        if (!inOrder.has(k)) {
          out.push({ start: e.start, end: e.end, message: `This entry is out of order: its section (line ${lineNumber(doc, s.headingStart)}) ${misplacement(doc, toc.entries, inOrder, k)}. Update the table of contents from the headings.`, data: { toc: t } });
        } else if (e.marker && s.marker && e.marker.value !== s.marker.value) {
          out.push({ start: e.start, end: e.end, severity: 'info', message: `The entry is numbered ${e.marker.label} but its section is numbered ${s.marker.label} (line ${lineNumber(doc, s.headingStart)}). Update the table of contents from the headings.`, data: { toc: t } });
        } else if (!sameWording(e.title, s.title)) {
          out.push({ start: e.start, end: e.end, severity: 'info', message: `The entry "${oneLine(e.title)}" is worded differently from its heading "${oneLine(s.title)}" (line ${lineNumber(doc, s.headingStart)}). Update the table of contents from the headings.`, data: { toc: t } });
        }
      });
      const listed = new Set(toc.entries.map((e) => e.target));
      const listedKeys = new Set(toc.entries.map((e) => titleKey(e.title)));
      const index = titleIndex(doc.sections);
      const missing = listableSections(doc, t).filter((s) => !listed.has(s.index) && !listedKeys.has(index.keyOf(s.index)));
      if (missing.length) {
        const first = toc.entries[0];
        const names = missing.slice(0, 4).map((s) => `"${oneLine(s.heading, 50)}" (line ${lineNumber(doc, s.headingStart)})`).join(', ');
        out.push({ start: first.start, end: first.end, message: `The table of contents leaves out ${missing.length === 1 ? 'a top-level section' : `${missing.length} top-level sections`}: ${names}${missing.length > 4 ? ', …' : ''}. Update the table of contents from the headings.`, data: { toc: t } });
      }
    });
    return out;
  },
  fixes({ doc }, finding) {
    const toc = doc.tocs[finding.data!.toc as number];
    const sections = listableSections(doc, finding.data!.toc as number);
    if (sections.length === 0) return [];
    const first = toc.entries[0];
    // A table run into a line is written again where it stands, its entries numbered in its style and parted as
    // they were ("; " or a space): the rest of the line is left as it is.
    if (toc.runIn) {
      const entry = (s: Section, k: number) => `${first.marker ? `${markerWithValue(first.marker, k + 1)} ` : ''}${s.title.trim() || s.heading.trim()}`;
      const between = toc.entries.length > 1 ? doc.text.slice(first.end, toc.entries[1].start) : ' ';
      return [{ title: 'Update the table of contents from the headings', edits: [{ start: toc.start, end: toc.end, newText: sections.map(entry).join(between) }], safe: true }];
    }
    const lineStart = doc.lines.starts[first.line];
    const indent = doc.text.slice(lineStart, first.start).match(/^[ \t\u3000]*/)![0];
    const bullet = first.start > lineStart && !first.marker ? doc.text.slice(lineStart + indent.length, first.start) : '';
    // A table that writes its entries on two lines, number then title, keeps writing them so.
    const twoLines = toc.entries.some((e) => /[\r\n]/.test(e.text));
    const eol = eolOf(doc.text);
    // In Markdown, entries that link to their headings (`1. [Data We Collect](#data-we-collect)`) link to each
    // section's anchor, numbered as a Markdown list; a heading's words are written without its # marks.
    const link = doc.format === 'markdown' ? RE_LINK_ENTRY.exec(doc.text.slice(first.start, first.end)) : null;
    const listNumber = link && first.marker && first.marker.decoration !== 'multi' ? first.marker : undefined;
    const numberedLinks = !!link && parseMarker(link[1]) !== undefined;
    const anchors = link ? sectionAnchors(doc) : undefined;
    const words = (s: Section) => (s.source === 'markdown' ? headingWords(s.heading) : s.heading.replace(/\s+/g, ' ').trim());
    // A table with sub-entries lists each section's sub-sections too, indented as its first sub-entry is.
    const sub = toc.entries.find((e) => e.subEntry);
    const subIndent = sub && doc.text.slice(doc.lines.starts[sub.line], sub.start).match(/^[ \t\u3000]*/)![0];
    const row = (s: Section, at: string, k: number) => {
      if (anchors) {
        const text = `[${numberedLinks ? words(s) : s.title.trim() || words(s)}](#${preferredAnchor(anchors[s.index])})`;
        // The list's number is the section's, when the section has one it is read by (`4. [Contact](#4-contact)`).
        const n = s.marker && s.marker.kind === 'arabic' && s.marker.path.length === 1 ? s.marker.value : k + 1;
        return `${at}${listNumber ? `${markerWithValue(listNumber, n)} ` : bullet}${text}`;
      }
      if (twoLines && !bullet && /[\r\n]/.test(s.heading)) return s.heading.split(/\r\n|\n|\r/).map((part) => `${at}${part.trim()}`).join(eol);
      // A numbered table keeps numbering the sections whose headings have no number ("1. Introduction" for
      // "Introduction"), in its own style; a heading's own number is written as the heading writes it.
      const model = at === indent ? first : sub;
      if (!s.marker && !bullet && model?.marker) return `${at}${markerWithValue(model.marker, k + 1)}${doc.text.slice(model.start + model.marker.text.length, model.titleStart)}${words(s)}`;
      return `${at}${bullet}${bullet ? s.title.trim() || words(s) : words(s)}`;
    };
    // Page numbers stay with the sections their entries named (the fix cannot know a new entry's page).
    const pages = anchors || twoLines ? undefined : pageNumbers(doc, toc);
    const withPage = (s: Section, text: string) => {
      const page = pages?.get(s.index);
      return page ? `${text}${pageTail(page, text.length)}` : text;
    };
    const lines = sections.flatMap((s, k) => [withPage(s, row(s, indent, k)), ...(subIndent !== undefined ? s.children.map((c, j) => withPage(doc.sections[c], row(doc.sections[c], subIndent, j))) : [])]);
    const end = toc.entries[toc.entries.length - 1].end;
    const endLineEnd = doc.lines.ends[toc.entries[toc.entries.length - 1].line];
    return [{ title: 'Update the table of contents from the headings', edits: [{ start: lineStart, end: Math.max(end, endLineEnd), newText: lines.join(eol) }], safe: true }];
  },
};

/**
 * What follows an entry's title up to its page number: spaces or a tab, or a leader of dots (`....... 3`,
 * `. . . 3`, `…… 3`, `____ 3`); the page, in figures or Roman numerals.
 */
const RE_PAGE_TAIL = /^([ \t]*)([.·…_](?:[ \t]?[.·…_])+|)([ \t]*)(\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6})[ \t]*$/;

interface PageTail {
  readonly before: string;
  readonly leader: string;
  readonly after: string;
  readonly page: string;
  /** The column the page number ended at, which a leader of dots is filled up to. */
  readonly width: number;
}

/** The page number each entry gives its section, by the section's index (the first entry's, if two name it). */
function pageNumbers(doc: PolicyDocument, toc: PolicyDocument['tocs'][number]): Map<number, PageTail> | undefined {
  let out: Map<number, PageTail> | undefined;
  for (const e of toc.entries) {
    if (e.target === undefined) continue;
    const lineStart = doc.lines.starts[e.line];
    const lineEnd = doc.lines.ends[e.line];
    const m = RE_PAGE_TAIL.exec(doc.text.slice(e.titleStart + e.title.length, lineEnd));
    // Spaces alone before a number part it from the title only where a tab or a run of spaces does (`Cookies  3`).
    if (!m || (!m[2] && !/\t| {2}/.test(m[1] + m[3]))) continue;
    out ??= new Map();
    if (!out.has(e.target)) out.set(e.target, { before: m[1], leader: m[2], after: m[3], page: m[4], width: doc.text.slice(lineStart, lineEnd).trimEnd().length });
  }
  return out;
}

/** An entry's page number after its new text of `length` characters: a leader of dots still reaches the column it did. */
function pageTail(tail: PageTail, length: number): string {
  const unit = tail.leader.length >= 2 && tail.leader[1] !== tail.leader[0] ? tail.leader.slice(0, 2) : tail.leader.slice(0, 1);
  if (!unit) return `${tail.before}${tail.page}`;
  // (Three dots at the least, or as few as the entry had: an entry left as it was is written as it was.)
  const room = Math.max(Math.min(3, tail.leader.length), tail.width - length - tail.before.length - tail.after.length - tail.page.length);
  const leader = unit.repeat(Math.ceil(room / unit.length)).slice(0, room).trimEnd();
  return `${tail.before}${leader}${tail.after}${tail.page}`;
}

/** A Markdown table-of-contents entry written as a link to a heading, after its list number if any; its text. */
const RE_LINK_ENTRY = /^(?:\d{1,3}[.)][ \t]+)?\[([^\]\n]*)\]\(\s*<?#/;

const rootsOf = new WeakMap<PolicyDocument, { roots: Section[]; lastTopLevelLine: number }>();

/** The document's top-level sections, and the line of its last level-1 heading (made once per document). */
function rootInfo(doc: PolicyDocument): { roots: Section[]; lastTopLevelLine: number } {
  let info = rootsOf.get(doc);
  if (!info) {
    const roots = doc.roots.map((i) => doc.sections[i]);
    const topLevel = roots.filter((s) => s.level === 1);
    info = { roots, lastTopLevelLine: topLevel.length ? topLevel[topLevel.length - 1].line : -1 };
    rootsOf.set(doc, info);
  }
  return info;
}

/**
 * The sections a table of contents stands among: the top-level ones, or, when all its entries name sections of one
 * parent (a Markdown policy whose `# Title` holds every `## Section`), that parent's.
 */
function scopeOf(doc: PolicyDocument, toc: PolicyDocument['tocs'][number]): { roots: Section[]; lastTopLevelLine: number } {
  // The parent of the outermost entries' sections: an entry nested under another names a child of that one's section.
  const targets = new Set(toc.entries.map((e) => e.target));
  const parents = new Set(toc.entries.filter((e) => e.target !== undefined).map((e) => doc.sections[e.target!].parent).filter((p) => !targets.has(p)));
  const parent = parents.size === 1 ? [...parents][0] : undefined;
  if (parent === undefined) return rootInfo(doc);
  const children = doc.sections[parent].children.map((i) => doc.sections[i]);
  return { roots: children, lastTopLevelLine: children[children.length - 1].line };
}

/**
 * The sections a table of contents should list: the top-level ones it stands for (after it, up to the next
 * table; or, for a table at the end, before it, after the previous one), appendices only if it lists some.
 */
function listableSections(doc: PolicyDocument, t: number): Section[] {
  const toc = doc.tocs[t];
  const { roots, lastTopLevelLine } = scopeOf(doc, toc);
  // A table run into a line lists the sections after it, on that line and the next (up to the next table).
  if (toc.runIn) return distinctListable(doc, toc, roots.filter((s) => s.start >= toc.end && s.start < (doc.tocs[t + 1]?.start ?? Infinity)));
  const line = (s: Section) => s.line;
  const atTop = lastTopLevelLine > toc.endLine && !(toc.entries.length && toc.entries.every((e) => e.target !== undefined && doc.sections[e.target].line < toc.startLine));
  const from = atTop ? toc.endLine : (doc.tocs[t - 1]?.endLine ?? -1);
  const to = atTop ? (doc.tocs[t + 1]?.startLine ?? Infinity) : toc.startLine;
  // Roots are in document order: only those between `from` and `to` are looked at.
  return distinctListable(doc, toc, roots.slice(firstSectionAfter(roots, from, line), firstSectionAfter(roots, to - 1, line)));
}

/** Of the sections a table stands among, those it should list: appendices only if it lists some, a doubled section once. */
function distinctListable(doc: PolicyDocument, toc: PolicyDocument['tocs'][number], among: readonly Section[]): Section[] {
  const listsAppendices = toc.entries.some((e) => e.target !== undefined && doc.sections[e.target].appendix);
  const seen = new Set<string>();
  return among.filter((s) => {
    if (s.appendix && !listsAppendices) return false;
    const key = titleIndex(doc.sections).keyOf(s.index) || s.heading;
    if (seen.has(key)) return false; // a doubled section is listed once
    seen.add(key);
    return true;
  });
}
