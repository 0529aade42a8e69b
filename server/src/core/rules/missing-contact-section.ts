/** missing-contact-section: the policy never says how to reach the organisation. */
import { contactInPassing } from '../contact';
import { atxMarks } from '../parse/markdown';
import { markerWithValue } from '../parse/numbering';
import { markerStart } from '../sections';
import type { PolicyFacts } from '../settings';
import type { Rule } from './types';
import { eolOf, lineNumber, oneLine } from './util';

export const missingContactSection: Rule = {
  code: 'missing-contact-section',
  description: 'The policy has no contact section, so readers cannot exercise their rights or ask questions.',
  defaultSeverity: 'error',
  check({ doc, contact }) {
    if (contact.section || doc.text.trim().length === 0) return [];
    // Details given in passing reach readers who read that far: said more mildly, where they are.
    const passing = contactInPassing(doc);
    if (passing) {
      return [{ start: passing.start, end: passing.end, severity: 'warning', message: `This policy has no contact section: it gives "${oneLine(passing.text, 60)}" only in passing, at line ${lineNumber(doc, passing.start)}. Put the contact details in a section of their own ("Contact Us"), where readers look for them.` }];
    }
    const at = doc.title ?? doc.sections[0];
    const start = at ? ('headingStart' in at ? at.headingStart : at.start) : 0;
    const end = at ? ('headingEnd' in at ? at.headingEnd : at.end) : 0;
    return [{ start, end, message: 'This policy has no contact section. Add one that tells readers how to reach you: email, postal address, and a phone number or online form.' }];
  },
  fixes({ doc, settings }) {
    const eol = eolOf(doc.text);
    // The policy's sections: the top level, or the level under a Markdown title heading (`# Privacy Policy`).
    const single = doc.roots.length === 1 ? doc.sections[doc.roots[0]] : undefined;
    const level = (single?.source === 'markdown' && single.children.length ? single.children : doc.roots).map((i) => doc.sections[i]);
    const roots = level.filter((s) => !s.appendix);
    const last = [...roots].reverse().find((s) => s.marker);
    const number = last?.marker ? markerWithValue(last.marker, last.marker.value + 1) : '';
    const gap = last?.marker && last.titleStart > markerStart(doc.text, last) + last.marker.text.length ? ' ' : (number && !/[.、)）]$/.test(number) ? ' ' : '');
    // In Markdown, a heading of the same level as the others (`## 5. Contact Us`).
    const marks = roots.length && roots[roots.length - 1].source === 'markdown' ? atxMarks(roots[roots.length - 1].heading) : undefined;
    const heading = `${marks ? `${marks} ` : ''}${number}${number ? gap : ''}Contact Us`;
    const insertAt = level.find((s) => s.appendix)?.start ?? doc.text.length;
    const before = insertAt === doc.text.length ? (doc.text.endsWith('\n') || doc.text.endsWith('\r') ? '' : eol) + eol : '';
    const after = insertAt === doc.text.length ? eol : eol + eol;
    // The required channels; an online form only when one is known (a phone number satisfies the same need).
    const keys: (keyof PolicyFacts)[] = [...(settings.facts.company ? ['company' as const] : []), 'address', 'email', 'phone', ...(settings.facts.feedbackUrl ? ['feedbackUrl' as const] : [])];
    const body = contactLines(settings.facts, keys).join(eol);
    const text = `${before}${heading}${eol}If you have questions about this policy or want to exercise your rights, contact us:${eol}${body}${after}`;
    return [{ title: 'Add a contact section', edits: [{ start: insertAt, end: insertAt, newText: text }], preferred: true }];
  },
};

const LABELS: Record<string, string> = { company: 'Company', address: 'Address', email: 'Email', phone: 'Telephone', feedbackUrl: 'Online form', website: 'Website', protectionOfficer: 'Data protection officer' };
const BLANKS: Record<string, string> = { company: '[company name]', address: '[postal address]', email: '[email address]', phone: '[phone number]', feedbackUrl: '[insert form URL]', website: '[insert website URL]', protectionOfficer: '[insert name]' };

/** "Label: value" lines, filled from the facts where known and with a placeholder to fill otherwise. */
export function contactLines(facts: PolicyFacts, keys: readonly (keyof PolicyFacts)[]): string[] {
  return keys.map((k) => `${LABELS[k]}: ${facts[k] ?? BLANKS[k]}`);
}
