/**
 * parsePolicy: text in, PolicyDocument out. Never throws: on an internal failure it returns what it has (at
 * worst an empty outline) with a problem that says so, so the editor keeps working and the text is untouched.
 */
import type { MetadataField, Paragraph, ParseProblem, PolicyDocument, PolicyFormat, Section, TableOfContents, TitleLine, TocEntry } from '../model';
import { LineIndex, buildLineIndex, changeFits, changesLineBreaks, lineOf } from '../text/lines';
import { titleKey, titleWords, wordSetSimilarity } from '../text/titles';
import { titleIndex } from '../text/titleIndex';
import { detached } from '../text/detached';
import { withPlainSpaces } from '../text/patterns';
import { isContactTitle } from '../text/contactTitle';
import { firstSectionAfter } from '../sections';
import { findMetadata, findTitle, isTitleBeforeSections, withoutDateAfter } from './front';
import { HeadingDraft, InlineHeadingFinder, finishesSentence, fullDraft, numbersItsSections, LineVerdicts, carriesOn, oneWordStopTitle, endsSentence, findHeadings, headingShape, inlineHeadingFinder, isCanonicalTitle, isCellLine, isShortText, numberedLineTraits, sameMovedDraft, paragraphLead, promisesItems, RESUMED_SEQUENCE_REACH, RunInEntry, runInTableOf, runsOnInto, tableEndingLine, shapeNeighbourTraits, standsAloneAsHeading, subheadingTraits, tightLayout, withBoldLeads } from './headings';
import { findMarkdownHeadings, frontMatterEnd, hasMarkdownHeadings, sectionAnchors } from './markdown';
import { KeptReferences, ReferenceCandidates, anchorLookup, findAnchorLinks, findReferences, movedCandidates, referenceCandidates } from './references';
import { LineSet, MAX_HEADING_LINE, ScannedLine, titleEnding, indentBefore, nextNonBlank, previousNonBlank, scanLine, scanLines, shiftedLine, startsLowerCase } from './scan';
import { MAX_CONTINUATION, RE_END_COLON, TocDraft, carriedOnAsText, detectTocs, entryKey, entryLineTitle, entryTitle, inCapitals, isTextLine, isTitleLike, isTitleWithColon, isTocCue, runInEntryTitle, runInKey } from './toc';
import { assignLevels, buildSections } from './tree';
import { Marker, isContainerMarker, parseMarker, sameMarker, sameStyle } from './numbering';

export interface ParseOptions {
  format?: PolicyFormat;
}

/**
 * Picks Markdown parsing for .md/.markdown files, and for other files whose text is Markdown all the same (a
 * policy kept as .txt with `## 1. Scope` headings); plain text otherwise.
 */
export function formatForPath(path: string, text?: string): PolicyFormat {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) || (text !== undefined && hasMarkdownHeadings(text)) ? 'markdown' : 'plain';
}

/**
 * formatForPath for a text made from `previous` by one change: the previous answer when the change cannot make or
 * unmake a Markdown heading (it neither writes nor removes a `#` or a line break, and its line holds no `#`), so
 * that typing does not read the whole text for headings after every keystroke.
 */
export function formatAfterChange(path: string, previous: PolicyDocument, change: TextChange, text: string): PolicyFormat {
  const before = previous.text;
  const removed = before.slice(change.start, change.end);
  // The changed lines, found in the previous version's line index (not by searching the text for line breaks).
  const lines = previous.lines;
  const touchesHeading = changesLineBreaks(before, change) || change.newText.includes('#') || removed.includes('#')
    || before.slice(lines.starts[lineOf(lines, change.start)], lines.ends[lineOf(lines, change.end)]).includes('#');
  return touchesHeading || text.length !== before.length + change.newText.length - removed.length ? formatForPath(path, text) : previous.format;
}

export function parsePolicy(text: string, options: ParseOptions = {}): PolicyDocument {
  const format = options.format ?? 'plain';
  let lines: LineIndex;
  try {
    lines = buildLineIndex(text);
  } catch (e) {
    lines = { starts: [0], ends: [text.length], length: 1, textLength: text.length };
  }
  try {
    if (looksBinary(text)) {
      return emptyDocument(text, format, lines, [{ code: 'binary-content', message: 'This file looks like binary data, not text: it was not analysed.', start: 0, end: 0 }]);
    }
    return parseText(text, format, lines);
  } catch (e) {
    const message = `The policy parser failed on this document (${e instanceof Error ? e.message : String(e)}); the outline may be incomplete.`;
    return emptyDocument(text, format, lines, [{ code: 'internal-error', message, start: 0, end: 0 }]);
  }
}

function emptyDocument(text: string, format: PolicyFormat, lines: LineIndex, problems: ParseProblem[]): PolicyDocument {
  return { text, format, lines, title: undefined, metadata: [], sections: [], roots: [], tocs: [], references: [], paragraphs: [], problems };
}

const BINARY_PROBE = 8192;

/** NUL bytes or a high share of control characters in the first 8 KB mean this is not text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_PROBE);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / n > 0.1;
}

/**
 * What the line-by-line stages found (line records, title, metadata, tables of contents, heading drafts). Kept
 * with each document so that an edit inside one ordinary line can reuse it (see reparsePolicy); the stages
 * after it (sections, tables, references, paragraphs) are cheap and always run on the whole document.
 */
interface LineStages {
  readonly format: PolicyFormat;
  readonly lines: LineIndex;
  readonly scanned: readonly ScannedLine[];
  readonly metadata: readonly MetadataField[];
  readonly title: TitleLine | undefined;
  /** The last line the title search read: edits after it cannot change the title. */
  readonly titleLastLine: number;
  /** Title, metadata and (Markdown) code lines: never headings, never paragraphs. */
  readonly excluded: LineSet;
  readonly tocDrafts: readonly TocDraft[];
  readonly drafts: readonly HeadingDraft[];
  readonly explicitLevels: readonly number[] | undefined;
  /** Lines holding a heading draft or a table-of-contents entry. */
  readonly structureLines: LineSet;
  readonly inlineHeadings: InlineHeadingFinder | undefined;
  readonly lineKeys: readonly (string | undefined)[];
  readonly keyIsTitleKey: Uint8Array;
  readonly verdicts: LineVerdicts;
  /**
   * Title keys of the table-of-contents entries, and of the lines of runs that could be tables: a line with one of
   * them may be a heading, or make a run a table.
   */
  readonly entryKeys: ReadonlySet<string>;
  /** The sections of the document these stages were moved from, whose title index may be reused. */
  readonly previousSections?: readonly Section[];
  /** Numbers looked for inside long lines, as written (`4.`): a line with one may hold a heading run into it. */
  readonly skippedMarkers: ReadonlySet<string>;
  /** Pasted without blank lines (see tightLayout): an edit that keeps every line's blankness keeps it. */
  readonly tight: boolean;
}

const stagesOf = new WeakMap<PolicyDocument, LineStages>();
/** The reference candidates each document's references were resolved from (see movedCandidates). */
const candidatesOf = new WeakMap<PolicyDocument, ReferenceCandidates>();

