/**
 * The server's open documents: `TextDocument` as vscode-languageserver-textdocument makes it (the same positions,
 * line offsets and updates, written after its code), except where a long document's text is kept.
 *
 * The library keeps a document's text as a string and an edit makes `before + typed + after`, which V8 copies flat
 * on first reading, onto pages of its own from the operating system each time (any string over 128 KB). On the
 * machines the benchmark runs on every fresh page costs a page fault of some 15 µs: at 3 MB of text that copy was
 * half of what a keystroke cost (docs/performance.md). A long document's text is kept here in a buffer instead,
 * edited in place, and each version read out of it with `toString`, which Node gives as an external string in
 * memory from its allocator, reused from one version to the next, from BUFFERED_FROM characters on.
 */
import { TextDocumentContentChangeEvent as ChangeEvent } from 'vscode-languageserver/node';
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** From this many UTF-16 units on, Node makes the text read out of a buffer an external string (its EXTERN_APEX). */
export const BUFFERED_FROM = 1_031_913;

/** A character beyond Latin-1, which a one-byte buffer cannot hold. */
const RE_BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** The text of a long document, in a buffer with room to grow: Latin-1 while every character fits, else UTF-16. */
class TextBuffer {
  private bytes: Buffer;
  private length: number;
  private wide: boolean;

  constructor(text: string) {
    this.length = text.length;
    this.wide = RE_BEYOND_LATIN1.test(text);
    this.bytes = Buffer.allocUnsafeSlow(this.capacityFor(text.length));
    this.bytes.write(text, 0, this.encoding);
  }

  private get encoding(): 'latin1' | 'utf16le' {
    return this.wide ? 'utf16le' : 'latin1';
  }

  private get unit(): number {
    return this.wide ? 2 : 1;
  }

  private capacityFor(length: number): number {
    return Math.ceil(length * 1.25 + 4096) * this.unit;
  }

  get text(): string {
    return this.bytes.toString(this.encoding, 0, this.length * this.unit);
  }

  /** The text with [start, end) replaced by `inserted`. */
  replace(current: string, start: number, end: number, inserted: string): string {
    if (!this.wide && RE_BEYOND_LATIN1.test(inserted)) {
      // A character beyond Latin-1: from now on two bytes a character (the text so far is `current`).
      this.wide = true;
      this.bytes = Buffer.allocUnsafeSlow(this.capacityFor(current.length + inserted.length));
      this.bytes.write(current, 0, 'utf16le');
    }
    const unit = this.unit;
    const length = this.length - (end - start) + inserted.length;
    if (length * unit > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(this.capacityFor(length));
      this.bytes.copy(grown, 0, 0, this.length * unit);
      this.bytes = grown;
    }
    // What follows the replaced range moves to its place after the inserted text (copy handles the overlap).
    this.bytes.copy(this.bytes, (start + inserted.length) * unit, end * unit, this.length * unit);
    this.bytes.write(inserted, start * unit, this.encoding);
    this.length = length;
    return this.text;
  }
}

export interface PolicyTextDocumentOptions {
  /** From how many characters on the text is kept in a buffer (tests set it low). */
  readonly bufferedFrom?: number;
}

export class PolicyTextDocument implements TextDocument {
  private content: string;
  private lineOffsets: number[] | undefined;
  private buffer: TextBuffer | undefined;
  private currentVersion: number;
  private readonly bufferedFrom: number;

  constructor(readonly uri: string, readonly languageId: string, version: number, content: string, options: PolicyTextDocumentOptions = {}) {
    this.currentVersion = version;
    this.bufferedFrom = options.bufferedFrom ?? BUFFERED_FROM;
    this.content = content;
    this.keepBufferFitting();
  }

  get version(): number {
    return this.currentVersion;
  }

  /** Whether the text is kept in a buffer (a long document). */
  get buffered(): boolean {
    return this.buffer !== undefined;
  }

  getText(range?: Range): string {
    if (range) return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
    return this.content;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (ChangeEvent.isIncremental(change)) {
        const range = wellformedRange(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        if (this.buffer && Number.isInteger(startOffset) && Number.isInteger(endOffset) && startOffset >= 0 && startOffset <= endOffset && endOffset <= this.content.length) {
          this.content = this.buffer.replace(this.content, startOffset, endOffset, change.text);
        } else {
          // What the library does, also where a range past the text's lines gives offsets no buffer edit could
          // follow (`substring` reads NaN as 0, and keeps both ends of a reversed pair).
          this.content = this.content.substring(0, startOffset) + change.text + this.content.substring(endOffset, this.content.length);
          this.buffer = undefined;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this.getLineOffsets();
        const added = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else if (added.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          // (Too many arguments for splice.)
          this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
        this.keepBufferFitting();
      } else if (ChangeEvent.isFull(change)) {
        this.content = change.text;
        this.lineOffsets = undefined;
        this.buffer = undefined;
        this.keepBufferFitting();
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  private getLineOffsets(): number[] {
    return (this.lineOffsets ??= computeLineOffsets(this.content, true));
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** A buffer for a long text, none for a short one. */
  private keepBufferFitting(): void {
    if (this.content.length < this.bufferedFrom) this.buffer = undefined;
    else if (!this.buffer) {
      this.buffer = new TextBuffer(this.content);
      this.content = this.buffer.text;
    }
  }
}

/** The library's `update` for documents made by PolicyTextDocument (TextDocuments calls it). */
export function updatePolicyDocument(document: PolicyTextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): PolicyTextDocument {
  document.update(changes, version);
  return document;
}

function wellformedRange(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isLineBreak(c: number): boolean {
  return c === 13 || c === 10;
}

/** The offsets where lines start in `text` (placed at `textOffset`), with its own start when `atLineStart`. */
function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
