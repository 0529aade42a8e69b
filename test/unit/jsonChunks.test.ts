/**
 * The server's stdio encoder writes large arrays a group of elements at a time: its bytes must be exactly what
 * JSON.stringify writes, whatever the message holds.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chunkedJsonEncoder, jsonBytes, keepEncodings } from '../../server/src/jsonChunks';

/** A publish of `count` diagnostics, as the server sends one. */
function publish(count: number): unknown {
  return {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: {
      uri: 'file:///policy.txt',
      version: 7,
      diagnostics: Array.from({ length: count }, (_, k) => ({
        range: { start: { line: k, character: 0 }, end: { line: k, character: 12 } },
        severity: 1 + (k % 4),
        code: 'duplicate-text',
        source: 'privacy-policy',
        message: `This paragraph repeats line ${k} word for word — “quoted” ’ 😀 \u{1F600} ${'\ud800'}.`,
        relatedInformation: k % 3 ? undefined : [{ location: { uri: 'file:///policy.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message: 'first occurrence' }],
      })),
    },
  };
}

describe('jsonBytes (the stdio encoder)', () => {
  it('writes what JSON.stringify writes for publishes of every size around its groups', () => {
    for (const count of [0, 1, 63, 64, 65, 128, 129, 1000]) {
      const message = publish(count);
      assert.equal(jsonBytes(message).toString('utf8'), JSON.stringify(message), `${count} diagnostics`);
    }
  });

  it('writes large arrays wherever a message holds them, and leaves out what JSON.stringify leaves out', () => {
    const symbols = Array.from({ length: 300 }, (_, k) => ({ name: `${k}. Section`, kind: 5, detail: undefined, children: [] }));
    const cases: unknown[] = [
      { jsonrpc: '2.0', id: 4, result: symbols },
      { jsonrpc: '2.0', id: 5, result: { data: Array.from({ length: 5000 }, (_, k) => k % 7) } },
      { jsonrpc: '2.0', id: 6, result: null },
      { jsonrpc: '2.0', id: 7, result: [1, undefined, () => 1, Symbol('s'), null, ...Array.from({ length: 100 }, () => undefined)] },
      { jsonrpc: '2.0', id: 8, result: { skipped: undefined, fn: () => 1, list: Array.from({ length: 70 }, (_, k) => ({ toJSON: () => `item ${k}` })) } },
      { jsonrpc: '2.0', id: 9, result: { when: new Date(0), items: Array.from({ length: 80 }, (_, k) => new Date(k * 1000)) } },
      { '0': 'first', b: Array.from({ length: 90 }, (_, k) => k), a: 'after' },
    ];
    for (const message of cases) assert.equal(jsonBytes(message).toString('utf8'), JSON.stringify(message));
  });

  it('agrees with JSON.stringify on arbitrary JSON values, with arrays long enough to be grouped', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 150 }),
      object: fc.dictionary(fc.string(), tie('node'), { maxKeys: 5 }),
    })).node;
    fc.assert(fc.property(value, (v) => jsonBytes({ jsonrpc: '2.0', id: 1, result: v }).toString('utf8') === JSON.stringify({ jsonrpc: '2.0', id: 1, result: v })), { numRuns: 300 });
  });

  it('encodes an array of unchanging elements (keepEncodings) as JSON.stringify does, each element once', () => {
    let encoded = 0;
    const counted = { toJSON: () => { encoded++; return 'counted'; } };
    const elements = keepEncodings([...(publish(100) as { params: { diagnostics: unknown[] } }).params.diagnostics, counted, 'text', 7, null, undefined, () => 1]);
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///policy.txt', diagnostics: elements } };
    assert.equal(jsonBytes(message).toString('utf8'), JSON.stringify(message));
    const again = { ...message, params: { ...message.params, diagnostics: keepEncodings([counted, ...elements.slice(0, 70)]) } };
    assert.equal(jsonBytes(again).toString('utf8'), JSON.stringify(again));
    // JSON.stringify above called toJSON twice; the encoder once for both messages.
    assert.equal(encoded, 3);
  });

  it('encodes messages for the stream writer as UTF-8 bytes', async () => {
    const message = publish(200) as { jsonrpc: string };
    const bytes = await chunkedJsonEncoder.encode(message as never, { charset: 'utf-8' });
    assert.equal(Buffer.from(bytes).toString('utf8'), JSON.stringify(message));
  });
});
