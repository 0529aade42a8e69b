/**
 * The server's stdio encoder writes large arrays a group of elements at a time: it must write the JSON value
 * JSON.stringify writes, whatever the message holds, as the same text but where it escapes characters beyond
 * Latin-1 (which it does in a message that holds few of them).
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

/** JSON text with its escapes of characters beyond Latin-1 written as the characters. */
function wideUnescaped(json: string): string {
  return json.replace(/\\u([0-9a-fA-F]{4})/g, (escape, hex: string) => (parseInt(hex, 16) > 0xff ? String.fromCharCode(parseInt(hex, 16)) : escape));
}

/** The encoder's JSON for `value`, checked against JSON.stringify's: the same value, and the same text but for escapes. */
function encodedAsStringifyDoes(value: unknown): string {
  const written = jsonBytes(value).toString('utf8');
  const expected = JSON.stringify(value) ?? 'null';
  assert.deepEqual(JSON.parse(written), JSON.parse(expected));
  assert.equal(wideUnescaped(written), wideUnescaped(expected));
  return written;
}

describe('jsonBytes (the stdio encoder)', () => {
  it('writes what JSON.stringify writes for publishes of every size around its groups', () => {
    for (const count of [0, 1, 63, 64, 65, 128, 129, 1000]) {
      const message = publish(count);
      encodedAsStringifyDoes(message);
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
    for (const message of cases) assert.equal(encodedAsStringifyDoes(message), JSON.stringify(message));
  });

  it('agrees with JSON.stringify on arbitrary JSON values, with arrays long enough to be grouped', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 150 }),
      object: fc.dictionary(fc.string(), tie('node'), { maxKeys: 5 }),
    })).node;
    fc.assert(fc.property(value, (v) => { encodedAsStringifyDoes({ jsonrpc: '2.0', id: 1, result: v }); }), { numRuns: 300 });
  });

  it('escapes characters beyond Latin-1 where a message holds few of them, and writes them as they are where it holds many', () => {
    const few = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///p.txt', diagnostics: Array.from({ length: 200 }, (_, k) => ({
      range: { start: { line: k, character: 0 }, end: { line: k + 9, character: 40 } }, severity: 3, code: 'duplicate-text',
      codeDescription: { href: 'https://example.com/docs/rules/duplicate-text.md' }, source: 'privacy-policy',
      message: `Lines ${k}–${k + 9} repeat lines 1 to 10 word for word (é stays as it is). Remove one copy, or say it once and refer to it.`,
    })) } };
    const written = encodedAsStringifyDoes(few);
    assert.ok(!/[\u0100-\uffff]/.test(written), 'no character beyond Latin-1 left');
    assert.ok(written.includes('\\u2013') && written.includes('é'));
    assert.ok(Buffer.byteLength(written) <= 1.1 * Buffer.byteLength(JSON.stringify(few)));
    // A short message likewise; a Chinese policy's symbols, mostly such characters, as JSON.stringify writes them.
    assert.equal(encodedAsStringifyDoes({ jsonrpc: '2.0', id: 3, result: { name: 'Contact – us', detail: 'Written for the test of a short message.' } }).includes('\\u2013'), true);
    const many = { jsonrpc: '2.0', id: 4, result: Array.from({ length: 300 }, (_, k) => ({ name: `第${k + 1}条 个人信息的收集`, kind: 5 })) };
    assert.equal(jsonBytes(many).toString('utf8'), JSON.stringify(many));
  });

  it('encodes an array of unchanging elements (keepEncodings) as JSON.stringify does, each element once', () => {
    let encoded = 0;
    const counted = { toJSON: () => { encoded++; return 'counted'; } };
    const elements = keepEncodings([...(publish(100) as { params: { diagnostics: unknown[] } }).params.diagnostics, counted, 'text', 7, null, undefined, () => 1]);
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///policy.txt', diagnostics: elements } };
    encodedAsStringifyDoes(message);
    const again = { ...message, params: { ...message.params, diagnostics: keepEncodings([counted, ...elements.slice(0, 70)]) } };
    encodedAsStringifyDoes(again);
    // JSON.stringify above called toJSON twice; the encoder once for both messages.
    assert.equal(encoded, 3);
  });

  it('encodes messages for the stream writer as UTF-8 bytes', async () => {
    const message = publish(200) as { jsonrpc: string };
    const bytes = await chunkedJsonEncoder.encode(message as never, { charset: 'utf-8' });
    assert.equal(Buffer.from(bytes).toString('utf8'), jsonBytes(message).toString('utf8'));
    encodedAsStringifyDoes(message);
  });
});
