/**
 * duplicate-text: a paragraph (or, inside a long pasted line, a sentence) of 80 or more characters repeated word
 * for word elsewhere (whitespace aside). Found by hashing each unit once (see edgeHash), never by comparing pairs.
 */
import type { PolicyDocument, Section } from '../model';
import { firstAfter, sectionAt } from '../sections';
import type { Rule, RuleFinding } from './types';
import { lineNumber, wholeLine } from './util';
import { hasOddSpace, isJsWhitespace } from '../text/patterns';

const MIN = 80;
const WHOLE = Object.freeze({ whole: true });
const PART = Object.freeze({ whole: false });
const LONG_LINE = 1000;


const SAMPLED = 16;

/**
 * A number from the first and the last 16 characters of a text that are not whitespace (`\s`, all that normalising
 * replaces): texts equal once their whitespace is normalised share it, and it is read without reading the whole
 * text. Texts that share it are compared whole.
 */
function edgeHash(text: string): number {
  let h = 0;
  let taken = 0;
  for (let i = 0; i < text.length && taken < SAMPLED; i++) {
    const c = text.charCodeAt(i);
    if (!isJsWhitespace(c)) { h = (Math.imul(h, 31) + c) | 0; taken++; }
  }
  taken = 0;
  for (let i = text.length - 1; i >= 0 && taken < SAMPLED; i--) {
    const c = text.charCodeAt(i);
    if (!isJsWhitespace(c)) { h = (Math.imul(h, 31) + c) | 0; taken++; }
  }
  return h;
}

/** The text compared: runs of whitespace made single spaces, where the text holds any other whitespace. */
function normalised(text: string): string {
  return hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Beyond this many different texts under one hash, that hash's texts are kept by their normalised text. */
const MAX_BUCKET = 8;

interface Unit { start: number; end: number; line: number; whole: boolean }
/** The first occurrence of a text: the text as written, and once needed, normalised. */
interface First { readonly text: string; key?: string; readonly unit: Unit }

export const duplicateText: Rule = {
  code: 'duplicate-text',
  description: 'A paragraph of 80 or more characters repeated word for word elsewhere in the policy.',
  defaultSeverity: 'info',
  reads: ['paragraphs'],
  check({ doc }) {
    // First occurrences by edge hash: a short list, or, for a crowded hash, a map by the normalised text. Texts are
    // normalised only to compare two that differ as written, so that most are never read whole.
    const first = new Map<number, First[] | Map<string, Unit>>();
    const earlierCopy = (text: string, u: Unit): Unit | undefined => {
      const hash = edgeHash(text);
      const known = first.get(hash);
      if (known === undefined) { first.set(hash, [{ text, unit: u }]); return undefined; }
      if (known instanceof Map) {
        const key = normalised(text);
        const earlier = known.get(key);
        if (!earlier) known.set(key, u);
        return earlier;
      }
      // The first occurrences under one hash have different normalised texts: at most one equals this one.
      for (const k of known) if (k.text === text) return k.unit;
      const key = normalised(text);
      for (const k of known) if ((k.key ??= normalised(k.text)) === key) return k.unit;
      if (known.length < MAX_BUCKET) known.push({ text, key, unit: u });
      else first.set(hash, new Map([...known.map((k): [string, Unit] => [k.key!, k.unit]), [key, u]]));
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
      if (consider(text, { start: p.start, end: p.end, line: p.line, whole: true })) continue;
      // Only a very long line can hold pasted copies of other paragraphs: compare its sentences too.
      if (text.length < LONG_LINE) continue;
      const re = /[^.!?。！？;；]+[.!?。！？;；]*/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const sentence = m[0].trim();
        if (sentence.length < MIN) continue;
        const start = p.start + m.index + (m[0].length - m[0].trimStart().length);
        consider(sentence, { start, end: start + sentence.length, line: p.line, whole: false });
      }
    }
    return out;
  },
  fixes({ doc }, finding) {
    if (!finding.data?.whole) return [];
    // Not the only text of its section: removing it would leave a heading over nothing (a section copied whole is
    // removed, heading and text, by duplicate-section's fix).
    const section = sectionAt(doc, finding.start);
    if (section && !section.inline && section.children.length === 0 && onlyParagraphOf(doc, section, finding.start)) return [];
    const { start, end } = wholeLine(doc, finding.start);
    return [{ title: 'Remove the repeated paragraph', edits: [{ start, end, newText: '' }] }];
  },
};

/** Whether the paragraph at `start` is the only one in its section's text. */
function onlyParagraphOf(doc: PolicyDocument, section: Section, start: number): boolean {
  const from = firstAfter(doc.paragraphs, section.headingEnd - 1, (q) => q.start);
  for (let i = from; i < doc.paragraphs.length && doc.paragraphs[i].start < section.end; i++) if (doc.paragraphs[i].start !== start) return false;
  return true;
}