/** Line records and title keys carried over from the previous version of the document (see reparsePolicy). */
interface CarriedLines {
  readonly scanned: readonly ScannedLine[];
  readonly lineKeys: (string | undefined)[];
  readonly keyIsTitleKey: Uint8Array;
  readonly verdicts: LineVerdicts;
  /** The previous version's stages, the changed line and the change's length: its inline headings may be reused. */
  readonly from?: { readonly stages: LineStages; readonly line: number; readonly delta: number };
  /** The previous version's sections, whose title index is reused if the titles came out the same. */
  readonly previousSections?: readonly Section[];
  /** The reference candidates of the new text, moved from the previous version's. */
  readonly candidates?: ReferenceCandidates;
  /** The metadata fields: the previous version's, moved, with the changed line's read afresh (each line is read alone). */
  readonly metadata?: readonly MetadataField[];
  /** The previous version's tables of contents, when the change cannot have changed them (see tocsKept). */
  readonly tocs?: { readonly drafts: readonly TocDraft[]; readonly keys: ReadonlySet<string> };
  /** The previous version's outline, for the whole-document stages when the line stages find it again (see keepsOutline). */
  readonly outline?: MovedOutline;
}

/** The title keys of the tables' entries, added to `keys` (those of the runs that could be tables, see detectTocs). */
function tableKeys(scanned: readonly ScannedLine[], tocDrafts: readonly TocDraft[], keyOfLine: (l: ScannedLine) => string, keys = new Set<string>()): Set<string> {
  for (const t of tocDrafts) for (const i of t.lines) keys.add(entryKey(scanned, t, i, keyOfLine));
  return keys;
}

/**
 * The title of a policy whose line breaks were all lost ("Privacy Policy of Ripple Pay 1. Introduction …"): the words
 * before its first section, or its table of contents, run into the first line (see isTitleBeforeSections), which
 * findTitle cannot read.
 */
function titleBeforeSections(text: string, scanned: readonly ScannedLine[], drafts: readonly HeadingDraft[]): TitleLine | undefined {
  const line = nextNonBlank(scanned, -1);
  if (line < 0) return undefined;
  let first: HeadingDraft | undefined;
  for (const d of drafts) if (d.line === line && (!first || d.start < first.start)) first = d;
  const l = scanned[line];
  if (!first?.inline || first.marker?.value !== 1 || first.start <= l.start) return undefined;
  // Before the table of contents run in before the first section, if any ("Privacy Policy 1. Scope 2. … 1. Scope …").
  const end = runInTableOf(text, l, first.start, first.marker)?.[0].start ?? first.start;
  const words = withPlainSpaces(text.slice(l.start, end));
  if (!isTitleBeforeSections(words)) return undefined;
  const title = withoutDateAfter(words).trimEnd();
  return { line, start: l.start, end: l.start + title.length, text: title };
}

function parseText(text: string, format: PolicyFormat, lines: LineIndex, carried?: CarriedLines): PolicyDocument {
  const scanned = carried?.scanned ?? scanLines(text, lines);
  const metadata = carried?.metadata ?? findMetadata(text, scanned);
  const metadataLines = new Set(metadata.map((m) => m.line));
  // A Markdown file's YAML front matter (`title: …` among other keys) is not its title line.
  const firstLine = format === 'markdown' ? frontMatterEnd(text, scanned.length, (i) => lines.starts[i], (i) => lines.ends[i]) : 0;
  const { title, frontLines, lastLineRead } = findTitle(text, scanned, metadata, metadataLines, firstLine);
  const excluded = new LineSet(scanned.length).addAll(metadataLines).addAll(frontLines);

  // Title keys of lines, computed at most once per line and shared by TOC and heading detection.
  const lineKeys: (string | undefined)[] = carried?.lineKeys ?? new Array(scanned.length);
  // Whether a line's key is the key of its whole title (no leader dots or page number were cut off).
  const keyIsTitleKey = carried?.keyIsTitleKey ?? new Uint8Array(scanned.length);
  const keyOfLine = (l: ScannedLine): string => {
    let key = lineKeys[l.index];
    if (key === undefined) {
      const entry = entryTitle(l.title);
      key = titleKey(entry);
      lineKeys[l.index] = key;
      keyIsTitleKey[l.index] = entry === l.title ? 1 : 0;
    }
    return key;
  };

  // Per-line verdicts of heading detection, likewise kept across edits.
  const verdicts = carried?.verdicts ?? new LineVerdicts(scanned.length);

  let drafts: HeadingDraft[];
  let explicitLevels: number[] | undefined;
  let tocDrafts: readonly TocDraft[];
  let inlineHeadings: InlineHeadingFinder | undefined;
  let entryKeys: ReadonlySet<string>;
  let tight = false;
  const skippedMarkers = new Set<string>();
  const markdown = format === 'markdown'
    ? findMarkdownHeadings(text, scanned, (i) => lines.starts[i], (i) => lines.ends[i])
    : undefined;
  if (markdown) excluded.addAll(markdown.codeLines);
  // A Markdown file whose only heading is its title (`# Privacy Policy`) marks its sections otherwise (bold lines,
  // numbers): it is read like plain text below the title.
  if (markdown && markdown.drafts.some((d) => !excluded.has(d.line))) {
    const notEntries = new LineSet(scanned.length, excluded).addAll(markdown.drafts.map((d) => d.line));
    const headingKeys = new Map(markdown.drafts.map((d) => [d.line, titleKey(entryTitle(d.title))]));
    tocDrafts = detectTocs(text, scanned, notEntries, keyOfLine, undefined, headingKeys)
      .filter((t) => !summarisesItsSection(t, markdown.drafts, markdown.levels, headingKeys, (i) => entryKey(scanned, t, i, keyOfLine)));
    entryKeys = tableKeys(scanned, tocDrafts, keyOfLine);
    inlineHeadings = entryFinder(scanned, tocDrafts);
    ({ drafts, levels: explicitLevels } = withBoldLeads(text, scanned, excluded, markdown.drafts, markdown.levels));
  } else {
    tight = tightLayout(scanned);
    // An edit of a line no table reads leaves the tables and the keys of their runs as they were (see tocsKept).
    if (carried?.tocs) {
      tocDrafts = carried.tocs.drafts;
      entryKeys = carried.tocs.keys;
    } else {
      const runKeys = new Set<string>();
      tocDrafts = detectTocs(text, scanned, excluded, keyOfLine, runKeys);
      entryKeys = tableKeys(scanned, tocDrafts, keyOfLine, runKeys);
    }
    const knownInline = carried?.from && knownInlineHeadings(carried.from, excluded, tocDrafts);
    // The search is built from the entries' titles: while the tables are the same lines, the previous one serves.
    inlineHeadings = knownInline ? carried?.from?.stages.inlineHeadings : entryFinder(scanned, tocDrafts);
    const withToc = new LineSet(scanned.length, excluded);
    // The line that introduces a table ("Contents") belongs to it, as its entries do: no heading.
    for (const t of tocDrafts) withToc.addAll(t.introLine === undefined ? t.lines : [t.introLine, ...t.lines]).addAll(t.numberLines).addAll(t.continuations.values());
    drafts = findHeadings({ text, scanned, excluded: withToc, tocs: tocDrafts, keyOfLine, knownInline, inlineFinder: inlineHeadings, verdicts, skippedMarkers, documentTitle: title?.text, tight });
  }
  const structureLines = new LineSet(scanned.length).addAll(drafts.map((d) => d.line));
  // And the line a heading goes on onto (a wrapped title, a translation, a title under its number).
  for (const d of drafts) if (d.end > lines.ends[d.line]) structureLines.add(lineOf(lines, d.end));
  for (const t of tocDrafts) structureLines.addAll(t.lines).addAll(t.numberLines).addAll(t.continuations.values());
  const stages: LineStages = {
    format, lines, scanned, metadata, title: title ?? titleBeforeSections(text, scanned, drafts), titleLastLine: lastLineRead, excluded, tocDrafts, drafts, explicitLevels,
    structureLines, inlineHeadings, lineKeys, keyIsTitleKey, verdicts, entryKeys, previousSections: carried?.previousSections, skippedMarkers, tight,
  };
  const outline = carried?.from && carried.outline && keepsOutline(carried.from, stages) ? carried.outline : undefined;
  return documentFrom(text, stages, carried?.candidates, outline);
}

