/**
 * What each rule finds, in a sentence, as its file says it: for the command line's reports (SARIF's rule
 * descriptions) and the extension's settings. Kept apart from the rules, which the language server bundles and
 * which show none of it (some 2 KB of its bundle).
 */
import { description as brokenReference } from './broken-reference';
import { description as danglingReference } from './dangling-reference';
import { description as dateInconsistent } from './date-inconsistent';
import { description as duplicateSection } from './duplicate-section';
import { description as duplicateText } from './duplicate-text';
import { description as duplicateTitle } from './duplicate-title';
import { description as emptySection } from './empty-section';
import { description as inconsistentName } from './inconsistent-name';
import { description as inlineHeading } from './inline-heading';
import { description as invalidContact } from './invalid-contact';
import { description as missingContactField } from './missing-contact-field';
import { description as missingContactSection } from './missing-contact-section';
import { description as missingTitle } from './missing-title';
import { description as numberingGap } from './numbering-gap';
import { description as numberingOrder } from './numbering-order';
import { description as numberingStyle } from './numbering-style';
import { description as placeholder } from './placeholder';
import { description as tocMismatch } from './toc-mismatch';
import { description as truncatedSentence } from './truncated-sentence';

export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'broken-reference': brokenReference,
  'dangling-reference': danglingReference,
  'date-inconsistent': dateInconsistent,
  'duplicate-section': duplicateSection,
  'duplicate-text': duplicateText,
  'duplicate-title': duplicateTitle,
  'empty-section': emptySection,
  'inconsistent-name': inconsistentName,
  'inline-heading': inlineHeading,
  'invalid-contact': invalidContact,
  'missing-contact-field': missingContactField,
  'missing-contact-section': missingContactSection,
  'missing-title': missingTitle,
  'numbering-gap': numberingGap,
  'numbering-order': numberingOrder,
  'numbering-style': numberingStyle,
  'placeholder': placeholder,
  'toc-mismatch': tocMismatch,
  'truncated-sentence': truncatedSentence,
};
