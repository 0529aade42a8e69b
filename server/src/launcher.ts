/**
 * dist/server.js: starts the language server bundled in dist/language-server.js.
 *
 * Compiling that bundle is most of the server's start-up time, so its compiled code is kept in a V8 code cache
 * beside it (one file per V8 version) and reused on the next start. The cache is written shortly after start,
 * when the start-up code has run. A missing, stale or corrupt cache only costs the compile:
 * V8 checks it against the source and its own version, and the launcher then compiles as usual and writes a new
 * one. Where the folder is read-only the server simply runs without a cache.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'language-server.js');
const cacheFile = join(__dirname, `language-server.${process.arch}.${process.versions.v8}.cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(script: Script): void {
  try {
    // Written whole and then renamed, so a server starting meanwhile never reads half a file.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only installation: start-up stays correct, only slower.
  }
}

const cachedData = readCache();
const source = readFileSync(bundle, 'utf8');
// The CommonJS wrapper, as Node adds it, so the bundle sees its own require, module and file names.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const module_ = { exports: {} as { main?: () => void } };
script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));
module_.exports.main!();
if (cachedData === undefined || script.cachedDataRejected) {
  // Written once, a second after start (or at exit, if that comes first): by then the start-up code has run, and
  // it is still compiled (V8 drops the bytecode of functions unused for long, so a cache made after hours of
  // editing would lack exactly the start-up code).
  let written = false;
  const writeOnce = () => { if (!written) { written = true; writeCache(script); } };
  setTimeout(writeOnce, 1000).unref();
  process.once('exit', writeOnce);
}
