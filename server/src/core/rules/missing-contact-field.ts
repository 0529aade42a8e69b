/**
 * missing-contact-field: the contact section lacks a required channel. Required by default: an email address,
 * a postal address, and a phone number or an online form (configurable with requiredContactFields).
 */
import { lineOf } from '../text/lines';
import type { ContactChannel, PolicyFacts } from '../settings';
import { contactLines } from './missing-contact-section';
import type { Rule } from './types';
import { policyLanguage } from '../text/language';
import { eolOf, lastTextLineBeforeFooter } from './util';

const NAMES: Record<ContactChannel, string> = { email: 'email address', address: 'postal address', phone: 'phone number', form: 'online form' };
const FACT: Record<ContactChannel, keyof PolicyFacts> = { email: 'email', address: 'address', phone: 'phone', form: 'feedbackUrl' };

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'The contact section lacks a required way to reach you (by default: email, postal address, and phone or online form).';

export const missingContactField: Rule = {
  code: 'missing-contact-field',
  defaultSeverity: 'warning',
  check({ contact, settings }) {
    const s = contact.section;
    if (!s) return [];
    const missing = settings.requiredContact.filter((group) => !group.some((c) => contact.channels.has(c)));
    if (missing.length === 0) return [];
    const parts = missing.map((g) => `no ${g.map((c) => NAMES[c]).join(' or ')}`);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    return [{
      start: s.headingStart, end: s.headingEnd,
      message: `The contact section gives ${list} that readers can use. Add the missing contact details.`,
      data: { missing: missing.map((g) => g[0]) },
    }];
  },
  fixes({ doc, contact, settings }, finding) {
    const s = contact.section;
    if (!s) return [];
    // A channel whose field is written but unfilled or malformed ("Email: [*]") is completed where it stands (see
    // placeholder and invalid-contact): no second line for it.
    const written = new Set<string>(contact.fields.map((f) => f.kind));
    const channels = (finding.data!.missing as ContactChannel[]).filter((c) => !written.has(c));
    if (channels.length === 0) return [];
    const eol = eolOf(doc.text);
    const lines = contactLines(settings.facts, channels.map((c) => FACT[c]), policyLanguage(doc.text));
    // After the last field line, else after the section's own text (before its first subsection).
    const lastField = contact.fields[contact.fields.length - 1];
    let at: number;
    if (lastField) at = doc.lines.ends[lastField.line];
    else {
      const ownEnd = s.children.length ? doc.sections[s.children[0]].start : s.end;
      const line = lineOf(doc.lines, Math.max(s.headingEnd, ownEnd - 1));
      at = s.children.length ? doc.lines.ends[Math.max(s.line, line - 1)] : Math.max(s.end, s.headingEnd);
      // Before a page's footer pasted after the section ("© 2026 Tandem Software, Inc. All rights reserved."), and
      // the blank lines before it: the fields go under the section's text.
      const last = lastTextLineBeforeFooter(doc, lineOf(doc.lines, Math.max(s.headingEnd, at - 1)), s.line);
      if (doc.lines.ends[last] < at) at = doc.lines.ends[last];
    }
    const title = `Add the missing contact field${channels.length > 1 ? 's' : ''}`;
    return [{ title, edits: [{ start: at, end: at, newText: eol + lines.join(eol) }] }];
  },
};
