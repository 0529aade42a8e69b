/**
 * What the server's modules may import: the invariants ARCHITECTURE.md states, read from the sources.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '../../..');
const SERVER = join(ROOT, 'server/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every import of a module: its specifier, whether it imports types only, and the names it imports by value. */
function importsOf(file: string): { from: string; names: string[] }[] {
  const out: { from: string; names: string[] }[] = [];
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const braces = /\{([^}]*)\}/.exec(m[2]);
    const names = m[1] || !braces ? [] : braces[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0]);
    out.push({ from: m[3], names });
  }
  return out;
}

describe('imports', () => {
  it('the core imports no editor, no LSP connection and no file system: text in, values out', () => {
    const core = sources(join(SERVER, 'core'));
    assert.ok(core.length > 20);
    for (const file of core) {
      for (const { from } of importsOf(file)) {
        assert.ok(!/^(?:vscode|vscode-languageserver.*|(?:node:)?fs(?:\/promises)?)$/.test(from), `${relative(ROOT, file)} imports ${from}`);
      }
    }
  });

  it('the server imports LSP\'s data types by value from their own package, not through vscode-languageserver', () => {
    // The bundle gives vscode-languageserver only the data types its own code reads (scripts/build.mjs): another one
    // imported through it would be undefined in the bundle, though defined in the tests' build.
    const dataTypes = new Set(Object.keys(require('vscode-languageserver-types') as object));
    let read = 0;
    for (const file of sources(SERVER)) {
      for (const { from, names } of importsOf(file)) {
        if (!/^vscode-languageserver(?:\/node)?$|^vscode-languageserver-protocol$/.test(from)) continue;
        read++;
        const through = names.filter((n) => dataTypes.has(n));
        assert.deepEqual(through, [], `${relative(ROOT, file)} imports ${through.join(', ')} from ${from}: import them from 'vscode-languageserver-types'`);
      }
    }
    assert.ok(read > 0);
  });

  it('the server names no property of its own with a leading underscore, which its bundle renames (scripts/build.mjs)', () => {
    // A property so named, read by code outside the bundle or sent as JSON, would be renamed on one side only.
    for (const file of sources(SERVER)) {
      const text = readFileSync(file, 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, '');
      const named = /\._[A-Za-z]|(?:^|[{,]\s*)['"]?_[A-Za-z]\w*['"]?\s*:|\[['"]_[A-Za-z]/m.exec(text);
      assert.equal(named, null, `${relative(ROOT, file)}: ${named?.[0]}`);
    }
  });

  it('the server bundle holds one copy of the module helpers its dependencies each carry (scripts/build.mjs)', () => {
    // (The build `npm test` runs first writes dist/; its copy of `__createBinding` tests `k2` twice.)
    const bundle = readFileSync(join(ROOT, 'dist/language-server.js'), 'utf8');
    assert.equal(bundle.match(/if \(k2 === (?:void 0|undefined)\) k2 = k;/g)?.length, 2);
    assert.match(bundle, /require_shared_ts_helpers\(\)/);
  });

  it('the server bundle keeps the connection\'s handler setters the server calls and leaves out the others (scripts/unusedRequests.mjs)', () => {
    const bundle = readFileSync(join(ROOT, 'dist/language-server.js'), 'utf8');
    const server = readFileSync(join(ROOT, 'server/src/server.ts'), 'utf8');
    const setters = readFileSync(join(ROOT, 'node_modules/vscode-languageserver/lib/common/server.js'), 'utf8');
    const called = [...new Set([...server.matchAll(/\bconnection\.(on[A-Z]\w+)\(/g)].map((m) => m[1]))].filter((name) => setters.includes(`${name}: (handler) =>`));
    assert.ok(called.includes('onHover') && called.includes('onCodeAction'), called.join(' '));
    for (const name of called) assert.match(bundle, new RegExp(`\\b${name}: \\(handler\\) =>`), name);
    // None of the requests no code handles: their setters, and the protocol's definitions only those read.
    for (const name of ['onCodeLens', 'onDocumentColor', 'onSignatureHelp', 'CodeLensRequest', 'SignatureHelpRequest']) assert.doesNotMatch(bundle, new RegExp(`\\b${name}\\b`), name);
  });
});
