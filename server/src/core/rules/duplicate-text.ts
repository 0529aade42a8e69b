/**
 * duplicate-text: a paragraph (or, inside a long pasted line, a sentence) of 80 or more characters (32 of Chinese,
 * Japanese or Korean) repeated word for word elsewhere (whitespace aside). Found by hashing each unit once (see
 * edgeHash), never by comparing pairs.
 * Paragraphs (lines) copied together, one after another as they stand elsewhere, are one finding: a passage pasted
 * twice, or a paragraph broken where its lines were full, is one problem to fix, not one per line.
 */
import type { Paragraph, PolicyDocument, Section } from '../model';
import { firstAfter, firstSectionAfter, sectionAt } from '../sections';
import type { Edit, PreviousVersion, Rule, RuleFinding } from './types';
import { isBlankLine, lineNumber, removedLines } from './util';
import { hasOddSpace, isJsWhitespace } from '../text/patterns';
import { mostlyCjk } from '../text/language';
import { keepsLines, offsetMovers } from '../reuse';

const MIN = 80;
/** As long a text for one in Chinese, Japanese or Korean, which says as much in some two fifths of the characters. */
const MIN_CJK = 32;

/** Whether text[start, end) is long enough to compare: MIN characters, or MIN_CJK mostly Chinese, Japanese or Korean. */
function longEnough(text: string, start: number, end: number): boolean {
  const n = end - start;
  return n >= MIN || (n >= MIN_CJK && mostlyCjk(text, start, end));
}
const WHOLE = Object.freeze({ whole: true });
const PART = Object.freeze({ whole: false });
const LONG_LINE = 1000;
const ADVICE = 'Remove one copy, or say it once and refer to it.';

const SAMPLED = 16;

/**
 * A number from the first and the last 16 characters of a text that are not whitespace (`\s`, all that normalising
 * replaces): texts equal once their whitespace is normalised share it, and it is read without reading the whole
 * text. Texts that share it are compared whole.
 */
function edgeHash(text: string): number {
  let h = 0;
  let taken = 0;
  for (let i = 0; i < text.length && taken < SAMPLED; i++) {
    const c = text.charCodeAt(i);
    if (!isJsWhitespace(c)) { h = (Math.imul(h, 31) + c) | 0; taken++; }
  }
  taken = 0;
  for (let i = text.length - 1; i >= 0 && taken < SAMPLED; i--) {
    const c = text.charCodeAt(i);
    if (!isJsWhitespace(c)) { h = (Math.imul(h, 31) + c) | 0; taken++; }
  }
  return h;
}

