/**
 * Line bookkeeping for a document held as one JavaScript string.
 *
 * Offsets are UTF-16 code-unit indexes into the text, which is exactly what LSP positions count, so a
 * position is (line, offset - lineStart). Line breaks are `\r\n`, `\n` and a lone `\r`, as in LSP and VS Code.
 */
export interface LineIndex {
  /** Offset of the first character of each line. `starts.length` is the number of lines (at least 1). */
  readonly starts: Uint32Array | readonly number[];
  /** Offset just past the last character of each line's content (before its line break). */
  readonly ends: Uint32Array | readonly number[];
  readonly length: number;
  readonly textLength: number;
}

export function buildLineIndex(text: string): LineIndex {
  if (text.indexOf('\r') < 0) return buildLfIndex(text);
  // Two passes keep memory proportional to the number of lines, not the text size.
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let line = 0;
  starts[0] = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends[line] = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      starts[line] = i + 1;
    }
  }
  ends[line] = text.length;
  return { starts, ends, length: count, textLength: text.length };
}

/** Whether `change` lies within `text` and, applied to it, gives a text of `length` characters. */
export function changeFits(text: string, change: { readonly start: number; readonly end: number; readonly newText: string }, length: number): boolean {
  return change.start >= 0 && change.start <= change.end && change.end <= text.length
    && length === text.length + change.newText.length - (change.end - change.start);
}

/**
 * Whether replacing `text`'s [start, end) with `newText` adds or removes a line break: it writes or removes a carriage
 * return or a line feed, or it stands between a carriage return and a line feed (text typed there splits one line
 * break into two, text removed from there may join two into one).
 */
export function changesLineBreaks(text: string, change: { readonly start: number; readonly end: number; readonly newText: string }): boolean {
  return hasLineBreak(change.newText) || hasLineBreak(text.slice(change.start, change.end))
    || (text.charCodeAt(change.start - 1) === 13 && text.charCodeAt(change.end) === 10);
}

function hasLineBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/** Whether the text breaks a line with a carriage return alone (not followed by a line feed). */
export function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && RE_LONE_CARRIAGE_RETURN.test(text);
}
const RE_LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/**
 * The line `reach` lines that are not blank away from line `i`, going `step` lines at a time (-1: up, 1: down), or the
 * first or last line when there are fewer.
 */
export function linesAway(lines: LineIndex, i: number, step: -1 | 1, reach: number, isBlank: (line: number) => boolean): number {
  let at = i;
  for (let seen = 0; seen < reach && at + step >= 0 && at + step < lines.length;) if (!isBlank((at += step))) seen++;
  return at;
}

/** A stretch of a text, by offsets. */
export interface Span { readonly start: number; readonly end: number }

/**
 * Spans found in a text after a change inside the stretch [`from`, `to`) of the new text that moved later offsets by
 * `delta`: the previous spans before `from`, the `rescanned` ones (those found again in the stretch), and the
 * previous ones after it, moved. Undefined when a span crosses an edge of the stretch (search the whole text).
 */
export function splicedSpans<T extends Span>(previous: readonly T[], rescanned: readonly T[], from: number, to: number, delta: number): T[] | undefined {
  const oldTo = to - delta;
  const out: T[] = [];
  let i = 0;
  for (; i < previous.length && previous[i].start < from; i++) {
    if (previous[i].end > from) return undefined;
    out.push(previous[i]);
  }
  for (const s of rescanned) {
    if (s.end > to) return undefined;
    out.push(s);
  }
  for (; i < previous.length && previous[i].start < oldTo; i++) if (previous[i].end > oldTo) return undefined;
  for (; i < previous.length; i++) out.push({ ...previous[i], start: previous[i].start + delta, end: previous[i].end + delta });
  return out;
}

/** Line number (0-based) of the line that contains `offset`. Offsets on a line break belong to that line. */
export function lineOf(lines: LineIndex, offset: number): number {
  const { starts } = lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineText(text: string, lines: LineIndex, line: number): string {
  return text.slice(lines.starts[line], lines.ends[line]);
}

/** The common case, `\n` only: native indexOf finds the breaks much faster than a character loop. */
function buildLfIndex(text: string): LineIndex {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    ends[line] = i;
    starts[++line] = i + 1;
  }
  ends[line] = text.length;
  return { starts, ends, length: count, textLength: text.length };
}
