#!/usr/bin/env node
// A stand-in for the VS Code executable that runs extension tests in a real VS Code, headless and offline:
// VS Code's own server (from the npm package code-server) hosts the extension in a Node extension host, and
// Debian's Chromium, driven by playwright-core, is the window. It accepts VS Code's command-line arguments, so
// @vscode/test-electron's runTests({ vscodeExecutablePath }) can start it like a downloaded VS Code.
//
//   vscode-headless.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--extensions-dir=DIR] [FOLDER]
//
// Environment: PP_VSCODE_SERVER_MAIN (server-main.js; default: the cached install), CHROME_PATH (/usr/bin/chromium),
// PP_E2E_TIMEOUT (seconds, 300), PP_E2E_SCREENSHOT_DIR (tests drop NAME.request there; a NAME.png is taken),
// PP_E2E_VERBOSE=1. Exit code: what VS Code reports (0 when every test passed).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './install-code-server.mjs';

const args = {};
const positional = [];
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m) args[m[1]] = m[2];
  else if (!a.startsWith('--')) positional.push(a);
}
if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
  console.error('usage: vscode-headless.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  process.exit(64);
}
const devPath = resolve(args.extensionDevelopmentPath);
let testsPath = resolve(args.extensionTestsPath);
if (!existsSync(testsPath) && existsSync(testsPath + '.js')) testsPath += '.js';
const folder = resolve(positional[0] ?? devPath);
const verbose = !!process.env.PP_E2E_VERBOSE;
const timeout = Number(process.env.PP_E2E_TIMEOUT || 300) * 1000;
const serverMain = process.env.PP_VSCODE_SERVER_MAIN || ensureCodeServer();
const work = mkdtempSync(join(tmpdir(), 'pp-vscode-'));
let server;
let browser;

function cleanup() {
  try { if (server && server.exitCode === null) process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
  try { rmSync(work, { recursive: true, force: true }); } catch { /* best effort */ }
}
async function finish(code) {
  if (browser) await browser.close().catch(() => undefined);
  cleanup();
  process.exit(code);
}
process.on('SIGINT', () => void finish(130));
process.on('SIGTERM', () => void finish(143));

function startServer() {
  const data = join(work, 'server');
  mkdirSync(join(data, 'data', 'User'), { recursive: true });
  writeFileSync(join(data, 'data', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false, 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
  }));
  const serverArgs = [serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
    // Without the smoke-test driver a built workbench ignores the extension-test payload in its URL.
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', '--server-data-dir', data];
  if (args['extensions-dir']) {
    // @vscode/test-electron passes its own (possibly missing) folder; the server needs it to exist.
    mkdirSync(resolve(args['extensions-dir']), { recursive: true });
    serverArgs.push('--extensions-dir', resolve(args['extensions-dir']));
  }
  return new Promise((resolvePort, reject) => {
    server = spawn(process.env.PP_VSCODE_SERVER_NODE || process.execPath, serverArgs, {
      detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: work },
    });
    let out = '';
    const onData = (d) => {
      const s = d.toString();
      if (verbose) process.stderr.write(`[server] ${s}`);
      out += s;
      const m = /Extension host agent listening on (\d+)|HTTP server listening on http:\/\/[^\s:]+:(\d+)/.exec(out);
      if (m) resolvePort(Number(m[1] || m[2]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`VS Code server exited (${c}) before listening:\n${out.slice(-2000)}`)));
  });
}

/** Tests ask for pictures by dropping NAME.request in the screenshot folder; the page is photographed as NAME.png. */
function serveScreenshots(page) {
  const dir = process.env.PP_E2E_SCREENSHOT_DIR;
  if (!dir) return () => undefined;
  mkdirSync(dir, { recursive: true });
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.request'))) {
        const name = f.slice(0, -'.request'.length);
        await page.screenshot({ path: join(dir, `${name}.png`) });
        unlinkSync(join(dir, f));
      }
    } catch (e) {
      console.error('[vscode-headless] screenshot failed:', e.message);
    } finally {
      busy = false;
    }
  }, 100);
  return () => clearInterval(timer);
}

try {
  const started = Date.now();
  const port = await startServer();
  const origin = `http://127.0.0.1:${port}`;
  // The remote authority differs between versions: read it from the workbench page.
  const html = await (await fetch(`${origin}/?folder=${encodeURIComponent(folder)}`)).text();
  const config = /id="vscode-workbench-web-configuration"\s+data-settings="([^"]*)"/.exec(html);
  const decode = (t) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const authority = (config && JSON.parse(decode(config[1])).remoteAuthority) || `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  let done;
  const exitCode = new Promise((r) => { done = r; });
  await page.exposeFunction('codeAutomationLog', (type, a) => (console[type] || console.log)(...(Array.isArray(a) ? a : [a])));
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  page.on('pageerror', (e) => { if (verbose) console.error('[page error]', e.message); });
  page.on('crash', () => done(3));
  server.on('exit', (c) => { console.error(`[vscode-headless] VS Code server exited (${c}) during the run`); done(6); });
  const stopScreenshots = serveScreenshots(page);
  const timer = setTimeout(() => { console.error(`[vscode-headless] no result after ${timeout / 1000} s`); done(4); }, timeout);
  await page.goto(`${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await exitCode;
  clearTimeout(timer);
  stopScreenshots();
  console.error(`[vscode-headless] VS Code reported exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await finish(code);
} catch (e) {
  console.error('[vscode-headless]', e instanceof Error ? e.message : e);
  await finish(5);
}
