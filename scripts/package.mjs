// `npm run package`: a production build (minified, no source maps) and a .vsix in build/, with its size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'build', `${name}-${version}.vsix`);
const LIMIT = 1024 * 1024;

rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
mkdirSync(join(root, 'build'), { recursive: true });
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: root, stdio: 'inherit' });
for (const f of ['client.js', 'server.js', 'language-server.js', 'cli.js']) console.log(`dist/${f}: ${(statSync(join(root, 'dist', f)).size / 1024).toFixed(1)} KB`);
const size = statSync(out).size;
console.log(`${out.slice(root.length + 1)}: ${(size / 1024).toFixed(1)} KB`);
if (size > LIMIT) {
  console.error(`the VSIX is larger than ${LIMIT / 1024} KB`);
  process.exit(1);
}