/**
 * Whether the line stages, run again after an edit inside line `line`, found what the previous ones found, moved
 * (see movedStages): the same headings and tables, the same excluded lines, and nothing of the outline on the edited
 * line in either version. Most edits that change what a line may be (a full stop typed over, a colon added) end
 * so; the whole-document stages then reuse the previous outline as after an edit that reused the line stages.
 */
function keepsOutline(from: NonNullable<CarriedLines['from']>, now: LineStages): boolean {
  const { stages: old, line, delta } = from;
  if (line <= old.titleLastLine || old.structureLines.has(line) || now.structureLines.has(line)) return false;
  if (!now.excluded.equals(old.excluded) || !sameTocDrafts(now.tocDrafts, old.tocDrafts)) return false;
  if (now.drafts.length !== old.drafts.length) return false;
  const editStart = old.lines.starts[line];
  for (let i = 0; i < old.drafts.length; i++) {
    const a = old.drafts[i];
    const b = now.drafts[i];
    // A heading before the edited line that goes on past it (a title wrapped over it) reads the edited text.
    if (a.line < line && a.end > editStart) return false;
    if (!sameMovedDraft(a, b, a.line > line ? delta : 0)) return false;
  }
  return true;
}

/**
 * A list inside a Markdown section that names that section's own sub-sections ("## Information We Collect" / "We
 * collect the following:" / "- Contact Information" / … / "### Contact Information"): a summary, not a table of
 * contents. Not inside the title's section (the only heading of its level, first: a table under `# Privacy Policy`).
 */
function summarisesItsSection(t: TocDraft, drafts: readonly HeadingDraft[], levels: readonly number[], headingKeys: ReadonlyMap<number, string>, entryKeyOf: (line: number) => string): boolean {
  let h = -1;
  while (h + 1 < drafts.length && drafts[h + 1].line < t.lines[0]) h++;
  if (h < 0 || (h === 0 && !levels.some((level, k) => k > 0 && level <= levels[0]))) return false;
  let end = Infinity;
  for (let k = h + 1; k < drafts.length; k++) if (levels[k] <= levels[h]) { end = drafts[k].line; break; }
  const keys = new Set(t.lines.map(entryKeyOf));
  let named = 0;
  for (const [line, key] of headingKeys) {
    if (!keys.has(key)) continue;
    if (line < drafts[h].line || line >= end) return false;
    named++;
  }
  return named > 0;
}

/** The search for headings run into long lines, from the entries of the tables of contents. */
function entryFinder(scanned: readonly ScannedLine[], tocDrafts: readonly TocDraft[]): InlineHeadingFinder | undefined {
  return tocDrafts.length ? inlineHeadingFinder(tocDrafts.flatMap((t) => t.lines.map((i) => entryLineTitle(scanned, t, i)))) : undefined;
}

/**
 * Where a table of contents at the end of the policy starts (its introducing line, "Contents"): the last section
 * ends before it, as its text does. Only for a table under the text of the last section, nothing after it.
 */
function closingTocStart(lines: LineIndex, scanned: readonly ScannedLine[], drafts: readonly HeadingDraft[], tocDrafts: readonly TocDraft[]): number | undefined {
  const toc = tocDrafts[tocDrafts.length - 1];
  const last = drafts[drafts.length - 1];
  if (!toc || !last) return undefined;
  const first = Math.min(toc.introLine ?? Infinity, toc.lines[0], toc.numberLines[0] ?? Infinity);
  let end = Math.max(toc.lines[toc.lines.length - 1], toc.numberLines[toc.numberLines.length - 1] ?? -1);
  end = Math.max(end, toc.continuations.get(end) ?? -1);
  if (first <= last.line || nextNonBlank(scanned, end) >= 0) return undefined;
  // (A table right under its heading, "## Contents", is that section's text.)
  const above = previousNonBlank(scanned, first);
  return above > last.line && lines.starts[above] >= last.end ? lines.starts[first] : undefined;
}

/** The whole-document stages: sections, tables of contents, references and paragraphs from the line stages. */
function documentFrom(text: string, stages: LineStages, knownCandidates?: ReferenceCandidates, moved?: MovedOutline): PolicyDocument {
  const { format, lines, scanned, metadata, title, excluded, tocDrafts, drafts, explicitLevels, lineKeys, keyIsTitleKey } = stages;
  // A section titled by its whole line reuses that line's key instead of reading the title again.
  const knownKey = (s: Section): string | undefined => {
    const key = lineKeys[s.line];
    if (s.inline || key === undefined || keyIsTitleKey[s.line] !== 1 || s.title !== scanned[s.line].title) return undefined;
    return key;
  };
  // An edit that reused the line stages left every draft and the indentation of every heading's line as they were,
  // which is all the levels are assigned from.
  const levels = moved ? moved.sections.map((s) => s.level) : assignLevels(drafts, explicitLevels, (d) => (d.inline ? undefined : indentBefore(text, d.start)));
  const sections = buildSections(text, lines, drafts, levels, closingTocStart(lines, scanned, drafts, tocDrafts));
  const roots = sections.filter((s) => s.parent === undefined).map((s) => s.index);
  titleIndex(sections, knownKey, stages.previousSections);
  // The section a Markdown link's anchor leads to (`#contact-1`), for the tables and the links alike: the anchors read
  // once, only when one asks.
  let sectionOfAnchor: ((id: string) => number | undefined) | undefined;
  const linkedSection = (id: string) => (sectionOfAnchor ??= anchorLookup(sectionAnchors({ text, lines, sections })))(id);
  // So the sections have the lines, levels, titles and numbers the tables were linked to: a table the edit did not
  // touch links its entries as before.
  // (The tables run into a line are made again each time, from the sections after them: they are not the drafts'.)
  const movedTocs = moved?.tocs.filter((t) => !t.runIn);
  const lineTocs = tocDrafts.map((t, k) => (movedTocs && !spans(movedTocs[k], moved!.line) ? movedToc(movedTocs[k], moved!.line, moved!.delta)
    : buildToc(text, scanned, t, sections, tocDrafts[k + 1]?.lines[0], tocDrafts[k - 1]?.lines.at(-1), format === 'markdown' ? linkedSection : undefined)));
  const runInTocs = runInTables(text, scanned, sections);
  const tocs = runInTocs.length ? [...lineTocs, ...runInTocs].sort((a, b) => a.start - b.start) : lineTocs;

  const headingLines = new LineSet(scanned.length);
  for (const s of sections) {
    if (s.inline) continue;
    // A title on the line under the number, or wrapped onto the next line, is part of the heading, not a paragraph.
    const last = s.headingEnd > lines.ends[s.line] ? lineOf(lines, s.headingEnd - 1) : s.line;
    for (let i = s.line; i <= last; i++) headingLines.add(i);
  }
  const headingsByLine = new Map<number, Section[]>();
  for (const s of sections) {
    const list = headingsByLine.get(s.line);
    if (list) list.push(s);
    else headingsByLine.set(s.line, [s]);
  }
  const tocLines = new LineSet(scanned.length);
  for (const t of tocs) for (let i = t.startLine; i <= t.endLine; i++) tocLines.add(i);
  const isHeadingOrToc = (offset: number) => {
    const line = lineOf(lines, offset);
    if (tocLines.has(line)) return true;
    return (headingsByLine.get(line) ?? []).some((s) => offset >= s.headingStart && offset < s.headingEnd);
  };
  // Without sections there is nothing to refer to: the text is not scanned (and the next edit scans it all).
  const candidates = sections.length ? knownCandidates ?? referenceCandidates(text, lines) : undefined;
  const lineMarkers = function* () { for (const l of scanned) if (l.marker) yield l.marker; };
  let references = candidates ? findReferences(text, lines, sections, isHeadingOrToc, candidates, lineMarkers, stages.previousSections, moved) : [];
  // In Markdown, links to the headings' anchors too; none in code or a comment, which name no section of the policy.
  if (format === 'markdown' && sections.length) {
    if (references.some((r) => excluded.has(r.line))) references = references.filter((r) => !excluded.has(r.line));
    references.push(...findAnchorLinks(text, lines, sections, linkedSection, (line) => excluded.has(line)));
    references.sort((a, b) => a.start - b.start);
  }

  const paragraphs: Paragraph[] = [];
  let atLine = 0;
  if (moved) {
    // The line stages were reused: no line before the edited one changed what it is, nor where it is.
    for (const p of moved.paragraphs) {
      if (p.line >= moved.line) break;
      paragraphs.push(p);
    }
    atLine = moved.line;
  }
  for (; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank || excluded.has(l.index) || tocLines.has(l.index) || headingLines.has(l.index)) continue;
    paragraphs.push({ start: l.start, end: l.end, line: l.index });
  }
  const doc: PolicyDocument = { text, format, lines, title, metadata, sections, roots, tocs, references, paragraphs, problems: [] };
  stagesOf.set(doc, stages);
  if (candidates) candidatesOf.set(doc, candidates);
  return doc;
}

