// `npm start`: opens the sample policies in VS Code with this extension when `code` is on PATH;
// otherwise prints their outlines and findings with the command-line checker.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');
const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CI && !process.argv.includes('--print')) {
  console.log('Opening the samples in VS Code with the extension under development…');
  spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit' });
} else {
  const files = readdirSync(samples).filter((f) => !f.startsWith('.')).sort().map((f) => join(samples, f));
  console.log('VS Code (`code`) is not on PATH: here is what the extension sees in the samples.\n');
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'outline', ...files], { stdio: 'inherit' });
  console.log('');
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', ...files], { stdio: 'inherit' });
}