/** The text compared: runs of whitespace made single spaces, where the text holds any other whitespace. */
function normalised(text: string): string {
  return hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Beyond this many different texts under one hash, that hash's texts are kept by their normalised text. */
const MAX_BUCKET = 8;

/** A paragraph (`index` in the document's paragraphs) or a sentence of a long line (`index` -1). */
interface Unit { start: number; end: number; line: number; whole: boolean; index: number }
/** A unit repeating an earlier one. */
interface Copy { readonly unit: Unit; readonly earlier: Unit }
/** The first occurrence of a text: the text as written, and once needed, normalised. */
interface First { readonly text: string; key?: string; readonly unit: number }

/**
 * The units a check compared, in the order it compared them, and which earlier unit each repeats: kept with each
 * document, so that after an edit inside one paragraph only the units that share a hash with its text before or
 * after the edit are compared again (see editedUnits). Columns, by unit: the paragraph (index in `doc.paragraphs`),
 * the start in it and the length of a sentence (-1 for a whole paragraph), the edge hash, and the earlier unit with
 * the same text (-1 for none).
 */
interface UnitTable {
  readonly paragraph: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;
  readonly hash: Int32Array;
  readonly earlier: Int32Array;
}

const tables = new WeakMap<PolicyDocument, UnitTable>();

/** How many checks compared every unit, and how many carried the units over an edit (for tests). */
export const duplicateTextStats = { compared: 0, carried: 0 };

/**
 * A column of the unit table while it is filled: an Int32Array grown by doubling. (Arrays of numbers took twice the
 * memory, and on a long policy each of their growth steps was a copy in the large-object space, which only a full
 * collection frees: 12 MB at 30 MB.)
 */
class IntColumn {
  private values: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  /** The values pushed. */
  done(): Int32Array {
    return this.length === this.values.length ? this.values : this.values.slice(0, this.length);
  }
}

/** Every unit compared with the earlier ones (hashes first, see edgeHash). */
function comparedUnits(doc: PolicyDocument): UnitTable {
  // As many units as paragraphs long enough to compare, unless long lines' sentences add some.
  let capacity = 0;
  for (const p of doc.paragraphs) if (longEnough(doc.text, p.start, p.end)) capacity++;
  const paragraph = new IntColumn(capacity);
  const offset = new IntColumn(capacity);
  const length = new IntColumn(capacity);
  const hashes = new IntColumn(capacity);
  const earlierOf = new IntColumn(capacity);
  // First occurrences by edge hash: a short list, or, for a crowded hash, a map by the normalised text. Texts are
  // normalised only to compare two that differ as written, so that most are never read whole.
  const first = new Map<number, First[] | Map<string, number>>();
  const earlierCopy = (text: string, hash: number, u: number): number => {
    const known = first.get(hash);
    if (known === undefined) { first.set(hash, [{ text, unit: u }]); return -1; }
    if (known instanceof Map) {
      const key = normalised(text);
      const earlier = known.get(key);
      if (earlier === undefined) known.set(key, u);
      return earlier ?? -1;
    }
    // The first occurrences under one hash have different normalised texts: at most one equals this one.
    for (const k of known) if (k.text === text) return k.unit;
    const key = normalised(text);
    for (const k of known) if ((k.key ??= normalised(k.text)) === key) return k.unit;
    if (known.length < MAX_BUCKET) known.push({ text, key, unit: u });
    else first.set(hash, new Map([...known.map((k): [string, number] => [k.key!, k.unit]), [key, u]]));
    return -1;
  };
  const consider = (text: string, at: number, from: number, sentence: number): boolean => {
    const u = hashes.length;
    const hash = edgeHash(text);
    const earlier = earlierCopy(text, hash, u);
    paragraph.push(at);
    offset.push(from);
    length.push(sentence);
    hashes.push(hash);
    earlierOf.push(earlier);
    return earlier >= 0;
  };
  for (let atParagraph = 0; atParagraph < doc.paragraphs.length; atParagraph++) {
    const p = doc.paragraphs[atParagraph];
    if (!longEnough(doc.text, p.start, p.end)) continue;
    const text = doc.text.slice(p.start, p.end);
    if (consider(text, atParagraph, 0, -1)) continue;
    // Only a very long line can hold pasted copies of other paragraphs: compare its sentences too.
    if (text.length < LONG_LINE) continue;
    const re = /[^.!?。！？;；]+[.!?。！？;；]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const sentence = m[0].trim();
      if (!longEnough(sentence, 0, sentence.length)) continue;
      consider(sentence, atParagraph, m.index + (m[0].length - m[0].trimStart().length), sentence.length);
    }
  }
  return { paragraph: paragraph.done(), offset: offset.done(), length: length.done(), hash: hashes.done(), earlier: earlierOf.done() };
}

/**
 * The previous version's units after an edit inside one paragraph of at most LONG_LINE characters, before and
 * after, that kept the lines, the paragraphs (moved), the headings, and that paragraph long enough to compare or too
 * short to, as it was. The other units' texts are as they were, so each still repeats the unit it repeated unless
 * its text is the edited paragraph's, before or after the edit: those units (the ones that share an edge hash with
 * it, found by scanning the hashes) are compared again. Undefined when the whole check must run: another edit, or one
 * of those units on a line long enough to have its sentences compared (whether they are depends on whether the line
 * as a whole repeats another).
 */
