/**
 * The one place where offsets become line/character positions and back.
 *
 * The core keeps offsets (UTF-16 code units into the document string). The LSP adapter and the command line
 * convert them here, so every consumer agrees on how a position after an emoji, a CRLF or a BOM is counted.
 * The shapes match LSP's Position and Range without importing the protocol package.
 */
import { LineIndex, lineOf } from './text/lines';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function positionAt(lines: LineIndex, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, lines.textLength));
  const line = lineOf(lines, clamped);
  // An offset inside a CRLF pair or past a line's end is shown at the end of that line.
  const character = Math.min(clamped, lines.ends[line]) - lines.starts[line];
  return { line, character };
}

export function rangeAt(lines: LineIndex, start: number, end: number): Range {
  return { start: positionAt(lines, start), end: positionAt(lines, Math.max(start, end)) };
}

/** Offset of an LSP position; positions past a line's end or the document's end are clamped. */
export function offsetAt(lines: LineIndex, position: Position): number {
  if (position.line < 0) return 0;
  if (position.line >= lines.length) return lines.textLength;
  const start = lines.starts[position.line];
  const end = lines.ends[position.line];
  return Math.max(start, Math.min(start + Math.max(0, position.character), end));
}
