/** The manifest, the settings schema and the rule docs agree with the rule registry. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_DESCRIPTIONS } from '../../server/src/core/rules/descriptions';
import { OTHER_CODES, RULES, ruleDocUrl } from '../../server/src/core/rules/registry';

const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/privacypolicy.schema.json'), 'utf8'));

describe('manifest and docs', () => {
  const codes = RULES.map((r) => r.code).sort();
  it('rule codes are unique', () => assert.equal(new Set(codes).size, codes.length));
  it('every rule and finding code has a doc page that its diagnostic links to', () => {
    for (const code of [...codes, ...OTHER_CODES]) {
      const page = join(ROOT, 'docs/rules', `${code}.md`);
      assert.ok(existsSync(page), `docs/rules/${code}.md`);
      assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${code}\\n`));
      assert.ok(ruleDocUrl(code).endsWith(`docs/rules/${code}.md`));
    }
  });
  it('every rule has a severity setting in VS Code and in .privacypolicy.json', () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties['privacyPolicy.rules'].properties).sort(), codes);
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), codes);
  });
  it('every rule, and no other code, has a description', () => {
    assert.deepEqual(Object.keys(RULE_DESCRIPTIONS).sort(), codes);
    for (const d of Object.values(RULE_DESCRIPTIONS)) assert.match(d, /^[A-Z].{20,}\.$/);
  });
  it('each rule\'s severity setting describes it as the registry does, with its default and its doc page', () => {
    for (const rule of RULES) {
      for (const [where, settings] of [['package.json', manifest.contributes.configuration.properties['privacyPolicy.rules'].properties], ['the schema', schema.properties.rules.properties]]) {
        const text = (settings[rule.code] as { markdownDescription: string }).markdownDescription;
        assert.equal(text, `${RULE_DESCRIPTIONS[rule.code]} Default: \`${rule.defaultSeverity}\`. [Rule documentation](${ruleDocUrl(rule.code)})`, `${where}: ${rule.code}`);
      }
    }
  });
  it('every setting has a markdownDescription and every command a category', () => {
    for (const [key, value] of Object.entries(manifest.contributes.configuration.properties)) assert.ok((value as { markdownDescription?: string }).markdownDescription, key);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Privacy Policy', c.command);
  });
  it('the contributed grammar, snippets and language configuration exist', () => {
    for (const g of manifest.contributes.grammars) assert.ok(existsSync(join(ROOT, g.path)), g.path);
    for (const s of manifest.contributes.snippets) assert.ok(existsSync(join(ROOT, s.path)), s.path);
    for (const l of manifest.contributes.languages) if (l.configuration) assert.ok(existsSync(join(ROOT, l.configuration)));
  });
  it('engines.vscode allows VS Code 1.100', () => assert.match(manifest.engines.vscode, /^\^1\.(100|[1-9]\d?)\.\d+$/));
});

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets/privacy-policy.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; body: string[]; description: string }>;
  for (const [name, s] of Object.entries(snippets)) {
    it(`"${name}" is a valid snippet`, () => {
      assert.ok(s.prefix && s.body.length && s.description);
      const body = s.body.join('\n');
      // Tab stops are numbered, choices are closed, and braces balance.
      let depth = 0;
      for (const ch of body.replace(/\\[${}]/g, '')) { if (ch === '{') depth++; if (ch === '}') depth--; assert.ok(depth >= 0); }
      assert.equal(depth, 0);
      for (const m of body.matchAll(/\$\{(\d+)\|([^}]*)\|\}/g)) assert.ok(m[2].split(',').length >= 2, `choice ${m[1]} has options`);
    });
  }
});
