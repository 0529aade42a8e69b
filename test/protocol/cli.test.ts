/**
 * The command line (dist/cli.js): output formats, exit codes, --fix, the shared configuration, and agreement
 * with the language server on the same files.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { ROOT, TestClient, fileUri } from '../support/lsp';
import { tempDir } from '../support/tempDir';

const CLI = join(ROOT, 'dist/cli.js');
const SAMPLES = join(ROOT, 'samples');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');

function cli(args: string[], cwd = SAMPLES) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function policyFiles(): string[] {
  const samples = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
  const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)) : [];
  return [...samples, ...seeds];
}

interface SarifLog { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] }

describe('privacy-policy check', () => {
  it('writes SARIF 2.1.0 that validates against the official schema, with rule help links', () => {
    const r = cli(['check', '--format', 'sarif', '--fail-on', 'never', ...policyFiles()]);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as SarifLog;
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }) // the schema's language pattern is not valid in Unicode mode;
    const valid = ajv.validate(schema, log);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 5), null, 1));
    const rules = log.runs[0].tool.driver.rules;
    assert.ok(rules.length >= 16);
    for (const rule of rules) assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
    assert.ok(log.runs[0].results.length > 10);
  });

  it('reports the same findings as the language server', async () => {
    const files = policyFiles();
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', '--fail-on', 'never', ...files]).stdout) as SarifLog;
    const fromCli = new Set(sarif.runs[0].results.map((x) => `${basename(decodeURI(x.locations[0].physicalLocation.artifactLocation.uri))}:${x.locations[0].physicalLocation.region.startLine}:${x.ruleId}`));
    const client = new TestClient();
    await client.initialize();
    const fromServer = new Set<string>();
    for (const f of files) {
      const uri = fileUri(f);
      const published = client.diagnostics(uri);
      await client.open(uri, readFileSync(f, 'utf8').replace(/^\ufeff/, ''), f.endsWith('.md') ? 'markdown' : 'privacy-policy');
      for (const d of (await published).diagnostics) fromServer.add(`${basename(f)}:${d.range.start.line + 1}:${d.code}`);
    }
    await client.close();
    assert.deepEqual([...fromCli].sort(), [...fromServer].sort());
  });

  it('prints findings like a compiler and exits 1 on errors, 0 when clean', () => {
    const bad = cli(['check', 'acme-privacy-policy.txt']);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^acme-privacy-policy\.txt:\d+:\d+ error placeholder .+$/m);
    assert.match(bad.stdout, /^1 file checked: \d+ errors, \d+ warnings, \d+ notes$/m);
    assert.equal(cli(['check', 'northwind-privacy.md']).code, 0);
  });

  it('--fail-on moves the threshold', () => {
    assert.equal(cli(['check', '--fail-on', 'never', 'acme-privacy-policy.txt']).code, 0);
    assert.equal(cli(['check', '--fail-on', 'warning', 'pasted-privacy-notice.txt']).code, 1);
  });

  it('exits 2 with a clear message on usage and I/O errors', () => {
    const unknown = cli(['check', '--bogus']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option "--bogus"/);
    const missing = cli(['check', 'no-such-policy.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read no-such-policy\.txt: no such file/);
    assert.equal(cli(['check', '--format', 'xml', 'x.txt']).code, 2);
  });

  it('expands globs and folders itself', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', '*.txt']);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file).sort();
    assert.deepEqual(files, readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort());
    const folder = cli(['check', '--format', 'json', '--fail-on', 'never', '.']);
    assert.equal((JSON.parse(folder.stdout) as { files: unknown[] }).files.length, readdirSync(SAMPLES).length);
    // Written as absolute paths, from another working folder (they were read as files, "it is a folder").
    const elsewhere = tmpdir();
    const absoluteFolder = cli(['check', '--format', 'json', '--fail-on', 'never', SAMPLES], elsewhere);
    assert.equal(absoluteFolder.code, 0, absoluteFolder.stderr);
    assert.equal((JSON.parse(absoluteFolder.stdout) as { files: unknown[] }).files.length, readdirSync(SAMPLES).length);
    // A folder holding no file the "files" globs match: the message says which globs a folder's files are read by.
    const folderOfOthers = tempDir('pp-cli-');
    writeFileSync(join(folderOfOthers, 'notes.txt'), 'Notes\n');
    const unnamed = cli(['check', folderOfOthers]);
    assert.equal(unnamed.code, 2);
    assert.match(unnamed.stderr, /no policy files in .*: a folder's files are those matching the "files" globs \(\*\*\/\*privacy\*\.md/);
    const absoluteGlob = cli(['check', '--format', 'json', '--fail-on', 'never', `${SAMPLES.split('\\').join('/')}/*.txt`], elsewhere);
    assert.equal(absoluteGlob.code, 0, absoluteGlob.stderr);
    assert.equal((JSON.parse(absoluteGlob.stdout) as { files: unknown[] }).files.length, readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length);
  });

  it('writes JUnit XML with a failure per error', () => {
    const r = cli(['check', '--format', 'junit', 'acme-privacy-policy.txt', 'northwind-privacy.md']);
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="privacy-policy" tests="\d+" failures="(\d+)">/);
    const failures = Number(/failures="(\d+)"/.exec(r.stdout)![1]);
    assert.equal((r.stdout.match(/<failure /g) ?? []).length, failures);
    assert.ok(failures > 0);
    assert.match(r.stdout, /<testcase classname="northwind-privacy.md" name="no findings"\/>/);
    assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, (r.stdout.match(/<\/testsuite>/g) ?? []).length);
  });

  it('--fix --dry-run shows a diff and writes nothing; --fix applies the safe fixes', () => {
    const dir = tempDir('pp-cli-');
    const file = join(dir, 'pasted-privacy-notice.txt');
    copyFileSync(join(SAMPLES, 'pasted-privacy-notice.txt'), file);
    const original = readFileSync(file, 'utf8');
    const dry = cli(['check', '--fix', '--dry-run', 'pasted-privacy-notice.txt'], dir);
    assert.match(dry.stdout, /^\+4\. Keeping Data Safe$/m);
    assert.equal(readFileSync(file, 'utf8'), original);
    const fixed = cli(['check', '--fix', '--format', 'json', '--fail-on', 'never', 'pasted-privacy-notice.txt'], dir);
    assert.equal(fixed.code, 0);
    assert.match(readFileSync(file, 'utf8'), /\n4\. Keeping Data Safe\n/);
    const codes = (JSON.parse(fixed.stdout) as { files: { findings: { code: string }[] }[] }).files[0].findings.map((f) => f.code);
    assert.ok(!codes.includes('inline-heading'));
  });

  it('reads .privacypolicy.json: rule severities and facts', () => {
    const dir = tempDir('pp-cli-');
    copyFileSync(join(SAMPLES, 'acme-privacy-policy.txt'), join(dir, 'acme-privacy-policy.txt'));
    writeFileSync(join(dir, '.privacypolicy.json'), JSON.stringify({ rules: { placeholder: 'off', 'duplicate-section': 'warning' } }));
    const r = cli(['check', '--format', 'json', 'acme-privacy-policy.txt'], dir);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { code: string; severity: string }[] }[] }).files[0].findings;
    assert.ok(!findings.some((f) => f.code === 'placeholder'));
    assert.equal(findings.find((f) => f.code === 'duplicate-section')?.severity, 'warning');
    writeFileSync(join(dir, '.privacypolicy.json'), '{ "rules": ');
    const broken = cli(['check', 'acme-privacy-policy.txt'], dir);
    assert.match(broken.stderr, /is not valid JSON/);
    assert.equal(broken.code, 1, 'defaults are used: the placeholder errors are back');
  });
});

describe('privacy-policy outline', () => {
  it('prints the section tree', () => {
    const r = cli(['outline', 'xinghe-privacy-policy.txt']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^ {2}一、我们如何收集和使用您的个人信息 {2}\[14\]$/m);
    assert.match(r.stdout, /^ {4}（一）注册账号 {2}\[16\]$/m);
  });
});
