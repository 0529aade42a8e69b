import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parsePolicy } from '../../server/src/core/parse';
import { offsetAt, positionAt } from '../../server/src/core/positions';
import { buildLineIndex } from '../../server/src/core/text/lines';

describe('positions', () => {
  it('counts UTF-16 code units, so a heading after an emoji starts where VS Code shows it', () => {
    const text = '😀 intro\n1. Scope 😀\nbody\n2. Data\nbody';
    const doc = parsePolicy(text);
    const second = doc.sections[1];
    assert.deepEqual(positionAt(doc.lines, second.headingStart), { line: 3, character: 0 });
    assert.deepEqual(positionAt(doc.lines, doc.sections[0].headingEnd), { line: 1, character: 11 });
  });
  it('treats \\r\\n, \\n and a lone \\r as line breaks, as LSP does', () => {
    const lines = buildLineIndex('a\r\nb\nc\rd');
    assert.equal(lines.length, 4);
    assert.deepEqual(positionAt(lines, 7), { line: 3, character: 0 });
    assert.deepEqual(positionAt(lines, 1), { line: 0, character: 1 });
    assert.deepEqual(positionAt(lines, 2), { line: 0, character: 1 }, 'inside CRLF: end of line');
  });
  it('clamps positions past the end of a line or the document', () => {
    const lines = buildLineIndex('ab\ncd');
    assert.equal(offsetAt(lines, { line: 0, character: 99 }), 2);
    assert.equal(offsetAt(lines, { line: 9, character: 0 }), 5);
    assert.equal(offsetAt(lines, { line: -1, character: 0 }), 0);
  });
  it('a byte-order mark is not a heading character', () => {
    const doc = parsePolicy('\ufeff1. Scope\nThis covers it.\n2. Data\nWhat we collect.');
    assert.deepEqual(doc.sections.map((s) => s.heading), ['1. Scope', '2. Data']);
  });
});
