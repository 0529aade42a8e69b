// One timed series of the benchmark, in a worker thread of its own: its own heap and compiled code, so that the
// garbage of one series (the Markdown peer's, say) does not start collections that fall on another's runs, and a
// collection that finds most of the old generation dead does not throw away another series' optimised code.
// The main thread (bench/run.mjs) tells each worker in turn to warm up, then to run once, and gets the time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = (p) => require(join(root, 'out/server/src/core', p));

/** The physical floor: split into lines, one anchored regular expression per line, one hash of every line. */
function floor(text) {
  const lines = text.split('\n');
  const re = /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.、]?|[IVXLC]+\.|\(\w{1,3}\))\s*\S/;
  let headings = 0;
  let hash = 0;
  for (const line of lines) {
    if (re.test(line)) headings++;
    let h = 0x811c9dc5;
    for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 16777619);
    hash ^= h;
  }
  return headings + hash;
}

/** The peer: vscode-markdown-languageservice's document symbols, a new document every call (it caches by URI and version). */
function peer() {
  const md = require('vscode-markdown-languageservice');
  const MarkdownIt = require('markdown-it');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const it = MarkdownIt({ html: true });
  const none = () => ({ dispose() {} });
  const service = md.createLanguageService({
    workspace: {
      workspaceFolders: [], onDidChangeMarkdownDocument: none, onDidCreateMarkdownDocument: none, onDidDeleteMarkdownDocument: none,
      getAllMarkdownDocuments: async () => [], hasMarkdownDocument: () => false, openMarkdownDocument: async () => undefined,
      stat: async () => undefined, readDirectory: async () => [],
    },
    parser: { slugifier: md.githubSlugifier, tokenize: async (doc) => it.parse(doc.getText(), {}) },
    logger: { level: md.LogLevel.Off, log() {} },
  });
  const token = { isCancellationRequested: false, onCancellationRequested: none };
  let serial = 0;
  return (markdown) => { serial++; return service.getDocumentSymbols(TextDocument.create(`file:///bench-${serial}.md`, 'markdown', serial, markdown), {}, token); };
}

/** The function a series times, over the text of `file`. */
function seriesFunction(kind, file) {
  const text = readFileSync(file, 'utf8');
  const { outline, foldingRanges } = core('features/outline.js');
  switch (kind) {
    case 'full': { const { analyzePolicy } = core('analyze.js'); return () => { const a = analyzePolicy(text); outline(a.doc); foldingRanges(a.doc); }; }
    case 'outline': { const { parsePolicy } = core('parse/index.js'); return () => outline(parsePolicy(text)); }
    case 'floor': return () => floor(text);
    case 'peer': { const symbols = peer(); return () => symbols(text); }
    default: throw new Error(`unknown series ${kind}`);
  }
}

/**
 * Warm-up until the times settle: the optimising compiler needs some 200 runs of a small input before they do
 * (30 KB runs at 2.4 ms at first, 1.0 ms after 40 runs, 0.5 ms after 300), and a large input runs slowly until
 * the heap has grown to its working size (the first ten runs of 3 MB take 1.3–5× the later ones). At least
 * MIN_WARM_MS and six runs, then until the median of the last quarter of the runs is no more than 10% below that
 * of the quarter before; at most 20 seconds. The times fall in steps, not smoothly: the 300 KB analysis runs ten
 * at a time at 58, 34, 34, 17, 19, 12 and then 10–11 ms, so a second's warm-up (some 30 runs, two quarters on the
 * same step) stopped on the 34 ms step and left the timed runs to finish warming up (their median 17–23 ms
 * instead of 11).
 */
const MIN_WARM_MS = 3000;
async function warmUp(fn, quick) {
  const started = performance.now();
  const times = [];
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  for (;;) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    const elapsed = performance.now() - started;
    if (quick ? elapsed > 100 && times.length >= 2 : elapsed > 20000) return;
    const window = Math.max(3, times.length >> 2);
    if (elapsed >= MIN_WARM_MS && times.length >= 6 && median(times.slice(-window)) >= 0.9 * median(times.slice(-2 * window, -window))) return;
  }
}

if (parentPort) {
  const fn = seriesFunction(workerData.kind, workerData.file);
  parentPort.on('message', async (message) => {
    if (message === 'warm') { await warmUp(fn, workerData.quick); parentPort.postMessage(0); return; }
    const t = performance.now();
    await fn();
    parentPort.postMessage(performance.now() - t);
  });
}
