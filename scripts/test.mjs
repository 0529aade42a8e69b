// `npm test` (after `pretest` has type-checked and built): unit and protocol tests with node:test, then the
// end-to-end tests in VS Code; prints one closing count for all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tap = join(root, 'out', 'node-test.tap');
mkdirSync(dirname(tap), { recursive: true });
const unit = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'out/test/unit/', 'out/test/protocol/'], { cwd: root, stdio: 'inherit' });
const count = (name) => Number((existsSync(tap) ? readFileSync(tap, 'utf8') : '').match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
let passed = count('pass');
let failed = count('fail') + (unit.status !== 0 && count('fail') === 0 ? 1 : 0);
const skipped = count('skipped');

let e2eOut = '';
if (!process.argv.includes('--no-e2e')) {
  const e2e = spawnSync(process.execPath, ['test/e2e/run.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  e2eOut = e2e.stdout ?? '';
  process.stdout.write(e2eOut);
  const m = /^(\d+) passed, (\d+) failed$/m.exec(e2eOut.split('\n').filter(Boolean).slice(-1)[0] ?? '');
  passed += m ? Number(m[1]) : 0;
  failed += m ? Number(m[2]) : 0;
  if (e2e.status !== 0 && (!m || Number(m[2]) === 0)) failed += 1;
}
console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
