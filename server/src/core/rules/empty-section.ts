/**
 * empty-section: a heading with no title (a bare `1.2.1`) or with nothing under it; not the document's title
 * (`# Privacy Policy` right above `# 1. Introduction`).
 */
import type { PolicyDocument, Section } from '../model';
import type { Rule, RuleFinding } from './types';
import { capitalized, sectionName } from './util';
import { isBlankText } from '../text/patterns';

/** A heading whose words run on past a sentence ("1.3 We keep records. These show …"): its text is on its line. */
const RE_RUNS_ON = /[.!?。！？]["”’)）]?\s+\S/;

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A heading with a number but no title, or a section with no text and no subsections.';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'info',
  check({ doc }) {
    const out: RuleFinding[] = [];
    for (const s of doc.sections) {
      if (s.runIn) continue;
      // (The name is made for the sections reported only: a long policy has thousands, checked on every keystroke.)
      if (!s.title.trim()) {
        out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(sectionName(s))} has a number but no title. Add a title that says what the section covers.` });
      } else if (s.children.length === 0 && isBlankText(doc.text, s.headingEnd, s.end) && !inList(doc, s) && s.line !== doc.title?.line && !RE_RUNS_ON.test(s.title)) {
        out.push({ start: s.headingStart, end: s.headingEnd, message: `${capitalized(sectionName(s))} has no text. Write the section or remove the heading.` });
      }
    }
    return out;
  },
};

/**
 * Whether a section sits in a list: a sibling heading on the line right above or below it
 * (`(a) Identifiers` / `(b) Commercial information`). Items of a list say all they have to say in their titles.
 * Sections are in document order, so a sibling on the next line is the next section.
 */
function inList(doc: PolicyDocument, s: Section): boolean {
  const adjacentSibling = (other: Section | undefined, line: number) =>
    other !== undefined && !other.inline && other.parent === s.parent && other.line === line;
  return !s.inline && (adjacentSibling(doc.sections[s.index - 1], s.line - 1) || adjacentSibling(doc.sections[s.index + 1], s.line + 1));
}
