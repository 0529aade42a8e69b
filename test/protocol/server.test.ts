/**
 * The built server (dist/server.js) over stdio, driven as an editor would drive it.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUFFERED_FROM } from '../../server/src/textDocument';
import { ROOT, TestClient, fileUri } from '../support/lsp';

const SEEDS = resolve(ROOT, '../shared/corpus/seeds');

interface Symbol { name: string; range: { start: { line: number }; end: { line: number } }; selectionRange: { start: { line: number; character: number } }; children?: Symbol[] }

function flatten(symbols: Symbol[], depth = 1, out: { name: string; line: number; depth: number; symbol: Symbol }[] = []) {
  for (const s of symbols) {
    out.push({ name: s.name, line: s.selectionRange.start.line + 1, depth, symbol: s });
    flatten(s.children ?? [], depth + 1, out);
  }
  return out;
}

describe('language server over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(init.capabilities.foldingRangeProvider);
  });
  after(async () => client.close());

  it('answers the outline of a seed policy as the gold file describes it', { skip: !existsSync(SEEDS) && 'no ../shared/corpus/seeds on this machine' }, async () => {
    const goldFile = readdirSync(SEEDS).find((f) => f.startsWith('000_') && f.endsWith('.gold.json'))!;
    const gold = JSON.parse(readFileSync(join(SEEDS, goldFile), 'utf8')) as { sections: { line: number; level: number; optional?: boolean }[] };
    const path = join(SEEDS, goldFile.replace('.gold.json', '.txt'));
    const uri = fileUri(path);
    await client.open(uri, readFileSync(path, 'utf8'));
    const symbols = flatten(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    for (const g of gold.sections.filter((s) => !s.optional)) {
      const found = symbols.find((s) => s.line === g.line);
      assert.ok(found, `a symbol at line ${g.line}`);
      assert.equal(found.depth, g.level, `level of line ${g.line}`);
    }
    for (const s of symbols) {
      for (const c of s.symbol.children ?? []) {
        assert.ok(c.range.start.line >= s.symbol.range.start.line && c.range.end.line <= s.symbol.range.end.line, 'child inside parent');
      }
    }
  });

  it('gives the outline, folding ranges and definitions of a policy written for this project', async () => {
    const text = [
      'Sample Privacy Policy',
      'This policy helps you understand the following:',
      '1. Data We Collect',
      '2. Contact Us',
      '1. Data We Collect',
      'We collect your name.',
      '(1) Account data',
      'Your email address.',
      '2. Contact Us',
      'Email: privacy@sample.example',
    ].join('\n');
    const uri = 'file:///tmp/sample-privacy.policy';
    const published = client.diagnostics(uri);
    await client.open(uri, text);
    await published;
    const symbols = flatten(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    assert.deepEqual(symbols.map((s) => [s.name, s.line, s.depth]), [['1. Data We Collect', 5, 1], ['(1) Account data', 7, 2], ['2. Contact Us', 9, 1]]);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 4 && f.endLine === 7), 'section 1 folds');
    assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 3), 'the table of contents folds');
    const definition = await client.request<{ range: { start: { line: number } } }>('textDocument/definition', { textDocument: { uri }, position: { line: 3, character: 4 } });
    assert.equal(definition.range.start.line, 8, 'the TOC entry leads to its section');
  });

  it('follows incremental edits: the outline reflects the new text', async () => {
    const uri = 'file:///tmp/edit-privacy.policy';
    await client.open(uri, '1. One\nbody\n2. Two\nbody\n');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } }, text: 'Three' }],
    });
    const symbols = flatten(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    assert.deepEqual(symbols.map((s) => s.name), ['1. One', '2. Three']);
  });

  it('analyses edits that arrive together once, for the last of them, and publishes for that version only', async () => {
    const uri = 'file:///tmp/burst-privacy.policy';
    const opened = client.diagnostics(uri);
    await client.open(uri, '1. One\nbody\n2. Two\nbody\n');
    await opened;
    const before = client.published.length;
    const last = client.diagnostics(uri, (p) => p.version === 5);
    client.notifyTogether([2, 3, 4, 5].map((version) => ({
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }] },
    })));
    await last;
    // (Version 1 may be published again meanwhile: the settings read at start-up analyse open documents anew.)
    assert.deepEqual(client.published.slice(before).filter((p) => p.uri === uri && p.version !== 1).map((p) => p.version), [5]);
    const symbols = flatten(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    assert.deepEqual(symbols.map((s) => s.name), ['1. One', '2. Two']);
  });

  it('publishes after each edit what it publishes for the same text opened afresh', async () => {
    // Enough findings that the encoder writes them one by one and reuses those published before (see republish.ts).
    const office = (k: number) => `Office ${k + 1}: [*]\n\nWe keep the records of office ${k + 1} for as long as the law requires.`;
    const body = Array.from({ length: 80 }, (_, k) => `${k % 20 === 0 ? `${k / 20 + 1}. Section ${k / 20 + 1}\n\n` : ''}${office(k)}`).join('\n\n');
    let text = `Example Privacy Policy\n\n${body}\n\nWe keep the records of office 3 for as long as the law requires.\n`;
    const uri = 'file:///tmp/republish-privacy.policy';
    const opened = client.diagnostics(uri);
    await client.open(uri, text);
    await opened;
    const lineStart = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
    const edits = [
      { line: 4, character: 0, remove: 0, insert: 'x' }, // a body line: findings after it move along the line
      { line: 2, character: 0, remove: 2, insert: '' }, // the first heading's number: numbering findings change
      { line: 6, character: 0, remove: 0, insert: 'A new paragraph said only once.\n\n' }, // lines after it move down
      { line: 10, character: 10, remove: 3, insert: '[***]' }, // a finding where one was, saying another thing
      { line: 10, character: 10, remove: 5, insert: 'Main Street 1' }, // a placeholder filled in
    ];
    for (const [k, e] of edits.entries()) {
      const start = { line: e.line, character: e.character };
      const offset = lineStart(e.line) + e.character;
      const end = { line: e.line, character: e.character + e.remove };
      text = text.slice(0, offset) + e.insert + text.slice(offset + e.remove);
      const version = k + 2;
      const published = client.diagnostics(uri, (p) => p.version === version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end }, text: e.insert }] });
      const afterEdit = await published;
      if (e.insert === 'Main Street 1') assert.equal(text.split('\n')[e.line], 'Office 2: Main Street 1');
      const freshUri = `file:///tmp/republish-fresh-${k}-privacy.policy`;
      const fresh = client.diagnostics(freshUri);
      await client.open(freshUri, text);
      const expected = JSON.parse(JSON.stringify((await fresh).diagnostics).split(freshUri).join(uri)) as unknown;
      assert.ok(afterEdit.diagnostics.length > 64, `${afterEdit.diagnostics.length} diagnostics`);
      assert.deepEqual(afterEdit.diagnostics, expected, `after edit ${k + 1}`);
    }
  });

  it('follows edits of a document long enough for its text to be kept in a buffer, as a fresh open of the same text', async () => {
    // Over a million characters (see textDocument.ts): Latin-1 at first, then a character beyond it typed.
    const lines: string[] = ['Example Privacy Policy', ''];
    for (let k = 0, length = 0; length < BUFFERED_FROM + 100_000; k++) {
      if (k % 400 === 0) lines.push(`${k / 400 + 1}. Section ${k / 400 + 1}`, '');
      lines.push(`We keep record number ${k} for as long as the law requires, and then we delete it.`, '');
      length += 90;
    }
    lines.push('Contact: privacy@example.com, 1 Main Street, Springfield, +1 415 555 0100', '');
    let text = lines.join('\n');
    assert.ok(text.length > BUFFERED_FROM);
    const uri = 'file:///tmp/long-privacy.policy';
    const opened = client.diagnostics(uri);
    await client.open(uri, text);
    await opened;
    const edits = [
      { line: 2, character: 0, remove: 3, insert: '' }, // the first heading loses its number
      { line: 5000, character: 5, remove: 0, insert: 'é [*] ' }, // Latin-1 still, and a placeholder
      { line: 9000, character: 0, remove: 0, insert: '个人信息 [***]\n\n' }, // beyond Latin-1, and two lines
    ];
    for (const [k, e] of edits.entries()) {
      const lineStart = text.split('\n').slice(0, e.line).join('\n').length + 1;
      text = text.slice(0, lineStart + e.character) + e.insert + text.slice(lineStart + e.character + e.remove);
      const version = k + 2;
      const published = client.diagnostics(uri, (p) => p.version === version);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character + e.remove } }, text: e.insert }],
      });
      await published;
    }
    const afterEdits = client.published.filter((p) => p.uri === uri).at(-1)!;
    const freshUri = 'file:///tmp/long-fresh-privacy.policy';
    const fresh = client.diagnostics(freshUri);
    await client.open(freshUri, text);
    assert.deepEqual(afterEdits.diagnostics, JSON.parse(JSON.stringify((await fresh).diagnostics).split(freshUri).join(uri)));
    assert.deepEqual(afterEdits.diagnostics.filter((d) => d.code === 'placeholder').map((d) => d.range.start.line), [5000, 9000]);
    const symbols = (u: string) => client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } }).then((s) => flatten(s).map((x) => [x.name, x.line]));
    assert.deepEqual(await symbols(uri), await symbols(freshUri));
  });

  it('serves completions, hover, rename, references, formatting and semantic tokens', async () => {
    const uri = 'file:///tmp/authoring-privacy.policy';
    const text = ['This policy helps you understand the following:', '1.Scope', '2. Contact Us', '1.Scope', 'See "2. Contact Us".', '2. Contact Us', 'Email: [*]', ''].join('\n');
    await client.open(uri, text);
    const items = await client.request<{ label: string; textEdit?: { newText: string } }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 0 } });
    assert.ok(items.some((i) => i.label === '3.'), `next number among ${items.map((i) => i.label).slice(0, 10).join(', ')}`);
    assert.ok(items.some((i) => i.label === 'contact' && i.textEdit?.newText.startsWith('${1:3.} Contact Us')), 'the contact snippet, numbered 3.');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } });
    assert.match(hover.contents.value, /\*\*2\. Contact Us\*\* \(line 6\)/);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line: 5, character: 5 } });
    assert.equal(prepared.placeholder, 'Contact Us');
    const rename = await client.request<{ changes: Record<string, unknown[]> }>('textDocument/rename', { textDocument: { uri }, position: { line: 5, character: 5 }, newName: 'Reach Us' });
    assert.equal(rename.changes[uri].length, 3);
    const refs = await client.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: { line: 5, character: 5 }, context: { includeDeclaration: true } });
    assert.equal(refs.length, 3);
    const format = await client.request<{ newText: string; range: { start: { line: number } } }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(format.map((e) => [e.range.start.line, e.newText]), [[3, ' ']]);
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
  });

  it('publishes at most 1,000 diagnostics, the most severe first, and says how many more there are', async () => {
    const uri = 'file:///tmp/many-findings.policy';
    // 1,100 placeholders (errors) after 1,100 repeated paragraphs (information): the errors must all be shown.
    const paragraph = 'We keep the personal information you give us for as long as your account is open, and then delete it.';
    const body = Array.from({ length: 1100 }, () => paragraph).join('\n\n');
    const blanks = Array.from({ length: 1100 }, (_, i) => `Office ${i + 1}: [*]`).join('\n\n');
    const published = client.diagnostics(uri);
    await client.open(uri, `Example Privacy Policy\n\n1. Retention\n\n${body}\n\n2. Offices\n\n${blanks}\n`);
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1001);
    const more = diagnostics.find((d) => d.code === 'too-many-findings');
    assert.ok(more && /^\d+ more findings are not shown/.test(more.message), 'one message counts the rest');
    assert.ok(diagnostics.filter((d) => d.code !== 'too-many-findings').every((d) => d.severity === 1), 'errors come first');
    assert.ok(diagnostics.filter((d) => d.code === 'placeholder').length >= 990);
    const lines = diagnostics.filter((d) => d.code !== 'too-many-findings').map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'in document order');
  });

  it('offers "fix all" only when source actions are asked for', async () => {
    const uri = 'file:///tmp/fixall-privacy.policy';
    const filler = 'We keep data safe with encryption and access controls reviewed every year by independent auditors.';
    const text = ['This policy helps you understand the following:', '1. Collection of Information', '2. Protection of Information', '3. Your Rights Regarding Information',
      '1. Collection of Information', `We collect what you give us. ${filler} 2. Protection of Information We encrypt data. 3. Your Rights Regarding Information You may ask for a copy.`,
      'Contact Us', 'Email: privacy@example.com', 'Address: 1 Main Street, Springfield', 'Phone: +1 415 555 0100'].join('\n');
    await client.open(uri, text);
    const range = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };
    type Action = { title: string; kind: string; edit?: { changes: Record<string, { newText: string }[]> } };
    const onCursor = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    assert.ok(!onCursor.some((a) => a.kind === 'source.fixAll.privacyPolicy'));
    const onSave = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(onSave.length, 1);
    assert.equal(onSave[0].kind, 'source.fixAll.privacyPolicy');
    assert.ok(onSave[0].edit!.changes[uri].length >= 4, 'the inline headings are split onto their own lines');
  });

  it('answers requests about documents it never saw with empty results, not errors', async () => {
    const uri = 'file:///tmp/never-opened.policy';
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 99, character: 99 } }), null);
  });

  it('ignores Markdown files that are not policies, and analyses those that match privacyPolicy.files', async () => {
    const other = 'file:///tmp/README.md';
    await client.open(other, '# Readme\n## Install\n', 'markdown');
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: other } }), []);
    const policy = 'file:///tmp/docs/privacy.md';
    await client.open(policy, '# Privacy Policy\n## 1. Data\nWe collect it.\n', 'markdown');
    const symbols = flatten(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: policy } }));
    // Named by their words, without the # marks, as the editor's own Markdown outline names headings.
    assert.deepEqual(symbols.map((s) => s.name), ['Privacy Policy', '1. Data']);
  });
});