function editedUnits(doc: PolicyDocument, previous: PreviousVersion | undefined): UnitTable | undefined {
  const before = previous && tables.get(previous.doc);
  if (!previous || !before || !keepsLines(previous.doc, doc, previous.change)) return undefined;
  const old = previous.doc;
  const { change } = previous;
  const [move] = offsetMovers(change);
  // The headings, which tell whether copies one after another are one passage (see noHeadingBetween).
  if (old.sections.length !== doc.sections.length) return undefined;
  for (let i = 0; i < old.sections.length; i++) if (move.start(old.sections[i].headingStart) !== doc.sections[i].headingStart) return undefined;
  // The paragraphs: the same lines, the one the edit touches (if any) may change, the others are moved.
  if (old.paragraphs.length !== doc.paragraphs.length) return undefined;
  let edited = -1;
  for (let i = 0; i < old.paragraphs.length; i++) {
    const p = old.paragraphs[i];
    const q = doc.paragraphs[i];
    if (p.line !== q.line) return undefined;
    if (move.touches(p.start, p.end)) {
      // (Two paragraphs the edit touches, one ending where the other starts: compare everything.)
      if (edited >= 0) return undefined;
      edited = i;
      continue;
    }
    if (move.start(p.start) !== q.start || move.end(p.end) !== q.end) return undefined;
  }
  if (edited < 0) return before;
  const p = old.paragraphs[edited];
  const q = doc.paragraphs[edited];
  const wasUnit = longEnough(old.text, p.start, p.end);
  if (wasUnit !== longEnough(doc.text, q.start, q.end) || p.end - p.start >= LONG_LINE || q.end - q.start >= LONG_LINE) return undefined;
  if (!wasUnit) return before;
  // The unit of the edited paragraph (units are in paragraph order).
  const u = firstAfter(before.paragraph, edited - 1, (k) => k);
  const hash = before.hash.slice();
  const earlier = before.earlier.slice();
  const oldHash = hash[u];
  hash[u] = edgeHash(doc.text.slice(q.start, q.end));
  const texts = new Map<string, number>();
  // Compared again in order, as the whole check compares them: each with the first unit of its text.
  const group: number[] = [];
  for (let k = 0; k < hash.length; k++) {
    if (hash[k] !== oldHash && hash[k] !== hash[u]) continue;
    if (before.length[k] >= 0 || paragraphLength(doc, before.paragraph[k]) >= LONG_LINE) return undefined;
    group.push(k);
  }
  for (const k of group) {
    const r = doc.paragraphs[before.paragraph[k]];
    const key = normalised(doc.text.slice(r.start, r.end));
    earlier[k] = texts.get(key) ?? -1;
    if (earlier[k] < 0) texts.set(key, k);
  }
  return { paragraph: before.paragraph, offset: before.offset, length: before.length, hash, earlier };
}

function paragraphLength(doc: PolicyDocument, i: number): number {
  return doc.paragraphs[i].end - doc.paragraphs[i].start;
}

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A paragraph of 80 or more characters repeated word for word elsewhere in the policy.';

