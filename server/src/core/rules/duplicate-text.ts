/**
 * duplicate-text: a paragraph (or, inside a long pasted line, a sentence) of 80 or more characters repeated word
 * for word elsewhere. Found by hashing each unit once, never by comparing pairs.
 */
import type { Rule, RuleFinding } from './types';
import { lineNumber, wholeLine } from './util';

const MIN = 80;
const LONG_LINE = 1000;

/** Whether normalising whitespace would change a line's text: native substring searches, faster than a regex here. */
function hasOddSpace(text: string): boolean {
  return text.includes('  ') || text.includes('\t') || text.includes('\u00a0') || text.includes('\u3000');
}

/** A short lookup key (hashing whole paragraphs costs more than the rule's other work); equal texts share it. */
function shortKey(text: string): string {
  return text.length > 96 ? `${text.length}:${text.slice(0, 48)}${text.slice(-48)}` : text;
}

interface Unit { start: number; end: number; line: number; whole: boolean }

export const duplicateText: Rule = {
  code: 'duplicate-text',
  description: 'A paragraph of 80 or more characters repeated word for word elsewhere in the policy.',
  defaultSeverity: 'info',
  check({ doc }) {
    const first = new Map<string, { text: string; unit: Unit }[]>();
    const out: RuleFinding[] = [];
    const reported = new Set<number>();
    const consider = (text: string, u: Unit): boolean => {
      const key = shortKey(text);
      const known = first.get(key);
      const earlier = known?.find((k) => k.text === text)?.unit;
      if (!earlier) {
        if (known) known.push({ text, unit: u });
        else first.set(key, [{ text, unit: u }]);
        return false;
      }
      if (reported.has(u.line) || earlier.line === u.line) return true;
      reported.add(u.line);
      out.push({
        start: u.start, end: u.end,
        message: `This ${u.whole ? 'paragraph' : 'passage'} repeats line ${lineNumber(doc, earlier.start)} word for word. Remove one copy, or say it once and refer to it.`,
        related: [{ start: earlier.start, end: earlier.end, message: 'first occurrence' }],
        data: { whole: u.whole && earlier.whole },
      });
      return true;
    };
    for (const p of doc.paragraphs) {
      if (p.end - p.start < MIN) continue;
      const text = doc.text.slice(p.start, p.end);
      // Whitespace is normalised only where there is something to normalise.
      const key = hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text;
      if (consider(key, { start: p.start, end: p.end, line: p.line, whole: true })) continue;
      // Only a very long line can hold pasted copies of other paragraphs: compare its sentences too.
      if (text.length < LONG_LINE) continue;
      // A long line may hold pasted copies of earlier paragraphs: compare its sentences too.
      const re = /[^.!?。！？;；]+[.!?。！？;；]*/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const sentence = m[0].trim();
        if (sentence.length < MIN) continue;
        const start = p.start + m.index + (m[0].length - m[0].trimStart().length);
        consider(sentence.replace(/\s+/g, ' '), { start, end: start + sentence.length, line: p.line, whole: false });
      }
    }
    return out;
  },
  fixes({ doc }, finding) {
    if (!finding.data?.whole) return [];
    const { start, end } = wholeLine(doc, finding.start);
    return [{ title: 'Remove the repeated paragraph', edits: [{ start, end, newText: '' }] }];
  },
};
