/**
 * broken-reference: a cross-reference whose target does not exist, or whose quoted title differs from the
 * heading of the section it numbers ("XII. Contact Us" where XII is "Contact Information"), or whose number is
 * given another section's title ("Section 4 (Sharing)" where 4 is "Your Rights").
 */
import type { CrossReference, Section } from '../model';
import { markerWithValue } from '../parse/numbering';
import { headingWords, preferredAnchor, sectionAnchors } from '../parse/markdown';
import { sectionByTitle } from '../parse/references';
import { rawWords, sameTitle, stem, titleSimilarity, wordSetSimilarity } from '../text/titles';
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
    doc.references.forEach((r, k) => {
      if (r.target === undefined && r.kind === 'anchor' && unmatchedEntryLines.has(r.line)) return;
      if (r.target === undefined && r.kind === 'anchor') {
        // `#contact-us` names its section by the words of the heading's slug.
        const closest = closestBySlugWords(doc.sections, r.text.slice(1)) ?? sectionByTitle(doc.sections, r.text.slice(1).replace(/[-_]+/g, ' '), 0.3);
        const anchor = closest && `#${preferredAnchor(sectionAnchors(doc)[closest.index])}`;
        out.push({
          start: r.start, end: r.end,
          message: `The link "${oneLine(r.text)}" leads to no heading of this policy.${closest ? ` Did you mean "${anchor}" ("${oneLine(headingWords(closest.heading))}", line ${lineNumber(doc, closest.headingStart)})?` : ' Correct the link or add the heading.'}`,
          data: { replacement: closest?.index },
        });
        return;
      }
      if (r.target === undefined) {
        // A number in the text of a link that leads nowhere ("[section 5](#5-retention)"): the link's finding says it.
        const next = doc.references[k + 1];
        if (next?.kind === 'anchor' && next.target === undefined && /^[^[\]\n]*\]\($/.test(doc.text.slice(r.end, next.start))) return;
        const closest = r.title ? sectionByTitle(doc.sections, r.title, 0.3) : undefined;
        // A number listed after "Sections 2 and" is named by the word before the list.
        const named = r.marker?.decoration === 'space' || (r.marker?.decoration === 'multi' && r.text === r.marker.label) ? `Section ${r.text}` : oneLine(r.text);
        out.push({
          start: r.start, end: r.end,
          message: `"${named}" refers to a section that does not exist in this policy.${closest ? ` Did you mean "${oneLine(closest.heading)}" (line ${lineNumber(doc, closest.headingStart)})?` : ' Correct the reference or add the section.'}`,
          data: { replacement: closest?.index },
        });
        return;
      }
      const target = doc.sections[r.target];
      if (r.kind === 'numbered' && r.title && !sameTitle(r.title, target.title)) {
        // "Section 4 (Sharing)", `Section 4 "Sharing"`: the number names one section, the title another, or none.
        const titleEnd = titleAfter(doc.text, r)?.end ?? r.end;
        const named = sectionByTitle(doc.sections, r.title, 0.6);
        const other = named && named !== target ? named : undefined;
        out.push({
          start: r.start, end: titleEnd,
          message: `"${oneLine(r.text)}" is given the title "${oneLine(r.title)}", but section ${target.marker?.label ?? r.text}'s heading is "${oneLine(target.title)}" (line ${lineNumber(doc, target.headingStart)}).${other ? ` "${oneLine(other.title)}" is ${other.marker ? `section ${other.marker.label}` : 'the section'} on line ${lineNumber(doc, other.headingStart)}.` : ''}`,
          related: [{ start: target.headingStart, end: target.headingEnd, message: 'the section this number names' }, ...(other ? [{ start: other.headingStart, end: other.headingEnd, message: 'the section this title names' }] : [])],
          data: { replacement: r.target, other: other?.index },
        });
        return;
      }
      if (r.kind === 'quoted' && r.title && !sameTitle(r.title, target.title)) {
        out.push({
          start: r.start, end: r.end,
          message: `"${oneLine(r.text)}" names ${target.marker?.label ? `section ${target.marker.label}` : 'a section'} whose heading is "${oneLine(target.title)}" (line ${lineNumber(doc, target.headingStart)}). Use the heading's exact title.`,
          related: [{ start: target.headingStart, end: target.headingEnd, message: 'the section this refers to' }],
          data: { replacement: r.target },
        });
      }
    });
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
    if (ref.kind === 'numbered' && ref.title) {
      // The number changed to the section the title names, or the title to the heading of the one the number names.
      const other = finding.data?.other as number | undefined;
      const renumbered = other === undefined ? undefined : referenceTo(ref, doc.sections[other]);
      const title = titleAfter(doc.text, ref);
      return [
        ...(renumbered ? [{ title: `Change to '${oneLine(renumbered, 60)}'`, edits: [{ start: ref.start, end: ref.end, newText: renumbered }], preferred: true }] : []),
        ...(title ? [{ title: `Change the title to '${oneLine(target.title, 60)}'`, edits: [{ ...title, newText: target.title.trim() }], preferred: !renumbered }] : []),
      ];
    }
    const heading = oneLine(target.heading, 200);
    // Keep the reference's form: a quoted title only gets the title, a numbered one number and title.
    const newText = ref.marker || titleSimilarity(ref.text, heading) < titleSimilarity(ref.text, target.title) ? (ref.marker ? heading : target.title.trim()) : heading;
    return [{ title: `Change to '${oneLine(newText, 60)}'`, edits: [{ start: finding.start, end: finding.end, newText }], preferred: true }];
  },
};

