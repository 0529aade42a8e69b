/**
 * duplicate-title: the policy's title written again on a line of its own ("Privacy Policy" at the top and again
 * under a subtitle), as a web page's heading pasted twice or a PDF's page header copied with every page.
 */
import { normalizeTitle } from '../text/titles';
import type { PolicyDocument } from '../model';
import type { Rule, RuleFinding } from './types';
import { lineNumber, lineTextAt, removedLines } from './util';

/** Markdown's heading marks around a line's words. */
const RE_HEADING_MARKS = /^#{1,6}[ \t]+|[ \t]+#+$/g;

/** A line a link's words could be: short, one phrase, no label, no number leading it ("Terms of Service"). */
const RE_LINK_LIKE = /^[^\d\s:：.。!?()[\]（）][^:：]{0,38}[^\s:：.。!?,;，；]$/;

/**
 * Whether line `i` is one of three or more such lines in a row: a web page's navigation or footer pasted with the
 * policy ("Home" / "Privacy Policy" / "Terms of Service" / "Contact Us"), which names the page, not its title again.
 * Not the lines of the title itself ("Privacy Policy" / "Personal Information Protection Policy" / "Privacy Policy",
 * pasted without blank lines).
 */
function amongLinks(doc: PolicyDocument, i: number, titleLine: number): boolean {
  const linkLike = (k: number) => k >= 0 && k < doc.lines.length && k !== titleLine && RE_LINK_LIKE.test(lineTextAt(doc, k).trim());
  let run = 1;
  for (let k = i - 1; linkLike(k) && run < 3; k--) run++;
  for (let k = i + 1; linkLike(k) && run < 3; k++) run++;
  return run >= 3;
}

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'The policy\'s title written again on a line of its own, as a heading pasted twice or a page header copied.';

export const duplicateTitle: Rule = {
  code: 'duplicate-title',
  defaultSeverity: 'info',
  check({ doc }) {
    const title = doc.title;
    if (!title) return [];
    const key = normalizeTitle(title.text);
    if (!key) return [];
    const out: RuleFinding[] = [];
    const { lines } = doc;
    // A section's heading that repeats it is duplicate-section's, if anything (the set is made on the first line
    // that repeats the title: most documents have none).
    let headingLines: Set<number> | undefined;
    // Cheapest first: a line about as long as the title (its own marks and spaces aside) whose last character is
    // the title's, in either case.
    const longest = title.end - title.start + 12;
    const lastOfTitle = title.text.charCodeAt(title.text.length - 1) | 32;
    for (let i = 0; i < lines.length; i++) {
      const length = lines.ends[i] - lines.starts[i];
      if (i === title.line || length < title.text.length || length > longest) continue;
      const line = lineTextAt(doc, i).trimEnd();
      if ((line.charCodeAt(line.length - 1) | 32) !== lastOfTitle && !line.endsWith('#')) continue;
      if (normalizeTitle(line.trimStart().replace(RE_HEADING_MARKS, '')) !== key) continue;
      if ((headingLines ??= new Set(doc.sections.map((s) => s.line))).has(i)) continue;
      if (amongLinks(doc, i, title.line)) continue;
      const start = lines.starts[i] + line.search(/\S/);
      const end = lines.starts[i] + line.length;
      out.push({
        start, end,
        message: `The title "${title.text}" is written again here (first at line ${lineNumber(doc, title.start)}). Remove the repeated line.`,
        related: [{ start: title.start, end: title.end, message: 'the title' }],
      });
    }
    return out;
  },
  fixes({ doc }, finding) {
    const line = lineNumber(doc, finding.start) - 1;
    return [{ title: 'Remove the repeated title', edits: [{ ...removedLines(doc, line, line), newText: '' }], preferred: true }];
  },
};
