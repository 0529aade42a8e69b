/**
 * Which parts of a document one edit left as they were, and previous findings moved by that edit. A rule that
 * declares what it reads (`Rule.reads`) keeps its previous findings when those parts came out the same, instead
 * of checking the whole document again on every keystroke.
 *
 * The parts are compared, not inferred from the path the parser took, so reuse is only as good as the
 * comparison: every field is compared, offsets after they are moved by the edit (see `offsetMovers`), everything
 * else exactly. A field whose name is not listed as an offset is compared exactly, which can only make reuse
 * rarer, never wrong.
 */
import type { CrossReference, PolicyDocument, Section } from './model';
import { sameMarker } from './parse/numbering';
import type { TextChange } from './parse';
import type { RelatedLocation, RuleFinding } from './rules/types';
import { changeFits, changesLineBreaks } from './text/lines';

/** What a rule may read besides the document's offsets; a rule that reads anything else declares no `reads`. */
export type DocumentPart =
  /** Title, metadata, sections (numbers, titles, headings, tree), tables of contents. */
  | 'structure'
  /** Cross-references. */
  | 'references'
  /** The paragraphs: which lines are body text, and their text. */
  | 'paragraphs';

/**
 * Maps offsets of the text before an edit to the text after it. A range keeps its place when the edit is after
 * it, moves when the edit is before it, and grows or shrinks when the edit is inside it. An offset inside replaced
 * text has no place after the edit: NaN. `joins`: text inserted exactly at a range's edge is taken into the range.
 * (One class for both ways, not two closures: the comparisons call it for every offset of thousands of sections
 * and findings on each keystroke, and one shape lets the compiler inline it.)
 */
export class OffsetMover {
  constructor(private readonly from: number, private readonly to: number, private readonly delta: number, private readonly joins: boolean) {}
  start(o: number): number {
    if (this.joins) return o <= this.from ? o : o + this.delta;
    return o < this.from ? o : o >= this.to ? o + this.delta : NaN;
  }
  end(o: number): number {
    if (this.joins) return o < this.from ? o : o + this.delta;
    return o <= this.from ? o : o >= this.to ? o + this.delta : NaN;
  }
  /** Whether the range [start, end] of the text before the edit touches the replaced text (or the insertion point). */
  touches(start: number, end: number): boolean {
    return end >= this.from && start <= this.to;
  }
}

/**
 * The ways offsets can follow a change. Text inserted exactly where a range starts or ends may have joined the
 * range or not (a word typed after a paragraph extends it, a space does not), so an insertion has two movers:
 * one that leaves ranges touching the insertion point as they were, one that takes the inserted text into them.
 */
export function offsetMovers(change: TextChange): OffsetMover[] {
  const { start: from, end: to } = change;
  const delta = change.newText.length - (to - from);
  const outside = new OffsetMover(from, to, delta, false);
  return from !== to ? [outside] : [outside, new OffsetMover(from, to, delta, true)];
}

/** Offsets that begin a range, and offsets that end one (a field with any other name is compared exactly). */
const START_KEYS = new Set(['start', 'headingStart', 'titleStart', 'valueStart']);
const END_KEYS = new Set(['end', 'headingEnd', 'valueEnd']);

/** Whether `after` is `before` with every offset moved and every other value equal. */
function sameMoved(before: unknown, after: unknown, move: OffsetMover): boolean {
  if (before === after) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return false;
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) if (!sameMoved(before[i], after[i], move)) return false;
    return true;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    keys++;
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' && START_KEYS.has(key)) { if (move.start(x) !== y) return false; }
    else if (typeof x === 'number' && END_KEYS.has(key)) { if (move.end(x) !== y) return false; }
    else if (!sameMoved(x, y, move)) return false;
  }
  for (const _ in b) keys--;
  return keys === 0;
}

/**
 * Every field of a section, as sameSections compares it (a unit test checks that sections have these and no other):
 * offsets moved, the number compared as sameMoved compares it, everything else exactly.
 */
export const SECTION_FIELDS = ['index', 'level', 'marker', 'title', 'heading', 'headingStart', 'headingEnd', 'titleStart', 'start', 'end', 'line', 'parent', 'children', 'source', 'inline', 'appendix', 'runIn'] as const;

/** Every field of a cross-reference, as sameReferences compares them (a unit test checks that references have no others). */
export const REFERENCE_FIELDS = ['kind', 'start', 'end', 'line', 'text', 'marker', 'title', 'target'] as const;

/** sameMoved for the cross-references, field by field (a long policy has thousands). */
function sameReferences(before: readonly CrossReference[], after: readonly CrossReference[], move: OffsetMover): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b) continue;
    if (a.kind !== b.kind || a.line !== b.line || a.target !== b.target || a.text !== b.text || a.title !== b.title
      || move.start(a.start) !== b.start || move.end(a.end) !== b.end || !sameMarker(a.marker, b.marker)) return false;
  }
  return true;
}