/**
 * The sections, tables of contents, paragraphs and cross-references of the version before an edit inside line
 * `line` (from `editStart` to `editEnd` in that version) that moved later text by `delta`, when that edit reused
 * the line stages (see reusableStages): the heading drafts are the previous ones moved, and the tables' drafts the
 * same lines, so there is a section for each previous one and a table for each, no line changed what it is, and
 * the references far enough from the edited line read the same text and resolve the same way (see findReferences;
 * the whole line, because straight quotes pair in order along it).
 */
interface MovedOutline extends KeptReferences {
  readonly sections: readonly Section[];
  readonly tocs: readonly TableOfContents[];
  readonly paragraphs: readonly Paragraph[];
  readonly line: number;
}

/** Whether line `line` is one of a table's, from the line that introduces it to its last entry. */
function spans(toc: TableOfContents, line: number): boolean {
  return line >= (toc.introLine ?? toc.startLine) && line <= toc.endLine;
}

/**
 * A table of contents that an edit on another line left as it was, moved with the text after that line. Its strings
 * are copied (see detached): the table may be carried on over many versions of the text.
 */
function movedToc(toc: TableOfContents, line: number, delta: number): TableOfContents {
  const by = toc.endLine < line ? 0 : delta;
  return {
    introLine: toc.introLine, startLine: toc.startLine, endLine: toc.endLine, start: toc.start + by, end: toc.end + by,
    entries: toc.entries.map((e) => ({
      line: e.line, start: e.start + by, end: e.end + by, text: detached(e.text), marker: e.marker, title: detached(e.title),
      titleStart: e.titleStart + by, target: e.target, subEntry: e.subEntry,
    })),
  };
}

/**
 * The tables of contents run into a line before the sections they list, which go on on that line (see
 * runInTableOf): one before each first number found run into a line. Each entry names the section of its sequence
 * with its title (case and punctuation aside), or else with its number.
 */
function runInTables(text: string, scanned: readonly ScannedLine[], sections: readonly Section[]): TableOfContents[] {
  const out: TableOfContents[] = [];
  for (const first of sections) {
    if (!first.inline || !first.marker || first.marker.value !== 1) continue;
    const found = runInTableOf(text, scanned[first.line], first.headingStart, first.marker);
    if (!found) continue;
    const sequence = sections.filter((s) => s.start >= first.start && s.level === first.level && s.marker && sameStyle(s.marker, first.marker!));
    out.push(runInToc(text, first.line, found, sequence).toc);
  }
  // A paragraph before the first section that ends with a table of its sections ("This policy covers the following:
  // 1. How We Collect Information; 2. How We Use It; 3. Your Rights."): two thirds of its entries, three at least,
  // name sections by their titles.
  const top = sections.length ? sections[0] : undefined;
  for (let i = 0; top && i < top.line; i++) {
    const l = scanned[i];
    if (l.blank || l.end - l.start < MIN_TABLE_PARAGRAPH) continue;
    const found = tableEndingLine(text, l);
    if (!found) continue;
    const { toc, namedByTitle } = runInToc(text, i, found.entries, sections.filter((s) => s.level === top.level && s.marker && sameStyle(s.marker, found.model)));
    if (namedByTitle * 3 >= found.entries.length * 2) out.push(toc);
  }
  // A web page's links to its sections on one line before the first ("Jump to: Collection | Use | Sharing | Contact").
  for (let i = 0; top && i < top.line; i++) {
    const l = scanned[i];
    if (l.blank || l.end - l.start > MAX_NAVIGATION_LINE || text.slice(l.start, l.end).search(RE_NAVIGATION_SEPARATORS) < 0) continue;
    const toc = navigationToc(text, l, sections.filter((s) => s.level === top.level));
    if (toc) out.push(toc);
  }
  return out;
}

/** The longest line read as a web page's links to its sections. */
const MAX_NAVIGATION_LINE = 400;
/** What parts the links of such a line: a bar, a middle dot or a bullet, spaced. */
const RE_NAVIGATION_SEPARATORS = /[ \t]+[|·•][ \t]+/g;
/** The words that introduce such links ("Jump to:", "On this page:", "Contents:"), up to their colon. */
const RE_NAVIGATION_CUE = /^[^|·•:：]{1,30}[:：][ \t]*/;

/**
 * A line of links to the sections (see runInTables), three or more parted by RE_NAVIGATION_SEPARATORS, two thirds of
 * which name top-level sections by their titles (case and punctuation aside): a table of contents run into one line,
 * each entry naming the section of its title. A footer's links to other pages ("Terms | Cookies | Contact") name
 * fewer.
 */
function navigationToc(text: string, l: ScannedLine, topLevel: readonly Section[]): TableOfContents | undefined {
  const lineText = text.slice(l.start, l.end);
  // Markdown links to the headings' anchors are checked as links (broken-reference): the line is theirs.
  if (lineText.includes('](')) return undefined;
  const cue = RE_NAVIGATION_CUE.exec(lineText.slice(0, lineText.search(RE_NAVIGATION_SEPARATORS)));
  const parts: { start: number; end: number }[] = [];
  const base = cue ? cue[0].length : 0;
  let from = base;
  for (const m of lineText.slice(base).matchAll(RE_NAVIGATION_SEPARATORS)) {
    parts.push({ start: from, end: base + m.index! });
    from = base + m.index! + m[0].length;
  }
  parts.push({ start: from, end: lineText.length });
  if (parts.length < 3) return undefined;
  const byKey = new Map<string, number>();
  for (const s of topLevel) {
    const key = titleKey(s.title);
    if (key && !byKey.has(key)) byKey.set(key, s.index);
  }
  let named = 0;
  const entries: TocEntry[] = [];
  for (const p of parts) {
    const written = lineText.slice(p.start, p.end);
    const lead = written.length - written.trimStart().length;
    const trimmed = written.trim();
    if (!trimmed) return undefined;
    const start = l.start + p.start + lead;
    const target = byKey.get(titleKey(entryTitle(trimmed)));
    if (target !== undefined) named++;
    entries.push({ line: l.index, start, end: start + trimmed.length, text: trimmed, marker: undefined, title: trimmed, titleStart: start, target, subEntry: false });
  }
  if (named < 3 || named * 3 < entries.length * 2) return undefined;
  return { introLine: undefined, startLine: l.index, endLine: l.index, start: entries[0].start, end: entries[entries.length - 1].end, entries, runIn: true };
}
/** The shortest paragraph that holds a table of contents of three entries and the words that introduce it. */
const MIN_TABLE_PARAGRAPH = 40;

