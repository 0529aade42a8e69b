/**
 * The server under protocol misuse: documents it never saw, positions past the end, a thousand incremental edits,
 * cancelled requests, malformed settings and a malformed .privacypolicy.json. It answers sensibly, keeps running,
 * and reports problems as messages, never as crashes or unhandled rejections.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { PublishedDiagnostics, ROOT, TestClient, fileUri } from '../support/lsp';
import { tempDir } from '../support/tempDir';

const SAMPLE = readFileSync(join(ROOT, 'samples/acme-privacy-policy.txt'), 'utf8');

function alive(client: TestClient) {
  assert.equal(client.process.exitCode, null, `the server is still running (stderr: ${client.stderr.slice(-500)})`);
  assert.doesNotMatch(client.stderr, /unhandled|uncaught/i);
}

/** Starts a server, runs `body` against it, then checks that it is still alive and closes it. */
async function withServer(body: (client: TestClient) => Promise<void>, settings: unknown = null, rootUri: string | null = null, server?: string): Promise<void> {
  const client = new TestClient(settings, rootUri, server);
  await client.initialize();
  try {
    await body(client);
    alive(client);
  } finally {
    await client.close();
  }
}

/** A repeatable pseudo-random number below n. */
function seededRandom(seed: number): (n: number) => number {
  return (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % Math.max(1, n); };
}

/**
 * An incremental change at `offset` of `doc` that removes up to `maxRemoved - 1` characters and inserts one of
 * `texts` (or, one time in `emptyOneIn`, nothing).
 */
function randomChange(doc: TextDocument, random: (n: number) => number, offset: number, maxRemoved: number, texts: readonly string[], emptyOneIn = 0) {
  const end = Math.min(doc.getText().length, offset + random(maxRemoved));
  const text = emptyOneIn && random(emptyOneIn) === 0 ? '' : texts[random(texts.length)];
  return { range: { start: doc.positionAt(offset), end: doc.positionAt(end) }, text };
}

/** The edited document's outline and last diagnostics equal those of the same text opened fresh. */
async function assertLikeFresh(client: TestClient, uri: string, text: string, diagnostics: PublishedDiagnostics): Promise<void> {
  const edited = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const fresh = `${uri.replace(/\.policy$/, '')}-fresh.policy`;
  const freshDiagnostics = client.diagnostics(fresh);
  await client.open(fresh, text);
  assert.deepEqual(edited, await client.request('textDocument/documentSymbol', { textDocument: { uri: fresh } }));
  const strip = (p: { diagnostics: { code?: unknown; range: unknown; message: string }[] }) => p.diagnostics.map((d) => [d.code, d.range, d.message]);
  assert.deepEqual(strip(diagnostics), strip(await freshDiagnostics));
}

