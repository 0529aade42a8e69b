/** invalid-contact: a malformed email address, phone number or URL in a contact field. */
import type { Rule, RuleFinding } from './types';

const WHAT = { email: 'a valid email address', phone: 'a valid phone number (7 to 15 digits)', website: 'a valid web address', form: 'a valid web address' } as const;

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A contact field whose email address, phone number or URL is malformed.';

export const invalidContact: Rule = {
  code: 'invalid-contact',
  defaultSeverity: 'warning',
  check({ contact }) {
    const out: RuleFinding[] = [];
    for (const f of contact.fields) {
      if (f.placeholder || f.valid || !f.value) continue;
      if (f.kind !== 'email' && f.kind !== 'phone' && f.kind !== 'website' && f.kind !== 'form') continue;
      if (f.kind === 'form' && !/https?:|www\./i.test(f.value)) continue;
      out.push({ start: f.valueStart, end: f.valueEnd, message: `"${f.value}" is not ${WHAT[f.kind]}. Correct the ${f.label} field.` });
    }
    return out;
  },
};
