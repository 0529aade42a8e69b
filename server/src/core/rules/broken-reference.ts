/**
 * broken-reference: a cross-reference whose target does not exist, or whose quoted title differs from the
 * heading of the section it numbers ("XII. Contact Us" where XII is "Contact Information").
 */
import type { Section } from '../model';
import { headingWords, preferredAnchor, sectionAnchors } from '../parse/markdown';
import { sectionByTitle } from '../parse/references';
import { rawWords, sameTitle, titleSimilarity, wordSetSimilarity } from '../text/titles';
import type { Rule, RuleFinding } from './types';
import { lineNumber, oneLine } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A cross-reference to a section that does not exist, or that quotes a title different from the section\'s heading.';

export const brokenReference: Rule = {
  code: 'broken-reference',
  defaultSeverity: 'error',
  reads: ['structure', 'references'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    // A table-of-contents entry that names no section is toc-mismatch's to report, its link with it.
    const unmatchedEntryLines = new Set(doc.tocs.flatMap((t) => t.entries.filter((e) => e.target === undefined).map((e) => e.line)));
    for (const r of doc.references) {
      if (r.target === undefined && r.kind === 'anchor' && unmatchedEntryLines.has(r.line)) continue;
      if (r.target === undefined && r.kind === 'anchor') {
        // `#contact-us` names its section by the words of the heading's slug.
        const closest = closestBySlugWords(doc.sections, r.text.slice(1)) ?? sectionByTitle(doc.sections, r.text.slice(1).replace(/[-_]+/g, ' '), 0.3);
        const anchor = closest && `#${preferredAnchor(sectionAnchors(doc)[closest.index])}`;
        out.push({
          start: r.start, end: r.end,
          message: `The link "${oneLine(r.text)}" leads to no heading of this policy.${closest ? ` Did you mean "${anchor}" ("${oneLine(headingWords(closest.heading))}", line ${lineNumber(doc, closest.headingStart)})?` : ' Correct the link or add the heading.'}`,
          data: { replacement: closest?.index },
        });
        continue;
      }
      if (r.target === undefined) {
        const closest = r.title ? sectionByTitle(doc.sections, r.title, 0.3) : undefined;
        // A number listed after "Sections 2 and" is named by the word before the list.
        const named = r.marker?.decoration === 'space' || (r.marker?.decoration === 'multi' && r.text === r.marker.label) ? `Section ${r.text}` : oneLine(r.text);
        out.push({
          start: r.start, end: r.end,
          message: `"${named}" refers to a section that does not exist in this policy.${closest ? ` Did you mean "${oneLine(closest.heading)}" (line ${lineNumber(doc, closest.headingStart)})?` : ' Correct the reference or add the section.'}`,
          data: { replacement: closest?.index },
        });
        continue;
      }
      const target = doc.sections[r.target];
      if (r.kind === 'quoted' && r.title && !sameTitle(r.title, target.title)) {
        out.push({
          start: r.start, end: r.end,
          message: `"${oneLine(r.text)}" names ${target.marker?.label ? `section ${target.marker.label}` : 'a section'} whose heading is "${oneLine(target.title)}" (line ${lineNumber(doc, target.headingStart)}). Use the heading's exact title.`,
          related: [{ start: target.headingStart, end: target.headingEnd, message: 'the section this refers to' }],
          data: { replacement: r.target },
        });
      }
    }
    return out;
  },
  fixes({ doc }, finding) {
    const i = finding.data?.replacement as number | undefined;
    if (i === undefined) return [];
    const target: Section = doc.sections[i];
    const ref = doc.references.find((r) => r.start === finding.start);
    if (!ref) return [];
    if (ref.kind === 'anchor') {
      const anchor = `#${preferredAnchor(sectionAnchors(doc)[i])}`;
      return [{ title: `Change to '${oneLine(anchor, 60)}'`, edits: [{ start: finding.start, end: finding.end, newText: anchor }], preferred: true }];
    }
    const heading = oneLine(target.heading, 200);
    // Keep the reference's form: a quoted title only gets the title, a numbered one number and title.
    const newText = ref.marker || titleSimilarity(ref.text, heading) < titleSimilarity(ref.text, target.title) ? (ref.marker ? heading : target.title.trim()) : heading;
    return [{ title: `Change to '${oneLine(newText, 60)}'`, edits: [{ start: finding.start, end: finding.end, newText }], preferred: true }];
  },
};

/**
 * A word of a slug or heading (as rawWords reads it), a plural's "s" dropped: "cookies" and "cookie" are one word,
 * which the titles' stemmer (`stem`, behind sectionByTitle) reads as "cook" and "cooki".
 */
function slugWord(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
/** The Dice coefficient a heading's words must reach: a third of the words of both shared (Jaccard 0.3), as 2·0.3/1.3. */
const MIN_SLUG_LIKENESS = 0.6 / 1.3;

/**
 * The heading whose words are most like a broken link's (singular and plural alike, at least MIN_SLUG_LIKENESS; the
 * first on a tie): "#cookie-table" is most like "Cookies", not "Table of contents". Undefined when none is so alike.
 */
function closestBySlugWords(sections: readonly Section[], id: string): Section | undefined {
  const wanted = new Set(rawWords(id).map(slugWord));
  if (wanted.size === 0) return undefined;
  let best: Section | undefined;
  let bestScore = 0;
  for (const s of sections) {
    if (s.inline) continue;
    const score = wordSetSimilarity(wanted, new Set(rawWords(headingWords(s.heading)).map(slugWord)));
    if (score >= MIN_SLUG_LIKENESS && score > bestScore) { best = s; bestScore = score; }
  }
  return best;
}
