/**
 * truncated-sentence: a paragraph that breaks off in mid-sentence ("If you access our website through a third
 * party, or share our website content" and then the next paragraph), as text cut when a policy is copied.
 *
 * Said only where the lines around it show that this policy ends its sentences: a heading or a finished sentence
 * before it, a blank line after it, then a heading or a finished sentence. So table cells, addresses, lists and
 * lines wrapped inside a paragraph stay quiet; and only where the sentence shows it is unfinished (see
 * RE_UNFINISHED_END), not where a full stop was merely forgotten.
 */
import type { Paragraph, PolicyDocument } from '../model';
import type { Rule, RuleFinding } from './types';
import { isBlankLine, lineTextAt, nextTextLine, previousTextLine } from './util';
import { ParagraphMemo } from '../paragraphMemo';
import { anySectionOnLine } from '../sections';
import { isJsWhitespace } from '../text/patterns';

/** A sentence's end, before closing quotes or brackets. */
const RE_SENTENCE_END = /[.!?。！？]["”’)）]?$/;
const RE_LOWER_START = /^\p{Ll}/u;
/** Starts like a sentence: a capital letter (a list's `1.`, `•` or `(a)` does not; its `A.` is a heading). */
const RE_SENTENCE_START = /^\p{Lu}/u;
/** A label and its value ("Address: 1 Main Street"), or cells set apart by tabs. */
const RE_NOT_PROSE = /^[^:：]{1,40}[:：]|\t/;
/** Words that end a list or an abbreviation without a full stop being missed for a lost text. */
const RE_OPEN_END = /\b(?:etc|et al|e\.g|i\.e|and\/or)$/i;
/**
 * How a sentence that breaks off shows it, where one whose full stop was only forgotten does not: it ends on a
 * word no sentence ends with ("… such as the", "… after which we"), or it opens with a clause ("If you …", "When …") and its main
 * clause never comes (no ", we …", ", you …" after it).
 */
const RE_UNFINISHED_END = /\b(?:the|a|an|of|to|and|or|with|for|in|on|at|by|from|as|such|including|that|which|who|whose|our|your|their|its|is|are|be|will|may|can|must|shall|not|than|if|when|where|because|but|nor|into|under|about|between|through|we|they)$/i;
const RE_OPENING_CLAUSE = /^(?:If|When|Whenever|Where|Although|Though|Unless|While|Whilst|Before|After|Once|Since|Because|As long as|In case|In the event that|Provided that|In order to)\b/;
const RE_MAIN_CLAUSE = /,\s+(?:then\s+)?(?:we|you|the|our|your|this|it|they|there|such|all|any|i|these|those|he|she)\s/i;
const MIN_LENGTH = 60;
const MIN_WORDS = 10;
/** A finished sentence around it is a paragraph's worth of text, not a short line. */
const MIN_NEIGHBOUR = 40;

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'A paragraph that breaks off in mid-sentence, as text cut when the policy was copied.';

export const truncatedSentence: Rule = {
  code: 'truncated-sentence',
  defaultSeverity: 'info',
  check({ doc }, previous) {
    const out: RuleFinding[] = [];
    const isHeading = (i: number) => anySectionOnLine(doc.sections, i, (s) => !s.inline);
    const lineText = (i: number) => lineTextAt(doc, i).trim();
    const finished = (i: number) => {
      const t = lineText(i);
      return t.length >= MIN_NEIGHBOUR && RE_SENTENCE_END.test(t);
    };
    const brokenOff = brokenOffParagraphs.of(doc, previous);
    for (let atParagraph = 0; atParagraph < doc.paragraphs.length; atParagraph++) {
      if (!brokenOff[atParagraph]) continue;
      const p = doc.paragraphs[atParagraph];
      // A blank line after it, or (in a policy written without blank lines) a heading right under it.
      if (!(isBlankLine(doc, p.line + 1) || isHeading(p.line + 1))) continue;
      // Then a heading or a finished sentence that starts like one; a heading or a finished sentence before it.
      const after = nextTextLine(doc, p.line + 1);
      const before = previousTextLine(doc, p.line);
      if (after < 0 || before < 0) continue;
      if (!isHeading(after) && !(finished(after) && RE_SENTENCE_START.test(lineText(after)))) continue;
      if (!isHeading(before) && !finished(before)) continue;
      const quoted = doc.text.slice(Math.max(p.start, p.end - 40), p.end);
      out.push({
        start: p.end - lastWordLength(doc.text, p), end: p.end,
        message: `This paragraph breaks off in mid-sentence ("…${quoted.slice(quoted.indexOf(' ') + 1)}"): text may have been lost when the policy was copied. Complete the sentence.`,
      });
    }
    // A policy pasted from a PDF with a blank line after every line it wraps ("… email address and" / blank /
    // "phone number …") breaks its sentences all over: there a paragraph ending on "and" says nothing.
    return out.length && wrapsOverBlankLines(doc) ? [] : out;
  },
};

/**
 * Whether a paragraph's own text breaks off in mid-sentence (the lines around it are read by the check): long enough,
 * ending in lower case on a word no sentence ends with, or an opening clause whose main clause never comes, and
 * prose (no label, no tabs, no title in capitals, no address at the end).
 */
function breaksOff(text: string, p: Paragraph): boolean {
  if (p.end - p.start < MIN_LENGTH || !endsInLowerCase(text, p)) return false;
  // How it ends and starts, read from its last and first words (a paragraph may be thousands of characters).
  const tail = text.slice(p.end - 24, p.end);
  const head = text.slice(p.start, p.start + 24);
  if (!RE_SENTENCE_START.test(head) || RE_OPEN_END.test(tail)) return false;
  const paragraph = text.slice(p.start, p.end);
  if (!RE_UNFINISHED_END.test(tail) && !(RE_OPENING_CLAUSE.test(head) && !RE_MAIN_CLAUSE.test(paragraph))) return false;
  if (RE_NOT_PROSE.test(paragraph)) return false;
  const words = paragraph.split(/\s+/);
  // A web address or an email address at the end is no word cut off.
  return words.length >= MIN_WORDS && !/[./@]/.test(words[words.length - 1]) && !titleCased(words);
}

/** Each paragraph's breaksOff, carried over the paragraphs an edit leaves alone. */
const brokenOffParagraphs = new ParagraphMemo(breaksOff);

/** The length of a paragraph's last word (it ends in a letter: no whitespace after it). */
function lastWordLength(text: string, p: Paragraph): number {
  let k = p.end;
  while (k > p.start && !isJsWhitespace(text.charCodeAt(k - 1))) k--;
  return p.end - k;
}

/**
 * Cheapest first: the paragraph ends in a lower-case letter, the middle of a sentence ("… our website content"),
 * and a blank line follows it (a line wrapped inside its paragraph has the rest of the sentence under it).
 */
function endsBeforeBlankLine(doc: PolicyDocument, p: Paragraph): boolean {
  return endsInLowerCase(doc.text, p) && p.line + 1 < doc.lines.length && isBlankLine(doc, p.line + 1);
}

function endsInLowerCase(text: string, p: Paragraph): boolean {
  const last = text.charCodeAt(p.end - 1);
  return last >= 97 && last <= 122;
}

/** Two or more paragraphs ending in a lower-case letter whose sentence goes on, in lower case, after a blank line. */
function wrapsOverBlankLines(doc: PolicyDocument): boolean {
  let wraps = 0;
  for (const p of doc.paragraphs) {
    if (!endsBeforeBlankLine(doc, p)) continue;
    const next = nextTextLine(doc, p.line + 1);
    if (next >= 0 && RE_LOWER_START.test(lineTextAt(doc, next).trimStart()) && ++wraps >= 2) return true;
  }
  return false;
}

/** Most words capitalised: a title or a name ("Data Processing Agreement With Our Service Providers …"). */
function titleCased(words: readonly string[]): boolean {
  let capitalised = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) capitalised++;
  return capitalised * 2 >= words.length;
}
