// The requests the language server never handles, left out of its bundle (see the shared-ts-helpers plugin in
// build.mjs, which applies this to the sources it loads). vscode-languageserver's connection defines a handler
// setter for every request of the protocol (`onCodeLens`, `onDocumentColor`, …), each reading the request's
// definition in vscode-languageserver-protocol (`CodeLensRequest`, …); both packages are CommonJS, whose exports a
// bundler keeps whatever reads them. The setters that neither the server's code nor the library's own calls are
// removed from the connection, then the definitions nothing reads any more from the protocol (found again after
// each removal: one definition may read another).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join('vscode-languageserver', 'lib', 'common', 'server.js');
const PROTOCOL = join('vscode-languageserver-protocol', 'lib', 'common', 'protocol.js');

/** A setter of the connection object, on one line or three: `onHover: (handler) => connection.onRequest(…`. */
const RE_SETTER = /^ {8}(on\w+): \(handler\) => connection\.on(?:Request|Notification)\([^\n]*\n(?: {12}[^\n]*\n {8}\}\),\n)?/gm;
/** A definition of the protocol's: `var HoverRequest;\n(function (HoverRequest) {…})(HoverRequest || (exports.…));`. */
const RE_DEFINITION = /^var (\w+);\n\(function \(\1\) \{\n[^]*?^\}\)\(\1 \|\| \(exports\.\1 = \1 = \{\}\)\);\n/gm;
/** The module's opening `exports.A = exports.B = … = void 0;` lines. */
const RE_EXPORTS_VOID = /^exports\.\w+ = (?:exports\.\w+ = )*void 0;$/gm;

async function sourcesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourcesUnder(path)));
    else if (/\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const reads = (text, name) => new RegExp(`\\b${name}\\b`).test(text);

/**
 * The trimmed source of each module trimmed, by its path's end; none when the sources are not written as expected
 * (another version of the packages), so that they are bundled as they are.
 */
export async function withoutUnusedRequests() {
  const modules = join(ROOT, 'node_modules');
  const serverSource = await readFile(join(modules, SERVER), 'utf8');
  const protocolSource = await readFile(join(modules, PROTOCOL), 'utf8');
  const setters = [...serverSource.matchAll(RE_SETTER)];
  const definitions = [...protocolSource.matchAll(RE_DEFINITION)];
  if (setters.length < 20 || definitions.length < 20) return new Map();
  // What calls the setters and reads the definitions: the server's code, the libraries' other modules.
  const others = [];
  for (const file of await sourcesUnder(join(ROOT, 'server', 'src'))) others.push(await readFile(file, 'utf8'));
  for (const pkg of ['vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc']) {
    for (const file of await sourcesUnder(join(modules, pkg, 'lib'))) {
      if (!file.endsWith(SERVER) && !file.endsWith(PROTOCOL)) others.push(await readFile(file, 'utf8'));
    }
  }
  const elsewhere = others.join('\n');
  const unusedSetters = new Set(setters.filter((m) => !reads(elsewhere, m[1])).map((m) => m[1]));
  const server = serverSource.replace(RE_SETTER, (text, name) => (unusedSetters.has(name) ? '' : text));
  // A definition is kept while anything else reads it, the protocol's other definitions included.
  const unused = new Set();
  for (let changed = true; changed;) {
    changed = false;
    const kept = protocolSource.replace(RE_DEFINITION, (text, name) => (unused.has(name) ? '' : text)).replace(RE_EXPORTS_VOID, '');
    for (const [text, name] of definitions) {
      if (unused.has(name)) continue;
      const rest = kept.replace(text, '');
      if (!reads(elsewhere, name) && !reads(server, name) && !reads(rest, name)) { unused.add(name); changed = true; }
    }
  }
  const protocol = protocolSource
    .replace(RE_DEFINITION, (text, name) => (unused.has(name) ? '' : text))
    .replace(RE_EXPORTS_VOID, (line) => line.split(' = ').filter((part) => !unused.has(part.replace(/^exports\./, ''))).join(' = '));
  return new Map([[SERVER, server], [PROTOCOL, protocol]]);
}