/**
 * A table of contents run into line `line`, its entries `found` naming sections of `sequence`: each the one with its
 * title (case and punctuation aside), or else, as in any table, an entry whose title drifted names the section of its
 * number; with how many name one by its title.
 */
function runInToc(text: string, line: number, found: readonly RunInEntry[], sequence: readonly Section[]): { toc: TableOfContents; namedByTitle: number } {
  const byKey = new Map<string, number>();
  const byValue = new Map<number, number>();
  for (const s of sequence) {
    const key = titleKey(s.title);
    if (key && !byKey.has(key)) byKey.set(key, s.index);
    if (!byValue.has(s.marker!.value)) byValue.set(s.marker!.value, s.index);
  }
  let namedByTitle = 0;
  const entries: TocEntry[] = found.map((e) => {
    const byTitle = byKey.get(titleKey(e.title));
    if (byTitle !== undefined) namedByTitle++;
    return {
      line, start: e.start, end: e.end, text: text.slice(e.start, e.end), marker: parseMarker(text.slice(e.start, e.titleStart)),
      title: e.title, titleStart: e.titleStart, target: byTitle ?? byValue.get(e.value), subEntry: false,
    };
  });
  return { toc: { introLine: undefined, startLine: line, endLine: line, start: entries[0].start, end: entries[entries.length - 1].end, entries, runIn: true }, namedByTitle };
}

/** One replacement in a document's previous text: text[start, end) became newText. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The document after one change of `previous`, equal to parsePolicy(text, { format }). When the change stays
 * inside one line without touching a line break, and either only changes spaces after the line's text or the
 * line is an ordinary body line or list item that neither was nor becomes a heading, an entry, the title,
 * metadata or anything that could be one, the line stages of `previous` are reused, moved by the change's
 * length, and only the whole-document stages run again. Another change inside one line runs the line stages
 * again on the previous line records (and the whole-document stages on the previous outline when they find it
 * again, see keepsOutline); any other change is parsed from scratch.
 */
export function reparsePolicy(previous: PolicyDocument, change: TextChange, text: string): PolicyDocument {
  try {
    const edit = lineEdit(previous, change, text);
    if (edit) {
      const stages = reusableStages(edit);
      if (stages) return documentFrom(text, stages, edit.candidates, movedOutline(edit));
      // Otherwise the line stages run again, but on the previous line records and title keys: only the changed
      // line is read afresh.
      return parseText(text, previous.format, edit.lines, carriedLines(edit));
    }
  } catch {
    // Fall through: a full parse is always correct.
  }
  return parsePolicy(text, { format: previous.format });
}

/** Whether reparsePolicy would reuse the line stages for this change (for tests and the benchmark). */
export function reusesLineStages(previous: PolicyDocument, change: TextChange, text: string): boolean {
  const edit = lineEdit(previous, change, text);
  return edit !== undefined && reusableStages(edit) !== undefined;
}

/** The previous version's sections, tables, paragraphs and references, for documentFrom to move past `edit`. */
function movedOutline(edit: LineEdit): MovedOutline {
  const { previous, line } = edit;
  return {
    sections: previous.sections, tocs: previous.tocs, paragraphs: previous.paragraphs, references: previous.references,
    line, editStart: previous.lines.starts[line], editEnd: previous.lines.ends[line], delta: edit.delta,
  };
}

/** A change that stays inside one line of a plain-text document, with the previous line records moved to it. */
interface LineEdit {
  readonly previous: PolicyDocument;
  readonly old: LineStages;
  readonly change: TextChange;
  readonly text: string;
  readonly line: number;
  readonly delta: number;
  readonly lines: LineIndex;
  /** The previous line records: the changed line read afresh, later ones moved by `delta`. */
  readonly scanned: readonly ScannedLine[];
  /** The reference candidates of the new text, when the previous ones could be moved. */
  readonly candidates: ReferenceCandidates | undefined;
}

function lineEdit(previous: PolicyDocument, change: TextChange, text: string): LineEdit | undefined {
  const old = stagesOf.get(previous);
  if (!old || old.format !== 'plain') return undefined;
  const before = previous.text;
  if (!changeFits(before, change, text.length) || changesLineBreaks(before, change)) return undefined;
  const delta = change.newText.length - (change.end - change.start);
  const line = lineOf(old.lines, change.start);
  if (change.end > old.lines.ends[line]) return undefined;
  // The binary test reads the first 8 KB only: a change after them leaves its answer (not binary) as it was.
  if (change.start < BINARY_PROBE && looksBinary(text)) return undefined;
  const lines = shiftedLineIndex(old.lines, line, delta);
  const scanned = old.scanned.slice();
  scanned[line] = scanLine(text, line, lines.starts[line], lines.ends[line], true);
  for (let i = line + 1; i < scanned.length; i++) scanned[i] = shiftedLine(scanned[i], delta);
  const previousCandidates = candidatesOf.get(previous);
  const candidates = previousCandidates && movedCandidates(previousCandidates, text, lines, (i) => scanned[i].blank, line, delta);
  return { previous, old, change, text, line, delta, lines, scanned, candidates };
}

/**
 * The previous version's line verdicts without those the edit may change: the edited line's, those of the
 * non-blank line before it, whose score reads the line after it, those of the one before that, a number whose
 * title stands on the line between (its score reads the line after its title), and those of the non-blank line
 * after it, whose score reads whether the line before it introduces a list. A changed number also those of the
 * lines after it whose score looks back for an earlier number of the style of the line after them (see
 * resumesEarlierSequence).
 */
function forgottenVerdicts(edit: LineEdit): LineVerdicts {
  const before = previousNonBlank(edit.old.scanned, edit.line);
  const twoBefore = before > 0 ? previousNonBlank(edit.old.scanned, before) : -1;
  const after = nextNonBlank(edit.old.scanned, edit.line);
  const verdicts = new LineVerdicts(edit.scanned.length, edit.old.verdicts).forget(edit.line).forget(before).forget(twoBefore).forget(after);
  if (!sameMarker(edit.old.scanned[edit.line].marker, edit.scanned[edit.line].marker)) {
    for (let i = edit.line + 1; i <= edit.line + RESUMED_SEQUENCE_REACH; i++) verdicts.forget(i);
  }
  return verdicts;
}

/** The previous version's line records and keys for a full run of the line stages on the new text. */
function carriedLines(edit: LineEdit): CarriedLines {
  const { old, line, delta } = edit;
  const lineKeys = old.lineKeys.slice();
  lineKeys[line] = undefined;
  const tocs = tocsKept(edit) ? { drafts: old.tocDrafts, keys: old.entryKeys } : undefined;
  // Metadata is found line by line: the edited line's fields are read again, the others' moved (their strings
  // copied, see detached: they may be carried on over many versions).
  const found = findMetadata(edit.text, [edit.scanned[line]]).map((m) => ({ ...m, label: detached(m.label), value: detached(m.value) }));
  const metadata = [...old.metadata.filter((m) => m.line < line), ...found, ...movedMetadata(old.metadata.filter((m) => m.line > line), line, delta)];
  return { scanned: edit.scanned, lineKeys, keyIsTitleKey: old.keyIsTitleKey.slice(), verdicts: forgottenVerdicts(edit), from: { stages: old, line, delta }, previousSections: edit.previous.sections, candidates: edit.candidates, tocs, metadata, outline: movedOutline(edit) };
}