/**
 * sameMoved for the sections, field by field: a long policy has thousands, compared after every keystroke, and
 * the general comparison reads each field's name and looks it up.
 */
function sameSections(before: readonly Section[], after: readonly Section[], move: OffsetMover): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b) continue;
    if (a.index !== b.index || a.level !== b.level || a.line !== b.line || a.parent !== b.parent || a.source !== b.source || a.inline !== b.inline
      || a.appendix !== b.appendix || a.runIn !== b.runIn || a.title !== b.title) return false;
    if (move.start(a.headingStart) !== b.headingStart || move.end(a.headingEnd) !== b.headingEnd || move.start(a.titleStart) !== b.titleStart
      || move.start(a.start) !== b.start || move.end(a.end) !== b.end) return false;
    // The heading is the text between its offsets (see buildSections): as it was, moved, where the edit did not
    // touch it. (Each version's heading is a new slice of its own text, compared character by character.)
    if (move.touches(a.headingStart, a.headingEnd) && a.heading !== b.heading) return false;
    if (!sameMarker(a.marker, b.marker)) return false;
    if (a.children.length !== b.children.length) return false;
    for (let k = 0; k < a.children.length; k++) if (a.children[k] !== b.children[k]) return false;
  }
  return true;
}

/**
 * Whether `change` made `after`'s text from `before`'s without adding or removing a line break: the same lines,
 * the change inside one of them.
 */
export function keepsLines(before: PolicyDocument, after: PolicyDocument, change: TextChange): boolean {
  return changeFits(before.text, change, after.text.length) && before.lines.length === after.lines.length && !changesLineBreaks(before.text, change);
}

/**
 * The parts of `before` that `after` (the document after `change`) holds unchanged, each with the mover its
 * offsets followed. Empty when the change added or removed a line: line numbers in messages would be stale.
 */
export function unchangedParts(before: PolicyDocument, after: PolicyDocument, change: TextChange): Map<DocumentPart, OffsetMover> {
  const parts = new Map<DocumentPart, OffsetMover>();
  if (before.format !== after.format || !keepsLines(before, after, change)) return parts;
  const movers = offsetMovers(change);
  const sameStructure = (move: OffsetMover) => sameMoved(before.title, after.title, move) && sameMoved(before.metadata, after.metadata, move)
    && sameMoved(before.roots, after.roots, move) && sameSections(before.sections, after.sections, move) && sameMoved(before.tocs, after.tocs, move);
  const compare: [DocumentPart, (move: OffsetMover) => boolean][] = [
    ['structure', sameStructure],
    ['references', (move) => sameReferences(before.references, after.references, move)],
    ['paragraphs', (move) => sameParagraphs(before, after, change, move)],
  ];
  for (const [part, same] of compare) {
    const move = movers.find(same);
    if (move) parts.set(part, move);
  }
  return parts;
}

/** Same paragraphs, moved; a paragraph the change touches must also read the same. */
function sameParagraphs(before: PolicyDocument, after: PolicyDocument, change: TextChange, move: OffsetMover): boolean {
  const a = before.paragraphs;
  const b = after.paragraphs;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const q = b[i];
    if (p.line !== q.line || move.start(p.start) !== q.start || move.end(p.end) !== q.end) return false;
    if (p.start <= change.end && p.end >= change.start && before.text.slice(p.start, p.end) !== after.text.slice(q.start, q.end)) return false;
  }
  return true;
}

/** Findings moved by an edit; undefined when one of them had an offset inside the replaced text. */
export function movedFindings(findings: readonly RuleFinding[], move: OffsetMover): RuleFinding[] | undefined {
  const out: RuleFinding[] = new Array(findings.length);
  // Findings often share their related locations (copies of one paragraph): move each list once.
  const movedRelated = new Map<readonly RelatedLocation[], readonly RelatedLocation[] | undefined>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const start = move.start(f.start);
    const end = move.end(f.end);
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    let related = f.related;
    if (related) {
      let moved = movedRelated.get(related);
      if (!movedRelated.has(related)) {
        moved = movedLocations(related, move);
        movedRelated.set(related, moved);
      }
      if (!moved) return undefined;
      related = moved;
    }
    // Written out rather than spread: thousands of findings move on every keystroke in a long policy.
    out[i] = start === f.start && end === f.end && related === f.related ? f : { start, end, message: f.message, severity: f.severity, related, data: f.data };
  }
  return out;
}

function movedLocations(related: readonly RelatedLocation[], move: OffsetMover): RelatedLocation[] | undefined {
  const out: RelatedLocation[] = [];
  for (const r of related) {
    const start = move.start(r.start);
    const end = move.end(r.end);
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    out.push(start === r.start && end === r.end ? r : { ...r, start, end });
  }
  return out;
}
