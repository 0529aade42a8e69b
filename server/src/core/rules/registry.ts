/**
 * The list of rules. Adding a rule: write `rules/<code>.ts` exporting a `Rule` and its description, add it here and
 * in descriptions.ts, add `docs/rules/<code>.md`, and add fixtures to test/unit/rules.test.ts (see CONTRIBUTING.md).
 */
import { brokenReference } from './broken-reference';
import { danglingReference } from './dangling-reference';
import { dateInconsistent } from './date-inconsistent';
import { duplicateSection } from './duplicate-section';
import { duplicateText } from './duplicate-text';
import { duplicateTitle } from './duplicate-title';
import { emptySection } from './empty-section';
import { inconsistentName } from './inconsistent-name';
import { inlineHeading } from './inline-heading';
import { invalidContact } from './invalid-contact';
import { missingContactField } from './missing-contact-field';
import { missingContactSection } from './missing-contact-section';
import { missingTitle } from './missing-title';
import { numberingGap } from './numbering-gap';
import { numberingOrder } from './numbering-order';
import { numberingStyle } from './numbering-style';
import { placeholder } from './placeholder';
import { tocMismatch } from './toc-mismatch';
import { truncatedSentence } from './truncated-sentence';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  duplicateSection,
  duplicateText,
  numberingGap,
  numberingOrder,
  numberingStyle,
  tocMismatch,
  brokenReference,
  missingContactSection,
  missingContactField,
  placeholder,
  invalidContact,
  inlineHeading,
  emptySection,
  dateInconsistent,
  inconsistentName,
  danglingReference,
  missingTitle,
  truncatedSentence,
  duplicateTitle,
];

/** Codes that are not rules but can appear as findings (the parser's own problems). */
export const OTHER_CODES = ['parse-problem', 'internal-error', 'too-many-findings'] as const;

export const RULE_DOCS_BASE = 'https://github.com/privacy-policy-tools/privacy-policy-language/blob/main/docs/rules/';

export function ruleDocUrl(code: string): string {
  return `${RULE_DOCS_BASE}${code}.md`;
}

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
