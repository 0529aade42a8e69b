#!/usr/bin/env node
/**
 * Command line on the same core as the language server:
 *   privacy-policy outline FILE…   the section tree of each file
 *   privacy-policy check FILE…     findings, like a compiler (file:line:col severity code message)
 * Options: --json, --format markdown|plain. Exit code: 0 clean, 1 errors found, 2 usage or I/O error.
 */
import { readFileSync } from 'node:fs';
import { Analysis, analyzePolicy, severityAtLeast } from '../core/analyze';
import { outline, OutlineNode } from '../core/features/outline';
import type { PolicyFormat } from '../core/model';
import { formatForPath } from '../core/parse';
import { positionAt } from '../core/positions';
import { PolicySettings, defaultSettings } from '../core/settings';
import { CONFIG_FILE, readConfigFile } from '../config';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const USAGE = `usage: privacy-policy <outline|check> [--json] [--format plain|markdown] FILE...

  outline   print each file's section tree
  check     print findings (file:line:col severity code message); exit 1 if any error

options:
  --json              machine-readable output
  --format FORMAT     parse as plain text or markdown (default: from the file extension)
  -h, --help          this help`;

interface Options {
  command: string;
  json: boolean;
  format?: PolicyFormat;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') return USAGE;
  if (command !== 'outline' && command !== 'check') return `unknown command "${command}"\n\n${USAGE}`;
  const o: Options = { command, json: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') o.json = true;
    else if (a === '--format') {
      const f = rest[++i];
      if (f !== 'plain' && f !== 'markdown') return `--format must be plain or markdown, not "${f ?? ''}"`;
      o.format = f;
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('-')) return `unknown option "${a}"\n\n${USAGE}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return `no files given\n\n${USAGE}`;
  return o;
}

/** Settings from the nearest .privacypolicy.json in the file's folder or above it, as the editor uses them. */
function settingsFor(file: string, cache: Map<string, PolicySettings>): PolicySettings {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) {
      let s = cache.get(candidate);
      if (!s) {
        s = readConfigFile(candidate, (m) => process.stderr.write(`privacy-policy: ${m}\n`), () => undefined);
        cache.set(candidate, s);
      }
      return s;
    }
    if (dirname(dir) === dir) return defaultSettings();
  }
}

/** Reads a file as VS Code would show it: UTF-8, without a byte-order mark. */
export function readPolicyFile(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function printOutline(file: string, analysis: Analysis, json: boolean): unknown {
  const { lines } = analysis.doc;
  const nodes = outline(analysis.doc);
  const toJson = (n: OutlineNode): unknown => ({
    name: n.name,
    line: positionAt(lines, n.selectionStart).line + 1,
    column: positionAt(lines, n.selectionStart).character + 1,
    endLine: positionAt(lines, n.end).line + 1,
    children: n.children.map(toJson),
  });
  if (json) return { file, title: analysis.doc.title?.text ?? null, sections: nodes.map(toJson), tableOfContents: analysis.doc.tocs.map((t) => ({ startLine: t.startLine + 1, endLine: t.endLine + 1, entries: t.entries.length })) };
  const out: string[] = [`${file}`];
  if (analysis.doc.title) out.push(`  title: ${analysis.doc.title.text} (line ${analysis.doc.title.line + 1})`);
  for (const t of analysis.doc.tocs) out.push(`  table of contents: lines ${t.startLine + 1}-${t.endLine + 1} (${t.entries.length} entries)`);
  const walk = (n: OutlineNode, depth: number) => {
    const p = positionAt(lines, n.selectionStart);
    out.push(`${'  '.repeat(depth + 1)}${n.name}  [${p.line + 1}${p.character ? ':' + (p.character + 1) : ''}]`);
    for (const c of n.children) walk(c, depth + 1);
  };
  for (const n of nodes) walk(n, 0);
  if (nodes.length === 0) out.push('  (no sections found)');
  process.stdout.write(out.join('\n') + '\n');
  return undefined;
}

function printFindings(file: string, analysis: Analysis, json: boolean): unknown {
  const { lines } = analysis.doc;
  const rows = analysis.findings.filter((f) => f.severity !== 'off').map((f) => {
    const p = positionAt(lines, f.start);
    return { file, line: p.line + 1, column: p.character + 1, severity: f.severity, code: f.code, message: f.message };
  });
  if (json) return { file, findings: rows };
  for (const r of rows) process.stdout.write(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}\n`);
  return undefined;
}

export function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? process.stdout : process.stderr).write(options + '\n');
    return options === USAGE ? 0 : 2;
  }
  const results: unknown[] = [];
  let failed = false;
  let ioError = false;
  const configs = new Map<string, PolicySettings>();
  for (const file of options.files) {
    let text: string;
    try {
      text = readPolicyFile(file);
    } catch (e) {
      process.stderr.write(`privacy-policy: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      ioError = true;
      continue;
    }
    const analysis = analyzePolicy(text, { format: options.format ?? formatForPath(file), settings: settingsFor(file, configs) });
    const result = options.command === 'outline' ? printOutline(file, analysis, options.json) : printFindings(file, analysis, options.json);
    if (result) results.push(result);
    if (analysis.findings.some((f) => severityAtLeast(f.severity, 'error'))) failed = true;
  }
  if (options.json) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  if (ioError) return 2;
  return options.command === 'check' && failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
