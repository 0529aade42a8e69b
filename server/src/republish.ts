/**
 * Publishing a document's diagnostics again after an edit. A keystroke changes a few diagnostics of a long
 * policy at most; the others come out of the new analysis as they were published. Those are published again as
 * the objects published before, which the stdio encoder keeps the bytes of (see keepEncodings in jsonChunks.ts):
 * a publish of some 500 diagnostics is then mostly bytes encoded before, instead of a quarter of a megabyte of
 * JSON written afresh on every keystroke.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver-types';
import { keepEncodings } from './jsonChunks';

/** How many earlier diagnostics starting where a new one starts are compared with it. */
const SAME_START_LOOKED_AT = 8;

/**
 * `next`, with each diagnostic equal to one of `previous` (as JSON) replaced by that one, marked for the encoder
 * to keep its elements' bytes. Both lists are in the order of their ranges' starts (an element out of that order
 * is published as it is): one walk through both.
 */
export function republished(previous: readonly Diagnostic[] | undefined, next: Diagnostic[]): Diagnostic[] {
  if (previous?.length) {
    let j = 0;
    for (let i = 0; i < next.length; i++) {
      const start = next[i].range.start;
      while (j < previous.length && before(previous[j].range.start, start)) j++;
      for (let k = j; k < previous.length && k < j + SAME_START_LOOKED_AT && samePosition(previous[k].range.start, start); k++) {
        if (sameDiagnostic(previous[k], next[i])) {
          next[i] = previous[k];
          break;
        }
      }
    }
  }
  return keepEncodings(next);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * Whether two diagnostics would be written as the same JSON: every field of LSP's Diagnostic, written out field by
 * field (a generic comparison took as long as encoding them); `tags` and `data`, which the server does not set, by
 * identity.
 */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.message === b.message && a.code === b.code && a.severity === b.severity && a.source === b.source
    && sameRange(a.range, b.range) && a.codeDescription?.href === b.codeDescription?.href
    && sameRelated(a.relatedInformation, b.relatedInformation) && a.tags === b.tags && a.data === b.data;
}

function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

function sameRelated(a: DiagnosticRelatedInformation[] | undefined, b: DiagnosticRelatedInformation[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.message !== y.message || x.location.uri !== y.location.uri || !sameRange(x.location.range, y.location.range)) return false;
  }
  return true;
}
