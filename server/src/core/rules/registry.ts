/**
 * The list of rules. Adding a rule: write `rules/<code>.ts` exporting a `Rule`, add it here, add
 * `docs/rules/<code>.md`, and add fixtures to test/unit/rules.test.ts (see CONTRIBUTING.md).
 */
import type { Rule } from './types';

export const RULES: readonly Rule[] = [];

export const RULE_DOCS_BASE = 'https://github.com/privacy-policy-tools/privacy-policy-language/blob/main/docs/rules/';

export function ruleDocUrl(code: string): string {
  return `${RULE_DOCS_BASE}${code}.md`;
}

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
