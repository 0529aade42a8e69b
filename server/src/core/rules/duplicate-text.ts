/**
 * duplicate-text: a paragraph (or, inside a long pasted line, a sentence) of 80 or more characters repeated word
 * for word elsewhere (whitespace aside). Found by hashing each unit once (see edgeHash), never by comparing pairs.
 * Paragraphs (lines) copied together, one after another as they stand elsewhere, are one finding: a passage pasted
 * twice, or a paragraph broken where its lines were full, is one problem to fix, not one per line.
 */
import type { Paragraph, PolicyDocument, Section } from '../model';
import { firstAfter, firstSectionAfter, sectionAt } from '../sections';
import type { Edit, Rule, RuleFinding } from './types';
import { isBlankLine, lineNumber, removedLines } from './util';
import { hasOddSpace, isJsWhitespace } from '../text/patterns';

const MIN = 80;
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
interface First { readonly text: string; key?: string; readonly unit: Unit }

export const duplicateText: Rule = {
  code: 'duplicate-text',
  description: 'A paragraph of 80 or more characters repeated word for word elsewhere in the policy.',
  defaultSeverity: 'info',
  // The sections too: paragraphs with a heading between them are no run of copies.
  reads: ['paragraphs', 'structure'],
  check({ doc }) {
    // First occurrences by edge hash: a short list, or, for a crowded hash, a map by the normalised text. Texts are
    // normalised only to compare two that differ as written, so that most are never read whole.
    const first = new Map<number, First[] | Map<string, Unit>>();
    const earlierCopy = (text: string, u: Unit): Unit | undefined => {
      const hash = edgeHash(text);
      const known = first.get(hash);
      if (known === undefined) { first.set(hash, [{ text, unit: u }]); return undefined; }
      if (known instanceof Map) {
        const key = normalised(text);
        const earlier = known.get(key);
        if (!earlier) known.set(key, u);
        return earlier;
      }
      // The first occurrences under one hash have different normalised texts: at most one equals this one.
      for (const k of known) if (k.text === text) return k.unit;
      const key = normalised(text);
      for (const k of known) if ((k.key ??= normalised(k.text)) === key) return k.unit;
      if (known.length < MAX_BUCKET) known.push({ text, key, unit: u });
      else first.set(hash, new Map([...known.map((k): [string, Unit] => [k.key!, k.unit]), [key, u]]));
      return undefined;
    };
    const copies: Copy[] = [];
    const reported = new Set<number>();
    const consider = (text: string, u: Unit): boolean => {
      const earlier = earlierCopy(text, u);
      if (!earlier) return false;
      if (reported.has(u.line) || earlier.line === u.line) return true;
      reported.add(u.line);
      copies.push({ unit: u, earlier });
      return true;
    };
    for (let atParagraph = 0; atParagraph < doc.paragraphs.length; atParagraph++) {
      const p = doc.paragraphs[atParagraph];
      if (p.end - p.start < MIN) continue;
      const text = doc.text.slice(p.start, p.end);
      if (consider(text, { start: p.start, end: p.end, line: p.line, whole: true, index: atParagraph })) continue;
      // Only a very long line can hold pasted copies of other paragraphs: compare its sentences too.
      if (text.length < LONG_LINE) continue;
      const re = /[^.!?。！？;；]+[.!?。！？;；]*/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const sentence = m[0].trim();
        if (sentence.length < MIN) continue;
        const start = p.start + m.index + (m[0].length - m[0].trimStart().length);
        consider(sentence, { start, end: start + sentence.length, line: p.line, whole: false, index: -1 });
      }
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
        if (next.end - next.start >= MIN || !sameLine(doc.text, next, earlierNext)) break;
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