/**
 * Whether the tables of contents of the previous version hold after the edit: the edited line was and stays a line
 * no table reads (longer than a wrapped entry's rest, not title-like, no title ended by a colon, not what introduces
 * a table), after the title, whose search could change which lines are excluded. The tables read the other lines
 * only, which the edit left as they were.
 */
function tocsKept(edit: LineEdit): boolean {
  const was = edit.old.scanned[edit.line];
  const now = edit.scanned[edit.line];
  const ignored = (text: string, l: ScannedLine) => !l.blank && l.end - l.start > MAX_CONTINUATION && !isTitleLike(l) && !isTitleWithColon(l) && !isTocCue(text, l);
  // (Nor whether it carries the line above on as a paragraph's line, which tells whether that one can be an entry,
  // nor the title it leads with, where an entry may name it.)
  return edit.line > edit.old.titleLastLine && ignored(edit.previous.text, was) && ignored(edit.text, now) && carriedOnAsText(was) === carriedOnAsText(now)
    && !changesNamedRunIn(was, now, edit.old.entryKeys) && !endsRunOtherwise(edit);
}

/**
 * Whether an edit changes the title a line leads its text with where a table's entry may name it (see
 * runInEntryTitle): where that title, before or after, is the title of a line that could be an entry (the only such
 * titles the tables and the headings they name read).
 */
function changesNamedRunIn(was: ScannedLine, now: ScannedLine, entryKeys: ReadonlySet<string>): boolean {
  const before = runInEntryTitle(was);
  const after = runInEntryTitle(now);
  const named = (title: string | undefined) => title !== undefined && entryKeys.has(runInKey(title));
  return before !== after && (named(before) || named(after));
}

/**
 * The inline headings of the previous version, for the lines the change left alone. They still hold when the
 * tables of contents (whose entries are what inline headings are) and the excluded lines are the same as before.
 */
function knownInlineHeadings(from: NonNullable<CarriedLines['from']>, excluded: LineSet, tocDrafts: readonly TocDraft[]): ((l: ScannedLine) => HeadingDraft[] | undefined) | undefined {
  const { stages, line, delta } = from;
  if (!excluded.equals(stages.excluded) || !sameTocDrafts(tocDrafts, stages.tocDrafts)) return undefined;
  if (tocDrafts.some((t) => t.lines.includes(line))) return undefined;
  const byLine = new Map<number, HeadingDraft[]>();
  for (const d of stages.drafts) {
    // Only those the tables' entries found: the numbers a sequence skips and collapsed sequences are found again
    // (they read the numbered headings, which an edit elsewhere may change).
    if (!d.fromEntry) continue;
    const moved = d.line > line ? fullDraft(d, delta) : d;
    const list = byLine.get(d.line);
    if (list) list.push(moved);
    else byLine.set(d.line, [moved]);
  }
  return (l) => (l.index === line ? undefined : byLine.get(l.index) ?? []);
}

function sameTocDrafts(a: readonly TocDraft[], b: readonly TocDraft[]): boolean {
  return a.length === b.length && a.every((t, k) => t.introLine === b[k].introLine && !t.pageNumbers === !b[k].pageNumbers && t.lines.length === b[k].lines.length && t.lines.every((i, j) => i === b[k].lines[j])
    && t.numberLines.length === b[k].numberLines.length && t.numberLines.every((i, j) => i === b[k].numberLines[j])
    && t.continuations.size === b[k].continuations.size && [...t.continuations].every(([i, c]) => b[k].continuations.get(i) === c)
    && t.subEntryLines.size === b[k].subEntryLines.size && [...t.subEntryLines].every((i) => b[k].subEntryLines.has(i)));
}

/** The previous line stages moved to the new text, when the change cannot alter what they found. */
function reusableStages(edit: LineEdit): LineStages | undefined {
  const { old, line, change, text } = edit;
  if (line <= old.titleLastLine) return undefined;
  const was = old.scanned[line];
  const now = edit.scanned[line];
  // Spaces typed or removed after a line's text leave what every stage reads of it as it was, whatever the line
  // is (a heading, an entry, metadata): only the offsets after it move.
  const unchangedLine = change.start >= was.end && now.blank === was.blank && now.start === was.start && now.end === was.end
    && now.titleStart === was.titleStart && now.title === was.title && now.bullet === was.bullet && sameMarker(now.marker, was.marker);
  if (unchangedLine) return movedStages(edit, false);
  if (was.blank || old.excluded.has(line) || old.structureLines.has(line) || !plainBodyLine(was, old.entryKeys)) return undefined;
  if (now.blank || now.bullet !== was.bullet || !plainBodyLine(now, old.entryKeys)) return undefined;
  // A list's mark (`●`, `○`) and a colon introducing items tell whether the symbol-marked lines around are
  // headings or items (see symbolHeadings); the colon also what the heading and sub-heading tests below read of
  // the lines next to the edited one (subheadingTraits, shapeNeighbourTraits leave it to this test).
  if (was.bullet && edit.previous.text.charCodeAt(was.start) !== text.charCodeAt(now.start)) return undefined;
  if (RE_END_COLON.test(titleEnding(was)) !== RE_END_COLON.test(titleEnding(now))) return undefined;
  // Nor whether it introduces a list, which the score of a numbered line after it reads.
  if (promisesItems(was) !== promisesItems(now)) return undefined;
  // A numbered line that is not a heading (a list item) stays one while its number and its traits are unchanged.
  if (!sameMarker(now.marker, was.marker)) return undefined;
  // (The traits read the following lines too, which the change leaves as they were.)
  if (was.marker && numberedLineTraits(edit.previous.text, old.scanned, was) !== numberedLineTraits(text, old.scanned, now)) return undefined;
  // Nor whether it is longer than a heading, which a standard title under it reads (see findHeadings).
  if (was.marker && (was.end - was.start <= MAX_HEADING_LINE) !== (now.end - now.start <= MAX_HEADING_LINE)) return undefined;
  // Nor its indentation, which tells which sequence it continues (see findHeadings).
  if (was.marker && indentBefore(edit.previous.text, was.start) !== indentBefore(text, now.start)) return undefined;
  if (isShortText(was) !== isShortText(now)) return undefined;
  // Nor whether it carries the line above on in lower case, which tells whether that one can be a table's entry;
  // nor the title it leads with, which an entry may name.
  if (carriedOnAsText(was) !== carriedOnAsText(now) || changesNamedRunIn(was, now, old.entryKeys)) return undefined;
  // Nor the title it leads with, in bold or not, which makes it a heading with others, or alone as a standard
  // title (see paragraphLead): its words, not only its length.
  if (paragraphLead(edit.previous.text, was)?.title !== paragraphLead(text, now)?.title) return undefined;
  // Likewise a title of one word leading it, which makes it a heading next to such headings (see oneWordStopTitle).
  if (oneWordStopTitle(was) !== oneWordStopTitle(now)) return undefined;
  // Nor whether it finishes a sentence right above an unnumbered title about contact, which makes that title a
  // heading in a policy pasted without blank lines (see isContactHeading).
  const next = edit.scanned[line + 1];
  if (next && !next.blank && !next.marker && !next.bullet && isContactTitle(next.title) && finishesSentence(was) !== finishesSentence(now)) return undefined;
  // Without numbered headings (or with numbered appendices alone), headings are found by their shape, which reads
  // how the lines around them end and how the line after them starts.
  const numbered = old.drafts.some((d) => d.source === 'numbered');
  if (!numbersItsSections(old.drafts)
    && (headingShape(was) || headingShape(now) || endsSentence(edit.previous.text, was) !== endsSentence(text, now) || startsLowerCase(was) !== startsLowerCase(now)
      || shapeNeighbourTraits(was) !== shapeNeighbourTraits(now) || isCellLine(was) !== isCellLine(now))) return undefined;
  // With them, a line standing alone shaped as a heading may be a sub-heading, by the lines around it (see
  // spacedSubheadings): the one before it, and the one or two after it, as far as they read the edited line.
  if (numbered && (standsAloneAsHeading(old.scanned, was, old.tight) || standsAloneAsHeading(edit.scanned, now, old.tight)
    || (subheadingTraits(was) !== subheadingTraits(now) && nearStandingAlone(old.scanned, line, old.tight)))) return undefined;
  // A long line right above runs on into this one when it starts in lower case (see runsOnInto): a numbered one,
  // or the title under a number standing alone (see titleLineBelow). And this one, as long, is carried on by a
  // number under it whose words start in lower case (see carriesOn).
  const above = line > 0 ? old.scanned[line - 1] : undefined;
  if (above && (above.marker || (line > 1 && old.scanned[line - 2].marker)) && runsOnInto(above, was) !== runsOnInto(edit.scanned[line - 1], now)) return undefined;
  const below = line + 1 < old.scanned.length ? old.scanned[line + 1] : undefined;
  if (below?.marker && carriesOn(was, below) !== carriesOn(now, edit.scanned[line + 1])) return undefined;
  // Nor whether it is in capitals two lines under a number, which tells a title wrapped onto the line between from
  // a paragraph in capitals (see numberedDraft).
  if (line > 1 && old.scanned[line - 2].marker && inCapitals(was.title) !== inCapitals(now.title)) return undefined;
  if (findMetadata(text, [now]).length > 0) return undefined;
  if (isTocCue(edit.previous.text, was) !== isTocCue(text, now)) return undefined;
  // Nor whether it ends a run of title-like lines as text, which makes that run no table.
  if (endsRunOtherwise(edit)) return undefined;
  if (old.inlineHeadings && old.inlineHeadings(text, now).length > 0) return undefined;
  // A number that a sequence of headings skips, written in the line before or after the edit: a heading may run
  // into it (see findSkippedInlineHeadings).
  if (old.skippedMarkers.size) {
    const wasText = edit.previous.text.slice(was.start, was.end);
    const nowText = text.slice(now.start, now.end);
    for (const written of old.skippedMarkers) if (wasText.includes(written) || nowText.includes(written)) return undefined;
  }
  return movedStages(edit, true);
}

