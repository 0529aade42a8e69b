// `npm run bench`: how fast the analysis is, measured against baselines taken in the same run on the same inputs.
// Prints a table and writes bench/results.json. Inputs: bench/inputs.mjs (seed policies copied and renumbered).
//   node bench/run.mjs [--quick]      (--quick: smaller inputs and fewer runs, to try the script)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SIZES, makePolicy, sourcePolicies } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = (p) => require(join(root, 'out/server/src/core', p));
const { analyzePolicy } = core('analyze.js');
const { parsePolicy } = core('parse/index.js');
const { outline, foldingRanges } = core('features/outline.js');
const quick = process.argv.includes('--quick');
const sizes = quick ? SIZES.slice(0, 3) : SIZES;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
/**
 * Times several series, their runs interleaved (one run of each in turn), so that a slow spell of the machine
 * falls on all of them alike and the ratios between them hold on a noisy machine. Each series runs in a worker
 * thread of its own (bench/series.mjs: `kind` is full, outline, floor or peer, over the text of `file`), so that
 * no series pays for another's garbage: in one heap, the peer's garbage brought on full collections during our
 * runs, and a full collection that finds most of the old generation dead makes V8 drop the optimised code that
 * depends on its allocation sites, so the runs after it start half-optimised (3 MB took 97 ms that way, 71 ms
 * alone). Each series is warmed up in turn, then timed.
 */
async function measureInterleaved(series, size) {
  // 3 MB gets as many runs as the small sizes: its median moved by a third between runs of the benchmark with nine.
  const runs = quick ? 3 : size >= 1e7 ? 5 : 21;
  const workers = Object.entries(series).map(([name, { kind, file }]) => {
    const worker = new Worker(new URL('./series.mjs', import.meta.url), { workerData: { kind, file, quick } });
    // Each question listens for its answer or the worker's failure, and stops listening for either once one comes.
    const ask = (message) => new Promise((resolve, reject) => {
      const answered = (value) => { worker.off('error', failed); resolve(value); };
      const failed = (error) => { worker.off('message', answered); reject(error); };
      worker.once('message', answered);
      worker.once('error', failed);
      worker.postMessage(message);
    });
    return { name, worker, ask };
  });
  try {
    for (const w of workers) await w.ask('warm');
    const times = Object.fromEntries(workers.map((w) => [w.name, []]));
    for (let i = 0; i < runs; i++) for (const w of workers) times[w.name].push(await w.ask('run'));
    return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, stats(xs)]));
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

// ---- baselines -----------------------------------------------------------------------------------------------
/** The same policy with its headings written as Markdown (`#` per level), for the Markdown peer. */
function asMarkdown(text) {
  const doc = parsePolicy(text);
  const lines = text.split('\n');
  for (const s of doc.sections) if (!s.inline) lines[s.line] = `${'#'.repeat(Math.min(6, s.level))} ${lines[s.line].trim()}`;
  return lines.join('\n');
}

// ---- memory ------------------------------------------------------------------------------------------------
/**
 * The analysis core (analyzePolicy, outline, foldingRanges) bundled and minified as the server's bundle holds it,
 * into `dir`: the memory figures load it so. Loaded as the 53 modules tsc writes to out/, one by one, the loader's
 * own work grows the young generation and takes some 9 MB more at its peak, which the server, one bundle, never
 * spends (reported apart, as peakRssModulesMB).
 */
async function coreBundle(dir) {
  const esbuild = require('esbuild');
  const outfile = join(dir, 'core.js');
  const contents = "export { analyzePolicy } from './server/src/core/analyze'; export { outline, foldingRanges } from './server/src/core/features/outline';";
  await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-core.ts' }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, charset: 'utf8', outfile, logLevel: 'warning' });
  return outfile;
}

/**
 * Peak RSS of a fresh process that reads the file and analyses it once (MB), with the core bundled (`bundle`, see
 * coreBundle) and loaded from out/ module by module; and of one that only reads it.
 * Read from the process's own VmHWM where Linux gives it: its maxRSS (getrusage) keeps, across the fork and exec
 * that start it, the peak of this benchmark's process at the time, tens of MB more than the child's own at 3 MB.
 */
function peakRss(file, bundle) {
  const peak = `let k=process.resourceUsage().maxRSS;try{k=Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1]);}catch{}process.stdout.write(String(k))`;
  const outDir = JSON.stringify(join(root, 'out/server/src/core'));
  const load = { bundle: `const c=require(${JSON.stringify(bundle)}),o=c;`, modules: `const c=require(${outDir}+'/analyze.js');const o=require(${outDir}+'/features/outline.js');` };
  const script = (how) => `const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');${how ? `${load[how]}const a=c.analyzePolicy(t);o.outline(a.doc);o.foldingRanges(a.doc);` : ''}${peak}`;
  const run = (how) => Number(execFileSync(process.execPath, ['-e', script(how)], { encoding: 'utf8', maxBuffer: 1 << 20 })) / 1024;
  return { analysed: run('bundle'), modules: run('modules'), readOnly: run(undefined) };
}

