/**
 * The server's documents must hold exactly the text, positions and offsets that vscode-languageserver-textdocument's
 * TextDocument holds after the same changes, whether their text is kept as a string or, for a long document, in a
 * buffer (here from a few characters on, so that short random texts take that path too).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { BUFFERED_FROM, PolicyTextDocument, updatePolicyDocument } from '../../server/src/textDocument';

/** Texts of lines in every line-break style, Latin-1 letters, CJK and an emoji's surrogate pair among them. */
const piece = fc.constantFrom('a', 'policy ', '\n', '\r\n', '\r', 'é', 'ß', '个人信息', '😀', '1. ', '\t', '');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 30 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function sameDocument(ours: PolicyTextDocument, theirs: TextDocument, probes: { line: number; character: number }[]): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  for (let offset = -1; offset <= theirs.getText().length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (const p of probes) {
    assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offsetAt(${JSON.stringify(p)})`);
    const range = { start: p, end: { line: p.line + 1, character: 2 } };
    assert.equal(ours.getText(range), theirs.getText(range));
  }
}

describe('PolicyTextDocument (the server\'s open documents)', () => {
  for (const bufferedFrom of [BUFFERED_FROM, 0, 8]) {
    it(`holds what the library's TextDocument holds after the same changes (text kept in a buffer from ${bufferedFrom} characters)`, () => {
      fc.assert(fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.array(position, { maxLength: 6 }), (initial, updates, probes) => {
        const ours = new PolicyTextDocument('file:///p.txt', 'privacy-policy', 1, initial, { bufferedFrom });
        let theirs = TextDocument.create('file:///p.txt', 'privacy-policy', 1, initial);
        sameDocument(ours, theirs, probes);
        updates.forEach((changes, k) => {
          updatePolicyDocument(ours, changes, k + 2);
          theirs = TextDocument.update(theirs, changes, k + 2);
          sameDocument(ours, theirs, probes);
        });
      }), { numRuns: 300 });
    });
  }

  it('keeps a long document\'s text in a buffer, and a short one\'s as a string, as the text grows and shrinks', () => {
    const line = 'We keep your personal information for as long as your account is open.\n';
    const long = line.repeat(Math.ceil(BUFFERED_FROM / line.length));
    const document = new PolicyTextDocument('file:///long.txt', 'privacy-policy', 1, long);
    assert.ok(document.buffered);
    // An edit in the middle, then characters beyond Latin-1 (the buffer then holds two bytes a character).
    const middle = document.positionAt(long.length / 2);
    document.update([{ range: { start: middle, end: middle }, text: 'Édition ' }], 2);
    document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '个人信息 😀' }], 3);
    const expected = TextDocument.update(TextDocument.update(TextDocument.create('file:///long.txt', 'privacy-policy', 1, long),
      [{ range: { start: middle, end: middle }, text: 'Édition ' }], 2), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '个人信息 😀' }], 3);
    assert.equal(document.getText(), expected.getText());
    assert.deepEqual(document.positionAt(long.length - 5), expected.positionAt(long.length - 5));
    // Most of it deleted: a short text, kept as a string again.
    document.update([{ range: { start: { line: 1, character: 0 }, end: document.positionAt(document.getText().length) }, text: '' }], 4);
    assert.equal(document.buffered, false);
    assert.equal(document.getText(), expected.getText().slice(0, expected.offsetAt({ line: 1, character: 0 })));
  });
});
