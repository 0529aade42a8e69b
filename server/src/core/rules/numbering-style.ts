/** numbering-style: a sibling numbered in another style than the others at its level (`5.` among `IV.`, `VI.`). */
import type { PolicyDocument, Section } from '../model';
import { markerWithValue, sameStyle, spaceAfterMarker } from '../parse/numbering';
import type { CodeFix, Edit, Rule, RuleFinding } from './types';
import { mainStyle, renumberFixes, siblingsOf } from './numbering';
import { sectionStyle, siblingGroups } from './util';

const STYLE_NAMES: Record<string, string> = {
  none: 'no number', 'dot:arabic': 'Arabic numerals (1.)', 'space:arabic': 'Arabic numerals (1)', 'dot:roman-upper': 'Roman numerals (IV.)',
  'dot:roman-lower': 'lower-case Roman numerals (iv.)', 'dot:alpha-upper': 'letters (A.)', 'dot:alpha-lower': 'letters (a.)',
  'paren:arabic': 'parenthesised numbers ((1))', 'paren:alpha-lower': 'parenthesised letters ((a))', 'paren:cjk': 'Chinese numerals （一）',
  'dun:cjk': 'Chinese numerals (一、)', 'dun:arabic': 'numbers with 、 (1、)', 'half-paren:arabic': 'numbers with a parenthesis (1))', 'half-paren:alpha-lower': 'letters with a parenthesis (a))',
  'square:arabic': 'numbers in square brackets ([1])',
};

function styleName(style: string): string {
  if (STYLE_NAMES[style]) return STYLE_NAMES[style];
  if (style.startsWith('multi:')) return 'multi-level numbers (1.2)';
  if (style.startsWith('keyword:') || style.startsWith('chapter:')) return `"${style.split(':')[1]}" numbering`;
  return style;
}

/**
 * An unnumbered heading over sections numbered from 1 of their own (a further notice, "Additional Notice for
 * California Residents" / "1. Categories …"): a part of the policy, not a section that lost its number.
 */
function holdsNumbering(doc: PolicyDocument, s: Section): boolean {
  return !s.marker && s.children.length > 0 && doc.sections[s.children[0]].marker?.value === 1;
}

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A section numbered in another style than its siblings, such as an Arabic number among Roman numerals or an unnumbered section among numbered ones.';

export const numberingStyle: Rule = {
  code: 'numbering-style',
  defaultSeverity: 'info',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    for (const group of siblingGroups(doc)) {
      const peers = stylePeers(group);
      if (peers.length < 3) continue;
      const main = mainStyle(peers);
      for (const s of peers) {
        const style = sectionStyle(s);
        if (style === main || holdsNumbering(doc, s)) continue;
        out.push({
          start: s.headingStart, end: s.headingEnd,
          message: `This section has ${styleName(style)} while the other sections at this level use ${styleName(main)}. Use one numbering style per level.`,
          data: { section: s.index },
        });
      }
    }
    return out;
  },
  fixes(ctx, finding) {
    const s = ctx.doc.sections[finding.data!.section as number];
    if (!s) return [];
    const peers = stylePeers(siblingsOf(ctx.doc, s));
    // Unnumbered sections among numbered ones: renumbering the numbered ones would not make one style, and would
    // change what they are called. Numbered ones that count their unnumbered siblings too (sections 1 to 4 lost
    // their numbers, 5 to 10 kept them) say what the others' numbers were.
    if (peers.some((p) => !p.marker)) {
      const fix = numberTheUnnumbered(ctx.doc, peers);
      return fix ? [fix] : [];
    }
    return renumberFixes(ctx, finding);
  },
};

/** The sections of a level whose styles are compared (see check). */
function stylePeers(group: readonly Section[]): Section[] {
  const peers = group.filter((s) => !s.appendix && s.source !== 'bracket' && s.source !== 'markdown' && s.marker?.decoration !== 'multi');
  // One unnumbered heading among numbered ones (a closing "Contact us") is a note, not a second style.
  return peers.filter((s) => !s.marker).length < 2 ? peers.filter((s) => s.marker) : peers;
}

/**
 * "Number the unnumbered sections": when each numbered peer's number is its place among all of them, in one style,
 * each unnumbered one gets the number of its place in that style, written before its title.
 */
function numberTheUnnumbered(doc: PolicyDocument, peers: readonly Section[]): CodeFix | undefined {
  const model = peers.find((p) => p.marker)?.marker;
  if (!model) return undefined;
  if (!peers.every((p, k) => !p.marker || (sameStyle(p.marker, model) && p.marker.value === k + 1))) return undefined;
  const edits: Edit[] = [];
  peers.forEach((p, k) => {
    if (p.marker) return;
    // Written at the heading's start, before its words (not after an icon or a Markdown mark).
    if (p.titleStart !== p.headingStart) return;
    const number = markerWithValue(model, k + 1);
    edits.push({ start: p.headingStart, end: p.headingStart, newText: number + spaceAfterMarker(number) });
  });
  return edits.length ? { title: 'Number the unnumbered sections at this level', edits } : undefined;
}
