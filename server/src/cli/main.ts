#!/usr/bin/env node
/**
 * The command line, on the same core and rules as the language server, so CI and the editor agree.
 *   privacy-policy outline FILE…            the section tree of each file
 *   privacy-policy check [FILES|GLOBS…]     findings; text, json, sarif or junit
 * Exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { Analysis, analyzePolicy, applyEdits, fixAll, severityAtLeast } from '../core/analyze';
import { OutlineNode, outline } from '../core/features/outline';
import type { PolicyFormat } from '../core/model';
import { formatForPath } from '../core/parse';
import { positionAt } from '../core/positions';
import { SEVERITIES, Severity } from '../core/rules/types';
import { PolicySettings, defaultSettings } from '../core/settings';
import { CONFIG_FILE, readConfigFile } from '../config';
import { expandFiles, isGlob } from './files';
import { CheckedFile, ReportedFinding, TOOL_VERSION, formatJson, formatJunit, formatSarif, formatText } from './formats';

const USAGE = `usage: privacy-policy outline [--json] FILE...
       privacy-policy check [options] [FILES|FOLDERS|GLOBS...]

check options:
  --format FORMAT     text (default), json, sarif or junit
  --json              same as --format json
  -o, --output FILE   write the report to FILE instead of standard output
  --fail-on LEVEL     exit 1 when a finding is at or above LEVEL: error (default), warning, info, hint, never
  --fix               apply the safe fixes in place
  --dry-run           with --fix: show the changes as a diff, write nothing
  --config FILE       use this ${CONFIG_FILE} (default: the nearest one above each file)
  --no-progress       no progress line on a terminal
common options:
  --markdown, --plain parse every file as Markdown or as plain text (default: by extension)
  -h, --help          this help
  -v, --version       the version

Without FILES, check reads the "files" globs of ${CONFIG_FILE} (default **/*privacy*.md, **/*privacy*.txt).
Exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.`;

type OutputFormat = 'text' | 'json' | 'sarif' | 'junit';

interface Options {
  command: 'outline' | 'check';
  format: OutputFormat;
  output?: string;
  failOn: Severity | 'never';
  fix: boolean;
  dryRun: boolean;
  config?: string;
  progress: boolean;
  parseAs?: PolicyFormat;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'outline' && command !== 'check') throw new UsageError(`unknown command "${command}"`);
  const o: Options = { command, format: 'text', failOn: 'error', fix: false, dryRun: false, progress: true, files: [] };
  const value = (i: number, name: string) => {
    const v = rest[i];
    if (v === undefined || v.startsWith('-')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    switch (a) {
      case '--json': o.format = 'json'; break;
      case '--format': {
        const f = value(++i, '--format');
        if (!['text', 'json', 'sarif', 'junit'].includes(f)) throw new UsageError(`--format must be text, json, sarif or junit, not "${f}"`);
        o.format = f as OutputFormat;
        break;
      }
      case '-o': case '--output': o.output = value(++i, a); break;
      case '--fail-on': {
        const f = value(++i, '--fail-on');
        if (f !== 'never' && !(SEVERITIES as readonly string[]).includes(f)) throw new UsageError(`--fail-on must be error, warning, info, hint or never, not "${f}"`);
        o.failOn = f as Severity | 'never';
        break;
      }
      case '--fix': o.fix = true; break;
      case '--dry-run': o.dryRun = true; break;
      case '--config': o.config = value(++i, '--config'); break;
      case '--no-progress': o.progress = false; break;
      case '--markdown': o.parseAs = 'markdown'; break;
      case '--plain': o.parseAs = 'plain'; break;
      case '-h': case '--help': return 'help';
      case '-v': case '--version': return 'version';
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option "${a}"`);
        o.files.push(a);
    }
  }
  if (o.dryRun && !o.fix) throw new UsageError('--dry-run goes with --fix');
  if (o.command === 'outline' && o.files.length === 0) throw new UsageError('outline needs at least one file');
  return o;
}

/** Reads a file as VS Code shows it: UTF-8, without a byte-order mark. */
export function readPolicyFile(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The nearest .privacypolicy.json in the file's folder or above it (or the one given with --config). */
function settingsFinder(explicit: string | undefined, warn: (m: string) => void): (file: string) => PolicySettings {
  const cache = new Map<string, PolicySettings>();
  const load = (path: string) => {
    let s = cache.get(path);
    if (!s) { s = readConfigFile(path, warn, () => undefined); cache.set(path, s); }
    return s;
  };
  if (explicit) {
    if (!existsSync(explicit)) throw new UsageError(`--config: no such file ${explicit}`);
    const s = load(resolve(explicit));
    return () => s;
  }
  return (file) => {
    for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
      const candidate = join(dir, CONFIG_FILE);
      if (existsSync(candidate)) return load(candidate);
      if (dirname(dir) === dir) return defaultSettings();
    }
  };
}

function report(analysis: Analysis): ReportedFinding[] {
  const { lines } = analysis.doc;
  return analysis.findings.filter((f) => f.severity !== 'off').map((f) => {
    const start = positionAt(lines, f.start);
    const end = positionAt(lines, Math.max(f.start, f.end));
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: f.severity, code: f.code, message: f.message };
  });
}

