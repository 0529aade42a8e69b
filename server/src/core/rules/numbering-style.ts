/** numbering-style: a sibling numbered in another style than the others at its level (`5.` among `IV.`, `VI.`). */
import type { PolicyDocument, Section } from '../model';
import type { Rule, RuleFinding } from './types';
import { mainStyle, renumberFixes } from './numbering';
import { sectionStyle, siblingGroups } from './util';

const STYLE_NAMES: Record<string, string> = {
  none: 'no number', 'dot:arabic': 'Arabic numerals (1.)', 'space:arabic': 'Arabic numerals (1)', 'dot:roman-upper': 'Roman numerals (IV.)',
  'dot:roman-lower': 'lower-case Roman numerals (iv.)', 'dot:alpha-upper': 'letters (A.)', 'dot:alpha-lower': 'letters (a.)',
  'paren:arabic': 'parenthesised numbers ((1))', 'paren:alpha-lower': 'parenthesised letters ((a))', 'paren:cjk': 'Chinese numerals （一）',
  'dun:cjk': 'Chinese numerals (一、)', 'dun:arabic': 'numbers with 、 (1、)', 'half-paren:arabic': 'numbers with a parenthesis (1))', 'half-paren:alpha-lower': 'letters with a parenthesis (a))',
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

export const numberingStyle: Rule = {
  code: 'numbering-style',
  description: 'A section numbered in another style than its siblings, such as an Arabic number among Roman numerals or an unnumbered section among numbered ones.',
  defaultSeverity: 'info',
  reads: ['structure'],
  check({ doc }) {
    const out: RuleFinding[] = [];
    for (const group of siblingGroups(doc)) {
      let peers = group.filter((s) => !s.appendix && s.source !== 'bracket' && s.source !== 'markdown' && s.marker?.decoration !== 'multi');
      // One unnumbered heading among numbered ones (a closing "Contact us") is a note, not a second style.
      if (peers.filter((s) => !s.marker).length < 2) peers = peers.filter((s) => s.marker);
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
  fixes: renumberFixes,
};