// ---- protocol ----------------------------------------------------------------------------------------------
class Lsp {
  constructor() {
    this.child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.buf = Buffer.alloc(0);
    this.id = 1;
    this.pending = new Map();
    this.waiters = [];
    this.child.stdout.on('data', (d) => this.onData(d));
  }
  onData(d) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const h = this.buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const len = Number(/Content-Length: *(\d+)/i.exec(this.buf.slice(0, h).toString())[1]);
      if (this.buf.length < h + 4 + len) return;
      const msg = JSON.parse(this.buf.slice(h + 4, h + 4 + len).toString('utf8'));
      this.buf = this.buf.slice(h + 4 + len);
      if (msg.id !== undefined && msg.method) this.send({ id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
      else if (msg.id !== undefined) { this.pending.get(msg.id)?.(msg.result); this.pending.delete(msg.id); }
      else if (msg.method === 'textDocument/publishDiagnostics') this.waiters = this.waiters.filter((w) => !w(msg.params));
    }
  }
  send(msg) { const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg })); this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`); this.child.stdin.write(body); }
  request(method, params) { const id = this.id++; return new Promise((r) => { this.pending.set(id, r); this.send({ id, method, params }); }); }
  notify(method, params) { this.send({ method, params }); }
  diagnostics(uri, version) { return new Promise((r) => this.waiters.push((p) => (p.uri === uri && (version === undefined || p.version === version) ? (r(p), true) : false))); }
  initialize() { return this.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } }, workspace: { configuration: true } } }).then((r) => { this.notify('initialized', {}); return r; }); }
  async close() { await this.request('shutdown', null); this.notify('exit'); }
}

function lineCol(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function startupTimes() {
  const nodeStart = [];
  const serverStart = [];
  for (let i = 0; i < (quick ? 3 : 11); i++) {
    let t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    nodeStart.push(performance.now() - t);
    t = performance.now();
    const lsp = new Lsp();
    await lsp.initialize();
    serverStart.push(performance.now() - t);
    await lsp.close();
  }
  return { node: stats(nodeStart), server: stats(serverStart) };
}

/**
 * Edit → diagnostics latency: one-character edits spread through the document, each waited for. The first
 * `WARM_EDITS` edits (spread the same way) warm the server's compiled code up and are reported apart, as the
 * cold start of typing; p50 and p95 are over the `edits` that follow, as for every other figure "after warm-up".
 */
const WARM_EDITS = 30;
/** The server's resident memory now and at its peak, in MB, from /proc (Linux); null elsewhere. */
function serverMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]) / 1024;
    return { rssMB: mb('VmRSS'), peakMB: mb('VmHWM') };
  } catch {
    return null;
  }
}
async function editLatency(text, edits) {
  const lsp = new Lsp();
  await lsp.initialize();
  const uri = `file:///bench-${text.length}.policy`;
  const opened = lsp.diagnostics(uri);
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
  await opened;
  const symbolTimes = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); await lsp.request('textDocument/documentSymbol', { textDocument: { uri } }); symbolTimes.push(performance.now() - t); }
  const memoryOpened = serverMemory(lsp.child.pid);
  let diagnostics = 0;
  let current = text;
  let version = 1;
  const typeSpread = async (count) => {
    const latencies = [];
    for (let k = 0; k < count; k++) {
      // One character typed at a place spread through the document, at the end of a line.
      let at = Math.floor(((k + 0.5) / count) * current.length);
      at = current.indexOf('\n', at);
      if (at < 0) at = current.length;
      const pos = lineCol(current, at);
      const ch = k % 2 ? ' ' : 'x';
      current = current.slice(0, at) + ch + current.slice(at);
      version++;
      const published = lsp.diagnostics(uri, version);
      const t = performance.now();
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
      diagnostics = (await published).diagnostics.length;
      latencies.push(performance.now() - t);
    }
    return latencies;
  };
  const cold = await typeSpread(quick ? 5 : WARM_EDITS);
  const latencies = await typeSpread(edits);
  const memoryTyped = serverMemory(lsp.child.pid);
  await lsp.close();
  return {
    memory: memoryOpened && memoryTyped ? { openedMB: memoryOpened.rssMB, typedMB: memoryTyped.rssMB, peakMB: memoryTyped.peakMB } : null,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies), edits, diagnostics,
    cold: { edits: cold.length, p50: percentile(cold, 50), max: Math.max(...cold) },
    documentSymbol: stats(symbolTimes),
  };
}

