/** dangling-reference: text that promises details "as follows" or "below" that never come. */
import type { Paragraph, Section } from '../model';
import { ParagraphMemo } from '../paragraphMemo';
import type { Rule, RuleFinding } from './types';
import { hasEmail, hasPhone, hasUrl, isJsWhitespace, withPlainSpaces } from '../text/patterns';
import { firstSectionAfter, sectionAt } from '../sections';
import { isTocCueText } from '../parse/toc';

// Chinese: "如下", and a colon after "以下…"/"下列…" ("但以下情况除外：", "包括以下信息：").
const RE_PROMISE = /\b(as follows|the following(?: (?:ways|channels|methods|means|details|information|contact details))?|(?:listed|set out|shown|described|(?:the|a) (?:table|list|chart|details)) below)\s*[.:：]\s*$|如下[。:：]?\s*$|(?:以下|下列)[^。；，\n]{0,12}[:：]\s*$/i;
const RE_PROMISE_WORDS = /follows|following|below|如下|以下|下列/i;
/** The last character of every RE_PROMISE match (before trailing spaces): `.`, `:`, `：`, `。` or `下`. */
function mayEndPromise(c: number): boolean {
  return c === 46 || c === 58 || c === 0xff1a || c === 0x3002 || c === 0x4e0b;
}

/** Whether the last character before `end` that is not whitespace is an s, g, n or w, in either case. */
function endsPromiseWord(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isJsWhitespace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k) | 32;
  return k >= start && (c === 115 || c === 103 || c === 110 || c === 119);
}
/** A sentence about the policy itself or its parts (which its sections may be what follows). */
const RE_ABOUT_POLICY = /\b(?:policy|notice|statement|sections|parts|chapters|topics|contents)\b|本政策|本声明/i;
const RE_CONTACT_WORDS = /contact|reach|write to|联系/i;
const RE_CONTACT_DETAIL = /(e-?mail|phone|tel|address|fax|post|website|form|电话|邮箱|地址)\s*[:：]/i;

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'Text that promises details "as follows" or "below" that never come.';

export const danglingReference: Rule = {
  code: 'dangling-reference',
  defaultSeverity: 'warning',
  check({ doc, contact }, previous) {
    const out: RuleFinding[] = [];
    const promises = promiseStarts.of(doc, previous);
    for (let atParagraph = 0; atParagraph < doc.paragraphs.length; atParagraph++) {
      if (promises[atParagraph] < 0) continue;
      const p = doc.paragraphs[atParagraph];
      const text = promiseTail(doc.text, p);
      const m = RE_PROMISE.exec(text)!;
      const here = sectionAt(doc, p.start);
      // What follows, up to the next heading that is not a subsection of this one.
      const after = firstSectionAfter(doc.sections, p.end);
      let next: Section | undefined;
      for (let i = after; i < doc.sections.length && !next; i++) if (!here || doc.sections[i].level <= here.level) next = doc.sections[i];
      const following = doc.text.slice(p.end, next ? next.start : Math.min(doc.text.length, p.end + 2000));
      const hasChildren = after < doc.sections.length && (!next || doc.sections[after].start < next.start);
      const body = text.replace(/[.。:：\s]+$/, '');
      const sentence = body.slice(lastSentenceStart(body));
      const aboutContact = RE_CONTACT_WORDS.test(sentence);
      const nothingFollows = following.trim() === '' && !hasChildren;
      const near = following.slice(0, 600);
      // The contact section itself may be what follows: the next heading, or any later one for "… below".
      const contactSection = contact.section;
      const contactFollows = !!contactSection && contactSection.start >= p.end
        && (/below/i.test(m[1] ?? '') || firstSectionAfter(doc.sections, p.end) === contactSection.index);
      const noContactDetails = aboutContact && !RE_CONTACT_DETAIL.test(near) && !hasEmail(near) && !hasUrl(near) && !hasPhone(following.slice(0, 300));
      if ((!nothingFollows && !noContactDetails) || (aboutContact && contactFollows)) continue;
      // The opening's sentence that says what the policy covers ("This policy will help you understand the
      // following:"), right before its first section: the sections are what follows.
      if (!here && next && !aboutContact && RE_ABOUT_POLICY.test(sentence) && isTocCueText(sentence + text.slice(body.length).trim())) continue;
      out.push({
        start: promises[atParagraph], end: p.end,
        message: aboutContact
          ? 'This sentence promises contact details that do not follow. Add them here, or point to the contact section.'
          : 'This sentence promises details that do not follow. Add them, or rephrase the sentence.',
      });
    }
    return out;
  },
};

/** The end of a paragraph where a promise is looked for, its spaces made plain (the length stays). */
function promiseTail(text: string, p: Paragraph): string {
  return withPlainSpaces(text.slice(Math.max(p.start, p.end - 300), p.end));
}

/** Where the promise that ends a paragraph starts, read from its text alone, or -1. */
function promiseStart(text: string, p: Paragraph): number {
  // Cheap tests first: how the paragraph ends (its span has no spaces around it, but may end in other whitespace),
  // then the promise words near its end.
  const last = text.charCodeAt(p.end - 1);
  if (!mayEndPromise(last) && !isJsWhitespace(last)) return -1;
  // Most paragraphs end with a full stop: a promise so ended ends in one of its words before it ("follows",
  // "following", "ways", "details", "information", "below", …), whose last letter is s, g, n or w.
  if (last === 46 && !endsPromiseWord(text, p.start, p.end - 1)) return -1;
  const tail = text.slice(Math.max(p.start, p.end - 40), p.end).trimEnd();
  if (!mayEndPromise(tail.charCodeAt(tail.length - 1)) || !RE_PROMISE_WORDS.test(tail)) return -1;
  const ending = promiseTail(text, p);
  const m = RE_PROMISE.exec(ending);
  return m ? p.end - (ending.length - m.index) : -1;
}

/** Each paragraph's promiseStart, carried over the paragraphs an edit leaves alone. */
const promiseStarts = new ParagraphMemo(promiseStart, (at, delta) => (at < 0 ? at : at + delta));

/**
 * Where the last sentence of a text starts: after its last `.`, `。`, `!` or `?` (0 without one). Read back from the
 * end, where `search(/[^.。!?]*$/)` tries every start and reads on to the end from each.
 */
function lastSentenceStart(text: string): number {
  let k = text.length - 1;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 0x3002 || c === 33 || c === 63) break;
    k--;
  }
  return k + 1;
}
