/**
 * Answers a rule computes from each paragraph's own text, kept per document and carried over to the version after
 * an edit for every paragraph the edit left alone: typing in a long policy reads the edited paragraph again, not
 * thousands of others, on each keystroke.
 */
import type { Paragraph, PolicyDocument } from './model';
import type { PreviousVersion } from './rules/types';
import { keepsLines } from './reuse';
import { lineOf } from './text/lines';

/**
 * One rule's answers for the paragraphs of each document, in the order of `doc.paragraphs`. `compute` must read
 * nothing but the text of its paragraph (`doc.text` from `p.start` to `p.end`). `move` gives an answer that holds
 * offsets for the same paragraph moved by `delta` characters (answers without offsets are kept as they are).
 */
export class ParagraphMemo<T> {
  private readonly byDoc = new WeakMap<PolicyDocument, readonly T[]>();

  constructor(
    private readonly compute: (text: string, p: Paragraph) => T,
    private readonly move: (answer: T, delta: number) => T = (answer) => answer,
  ) {}

  /** The answers for `doc`'s paragraphs; after one edit of `previous`, those of the paragraphs it left alone carried over. */
  of(doc: PolicyDocument, previous?: PreviousVersion): readonly T[] {
    let answers = this.byDoc.get(doc);
    if (answers) return answers;
    const before = previous && keepsLines(previous.doc, doc, previous.change) ? this.byDoc.get(previous.doc) : undefined;
    answers = before ? this.carried(doc, previous!, before) : doc.paragraphs.map((p) => this.compute(doc.text, p));
    this.byDoc.set(doc, answers);
    return answers;
  }

  /**
   * The edit stayed inside one line (keepsLines): any other line's text is as it was, moved by the edit's length if
   * after it. A paragraph on such a line with the same bounds, moved, keeps its answer; any other is computed.
   */
  private carried(doc: PolicyDocument, previous: PreviousVersion, before: readonly T[]): T[] {
    const { change } = previous;
    const old = previous.doc.paragraphs;
    const edited = lineOf(previous.doc.lines, change.start);
    const delta = change.newText.length - (change.end - change.start);
    const out: T[] = new Array(doc.paragraphs.length);
    let j = 0;
    for (let i = 0; i < doc.paragraphs.length; i++) {
      const q = doc.paragraphs[i];
      while (j < old.length && old[j].line < q.line) j++;
      const p = j < old.length ? old[j] : undefined;
      const by = q.line > edited ? delta : 0;
      if (p && q.line !== edited && p.line === q.line && p.start + by === q.start && p.end + by === q.end) out[i] = by === 0 ? before[j] : this.move(before[j], by);
      else out[i] = this.compute(doc.text, q);
    }
    return out;
  }
}