function outlineText(file: string, analysis: Analysis): string {
  const { lines } = analysis.doc;
  const out: string[] = [file];
  if (analysis.doc.title) out.push(`  title: ${analysis.doc.title.text} (line ${analysis.doc.title.line + 1})`);
  for (const t of analysis.doc.tocs) out.push(`  table of contents: ${t.startLine === t.endLine ? `line ${t.startLine + 1}` : `lines ${t.startLine + 1}-${t.endLine + 1}`} (${t.entries.length} entries)`);
  const walk = (n: OutlineNode, depth: number) => {
    const p = positionAt(lines, n.selectionStart);
    out.push(`${'  '.repeat(depth + 1)}${n.name}  [${p.line + 1}${p.character ? ':' + (p.character + 1) : ''}]`);
    for (const c of n.children) walk(c, depth + 1);
  };
  const nodes = outline(analysis.doc);
  for (const n of nodes) walk(n, 0);
  if (nodes.length === 0) out.push('  (no sections found)');
  return out.join('\n') + '\n';
}

function outlineJson(file: string, analysis: Analysis): unknown {
  const { lines } = analysis.doc;
  const toJson = (n: OutlineNode): unknown => {
    const p = positionAt(lines, n.selectionStart);
    return { name: n.name, line: p.line + 1, column: p.character + 1, endLine: positionAt(lines, n.end).line + 1, children: n.children.map(toJson) };
  };
  return { file, title: analysis.doc.title?.text ?? null, sections: outline(analysis.doc).map(toJson), tableOfContents: analysis.doc.tocs.map((t) => ({ startLine: t.startLine + 1, endLine: t.endLine + 1, entries: t.entries.length })) };
}

export function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): number {
  const err = (m: string) => io.stderr.write(`privacy-policy: ${m}\n`);
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') { io.stdout.write(USAGE + '\n'); return 0; }
  if (options === 'version') { io.stdout.write(TOOL_VERSION + '\n'); return 0; }
  const o = options;
  let settingsOf: (file: string) => PolicySettings;
  try {
    settingsOf = settingsFinder(o.config, err);
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  const cwdSettings = settingsOf(join(io.cwd, 'x'));
  const named = o.files.length > 0;
  const { files, unmatched } = expandFiles(named ? o.files : cwdSettings.files, cwdSettings.files, io.cwd);
  let ioError = false;
  // A pattern the user typed that matches nothing is an error; a default pattern that matches nothing is not.
  if (named) {
    for (const u of unmatched) {
      // A folder's files are read by the "files" globs: say which, so that a folder of differently named policies
      // is not a mystery.
      const folder = !isGlob(u) && existsSync(resolve(io.cwd, u));
      err(folder ? `no policy files in ${u}: a folder's files are those matching the "files" globs (${cwdSettings.files.join(', ')}); name the files, or set "files" in .privacypolicy.json` : `no policy files match ${u}`);
      ioError = true;
    }
  }
  if (files.length === 0 && !(named && unmatched.length)) { err(named ? 'no files to check' : `no files match the "files" globs (${cwdSettings.files.join(', ')}); name the files to check`); return 2; }

  const checked: CheckedFile[] = [];
  const outlines: string[] = [];
  const outlineJsons: unknown[] = [];
  const progress = o.progress && !!(io.stderr as NodeJS.WriteStream).isTTY && files.length > 3;
  files.forEach((file, k) => {
    if (progress) io.stderr.write(`\r\x1b[Kchecking ${k + 1}/${files.length} ${file.length > 60 ? '…' + file.slice(-59) : file}`);
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = readPolicyFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
      ioError = true;
      return;
    }
    const settings = settingsOf(path);
    const format = o.parseAs ?? formatForPath(file, text);
    let analysis = analyzePolicy(text, { format, settings });
    if (o.command === 'outline') {
      if (o.format === 'json') outlineJsons.push(outlineJson(file, analysis));
      else outlines.push(outlineText(file, analysis));
      return;
    }
    if (o.fix) {
      const fix = fixAll(analysis);
      if (fix) {
        const fixed = applyEdits(text, fix.edits);
        if (o.dryRun) io.stdout.write(createTwoFilesPatch(file, file, text, fixed, 'before', 'after (privacy-policy --fix)'));
        else {
          try {
            writeFileSync(path, fixed);
            analysis = analyzePolicy(fixed, { format, settings });
          } catch (e) {
            err(`cannot write ${file}: ${(e as Error).message}`);
            ioError = true;
          }
        }
      }
    }
    checked.push({ path: file, findings: report(analysis) });
  });
  if (progress) io.stderr.write('\r\x1b[K');

  let output: string;
  if (o.command === 'outline') output = o.format === 'json' ? JSON.stringify(outlineJsons.length === 1 ? outlineJsons[0] : outlineJsons, null, 2) + '\n' : outlines.join('');
  else if (o.dryRun) output = '';
  else {
    const failsAt = (s: Severity) => o.failOn !== 'never' && severityAtLeast(s, o.failOn);
    switch (o.format) {
      case 'json': output = formatJson(checked); break;
      case 'sarif': output = formatSarif(checked, pathToFileURL(io.cwd).href); break;
      case 'junit': output = formatJunit(checked, failsAt); break;
      default: output = formatText(checked);
    }
  }
  if (o.output) {
    try { writeFileSync(resolve(io.cwd, o.output), output); } catch (e) { err(`cannot write ${o.output}: ${(e as Error).message}`); return 2; }
  } else io.stdout.write(output);
  if (ioError) return 2;
  if (o.command === 'check' && o.failOn !== 'never' && checked.some((f) => f.findings.some((r) => severityAtLeast(r.severity, o.failOn as Severity)))) return 1;
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
