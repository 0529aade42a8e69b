/**
 * Output formats of `privacy-policy check`: text (like compilers), JSON, SARIF 2.1.0 (GitHub code scanning)
 * and JUnit XML. Each takes the checked files with their findings as line/column positions.
 */
import { RULE_DESCRIPTIONS } from '../core/rules/descriptions';
import { RULES, ruleDocUrl } from '../core/rules/registry';
import type { Severity } from '../core/rules/types';

export interface ReportedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface CheckedFile {
  /** The path as given (relative to the working directory when it was relative). */
  path: string;
  findings: ReportedFinding[];
}

export const TOOL_VERSION = '0.1.0';

export function formatText(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const f of files) for (const r of f.findings) lines.push(`${f.path}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}`);
  const counts = summary(files);
  lines.push(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} note${counts.info + counts.hint === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

export function summary(files: readonly CheckedFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { off: 0, hint: 0, info: 0, warning: 0, error: 0 };
  for (const f of files) for (const r of f.findings) counts[r.severity]++;
  return counts;
}

export function formatJson(files: readonly CheckedFile[]): string {
  return JSON.stringify({ files: files.map((f) => ({ file: f.path, findings: f.findings })), summary: summary(files) }, null, 2) + '\n';
}

function sarifLevel(s: Severity): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

const OTHER = [
  { code: 'parse-problem', description: 'The file could not be analysed (binary data, or a parser failure).', defaultSeverity: 'warning' as Severity },
  { code: 'internal-error', description: 'A rule failed on this document; the other rules still ran.', defaultSeverity: 'hint' as Severity },
];

/** SARIF 2.1.0, with a rule entry (and help link) for every rule, and UTF-16 columns as LSP counts them. */
export function formatSarif(files: readonly CheckedFile[], workingDirectoryUri: string): string {
  const rules = [...RULES.map((r) => ({ code: r.code, description: RULE_DESCRIPTIONS[r.code], defaultSeverity: r.defaultSeverity })), ...OTHER];
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'privacy-policy',
          fullName: 'Privacy policy checker',
          version: TOOL_VERSION,
          informationUri: 'https://github.com/privacy-policy-tools/privacy-policy-language',
          rules: rules.map((r) => ({
            id: r.code,
            name: r.code.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            helpUri: ruleDocUrl(r.code),
            help: { text: `${r.description} See ${ruleDocUrl(r.code)}` },
            defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: workingDirectoryUri.endsWith('/') ? workingDirectoryUri : workingDirectoryUri + '/' } },
      columnKind: 'utf16CodeUnits',
      artifacts: files.map((f) => ({ location: { uri: encodeURI(f.path.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' } })),
      results: files.flatMap((f, fileIndex) => f.findings.map((r) => ({
        ruleId: r.code,
        ruleIndex: index.get(r.code) ?? 0,
        level: sarifLevel(r.severity),
        message: { text: r.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%', index: fileIndex },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: Math.max(r.endColumn, r.line === r.endLine ? r.column + 1 : 1) },
          },
        }],
      }))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML: a suite per file, a failing test case per finding at or above `failOn`, one passing case otherwise. */
export function formatJunit(files: readonly CheckedFile[], failsAt: (s: Severity) => boolean): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
  const failures = files.reduce((n, f) => n + f.findings.filter((r) => failsAt(r.severity)).length, 0);
  out.push(`<testsuites name="privacy-policy" tests="${total}" failures="${failures}">`);
  for (const f of files) {
    const failing = f.findings.filter((r) => failsAt(r.severity)).length;
    out.push(`  <testsuite name="${xml(f.path)}" tests="${Math.max(1, f.findings.length)}" failures="${failing}">`);
    if (f.findings.length === 0) out.push(`    <testcase classname="${xml(f.path)}" name="no findings"/>`);
    for (const r of f.findings) {
      const name = `${r.code} at ${r.line}:${r.column}`;
      if (failsAt(r.severity)) out.push(`    <testcase classname="${xml(f.path)}" name="${xml(name)}">\n      <failure type="${xml(r.code)}" message="${xml(r.message)}">${xml(`${f.path}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}`)}</failure>\n    </testcase>`);
      else out.push(`    <testcase classname="${xml(f.path)}" name="${xml(name)}">\n      <system-out>${xml(`${r.severity}: ${r.message}`)}</system-out>\n    </testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