/** The Dice coefficient a heading's words must reach: a third of the words of both shared (Jaccard 0.3), as 2·0.3/1.3. */
const MIN_SLUG_LIKENESS = 0.6 / 1.3;

/**
 * The heading whose words are most like a broken link's (each stemmed: singular and plural alike; at least MIN_SLUG_LIKENESS; the
 * first on a tie): "#cookie-table" is most like "Cookies", not "Table of contents". Undefined when none is so alike.
 */
function closestBySlugWords(sections: readonly Section[], id: string): Section | undefined {
  const wanted = new Set(rawWords(id).map(stem));
  if (wanted.size === 0) return undefined;
  let best: Section | undefined;
  let bestScore = 0;
  for (const s of sections) {
    if (s.inline) continue;
    const score = wordSetSimilarity(wanted, new Set(rawWords(headingWords(s.heading)).map(stem)));
    if (score >= MIN_SLUG_LIKENESS && score > bestScore) { best = s; bestScore = score; }
  }
  return best;
}

/** Where a numbered reference's title is written, after its number (see titleAfterNumber in references.ts). */
function titleAfter(text: string, r: CrossReference): { start: number; end: number } | undefined {
  // (A few characters apart: a comma, a space, a bracket and a quote mark.)
  const at = text.slice(r.end, r.end + 8 + r.title.length).indexOf(r.title);
  return at >= 0 ? { start: r.end + at, end: r.end + at + r.title.length } : undefined;
}

/**
 * Reference `r` with the number of section `s` instead of its own, written in its style as renumbering writes it
 * (markerWithValue: "Section 4" → "Section 5", "Section IV" → "Section V"); a sub-section's number whole ("Section
 * 4.2" → "Section 5.1"). Undefined when it cannot be written so.
 */
function referenceTo(r: CrossReference, s: Section): string | undefined {
  if (!r.marker || !s.marker) return undefined;
  if (r.marker.path.length > 1 || s.marker.path.length > 1) {
    const number = /\d{1,3}(?:\.\d{1,3})*$/.exec(r.text);
    return number ? r.text.slice(0, number.index) + s.marker.path.join('.') : undefined;
  }
  const written = markerWithValue({ ...r.marker, text: r.text }, s.marker.value);
  return written === r.text ? undefined : written;
}
