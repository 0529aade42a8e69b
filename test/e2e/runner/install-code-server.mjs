// Installs VS Code's server (bundled in the npm package code-server) once, in a cache outside the checkout, so
// the end-to-end tests can run a real VS Code offline. Prints the path of server-main.js.
//   node test/e2e/runner/install-code-server.mjs            (cache: $PP_E2E_CACHE or ~/.cache/privacy-policy-e2e)
// Needs Debian's ripgrep (seeded into @vscode/ripgrep's download cache: its postinstall would download rg) and
// the headers for code-server's native modules (libkrb5-dev and a C++ toolchain); .ci/run installs them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = process.env.PP_CODE_SERVER_VERSION || '4.100.3'; // VS Code 1.100.3, runs on Node 20
export const cacheDir = process.env.PP_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'privacy-policy-e2e');

export function serverMainPath() {
  return join(cacheDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules/code-server/lib/vscode/out/server-main.js');
}

export function ensureCodeServer(log = (m) => console.error(m)) {
  const dir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const ok = join(dir, '.installed');
  if (existsSync(ok) && existsSync(serverMainPath())) return serverMainPath();
  log(`[e2e] installing code-server@${CODE_SERVER_VERSION} into ${dir} (once; about two minutes)`);
  rmSync(dir, { recursive: true, force: true });
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (!rg) throw new Error('ripgrep (rg) is needed to install code-server offline: apt-get install ripgrep');
  // @vscode/ripgrep 1.15.x looks for its download in $TMPDIR/vscode-ripgrep-cache-<version>/ before fetching it.
  for (const v of ['1.15.11', '1.15.10', '1.15.9']) {
    const seed = join(tmp, `vscode-ripgrep-cache-${v}`);
    mkdirSync(join(seed, 'bin'), { recursive: true });
    copyFileSync(rg, join(seed, 'bin', 'rg'));
    execFileSync('tar', ['czf', join(seed, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', join(seed, 'bin'), 'rg']);
  }
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  if (existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`installing code-server failed:\n${String(e.stdout ?? '').slice(-3000)}\n${String(e.stderr ?? '').slice(-3000)}`);
  }
  if (!existsSync(serverMainPath())) throw new Error(`code-server installed, but ${serverMainPath()} is missing`);
  writeFileSync(ok, new Date().toISOString() + '\n');
  return serverMainPath();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureCodeServer());
