/**
 * Publishing diagnostics again after an edit: a diagnostic equal to one published before is sent as that object
 * (whose bytes the stdio encoder keeps); any difference makes it a new one, and the JSON is what a fresh encoding
 * of the new list writes.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Diagnostic } from 'vscode-languageserver/node';
import { jsonBytes } from '../../server/src/jsonChunks';
import { republished, sameDiagnostic } from '../../server/src/republish';

const URI = 'file:///policy.txt';

function diagnostic(line: number, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    range: { start: { line, character: 0 }, end: { line, character: 9 } },
    severity: 2,
    code: 'duplicate-text',
    codeDescription: { href: 'https://example.com/rules/duplicate-text.md' },
    source: 'privacy-policy',
    message,
    relatedInformation: [{ location: { uri: URI, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } } }, message: 'first occurrence' }],
    ...extra,
  };
}

/** The same diagnostics made afresh, as the next analysis makes them: equal, not the same objects. */
const copies = (list: Diagnostic[]): Diagnostic[] => JSON.parse(JSON.stringify(list)) as Diagnostic[];

describe('republished (diagnostics published again after an edit)', () => {
  it('publishes a diagnostic equal to one published before as that object', () => {
    const before = republished(undefined, [diagnostic(3, 'a'), diagnostic(5, 'b'), diagnostic(9, 'c')]);
    const after = republished(before, copies(before));
    assert.deepEqual(after.map((d, i) => d === before[i]), [true, true, true]);
  });

  it('keeps each one found again after diagnostics were added or removed before it', () => {
    const before = republished(undefined, [diagnostic(3, 'a'), diagnostic(5, 'b'), diagnostic(9, 'c'), diagnostic(12, 'd')]);
    const next = copies(before);
    next.splice(1, 1);
    next.splice(2, 0, diagnostic(10, 'new'), diagnostic(10, 'also new'));
    const after = republished(before, next);
    assert.deepEqual(after.map((d) => before.indexOf(d)), [0, 2, -1, -1, 3]);
    assert.deepEqual(after.map((d) => d.message), ['a', 'c', 'new', 'also new', 'd']);
  });

  it('tells several diagnostics starting at one place apart', () => {
    const before = republished(undefined, [diagnostic(4, 'first'), diagnostic(4, 'second'), diagnostic(4, 'third')]);
    const next = copies(before).reverse();
    const after = republished(before, next);
    assert.deepEqual(after.map((d) => before.indexOf(d)), [2, 1, 0]);
  });

  it('takes no diagnostic for another that differs in any field', () => {
    const base = diagnostic(7, 'This paragraph repeats line 2.');
    const changed: Diagnostic[] = [
      { ...base, range: { start: { line: 7, character: 0 }, end: { line: 7, character: 10 } } },
      { ...base, severity: 1 },
      { ...base, code: 'duplicate-section' },
      { ...base, codeDescription: { href: 'https://example.com/rules/other.md' } },
      { ...base, source: 'other' },
      { ...base, message: 'This paragraph repeats line 3.' },
      { ...base, relatedInformation: undefined },
      { ...base, relatedInformation: [{ ...base.relatedInformation![0], message: 'copy' }] },
      { ...base, relatedInformation: [{ ...base.relatedInformation![0], location: { uri: 'file:///other.txt', range: base.relatedInformation![0].location.range } }] },
      { ...base, relatedInformation: [{ ...base.relatedInformation![0], location: { uri: URI, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } } }] },
      { ...base, tags: [1] },
      { ...base, tags: [] },
      { ...base, data: { fix: 1 } },
    ];
    assert.ok(sameDiagnostic(base, copies([base])[0]));
    for (const other of changed) {
      assert.equal(sameDiagnostic(base, other), false, JSON.stringify(other));
      assert.notEqual(republished([base], [other])[0], base);
    }
  });

  it('publishes what a fresh encoding of the new diagnostics writes, whatever was published before', () => {
    const arbitrary = fc.array(fc.record({
      line: fc.nat({ max: 30 }),
      message: fc.constantFrom('a', 'b', 'c', 'repeats line 2', '“quoted” 😀'),
      severity: fc.constantFrom(1, 2, 3, 4),
      related: fc.boolean(),
    }), { maxLength: 120 }).map((list) => list
      .sort((x, y) => x.line - y.line)
      .map((d) => diagnostic(d.line, d.message, { severity: d.severity as Diagnostic['severity'], relatedInformation: d.related ? diagnostic(0, '').relatedInformation : undefined })));
    fc.assert(fc.property(arbitrary, arbitrary, (first, second) => {
      const before = republished(undefined, first);
      jsonBytes({ params: { diagnostics: before } });
      const expected = JSON.stringify({ params: { diagnostics: second } });
      const after = republished(before, copies(second));
      return JSON.stringify(JSON.parse(jsonBytes({ params: { diagnostics: after } }).toString('utf8'))) === expected;
    }), { numRuns: 200 });
  });
});
