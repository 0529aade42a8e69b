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
    const lineStart = doc.lines.starts[line];
    const lineEnd = doc.lines.ends[line];
    // The spaces around each heading, replaced by a line break (by where they start: two headings share theirs); the
    // words stay exactly as they are.
    const breaks = new Map<number, number>();
    const breakAfter = (headingEnd: number, spacesOnly: boolean) => {
      // After the full stop or colon a run-in title ends with ("2.1 Information You Provide. We collect …").
      const at = /[.:：]/.test(doc.text[headingEnd] ?? '') && /[ \t]/.test(doc.text[headingEnd + 1] ?? '') ? headingEnd + 1 : headingEnd;
      let end = at;
      while (end < lineEnd && /[ \t]/.test(doc.text[end])) end++;
      if (end < lineEnd && (end > at || !spacesOnly)) breaks.set(at, end);
    };
    // The titled heading that starts the line, its text run in after it ("4. How we store … 4.1 Storage. Your
    // personal information …"), gets a line of its own too: once the line is shorter, its title would run on.
    const opening = doc.sections.find((o) => !o.inline && o.line === line && o.title);
    if (opening) breakAfter(opening.headingEnd, true);
    for (const s of doc.sections.filter((o) => o.inline && o.line === line)) {
      let before = s.headingStart;
      while (before > lineStart && /[ \t]/.test(doc.text[before - 1])) before--;
      if (before > lineStart) breaks.set(before, s.headingStart);
      breakAfter(s.headingEnd, false);
    }
    const edits: Edit[] = [...breaks].sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ start, end, newText: eol }));
    return edits.length ? [{ title: 'Put each heading on its own line', edits, preferred: true, safe: true }] : [];
  },
};
