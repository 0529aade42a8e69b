/** empty-section: a heading with no title (a bare `1.2.1`) or with nothing under it. */
import type { Rule, RuleFinding } from './types';
import { capitalized, sectionName } from './util';

export const emptySection: Rule = {
  code: 'empty-section',
  description: 'A heading with a number but no title, or a section with no text and no subsections.',
  defaultSeverity: 'info',
  check({ doc }) {
    const out: RuleFinding[] = [];
    for (const s of doc.sections) {
      if (s.runIn) continue;
      const name = sectionName(s);
      if (!s.title.trim()) {
        out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(name)} has a number but no title. Add a title that says what the section covers.` });
      } else if (s.children.length === 0 && doc.text.slice(s.headingEnd, s.end).trim() === '') {
        out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(name)} has no text. Write the section or remove the heading.` });
      }
    }
    return out;
  },
};