export const duplicateText: Rule = {
  code: 'duplicate-text',
  defaultSeverity: 'info',
  // The sections too: paragraphs with a heading between them are no run of copies.
  reads: ['paragraphs', 'structure'],
  carry(doc, previous) {
    // The paragraphs' texts and the headings are as they were: so are the units, which hold no offsets.
    const table = tables.get(previous.doc);
    if (table && !tables.has(doc)) tables.set(doc, table);
  },
  check({ doc }, previous) {
    let table = tables.get(doc);
    if (!table) {
      table = editedUnits(doc, previous);
      if (table) duplicateTextStats.carried++;
      else { table = comparedUnits(doc); duplicateTextStats.compared++; }
      tables.set(doc, table);
    }
    const units: (Unit | undefined)[] = new Array(table.hash.length);
    const unitAt = (k: number): Unit => {
      let unit = units[k];
      if (!unit) {
        const p = doc.paragraphs[table.paragraph[k]];
        const whole = table.length[k] < 0;
        const start = whole ? p.start : p.start + table.offset[k];
        unit = { start, end: whole ? p.end : start + table.length[k], line: p.line, whole, index: whole ? table.paragraph[k] : -1 };
        units[k] = unit;
      }
      return unit;
    };
    const copies: Copy[] = [];
    // One finding per line: the first of its units that repeats a unit of another line.
    let reportedLine = -1;
    for (let k = 0; k < table.earlier.length; k++) {
      const e = table.earlier[k];
      if (e < 0) continue;
      const line = doc.paragraphs[table.paragraph[k]].line;
      if (line === reportedLine || doc.paragraphs[table.paragraph[e]].line === line) continue;
      reportedLine = line;
      copies.push({ unit: unitAt(k), earlier: unitAt(e) });
    }
    // Copies of one paragraph share its message and its link to the first occurrence (values are immutable), so a
    // policy pasted many times over does not make a string and two objects per copy.
    type Shared = { message: string; related: RuleFinding['related'] };
    const sharedByEarlier = new Map<Unit, { paragraph?: Shared; passage?: Shared }>();
    const sharedParts = (earlier: Unit, whole: boolean): Shared => {
      let entry = sharedByEarlier.get(earlier);
      if (!entry) { entry = {}; sharedByEarlier.set(earlier, entry); }
      return (entry[whole ? 'paragraph' : 'passage'] ??= {
        message: `This ${whole ? 'paragraph' : 'passage'} repeats line ${lineNumber(doc, earlier.start)} word for word. ${ADVICE}`,
        related: [{ start: earlier.start, end: earlier.end, message: 'first occurrence' }],
      });
    };
    // The next paragraph copies the paragraph after the one this one copies, neither copy crossing a heading; or it
    // copies the same one again, right after this copy.
    const carriesOn = (a: Copy, b: Copy) => b.unit.whole && b.earlier.whole && b.unit.index === a.unit.index + 1
      && b.earlier.index === a.earlier.index + 1 && noHeadingBetween(doc, a.unit, b.unit) && noHeadingBetween(doc, a.earlier, b.earlier);
    const repeats = (a: Copy, b: Copy, first: Unit) => b.earlier === first && b.unit.whole && b.unit.index === a.unit.index + 1
      && noHeadingBetween(doc, a.unit, b.unit);
    const { paragraphs } = doc;
    const out: RuleFinding[] = [];
    for (let k = 0; k < copies.length;) {
      const { unit, earlier } = copies[k];
      const whole = unit.whole && earlier.whole;
      let last = k;
      while (whole && last + 1 < copies.length && carriesOn(copies[last], copies[last + 1])) last++;
      // Or one paragraph pasted again and again, one copy after another: one finding over the copies.
      if (whole && last === k) {
        while (last + 1 < copies.length && repeats(copies[last], copies[last + 1], earlier)) last++;
        if (last > k) {
          const end = copies[last].unit;
          out.push({
            start: unit.start, end: end.end, data: WHOLE, related: sharedParts(earlier, true).related,
            message: `Lines ${unit.line + 1}–${end.line + 1} repeat line ${earlier.line + 1} word for word. ${ADVICE}`,
          });
          k = last + 1;
          continue;
        }
      }
      let copyEnd = copies[last].unit.index;
      let earlierEnd = copies[last].earlier.index;
      // And the short lines after them that follow the first copy too: the end of a paragraph broken where its lines
      // were full ("… such as" / "government information disclosure and other channels.").
      while (whole && copyEnd + 1 < paragraphs.length && earlierEnd + 1 < unit.index) {
        const next = paragraphs[copyEnd + 1];
        const earlierNext = paragraphs[earlierEnd + 1];
        if (longEnough(doc.text, next.start, next.end) || !sameLine(doc.text, next, earlierNext)) break;
        if (!noHeadingBetween(doc, paragraphs[copyEnd], next) || !noHeadingBetween(doc, paragraphs[earlierEnd], earlierNext)) break;
        copyEnd++;
        earlierEnd++;
      }
      if (!whole || copyEnd === unit.index) {
        const shared = sharedParts(earlier, unit.whole);
        out.push({ start: unit.start, end: unit.end, message: shared.message, related: shared.related, data: whole ? WHOLE : PART });
      } else {
        // Lines, not paragraphs: a paragraph broken where its lines were full is a run of copied lines too.
        const end = paragraphs[copyEnd];
        const firstEnd = paragraphs[earlierEnd];
        out.push({
          start: unit.start, end: end.end, data: WHOLE,
          message: `Lines ${unit.line + 1}–${end.line + 1} repeat lines ${earlier.line + 1}–${firstEnd.line + 1} word for word. ${ADVICE}`,
          related: [{ start: earlier.start, end: firstEnd.end, message: 'first occurrence' }],
        });
      }
      k = last + 1;
    }
    return out;
  },
  fixes({ doc }, finding) {
    if (!finding.data?.whole) return [];
    // Not the only text of its section: removing it would leave a heading over nothing (a section copied whole is
    // removed, heading and text, by duplicate-section's fix).
    const section = sectionAt(doc, finding.start);
    if (section && !section.inline && section.children.length === 0 && onlyTextOf(doc, section, finding.start, finding.end)) return [];
    // The repeated paragraphs' lines and the blank lines between them (any other line between them stays), and a
    // blank line around them when there is one on either side.
    const from = firstAfter(doc.paragraphs, finding.start - 1, (q) => q.start);
    const until = firstAfter(doc.paragraphs, finding.end, (q) => q.start);
    const blocks: [number, number][] = [];
    let atParagraph = from;
    for (let line = doc.paragraphs[from].line; line <= doc.paragraphs[until - 1].line; line++) {
      const isCopy = atParagraph < until && doc.paragraphs[atParagraph].line === line;
      if (isCopy) atParagraph++;
      else if (!isBlankLine(doc, line)) continue;
      const block = blocks[blocks.length - 1];
      if (block?.[1] === line - 1) block[1] = line;
      else blocks.push([line, line]);
    }
    const edits: Edit[] = blocks.map(([first, last]) => ({ ...removedLines(doc, first, last), newText: '' }));
    const title = until - from === 1 ? 'Remove the repeated paragraph' : `Remove the repeated lines ${doc.paragraphs[from].line + 1}–${doc.paragraphs[until - 1].line + 1}`;
    return [{ title, edits }];
  },
};

