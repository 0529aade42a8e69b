// End-to-end tests in a real VS Code, twice: with the extension from this tree, then installed from its VSIX.
//   node test/e2e/run.mjs
// VSCODE_E2E=download uses a VS Code downloaded by @vscode/test-electron (where the network allows);
// otherwise VS Code 1.100's server runs locally in headless Chromium (test/e2e/runner/vscode-headless.mjs).
// PP_E2E_ONLY=dev|vsix runs one of the two; PP_E2E_UPDATE_IMAGES=1 refreshes the README's screenshots in
// docs/images (otherwise they go to build/e2e-screenshots). Prints "N passed, N failed" last.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ensureCodeServer } from './runner/install-code-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const download = process.env.VSCODE_E2E === 'download';
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const SEEDS = join(root, '../shared/corpus/seeds');

if (!download && !existsSync(chrome)) {
  console.log(`end-to-end tests skipped: no Chromium at ${chrome} (apt-get install chromium, or set VSCODE_E2E=download)`);
  console.log('0 passed, 0 failed');
  process.exit(process.env.CI ? 1 : 0);
}

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.e2e.json']);
const serverMain = download ? undefined : ensureCodeServer();

/** A workspace with the samples, the seed policies when they are beside the project, and a configuration. */
function makeWorkspace() {
  const ws = mkdtempSync(join(tmpdir(), 'pp-e2e-ws-'));
  for (const f of readdirSync(join(root, 'samples'))) copyFileSync(join(root, 'samples', f), join(ws, f));
  copyFileSync(join(root, 'test/e2e/fixtures/data-notice.txt'), join(ws, 'data-notice.txt'));
  copyFileSync(join(root, 'test/e2e/fixtures/notes.txt'), join(ws, 'notes.txt'));
  writeFileSync(join(ws, '.privacypolicy.json'), JSON.stringify({ facts: { email: 'privacy@acme.example', company: 'Acme Cloud Inc.' } }, null, 2));
  // The seed policies (texts only: the tests read the gold files where they are).
  if (existsSync(SEEDS)) {
    mkdirSync(join(ws, 'seeds'));
    for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(ws, 'seeds', f));
  }
  return ws;
}

async function suite(mode) {
  const ws = makeWorkspace();
  const results = join(ws, '..', `${ws.split('/').pop()}-results.json`);
  const env = { PP_E2E_RESULTS: results, PP_E2E_MODE: mode, PP_E2E_REPO: root, PP_E2E_GOLD: SEEDS, PP_E2E_GREP: process.env.PP_E2E_GREP ?? '' };
  if (mode === 'dev') {
    // The README's pictures are refreshed on request (or when missing); otherwise the run's pictures go to build/.
    const images = join(root, 'docs/images');
    const refresh = process.env.PP_E2E_UPDATE_IMAGES === '1' || !existsSync(join(images, 'quick-fix-menu.png'));
    env.PP_E2E_SCREENSHOT_DIR = refresh ? images : join(root, 'build/e2e-screenshots');
    env.PP_E2E_METRICS = join(root, 'bench/activation.json');
  }
  const launchArgs = [ws];
  let extensionDevelopmentPath = root;
  let extensionsDir;
  if (mode === 'vsix') {
    run(process.execPath, ['scripts/package.mjs']);
    const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const vsix = join(root, 'build', `${name}-${version}.vsix`);
    extensionsDir = mkdtempSync(join(tmpdir(), 'pp-e2e-ext-'));
    if (download) launchArgs.push(`--extensions-dir=${extensionsDir}`);
    else {
      execFileSync(process.execPath, [serverMain, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], { stdio: 'inherit' });
      launchArgs.push(`--extensions-dir=${extensionsDir}`);
    }
    extensionDevelopmentPath = join(root, 'test/e2e/host');
  }
  console.log(`\n[e2e] ${mode === 'vsix' ? 'installed VSIX' : 'development tree'} in ${download ? 'a downloaded VS Code' : 'VS Code 1.100 (local server, headless Chromium)'}`);
  let code = 0;
  try {
    await runTests({
      ...(download ? { version: '1.100.3' } : { vscodeExecutablePath: join(root, 'test/e2e/runner/vscode-headless.mjs') }),
      extensionDevelopmentPath,
      extensionTestsPath: join(root, 'out/test/e2e/suite/index'),
      launchArgs,
      extensionTestsEnv: { ...env, ...(serverMain ? { PP_VSCODE_SERVER_MAIN: serverMain } : {}) },
    });
  } catch (e) {
    code = 1;
    console.error(`[e2e] ${mode}: ${e instanceof Error ? e.message : e}`);
  }
  let counts = { passed: 0, failed: code ? 1 : 0, failures: [] };
  if (existsSync(results)) counts = JSON.parse(readFileSync(results, 'utf8'));
  rmSync(ws, { recursive: true, force: true });
  rmSync(results, { force: true });
  if (extensionsDir) rmSync(extensionsDir, { recursive: true, force: true });
  for (const f of counts.failures ?? []) console.error(`[e2e] ${mode} failed: ${f}`);
  return counts;
}

const modes = process.env.PP_E2E_ONLY ? [process.env.PP_E2E_ONLY] : ['dev', 'vsix'];
let passed = 0;
let failed = 0;
for (const mode of modes) {
  const r = await suite(mode);
  passed += r.passed;
  failed += r.failed;
  console.log(`[e2e] ${mode}: ${r.passed} passed, ${r.failed} failed`);
}
// The VSIX run leaves a production build in dist/: rebuild the development one.
if (modes.includes('vsix')) run(process.execPath, ['scripts/build.mjs']);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
