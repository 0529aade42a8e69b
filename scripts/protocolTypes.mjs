// The names of vscode-languageserver-types that the code of vscode-languageserver and its protocol reads (see
// the protocol-types plugin in build.mjs): every `<module>_1.<Name>` in their compiled code whose name the types'
// package exports.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const NODE_MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));
const PACKAGES = ['vscode-languageserver', 'vscode-languageserver-protocol'];

async function jsFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsFiles(path)));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

export async function readTypeNames() {
  const exported = new Set(Object.keys(require('vscode-languageserver-types')));
  const read = new Set();
  for (const pkg of PACKAGES) {
    const lib = join(NODE_MODULES, pkg, 'lib');
    for (const file of await jsFiles(lib)) {
      for (const m of (await readFile(file, 'utf8')).matchAll(/\b\w+_1\.(\w+)/g)) if (exported.has(m[1])) read.add(m[1]);
    }
  }
  return [...read].sort();
}