/** Whether no heading starts between two paragraphs; read from the lines between them when those are all blank. */
function noHeadingBetween(doc: PolicyDocument, a: Paragraph | Unit, b: Paragraph | Unit): boolean {
  const { lines, text } = doc;
  for (let line = a.line + 1; line < b.line; line++) {
    for (let i = lines.starts[line]; i < lines.ends[line]; i++) {
      if (isJsWhitespace(text.charCodeAt(i))) continue;
      const next = doc.sections[firstSectionAfter(doc.sections, a.start, (s) => s.headingStart)];
      return !next || next.headingStart > b.start;
    }
  }
  return true;
}

/** Whether two short paragraphs read the same, whitespace aside. */
function sameLine(text: string, a: Paragraph, b: Paragraph): boolean {
  const x = text.slice(a.start, a.end);
  const y = text.slice(b.start, b.end);
  return x === y || normalised(x).trim() === normalised(y).trim();
}

/** Whether the paragraphs from `start` to `end` are all the text of the section. */
function onlyTextOf(doc: PolicyDocument, section: Section, start: number, end: number): boolean {
  const from = firstAfter(doc.paragraphs, section.headingEnd - 1, (q) => q.start);
  for (let i = from; i < doc.paragraphs.length && doc.paragraphs[i].start < section.end; i++) {
    if (doc.paragraphs[i].start < start || doc.paragraphs[i].start > end) return false;
  }
  return true;
}
