// `npm run bench:instructions`: the work of the full analysis counted in processor instructions, which, unlike
// times on a shared machine, do not drift from one minute to the next: a change's cost can be read to a per cent.
// Runs the analysis of the benchmark's 300 KB policy FEW and MANY times in `node --single-threaded --predictable`
// under valgrind's callgrind (no cache simulation), both at once, and prints the instructions of MANY analyses
// (start-up and compilation included, on the main thread there) and per analysis after the first FEW (the
// difference, divided; the optimising compiler's work in those runs included). The same code counted twice agrees
// to about 0.001%. Needs valgrind (`apt-get install valgrind`); takes a minute or two.
//   node bench/instructions.mjs [--size BYTES | --file POLICY]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePolicy, sourcePolicies } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FEW = 4;
const MANY = 16;
const sizeArg = process.argv.indexOf('--size');
const size = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 300e3;

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind).');
  process.exit(2);
}

const fileArg = process.argv.indexOf('--file');
const dir = mkdtempSync(join(tmpdir(), 'policy-instructions-'));
let file = join(dir, 'policy.txt');
let from;
if (fileArg > 0) {
  file = process.argv[fileArg + 1];
  from = file;
} else {
  const source = sourcePolicies();
  from = `the ${source.from}`;
  writeFileSync(file, makePolicy(size, source.texts));
}

/** The instructions valgrind counts for `runs` analyses of the policy in a fresh, deterministic node. */
function instructions(runs) {
  const script = `const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');`
    + `const c=require(${JSON.stringify(join(root, 'out/server/src/core/analyze.js'))});for(let i=0;i<${runs};i++)c.analyzePolicy(t);`;
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable', '--hash-seed=1', '-e', script];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (d) => { log += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /Collected : (\d+)/.exec(log);
      if (code === 0 && m) resolve(Number(m[1]));
      else reject(new Error(`valgrind exited with ${code}: ${log.slice(-500)}`));
    });
  });
}

try {
  const [few, many] = await Promise.all([instructions(FEW), instructions(MANY)]);
  const perAnalysis = (many - few) / (MANY - FEW);
  const billions = (n) => (n / 1e9).toFixed(3);
  console.log(`Input: ${fileArg > 0 ? from : `${Math.round(size / 1e3)} KB made from ${from}`}. Node ${process.version}, --single-threaded --predictable.`);
  console.log(`${MANY} analyses: ${billions(many)} billion instructions (${FEW}: ${billions(few)}); analyses ${FEW + 1}–${MANY}: ${(perAnalysis / 1e6).toFixed(1)} million each, compiling included.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