/**
 * Whether the edited line changes whether it reads as a line of text (see isTextLine: a full stop typed or removed
 * at its end, a number written before it) right under a title-like line: a run of such lines followed by text is no
 * table of contents, and one followed by anything else may be (see detectTocs).
 */
function endsRunOtherwise(edit: LineEdit): boolean {
  const { old, line } = edit;
  if (isTextLine(old.scanned[line]) === isTextLine(edit.scanned[line])) return false;
  const before = previousNonBlank(old.scanned, line);
  const twoBefore = before > 0 ? previousNonBlank(old.scanned, before) : -1;
  return [before, twoBefore].some((k) => k >= 0 && (isTitleLike(old.scanned[k]) || isTitleWithColon(old.scanned[k])));
}

/** Whether a line whose sub-heading test reads line `i` stands alone shaped as a heading (see standsAloneAsHeading). */
function nearStandingAlone(scanned: readonly ScannedLine[], i: number, tight: boolean): boolean {
  const before = previousNonBlank(scanned, i);
  const twoBefore = before > 0 ? previousNonBlank(scanned, before) : -1;
  const after = nextNonBlank(scanned, i);
  return [before, twoBefore, after].some((k) => k >= 0 && standsAloneAsHeading(scanned, scanned[k], tight));
}

/** The line stages of the edit's previous version with every offset after the changed line moved. */
function movedStages(edit: LineEdit, forgetKey: boolean): LineStages {
  const { old, line, delta } = edit;
  const lineKeys = forgetKey ? old.lineKeys.slice() : old.lineKeys;
  if (forgetKey) (lineKeys as (string | undefined)[])[line] = undefined;
  const verdicts = forgetKey ? forgottenVerdicts(edit) : old.verdicts;
  const move = (offset: number) => offset + delta;
  return {
    ...old,
    lines: edit.lines,
    scanned: edit.scanned,
    lineKeys,
    verdicts,
    previousSections: edit.previous.sections,
    metadata: movedMetadata(old.metadata, line, delta),
    title: old.title && old.title.line > line ? { ...old.title, start: move(old.title.start), end: move(old.title.end) } : old.title,
    // A heading on the edited line whose title stands on the next line (spaces typed after its number), or goes on
    // onto it (a wrapped title), moves what lies after the edit with the text.
    drafts: old.drafts.map((d) => (d.line > line ? fullDraft(d, delta) : d.end > old.lines.ends[line] ? { ...d, end: d.end + delta, titleStart: d.titleStart > old.lines.ends[line] ? d.titleStart + delta : d.titleStart } : d)),
  };
}

/**
 * Whether a line is only body text to the line stages: not title-like (nor a title ended by a colon, which tables of
 * contents read as they read titles, see isTitleWithColon), or title-like but not a possible table entry (it ends
 * a sentence), not named by an entry or a line of a run that could be a table (a heading may end with a full stop)
 * and not a standard section title. Nor, then, can it carry on a wrapped entry (see continuesEntry), which is
 * title-like too.
 */
function plainBodyLine(l: ScannedLine, entryKeys: ReadonlySet<string>): boolean {
  if (!isTitleLike(l)) return !isTitleWithColon(l);
  if (!/[.。]$/.test(l.title)) return false;
  return !entryKeys.has(titleKey(entryTitle(l.title))) && !(isTitleLike(l, 80) && isCanonicalTitle(l.title));
}

/** Metadata fields after a change inside line `line` that moved later text by `delta`. */
function movedMetadata(metadata: readonly MetadataField[], line: number, delta: number): MetadataField[] {
  return metadata.map((m) => (m.line > line ? { ...m, start: m.start + delta, end: m.end + delta, valueStart: m.valueStart + delta } : m));
}

/** The line index after a change inside line `line` that changed its length by `delta`. */
function shiftedLineIndex(lines: LineIndex, line: number, delta: number): LineIndex {
  const starts = new Uint32Array(lines.starts);
  const ends = new Uint32Array(lines.ends);
  ends[line] += delta;
  for (let i = line + 1; i < lines.length; i++) {
    starts[i] += delta;
    ends[i] += delta;
  }
  return { starts, ends, length: lines.length, textLength: lines.textLength + delta };
}

/** Cells of a table's alignment with the sections beyond which it keeps to a band around the diagonal. */
const MAX_ALIGNMENT_CELLS = 250_000;
/** The band's least half-width: as many sections left out of the table, or entries naming none, in a row. */
const MIN_BAND = 64;

/**
 * Links each entry to the section it names by aligning the entries with the top-level sections near the table
 * (an LCS-style alignment on title similarity, with a bonus for equal numbers), so wording drift and a missing
 * entry do not shift the other links.
 */