describe('protocol misuse', () => {
  it('positions past the end of a document and of a line are answered, not failed', async () => withServer(async (client) => {
    const uri = 'file:///tmp/misuse-a.policy';
    await client.open(uri, SAMPLE);
    assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 10_000, character: 5 } }), null);
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 3, character: 999 }, end: { line: 99_999, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
  }));

  it('after 1,000 incremental edits, the analysis equals a fresh analysis of the final text', async () => withServer(async (client) => {
    const uri = 'file:///tmp/misuse-edits.policy';
    let doc = TextDocument.create(uri, 'privacy-policy', 1, SAMPLE);
    await client.open(uri, SAMPLE);
    const random = seededRandom(7);
    const inserts = ['\n', 'a', ' ', '1. New heading\n', '😀', '\r\n', 'Email: [*]\n', '(2) item;\n', 'IX. '];
    for (let version = 2; version <= 1001; version++) {
      const change = randomChange(doc, random, random(doc.getText().length + 1), 6, inserts, 3);
      doc = TextDocument.update(doc, [change], version);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    await assertLikeFresh(client, uri, doc.getText(), await client.diagnostics(uri, (p) => p.version === 1001));
  }));

  it('typing with diagnostics after every edit (re-parsed incrementally) ends where a fresh analysis does', async () => withServer(async (client) => {
    const uri = 'file:///tmp/misuse-typing.policy';
    let doc = TextDocument.create(uri, 'privacy-policy', 1, SAMPLE);
    await client.open(uri, SAMPLE);
    const random = seededRandom(11);
    const typed = ['x', ' ', 'e', '.', ';', '"', '\n', 'Section 2 ', ''];
    for (let version = 2; version <= 151; version++) {
      const at = random(doc.getText().length + 1);
      const change = (offset: number) => randomChange(doc, random, offset, 2, typed);
      // Now and then two changes in one notification, which the server cannot map onto the previous version.
      const changes = version % 25 === 0 ? [change(at), change(0)] : [change(at)];
      doc = TextDocument.update(doc, changes, version);
      const published = client.diagnostics(uri, (p) => p.version === version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      await published;
    }
    await assertLikeFresh(client, uri, doc.getText(), client.published.filter((p) => p.uri === uri).at(-1)!);
  }));

  it('cancelled requests leave the server working', async () => withServer(async (client) => {
    const uri = 'file:///tmp/misuse-cancel.policy';
    await client.open(uri, SAMPLE);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    // Cancelled before or after the answer: either outcome is correct, as long as the server goes on.
    await pending.then(
      (r) => assert.ok(Array.isArray(r)),
      (e: { code?: number }) => assert.equal(e.code, -32800),
    );
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
  }));

  it('malformed editor settings: defaults are used and diagnostics still arrive', async () => {
    for (const settings of ['not an object', { rules: 5, files: 'x', facts: [1], requiredContactFields: [['carrier pigeon']] }, { rules: { placeholder: 'loud' } }]) {
      await withServer(async (client) => {
        const uri = 'file:///tmp/misuse-settings.policy';
        const published = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'placeholder'));
        await client.open(uri, SAMPLE);
        const p = await published;
        assert.equal(p.diagnostics.find((d) => d.code === 'placeholder')?.severity, 1, 'the default severity (error)');
      }, settings);
    }
  });

  it('a malformed .privacypolicy.json: a clear message, defaults used, no crash', async () => {
    const dir = tempDir('pp-misuse-');
    writeFileSync(join(dir, '.privacypolicy.json'), '{ "facts": { "email": ');
    await withServer(async (client) => {
      const message = await client.nextMessage();
      assert.match(message.message, /\.privacypolicy\.json is not valid JSON .*using the default/);
      const uri = fileUri(join(dir, 'policy.policy'));
      const published = client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      await client.open(uri, SAMPLE);
      assert.ok((await published).diagnostics.some((d) => d.code === 'placeholder'));
    }, null, fileUri(dir));
  });

  it('a binary file is reported, not parsed, and does not stop the server', async () => withServer(async (client) => {
    const uri = 'file:///tmp/misuse-binary.policy';
    const published = client.diagnostics(uri);
    await client.open(uri, '\u0000\u0001ELF\u0000\u0000binary');
    const p = await published;
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['parse-problem']);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  }));

  it('a client that goes away while diagnostics are on their way: logged on standard error, no failure, the server leaves', { timeout: 30000 }, async () => {
    const client = new TestClient();
    await client.initialize();
    const uri = 'file:///tmp/misuse-gone.policy';
    const published = client.diagnostics(uri);
    await client.open(uri, SAMPLE);
    await published;
    // The client stops reading: the server's next publish finds the pipe closed.
    client.process.stdout!.destroy();
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve));
    const logged = new Promise<void>((resolve, reject) => {
      const check = () => { if (/could not notify the client/.test(client.stderr)) resolve(); };
      client.process.stderr!.on('data', check);
      void exited.then((code) => reject(new Error(`the server exited (${code}) before it noticed; stderr: ${client.stderr.slice(0, 500)}`)));
      check();
    });
    // Written by hand: the client's own connection closed with its reader.
    const change = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${SAMPLE}\nMore text.` }] } }));
    client.process.stdin!.write(`Content-Length: ${change.length}\r\n\r\n`);
    client.process.stdin!.write(change);
    await logged;
    client.process.stdin!.end();
    const code = await exited;
    assert.doesNotMatch(client.stderr, /unhandled|uncaught|ConnectionError/i);
    // Input ended without a shutdown request: exit code 1, as the protocol asks (a failure in the failure handler is 7).
    assert.equal(code, 1);
  });

  it('starts from a missing, a valid and a corrupt code cache alike, and writes a new cache when it has none', async () => {
    // A private copy of the launcher and the bundle, so the cache files of this test are its own.
    const dir = tempDir('pp-cache-');
    for (const f of ['server.js', 'language-server.js']) copyFileSync(join(ROOT, 'dist', f), join(dir, f));
    const caches = () => readdirSync(dir).filter((f) => f.endsWith('.cache'));
    const session = () => withServer(async (client) => {
      const uri = 'file:///tmp/misuse-cache.policy';
      const published = client.diagnostics(uri);
      await client.open(uri, SAMPLE);
      assert.ok((await published).diagnostics.some((d) => d.code === 'placeholder'));
    }, null, null, join(dir, 'server.js'));
    await session();
    assert.equal(caches().length, 1, 'the first session writes the cache');
    const cache = join(dir, caches()[0]);
    const written = readFileSync(cache);
    await session();
    assert.deepEqual(readFileSync(cache), written, 'a valid cache is used as it is');
    writeFileSync(cache, Buffer.from('not a V8 code cache'));
    await session();
    assert.notDeepEqual(readFileSync(cache), Buffer.from('not a V8 code cache'), 'a corrupt cache is replaced');
  });
});
