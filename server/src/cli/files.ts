/** Expands the command line's FILES and GLOBS into file paths (no shell needed, the same on every platform). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out', 'build', '.vscode-test']);

function walk(dir: string, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (e.isDirectory()) { if (!SKIP.has(e.name)) walk(join(dir, e.name), out); }
    else if (e.isFile()) out.push(join(dir, e.name));
  }
}

export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

/**
 * Each argument is a file, a folder (its policies, by `defaults`), or a glob. Returns paths in a stable order,
 * and the arguments that matched nothing.
 */
export function expandFiles(args: readonly string[], defaults: readonly string[], cwd: string): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => { if (!seen.has(p)) { seen.add(p); files.push(p); } };
  // Paths are matched as written: relative to the working folder, or absolute when the argument is.
  const globMatch = (base: string, patterns: readonly string[]) => {
    const found: string[] = [];
    walk(resolve(cwd, base), found);
    const match = picomatch(patterns as string[], { dot: false });
    const absolute = isAbsolute(base);
    return found.map((f) => toSlashes(absolute ? f : relative(cwd, f))).filter((f) => match(f) || match(f.replace(/^(\.\.\/)+/, ''))).sort();
  };
  for (const arg of args) {
    if (isGlob(arg)) {
      const { base } = picomatch.scan(arg);
      const matches = globMatch(base || '.', [arg.replace(/^\.\//, '')]);
      if (matches.length === 0) unmatched.push(arg);
      matches.forEach(add);
    } else if (existsSync(resolve(cwd, arg)) && statSync(resolve(cwd, arg)).isDirectory()) {
      const folder = toSlashes(arg).replace(/\/$/, '');
      const matches = globMatch(arg, defaults.map((d) => `${folder}/${d.replace(/^\*\*\//, '**/')}`));
      if (matches.length === 0) unmatched.push(arg);
      matches.forEach(add);
    } else add(arg);
  }
  return { files, unmatched };
}

/** A path with forward slashes, as glob patterns write it. */
function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