/** The anchor a Markdown table's entry links to (`- [Contact](#contact-us)`). */
const RE_ENTRY_ANCHOR = /\]\([ \t]*<?#([^\s)>]{1,300})/;

function buildToc(text: string, scanned: readonly ScannedLine[], draft: TocDraft, sections: readonly Section[], nextTocLine: number | undefined, previousTocLine: number | undefined, linkedSection?: (id: string) => number | undefined): TableOfContents {
  // An entry written on two lines starts at its number (`Article 1` / `Definitions`).
  const firstLine = Math.min(draft.lines[0], draft.numberLines[0] ?? Infinity);
  // An entry wrapped onto the next line ends there.
  const lastEntry = draft.lines[draft.lines.length - 1];
  const lastLine = draft.continuations.get(lastEntry) ?? lastEntry;
  const atTop = sections.length > 0 && sections[sections.length - 1].line > lastLine;
  // Sections are in line order: cut out the stretch between the neighbouring tables by bisection.
  const line = (s: Section) => s.line;
  const stretch = (atTop
    ? sections.slice(firstSectionAfter(sections, lastLine, line), nextTocLine === undefined ? sections.length : firstSectionAfter(sections, nextTocLine - 1, line))
    : sections.slice(previousTocLine === undefined ? 0 : firstSectionAfter(sections, previousTocLine, line), firstSectionAfter(sections, firstLine - 1, line))
  );
  // The top level of that stretch: 1, or 2 in a Markdown policy whose `# Title` holds every `## Section`; and the
  // level below it when the table has sub-entries.
  const numberLines = new Set(draft.numberLines);
  const entries = draft.lines.map((i) => {
    const l = scanned[i];
    const numberLine = numberLines.has(i - 1) ? scanned[i - 1] : undefined;
    const continuation = draft.continuations.get(i);
    return { line: l, numberLine, continuation: continuation === undefined ? undefined : scanned[continuation], marker: l.marker ?? numberLine?.marker, title: entryTitle(entryLineTitle(scanned, draft, i)) };
  });
  let topLevel = Infinity;
  for (const s of stretch) if (s.level < topLevel) topLevel = s.level;
  // A table may list the sections of the parts or chapters (`第二部分` / `一、…`) without the parts themselves.
  const isContainer = (m: Marker | undefined) => !!m && isContainerMarker(m);
  const listsInsideParts = stretch.some((s) => s.level === topLevel && isContainer(s.marker)) && !entries.some((e) => isContainer(e.marker));
  const deepest = topLevel + (listsInsideParts ? 1 : 0) + (draft.subEntryLines.size ? 1 : 0);
  const window = stretch.filter((s) => s.level >= topLevel && s.level <= deepest);
  const limited = atTop ? window.slice(0, draft.lines.length * 3 + 10) : window.slice(-(draft.lines.length * 3 + 10));
  // Each title's words once; then a score for every entry/section pair, kept in a matrix.
  const index = titleIndex(sections);
  const entryWords = entries.map((e) => titleWords(e.title));
  const entryKeys = entryWords.map((w) => w.join(' '));
  const entrySets = entryWords.map((w) => new Set(w));
  const namedByEntry = new Set(entryKeys.filter((key) => key !== ''));
  const n = entries.length;
  const m = limited.length;
  // Entries and sections run in the same order: a long table is aligned within a band around the diagonal, wide
  // enough for the sections a table leaves out, so that neither its time nor its memory grows with the square of
  // its length (a table of 6,000 entries took 3 s and 670 MB).
  const half = n * m <= MAX_ALIGNMENT_CELLS ? m : Math.max(MIN_BAND, Math.ceil((2 * m) / n) + 2, Math.floor(MAX_ALIGNMENT_CELLS / (2 * n)));
  const low = new Int32Array(n + 1);
  const high = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    low[i] = Math.max(1, centre - half);
    high[i] = Math.min(m, centre + half);
  }
  // The score of entry i - 1 and section j - 1, for the cells of row i in its band.
  const scores: Float64Array[] = [new Float64Array(0)];
  for (let i = 1; i <= n; i++) {
    const row = new Float64Array(Math.max(0, high[i] - low[i] + 1));
    for (let j = low[i]; j <= high[i]; j++) {
      const s = limited[j - 1];
      const words = index.wordsOf(s.index);
      const exact = entryKeys[i - 1] !== '' && entryKeys[i - 1] === index.keyOf(s.index);
      // A section another entry names exactly (or a copy of it) is no drifted wording of this entry's title.
      if (!exact && namedByEntry.has(index.keyOf(s.index))) { row[j - low[i]] = -1; continue; }
      let v = exact ? 1.2 : wordSetSimilarity(entrySets[i - 1], words);
      if (entries[i - 1].marker && s.marker && entries[i - 1].marker!.value === s.marker.value) v += 0.4;
      row[j - low[i]] = v >= 0.35 ? v : -1;
    }
    scores.push(row);
  }
  const score = (i: number, j: number) => scores[i][j - low[i]];
  // Alignment table: best(i, j) = best total score aligning entries[0..i) with sections[0..j), within the band.
  const rows: Float64Array[] = [new Float64Array(0)];
  const best = (i: number, j: number) => (i === 0 || j === 0 ? 0 : j < low[i] || j > high[i] ? -Infinity : rows[i][j - low[i]]);
  for (let i = 1; i <= n; i++) {
    const row = new Float64Array(Math.max(0, high[i] - low[i] + 1));
    rows.push(row);
    for (let j = low[i]; j <= high[i]; j++) {
      const s = score(i, j);
      row[j - low[i]] = Math.max(best(i - 1, j), best(i, j - 1), s > 0 ? best(i - 1, j - 1) + s : -Infinity);
    }
  }
  const targets: (number | undefined)[] = new Array(n).fill(undefined);
  // Of alignments that score alike, the one naming earlier sections: an entry names the first of two copies of a
  // section (the later one is the copy, which duplicate-section reports), not the second.
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = j >= low[i] && j <= high[i] ? score(i, j) : -1;
    if (best(i, j) === best(i, j - 1)) j--;
    else if (s > 0 && best(i, j) === best(i - 1, j - 1) + s) { targets[i - 1] = limited[j - 1].index; i--; j--; }
    else i--;
  }
  // An entry moved out of its section's order is left out of the alignment: it names the first section of its exact
  // title that no other entry names, if any, still (toc-mismatch then reports the order). In Markdown, an entry that
  // links to a heading names that one, whatever its words (`[Contact (EU)](#contact-1)`).
  const unmatched = new Map<string, number[]>();
  let named: Set<number | undefined> | undefined;
  targets.forEach((target, k) => {
    if (target !== undefined) return;
    const anchor = linkedSection && RE_ENTRY_ANCHOR.exec(text.slice(entries[k].line.start, entries[k].line.end));
    const linked = anchor ? linkedSection!(anchor[1]) : undefined;
    named ??= new Set(targets);
    if (linked !== undefined && !named.has(linked)) { targets[k] = linked; named.add(linked); return; }
    if (entryKeys[k] === '') return;
    const same = unmatched.get(entryKeys[k]);
    if (same) same.push(k);
    else unmatched.set(entryKeys[k], [k]);
  });
  if (unmatched.size) {
    for (const s of limited) {
      const waiting = unmatched.get(index.keyOf(s.index));
      if (!waiting?.length || named!.has(s.index)) continue;
      targets[waiting.shift()!] = s.index;
      named!.add(s.index);
    }
  }
  const entryStart = (e: (typeof entries)[number]) => (e.numberLine ? e.numberLine.start : e.line.bullet ? e.line.titleStart : e.line.start);
  const tocEntries: TocEntry[] = entries.map((e, k) => ({
    line: e.numberLine?.index ?? e.line.index,
    start: entryStart(e),
    end: (e.continuation ?? e.line).end,
    text: text.slice(entryStart(e), (e.continuation ?? e.line).end),
    marker: e.marker,
    title: e.title,
    titleStart: e.line.titleStart,
    target: targets[k],
    subEntry: draft.subEntryLines.has(e.line.index),
  }));
  return {
    introLine: draft.introLine,
    startLine: firstLine,
    endLine: lastLine,
    start: scanned[draft.introLine ?? firstLine].start,
    end: scanned[lastLine].end,
    entries: tocEntries,
  };
}