// ---- bundles -------------------------------------------------------------------------------------------------
function bundleSizes() {
  // Built as `npm run package` builds them (scripts/build.mjs --production), into a directory of its own.
  const out = mkdtempSync(join(tmpdir(), 'pp-bench-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', `--outdir=${out}`], { cwd: root, stdio: 'inherit' });
  const sizes = { client: statSync(join(out, 'client.js')).size, server: statSync(join(out, 'language-server.js')).size };
  rmSync(out, { recursive: true, force: true });
  return sizes;
}

// ---- run -------------------------------------------------------------------------------------------------------
const { from, texts } = sourcePolicies();
const results = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, inputsFrom: from, sizes: [] };
const workDir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
const bundledCore = await coreBundle(workDir);
for (const [name, size] of sizes) {
  const text = makePolicy(size, texts);
  const file = join(workDir, `${name.replace(' ', '')}.txt`);
  writeFileSync(file, text);
  const markdownFile = join(workDir, `${name.replace(' ', '')}.md`);
  writeFileSync(markdownFile, asMarkdown(text));
  const mb = text.length / 1e6;
  const { full, outlineOnly, floorTime, peerTime } = await measureInterleaved({
    full: { kind: 'full', file }, outlineOnly: { kind: 'outline', file }, floorTime: { kind: 'floor', file }, peerTime: { kind: 'peer', file: markdownFile },
  }, size);
  const memory = peakRss(file, bundledCore);
  const row = {
    name, characters: text.length, utf16MB: (2 * text.length) / 1e6,
    full: { ...full, mbPerSecond: mb / (full.median / 1000) }, outline: outlineOnly,
    floor: floorTime, peerDocumentSymbols: peerTime,
    ratios: { fullOverFloor: full.median / floorTime.median, peerOverFull: peerTime.median / full.median },
    peakRssMB: memory.analysed, peakRssModulesMB: memory.modules, readOnlyRssMB: memory.readOnly, rssTargetMB: (4 * 2 * text.length) / 1e6 + 60,
  };
  results.sizes.push(row);
  console.error(`[bench] ${name}: full ${full.median.toFixed(1)} ms`);
}
const big = results.sizes.find((s) => s.name === '30 MB');
const three = results.sizes.find((s) => s.name === '3 MB');
// Linearity from its own interleaved runs of 3 MB and 30 MB: the two series above are timed at different moments,
// and a slow spell of the machine during one of them alone moved their ratio by half in earlier runs.
results.linearity = null;
if (big && three) {
  const file = (s) => join(workDir, `${s.name.replace(' ', '')}.txt`);
  const pair = await measureInterleaved({ three: { kind: 'full', file: file(three) }, thirty: { kind: 'full', file: file(big) } }, big.characters);
  results.linearity = pair.thirty.median / pair.three.median;
  results.linearityRuns = pair;
}
results.startup = await startupTimes();
results.edits = {};
for (const name of ['300 KB', '3 MB']) {
  const size = SIZES.find(([n]) => n === name)[1];
  results.edits[name] = await editLatency(makePolicy(size, texts), quick ? 20 : 200);
  console.error(`[bench] edits ${name}: p95 ${results.edits[name].p95.toFixed(1)} ms`);
}
const activation = join(root, 'bench', 'activation.json');
results.activationMs = existsSync(activation) ? JSON.parse(readFileSync(activation, 'utf8')).activationMs : null;
// Hostile inputs (test/unit/pathological.test.ts asserts only that they finish, linearly): their times, recorded here.
const paragraph = 'This paragraph is repeated many times so that the duplicate detector sees it again and again.\n\n';
const PATHOLOGICAL = [
  ['10 MB without a newline', () => 'We process personal information lawfully, fairly and transparently. '.repeat(Math.ceil(10e6 / 69))],
  ['100,000 headings', () => Array.from({ length: 100_000 }, (_, i) => `${(i % 999) + 1}. Heading ${i + 1}\nBody.`).join('\n')],
  ['numbering 1,000 deep', () => Array.from({ length: 1000 }, (_, i) => `${Array.from({ length: i + 1 }, () => '1').join('.')} Deep title`).join('\n')],
  ['1,000,000 "("', () => '('.repeat(1_000_000)],
  ['50,000 identical paragraphs', () => paragraph.repeat(50_000)],
  ['1 MB of binary', () => Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
  ['a table of contents of 6,000 entries', () => {
    // Distinct titles of three words; four entries in ten name no section.
    const WORDS = ['apple', 'bridge', 'canyon', 'delta', 'ember', 'forest', 'glacier', 'harbor', 'island', 'jungle', 'kettle', 'lantern', 'meadow', 'nectar', 'orchard', 'prairie', 'quarry', 'river', 'summit', 'tundra'];
    const words = (i) => `${WORDS[i % 20]} ${WORDS[Math.floor(i / 20) % 20]} ${WORDS[Math.floor(i / 400) % 20]}`.replace(/\b\w/g, (c) => c.toUpperCase());
    const entries = Array.from({ length: 6000 }, (_, i) => (i % 10 < 4 ? `Questions About ${words(i + 7000)}` : `Notes On ${words(i)}`));
    const sections = Array.from({ length: 6000 }, (_, i) => `${i % 10 < 4 ? `Remarks On ${words(i + 7000)}` : `Notes On ${words(i)}`}\nWe handle it with care.`);
    return `Privacy Policy\n\nTable of Contents\n${entries.join('\n')}\n\n${sections.join('\n\n')}\n`;
  }],
];
results.pathological = [];
for (const [name, make] of PATHOLOGICAL) {
  const text = make();
  const t = performance.now();
  const a = analyzePolicy(text);
  outline(a.doc);
  results.pathological.push({ name, characters: text.length, ms: performance.now() - t, findings: a.findings.length });
}
results.bundles = bundleSizes();
rmSync(workDir, { recursive: true, force: true });
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

// ---- report ------------------------------------------------------------------------------------------------------
const f1 = (x) => (x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines = [];
lines.push(`Inputs: the ${from}, copied and renumbered. Node ${process.version}, ${results.machine.cpus} cores. Times are medians (min–max) in ms.`);
lines.push('');
lines.push('| size | full analysis | MB/s | outline alone | split+regex floor | ×floor | Markdown peer symbols | peer÷ours | peak RSS MB (target) |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const s of results.sizes) {
  lines.push(`| ${s.name} | ${f1(s.full.median)} (${f1(s.full.min)}–${f1(s.full.max)}) | ${f1(s.full.mbPerSecond)} | ${f1(s.outline.median)} | ${f1(s.floor.median)} | ${f1(s.ratios.fullOverFloor)} | ${f1(s.peerDocumentSymbols.median)} | ${f1(s.ratios.peerOverFull)} | ${f1(s.peakRssMB)} (${f1(s.rssTargetMB)}) |`);
}
lines.push('');
lines.push(`Peak RSS: a fresh process reading the policy and analysing it once, the analysis bundled as the server holds it; loaded from out/ module by module instead: ${results.sizes.map((s) => `${s.name} ${f1(s.peakRssModulesMB)}`).join(', ')} MB. Reading the policy alone: ${results.sizes.map((s) => `${s.name} ${f1(s.readOnlyRssMB)}`).join(', ')} MB.`);
if (results.linearity) lines.push(`Linearity: 30 MB costs ${f1(results.linearity)}× 3 MB (target ≤ 12×; medians of interleaved runs: ${f1(results.linearityRuns.thirty.median)} and ${f1(results.linearityRuns.three.median)} ms).`);
lines.push(`Start-up: server answers initialize in ${f1(results.startup.server.median)} ms; \`node -e 0\` takes ${f1(results.startup.node.median)} ms (${f1(results.startup.server.median / results.startup.node.median)}×, target ≤ 1.5×).`);
for (const [name, e] of Object.entries(results.edits)) lines.push(`Edit → diagnostics over LSP, ${name}: p50 ${f1(e.p50)} ms, p95 ${f1(e.p95)} ms (${e.edits} edits after ${e.cold.edits} that warm the server up: those took p50 ${f1(e.cold.p50)} ms, max ${f1(e.cold.max)} ms; ${e.diagnostics} diagnostics published each time); documentSymbol ${f1(e.documentSymbol.median)} ms.${e.memory ? ` Server RSS ${f1(e.memory.openedMB)} MB with the document open, ${f1(e.memory.typedMB)} MB after the ${e.edits + e.cold.edits} edits (peak ${f1(e.memory.peakMB)} MB).` : ''}`);
lines.push(`Extension activation: ${results.activationMs === null ? 'not measured (run npm run test:e2e first)' : `${f1(results.activationMs)} ms (last end-to-end run)`}.`);
lines.push(`Hostile inputs (one run each): ${results.pathological.map((p) => `${p.name} ${f1(p.ms)} ms`).join('; ')}.`);
lines.push(`Bundles (minified): dist/client.js ${(results.bundles.client / 1024).toFixed(0)} KB, the server ${(results.bundles.server / 1024).toFixed(0)} KB (dist/language-server.js, started by the 1 KB dist/server.js; target ≤ 400 KB).`);
console.log(lines.join('\n'));
