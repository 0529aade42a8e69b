/** inline-heading: headings pasted into a paragraph line, so they do not stand on lines of their own. */
import type { Section } from '../model';
import type { Edit, Rule, RuleFinding } from './types';
import { eolOf, oneLine } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'Headings that run into a paragraph line instead of standing on a line of their own.';

export const inlineHeading: Rule = {
  code: 'inline-heading',
  defaultSeverity: 'warning',
  reads: ['structure'],
  check({ doc }) {
    const byLine = new Map<number, Section[]>();
    for (const s of doc.sections) if (s.inline) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
    const out: RuleFinding[] = [];
    for (const [line, sections] of byLine) {
      const names = sections.slice(0, 3).map((s) => `"${oneLine(s.heading, 50)}"`).join(', ');
      const first = sections[0];
      out.push({
        start: first.headingStart, end: first.headingEnd,
        message: `${sections.length === 1 ? 'A heading runs' : `${sections.length} headings run`} into this paragraph: ${names}${sections.length > 3 ? ', …' : ''}. Put each heading on its own line.`,
        data: { line },
      });
    }
    return out;
  },
  fixes({ doc }, finding) {
    const line = finding.data!.line as number;
    const eol = eolOf(doc.text);
    const edits: Edit[] = [];
    // The titled heading that starts the line, its text run in after it ("4. How we store … 4.1 Storage. Your
    // personal information …"), gets a line of its own too: once the line is shorter, its title would run on.
    const opening = doc.sections.find((o) => !o.inline && o.line === line && o.title);
    if (opening) {
      let after = opening.headingEnd;
      while (after < doc.lines.ends[line] && /[ \t]/.test(doc.text[after])) after++;
      if (after > opening.headingEnd && after < doc.lines.ends[line] && !doc.sections.some((o) => o.inline && o.headingStart === after)) edits.push({ start: opening.headingEnd, end: after, newText: eol });
    }
    for (const s of doc.sections.filter((o) => o.inline && o.line === line)) {
      // Replace the spaces around the heading with line breaks; the words stay exactly as they are.
      let before = s.headingStart;
      while (before > doc.lines.starts[line] && /[ \t]/.test(doc.text[before - 1])) before--;
      if (before > doc.lines.starts[line]) edits.push({ start: before, end: s.headingStart, newText: eol });
      let after = s.headingEnd;
      while (after < doc.lines.ends[line] && /[ \t]/.test(doc.text[after])) after++;
      if (after < doc.lines.ends[line]) edits.push({ start: s.headingEnd, end: after, newText: eol });
    }
    return edits.length ? [{ title: 'Put each heading on its own line', edits, preferred: true, safe: true }] : [];
  },
};
