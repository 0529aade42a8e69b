/**
 * duplicate-text: a paragraph (or, inside a long pasted line, a sentence) of 80 or more characters repeated word
 * for word elsewhere. Found by hashing each unit once (see sampleHash), never by comparing pairs.
 */
import type { Rule, RuleFinding } from './types';
import { lineNumber, wholeLine } from './util';
import { hasOddSpaceOnLine } from '../parse';
import { hasOddSpace } from '../text/patterns';

const MIN = 80;
const WHOLE = Object.freeze({ whole: true });
const PART = Object.freeze({ whole: false });
const LONG_LINE = 1000;


/**
 * A number from the length and 16 characters spread over the text: equal texts share it, and looking a number up
 * costs far less than hashing whole paragraphs (or building a string key). Texts that share it are compared whole.
 */
function sampleHash(text: string): number {
  const n = text.length;
  let h = n;
  for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + text.charCodeAt(Math.floor((k * (n - 1)) / 15))) | 0;
  return h;
}

/** Beyond this many different texts under one sample hash, that hash's texts are kept by their whole text. */
const MAX_BUCKET = 8;

interface Unit { start: number; end: number; line: number; whole: boolean }

export const duplicateText: Rule = {
  code: 'duplicate-text',
  description: 'A paragraph of 80 or more characters repeated word for word elsewhere in the policy.',
  defaultSeverity: 'info',
  reads: ['paragraphs'],
  check({ doc }) {
    // First occurrences by sample hash: a short list of texts, or, for a crowded hash, a map by the whole text.
    const first = new Map<number, { text: string; unit: Unit }[] | Map<string, Unit>>();
    const earlierCopy = (text: string, u: Unit): Unit | undefined => {
      const hash = sampleHash(text);
      const known = first.get(hash);
      if (known === undefined) { first.set(hash, [{ text, unit: u }]); return undefined; }
      if (known instanceof Map) {
        const earlier = known.get(text);
        if (!earlier) known.set(text, u);
        return earlier;
      }
      for (const k of known) if (k.text === text) return k.unit;
      if (known.length < MAX_BUCKET) known.push({ text, unit: u });
      else first.set(hash, new Map([...known.map((k): [string, Unit] => [k.text, k.unit]), [text, u]]));
      return undefined;
    };
    const out: RuleFinding[] = [];
    const reported = new Set<number>();
    const consider = (text: string, u: Unit): boolean => {
      const earlier = earlierCopy(text, u);
      if (!earlier) return false;
      if (reported.has(u.line) || earlier.line === u.line) return true;
      reported.add(u.line);
      // Copies of one paragraph share its message and its link to the first occurrence (values are immutable),
      // so a policy pasted many times over does not make a string and two objects per copy.
      const shared = sharedParts(earlier, u.whole);
      out.push({ start: u.start, end: u.end, message: shared.message, related: shared.related, data: u.whole && earlier.whole ? WHOLE : PART });
      return true;
    };
    type Shared = { message: string; related: RuleFinding['related'] };
    const sharedByEarlier = new Map<Unit, { paragraph?: Shared; passage?: Shared }>();
    const sharedParts = (earlier: Unit, whole: boolean): Shared => {
      let entry = sharedByEarlier.get(earlier);
      if (!entry) { entry = {}; sharedByEarlier.set(earlier, entry); }
      return (entry[whole ? 'paragraph' : 'passage'] ??= {
        message: `This ${whole ? 'paragraph' : 'passage'} repeats line ${lineNumber(doc, earlier.start)} word for word. Remove one copy, or say it once and refer to it.`,
        related: [{ start: earlier.start, end: earlier.end, message: 'first occurrence' }],
      });
    };
    for (let atParagraph = 0; atParagraph < doc.paragraphs.length; atParagraph++) {
      const p = doc.paragraphs[atParagraph];
      if (p.end - p.start < MIN) continue;
      const text = doc.text.slice(p.start, p.end);
      // Whitespace is normalised only where there is something to normalise (known per line across edits).
      const oddSpace = hasOddSpaceOnLine(doc, p.line);
      const key = oddSpace ? text.replace(/\s+/g, ' ') : text;
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
        consider(oddSpace && hasOddSpace(sentence) ? sentence.replace(/\s+/g, ' ') : sentence, { start, end: start + sentence.length, line: p.line, whole: false });
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
