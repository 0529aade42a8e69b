/**
 * Which lines are headings.
 *
 * Numbered lines are headings or list items. Each is scored on what a reader sees (a short phrase followed by
 * body text reads as a heading; a long sentence ending in `;` as a list item), and siblings that continue one
 * numbering sequence vote together, so a list keeps all its items and a set of sub-headings all of theirs.
 * Unnumbered lines are headings when a table-of-contents entry names them, or when they are a short line with a
 * standard section title ("Contact us"); in a policy without numbered headings, also by their shape (a short
 * title-cased line, label or question before body text). Headings run into a long line are recovered from the
 * entries of the table of contents.
 */
import type { HeadingSource } from '../model';
import { isTitleBeforeSections } from './front';
import { firstAfter } from '../sections';
import { fieldKindOfLabel, isContactTitle } from '../text/contactTitle';
import { leadingDate } from '../text/dates';
import { detached } from '../text/detached';
import { mostlyCjk } from '../text/language';
import { RE_POSTAL_ADDRESS, STREET_TYPES, hasEmail, isJsWhitespace, withPlainSpaces } from '../text/patterns';
import { normalizeTitle, similarityOfWords, titleKey, titleWords, wordsWithin } from '../text/titles';
import { APPENDIX_KEYWORDS, FORMAL_NUMERALS, Marker, bracketTitle, isParentNumber, markerWithValue, multiPrefix, parseMarker, sameMarker, sameStyle, styleKey, withAlternative } from './numbering';
import { LineLookup, MAX_HEADING_LINE, RE_LETTER, RE_LOWER_START, ScannedLine, boldLeadEnd, boldAsAWhole, indentBefore, isMenuLine, isPageNumberLine, nextNonBlank, previousNonBlank, setInBold, startsLowerCase, titleEnding } from './scan';
import { MIN_TEXT_LINE, RE_ANY_COLON, RE_END_COLON, TocDraft, continuesEntry, cutShort, inCapitals, entryKey, entryLineTitle, entryTitle, joinedTitle, isNumberOnly, isTitleLike, isTitleWithColon, mayCarryTitleOn, runInEntries, withoutEndColon, wrappedKey } from './toc';

export interface HeadingDraft {
  line: number;
  /** Heading span (selection range). */
  start: number;
  end: number;
  titleStart: number;
  title: string;
  marker: Marker | undefined;
  source: HeadingSource;
  inline: boolean;
  /** Run into a long line and found there by a table of contents' entry (see inlineHeadingFinder). */
  fromEntry?: boolean;
  /** Named by the table of contents: a top-level section. */
  top: boolean;
  appendix: boolean;
  /** The section's text starts on the heading's line, right after the number (`第一条 为保护…`). */
  runIn?: boolean;
  /** A heading found by its shape and written in title case where the policy's main headings are in capitals. */
  subheading?: boolean;
  /** A sub-heading under a sub-heading found by its shape (see findShapedHeadings' groups): one level further down. */
  deeper?: boolean;
  /** An unnumbered opening section ("Overview", "Introduction"): numbered sections after it are its siblings. */
  opening?: boolean;
  /**
   * The title of a further notice or policy in the text ("Additional Notice for California Residents", "隐私政策"
   * before a translation): the numbered sections after it are its own, standard titles ("1. Contact Us") too.
   */
  part?: boolean;
  /**
   * An unnumbered sub-heading inside a numbered section (see spacedSubheadings): 1, a child of the open numbered
   * heading; 2, a child of the open sub-heading of depth 1.
   */
  underNumbered?: 1 | 2;
  /**
   * A numbered heading with a standard section title ("3) Contact"): a section of the policy's own, not an item of
   * the unnumbered standard section before it ("How We Use Information:").
   */
  standard?: boolean;
}

interface Candidate {
  /** The bold number and title that lead its text, if any (see boldLeadTitle). */
  bold: BoldLead | undefined;
  line: ScannedLine;
  marker: Marker;
  score: number;
  group: number;
  runIn: boolean;
  /** The line under it that holds its title (see titleLineBelow). */
  below: ScannedLine | undefined;
  /** The length of its title when the sections after it are collapsed into its line (see collapsedSequenceTitle). */
  collapsed: number;
}

const ARTICLE_KEYWORDS = new Set(['article', 'section', 'clause', 'chapter', 'part', '§', '条', '章', '节', '部分', '款', '篇', '조', '장', '절']);

function isArticleMarker(m: Marker): boolean {
  return (m.decoration === 'chapter' || m.decoration === 'keyword') && ARTICLE_KEYWORDS.has(m.keyword!);
}

const CANONICAL: RegExp[] = [
  /^(how (to|can you|you can) )?contact( us| information| details)?$/,
  /^(our )?contact (us|information|details)$/,
  /^(cookies?|cookie (policy|notice)|(our )?use of cookies|(use of )?cookies and (other |similar )?(tracking )?technologies|how (do |does )?(we|(our |the )?[a-z]+) uses? cookies( and (other |similar )?(tracking )?technologies)?)$/,
  // The chapters of the personal information protection policies Chinese companies publish (GB/T 35273), as their
  // English versions word them: "How we collect and use your personal information", "How we share, transfer and
  // publicly disclose…", "How do we protect…", "How we handle children's…", "How this policy is updated".
  // (Some name the company where the template says "we": "How does Lingxi collect…", "How Lingxi protects…", "How
  // does our company use cookies".)
  /^how (do |does )?(we|(our |the )?[a-z]+) ((collect|use|process|entrust|share|transfer|disclose|protect|store|retain|keep|handle)s?( and| or)? |publicly |the processing of )+(your |users |the )?(personal )?(information|data)( of (children|minors?)( under the age of \d+)?)?$/,
  /^how (do |does )?(we|[a-z]+) (handle|process|protect)s? (the )?(children|minors?)( personal)? (information|data)$/,
  /^how (you( can)?|(can|do) (you|i)|to) ((access|manage|control|correct|delete|modify|update|exercise)( and| or)? )+(your |my )?(personal )?(information|data|rights)$/,
  /^how to update (this|our|the) (privacy )?(policy|notice|statement)$/,
  /^how (is )?(this|our|the) (privacy )?(policy|notice|statement) (is )?(updated|changed|revised)$/,
  /^how (is )?(your )?(personal )?(information|data) (is )?transferred (globally|internationally|across borders)$/,
  /^(children|child|minors?)( privacy| personal information| information| data)?$/,
  /^(your )?(privacy |data protection )?rights( and choices| (to manage|with respect to|regarding|over) (your )?(personal )?(information|data))?$/,
  /^your (choices|privacy choices)$/,
  /^(data )?retention( period| of (your )?(personal )?(information|data))?$/,
  /^(data |information )?security( of (your )?(personal )?(information|data))?$/,
  /^(changes|updates|amendments|revisions) to (this|our|the) (privacy )?(policy|notice|statement)$/,
  /^(privacy )?policy (updates|changes)$/,
  /^(international|cross border|crossborder) (data )?transfers?( of (personal )?(data|information))?$/,
  /^(information|data|personal information|personal data) (we collect|collected|collection( and use)?)$/,
  // The sections of the policies app privacy policy generators write ("Log Data", "Service Providers", "Links to
  // Other Sites").
  /^(log (data|files|information)|service providers|links to (other|third party) (sites|websites)|third party (links|websites|sites))$/,
  /^(what |the )?(personal )?(information|data) (do )?we collect( about you)?$/,
  // Website policies' plain questions: "Who we share your data with", "How long we keep it", "Where we store it".
  /^(who (do )?we share|how long (do )?we (keep|retain|store)|where (do )?we (store|process)|why (do )?we (collect|process|use)) (it|your (personal )?(information|data))( with)?$/,
  /^how we use (your )?(personal )?(information|data)$/,
  /^(how (do )?we (share|disclose)|(sharing|disclosure|sharing and disclosure) of|sharing|disclosing) (your )?(personal )?(information|data)$/,
  /^(information|data) (sharing|disclosure)$/,
  /^(sharing|disclosure|sharing and disclosure|third party services|third parties)$/,
  /^(introduction|overview|summary|definitions|scope( of application)?|who we are|about us|(legal|lawful) bas(is|es)( for processing)?|do not track|data controller|data protection officer|do not sell or share my personal information|your california privacy rights|(version|revision|change|document) history)$/,
  /^(如何)?联系我们$/,
  // The same chapters in Chinese ("我们如何收集和使用您的个人信息", "我们如何共享、转让、公开披露您的个人信息"…).
  /^我们如何((收集|使用|委托处理|处理|共享|转让|公开披露|保护|存储|保存)(和|及|与)? ?)+(您的)?个人信息$/,
  /^我们如何使用 ?cookie ?((和|及|与)(同类|类似|其他)(的)?技术)?$/,
  /^我们如何(处理|保护)(儿童|未成年人)的?个人信息$/,
  /^您如何(管理|访问|控制)您的个人信息$/,
  /^您的个人信息如何(在全球范围)?(转移|跨境传输)$/,
  /^(引言|概述|前言|定义|适用范围|您的权利|本政策如何更新|政策更新|未成年人保护|儿童个人信息保护)$/,
  // The supplementary provisions Korean and Japanese policies end with (in force from…).
  /^(부칙|附則|附则)$/,
];

/** A heading whose title goes on onto line `rest`, wrapped where it was full: over both lines, titled by both. */
function goesOnOnto(draft: HeadingDraft, first: ScannedLine, rest: ScannedLine): void {
  draft.end = rest.end;
  draft.title = joinedTitle(first.title, rest.title);
}

/**
 * The line carrying on a standard title that `l` starts, wrapped where the line was full: short words in lower case
 * right under it, which make a standard title once joined to it.
 */
function wrappedStandardTitle(scanned: readonly ScannedLine[], l: ScannedLine): ScannedLine | undefined {
  const next = scanned[l.index + 1];
  if (!next || next.blank || next.marker || next.bullet || !next.titleLike || next.end - next.start > 40 || l.end - l.start < 15) return undefined;
  return startsLowerCase(next) && isCanonicalTitle(joinedTitle(l.title, next.title)) ? next : undefined;
}

/** Standard titles of a policy's opening section, which does not hold the numbered sections after it. */
const RE_OPENING_TITLE = /^(introduction|overview|summary|preamble|preface|scope( of application)?|who we are|about us)$/;

/** The titles above as one pattern: a title is tested once, not once per pattern. */
const RE_CANONICAL = new RegExp(CANONICAL.map((re) => `(?:${re.source})`).join('|'));

export function isCanonicalTitle(title: string): boolean {
  const n = normalizeTitle(title);
  return n.length > 0 && n.length <= 80 && RE_CANONICAL.test(n);
}

const RE_LIST_END = /[;,；，、]$/;
const RE_SENTENCE_END = /[.。!！]["”’)）]?$/;
const RE_COLON_END = /[:：]$/;
const RE_CLAUSE_COMMA = /[,，、]/;
const RE_CJK = /[\u4e00-\u9fff]/;
const RE_TWO_SENTENCES = /[a-z)][.!?]["”’]?\s+[A-Z]|[。！？；]\s*\S/;

/**
 * The line right under a number standing alone, when it is that number's title (`Article 1` / `Subject matter`,
 * `CHAPTER II` / `RIGHTS`, as legal texts set them): a short phrase of its own, not numbered or bulleted, not a
 * sentence, a label or the lower-case rest of one.
 */
function titleLineBelow(scanned: readonly ScannedLine[], l: ScannedLine): ScannedLine | undefined {
  if (!isNumberOnly(l)) return undefined;
  let n = scanned[l.index + 1];
  // Pasted from a PDF, lines stand a blank line or two apart: an article's title too (`ARTICLE I` / blank /
  // `DEFINITIONS`), when it is written as a title.
  const spaced = !!n?.blank && isKeywordNumber(l);
  if (spaced) n = scanned[l.index + 2]?.blank ? scanned[l.index + 3] : scanned[l.index + 2];
  if (!n || n.blank || n.marker || n.bullet || !isTitleLike(n, 80) || RE_TERMINAL.test(n.title) || RE_ANY_COLON.test(n.title) || startsLowerCase(n)) return undefined;
  // Nor a long line run on into the next, in text broken where its lines were full.
  const after = scanned[n.index + 1];
  if (after && runsOnInto(n, after)) return undefined;
  return spaced && !titleCased(n.title) ? undefined : n;
}

/** A number written with a keyword: `Article 1`, `CHAPTER II`, `Section 3`, `第一章`. */
function isKeywordNumber(l: ScannedLine): boolean {
  return !!l.marker && (l.marker.decoration === 'keyword' || l.marker.decoration === 'chapter');
}

/** The line holding the number whose title is line `i` (see titleLineBelow), or undefined. */
function numberLineAbove(scanned: readonly ScannedLine[], i: number): number | undefined {
  if (i > 0 && isNumberOnly(scanned[i - 1])) return i - 1;
  for (let j = i - 2; j >= Math.max(0, i - 3); j--) {
    if (!scanned[j + 1].blank) break;
    if (isNumberOnly(scanned[j]) && isKeywordNumber(scanned[j])) return j;
  }
  return undefined;
}

/**
 * Whether a long line not ended by punctuation carries on into the line right after it, a line of text that starts
 * in lower case (and is no short wrapped title, see continuesEntry).
 */
export function runsOnInto(l: ScannedLine, next: ScannedLine): boolean {
  return next.index === l.index + 1 && !next.blank && !next.marker && !next.bullet && l.title.length >= MIN_RUN_ON_LINE
    && !RE_PUNCTUATION_END.test(titleEnding(l)) && startsLowerCase(next) && !continuesEntry(l, next);
}
/** A line broken where it was full: long, as a line of a page is (a narrow one too: 64 columns). */
const MIN_RUN_ON_LINE = 40;
/** Ends a sentence, a clause or a list's item, or introduces what follows: where a line's words stop. */
const RE_PUNCTUATION_END = /[.。!！?？:：;；,，、]["”’)）]?$/;

/**
 * Whether numbered line `l` carries on the sentence of the line right above it, a long line not ended by
 * punctuation, its words after the number in lower case ("… (please see" / "Appendix 1 for the specific information …"),
 * or nothing after it ("… contact us as described in" / "Section 8."): its number is a word of that sentence, in
 * text broken where its lines were full.
 */
export function carriesOn(above: ScannedLine | undefined, l: ScannedLine): boolean {
  if (!above || above.index !== l.index - 1 || above.blank || above.title.length < MIN_RUN_ON_LINE) return false;
  const end = titleEnding(above);
  if (RE_PUNCTUATION_END.test(end)) return false;
  // A number alone carries on text cut right before a section's number; not a numbered heading's wrapped title.
  return l.title.length === 0 ? !above.marker && RE_BEFORE_NUMBER.test(end) : RE_LOWER_START.test(l.title);
}
/** The last word of a sentence cut right before a section's number: "described in", "see", "under". */
const RE_BEFORE_NUMBER = /\s(?:in|see|under|to|at|of|with|per|from|and|or|by|within)$/i;

/** How much a numbered line reads like a heading (> 0) or a list item (< 0). */
function headingScore(scanned: readonly ScannedLine[], l: ScannedLine, marker: Marker): number {
  const t = l.title;
  const length = l.end - l.titleStart;
  if (t.length === 0) {
    if (carriesOn(scanned[l.index - 1], l)) return -3;
    const below = titleLineBelow(scanned, l);
    if (!below) return marker.decoration === 'multi' ? 2 : -1;
    // Its title is the line below: body text after that reads as a heading; the next number does not, as in a
    // list of items written under their numbers (`1.` / `Your name` / `2.` / `Your email`).
    const j = nextNonBlank(scanned, below.index);
    const n = j >= 0 ? scanned[j] : undefined;
    return n && !n.marker && !n.bullet ? 2.5 : marker.decoration === 'multi' ? 2 : 0;
  }
  // A street address on a line of its own ("12 Harbour Road, Dublin 2", "4 Mill Lane", "9 Kings Gate, York YO1
  // 7HH"): its house number is no section number.
  if (marker.decoration === 'space' && (RE_STREET_AFTER_NUMBER.test(t) || RE_POSTAL_ADDRESS.test(t))) return -5;
  // A row of a table pasted as text, its cells set apart by tabs (`A. Identifiers⇥Name, email⇥YES`); not a page
  // number after a tab.
  if (t.includes('\t') && RE_TAB_CELL.test(t)) return -5;
  // Or by bars (`A. Identifiers | Name, email | YES`).
  if (hasBarCells(t)) return -5;
  // A contact detail after its label, numbered as the items of a contact section are ("1. Email: privacy@…" /
  // "2. Phone: …" / "3. Address: …"): a field, not a section.
  if (isContactField(t)) return -5;
  // A dated entry: a row of a version history or a changelog ("1.0 1 January 2024 First version").
  if (leadingDate(t) !== undefined) return -5;
  let s = 0;
  const listEnd = RE_LIST_END.test(t);
  if (listEnd) s -= 3;
  if (length > 150) s -= 3;
  else if (length > 100) s -= 1;
  if (RE_TWO_SENTENCES.test(t)) s -= 2;
  const first = t.charCodeAt(0);
  if (first >= 97 && first <= 122) s -= 1.5;
  // A standard title ended by a full stop ("II. How we use personal information.") is no sentence.
  const endsSentence = RE_SENTENCE_END.test(t) && !(length <= 80 && isCanonicalTitle(t));
  if (endsSentence) s -= 1;
  const last = t.charCodeAt(t.length - 1);
  if (last === 58 /* : */ || last === 0xff1a /* ： */) s -= 0.5;
  // Words are the pieces between single spaces; counted in place (splitting allocates on every numbered line).
  let words = 1;
  let capitalised = t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90 ? 1 : 0;
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
    words++;
    const c = t.charCodeAt(i + 1);
    if (c >= 65 && c <= 90) capitalised++;
  }
  // Wrapped onto the next line (see continuesEntry) and long once joined: an item or a sentence set over two lines,
  // which a heading's title seldom is ("1. Your name and the email address you give us when you" / "register for
  // an account"), and never at more than sixteen words.
  const next = scanned[l.index + 1];
  if (next && continuesEntry(l, next) && words + wordCount(next.title) > 10) s -= words + wordCount(next.title) > 16 ? 4 : 2;
  // Or a long one, run on into a line of text in lower case: a sentence or item whose lines were broken where they
  // were full, as a PDF's copy breaks them ("(1) To improve our services: we may use relevant information" /
  // "provided by you to process your orders, …").
  else if (next && runsOnInto(l, next)) s -= 3;
  // Or one that carries on the sentence above it (see carriesOn).
  if (carriesOn(scanned[l.index - 1], l)) s -= 3;
  const phrase = !endsSentence && !listEnd;
  const titleCase = words >= 2 && capitalised / words >= 0.5;
  // Whether the text is Chinese matters only to these two tests: read only when one of them could pass.
  const cjk = (phrase || titleCase) && RE_CJK.test(t);
  if (phrase && (cjk ? length <= 30 : words <= 12)) s += 1;
  if (!cjk && titleCase) s += 0.5;
  // The first item after a sentence introducing a list ("… for the following purposes.", "We collect:").
  const k = previousNonBlank(scanned, l.index);
  if (k >= 0 && introducesItems(scanned[k], marker)) s -= 1;
  const j = nextNonBlank(scanned, l.index);
  if (j >= 0) {
    const n = scanned[j];
    if (n.marker && n.marker.value === marker.value + 1 && sameStyle(n.marker, marker)) s -= 1;
    // Right before the next article (`2. 回答するため` / `第4条（お問い合わせ）`): the last item of the article's list.
    else if (n.marker && isArticleMarker(n.marker) && !isArticleMarker(marker)) s -= 1;
    // Right before the next of the numbered lines it stands among (`① … as follows.` / `1. Payment: …` / `2. Delivery:
    // …` / `② …`), with no text of its own: the last item of a list nested in the outer one.
    else if (n.marker && !sameStyle(n.marker, marker) && resumesEarlierSequence(scanned, l.index, n.marker)) s -= 1;
    // Right over its first sub-section (`1 How We Collect…` / `1.1 Definitions`): a heading over numbered ones.
    else if (!n.marker ? !n.bullet : isParentNumber(marker, n.marker)) s += 1.5;
  }
  // A standard title leading the section's text, ended by a colon ("1. Contact Us: Email …") or in title case by
  // its full stop ("6. How We Use Cookies. To ensure …"), reads as a heading.
  // Not a label over the values it lists ("(b) Log information: IP address, access time, pages visited."): an item.
  const lead = t.length > 40 ? (hasEarlyColon(t) ? colonLeadTitle(t) : 0) || runInLeadTitle(t) : 0;
  if (lead && isCanonicalTitle(t.slice(0, lead)) && !RE_VALUES.test(t.slice(lead + 1))) s += 5;
  return s;
}

/** Names parted by commas, the first of three words at most and without a person in it: values, not a sentence. */
const RE_VALUES = /^\s*(?![^,]*\b(?:we|you|our|your|us|i|my)\b)(?:[^\s,]+\s+){0,2}[^\s,]+\s*,\s*\S/i;

/** Text, tabs, then text that is no page number: cells of a table row. */
const RE_TAB_CELL = /\S\t+[^\t\d\s]/;

/** A sentence that says a list follows: it ends with a colon, or names what follows ("the following purposes."). */
const RE_INTRODUCES_ITEMS = /[:：]$|\b(?:the following|as follows|listed below|include)\b[^.!?]{0,60}[.:]$/i;

/**
 * Whether `next` continues a sequence of its style numbered before line `line`: the nearest numbered line of that
 * style among the RESUMED_SEQUENCE_REACH lines before is its predecessor (`①` before `②`).
 */
export const RESUMED_SEQUENCE_REACH = 30;

function resumesEarlierSequence(scanned: readonly ScannedLine[], line: number, next: Marker): boolean {
  if (next.value < 2) return false;
  for (let i = line - 1; i >= 0 && i >= line - RESUMED_SEQUENCE_REACH; i--) {
    const m = scanned[i].marker;
    if (m && sameStyle(m, next)) return m.value === next.value - 1;
  }
  return false;
}

/**
 * Whether a line introduces the items after it (see RE_INTRODUCES_ITEMS); read by the score of a numbered line
 * after it. A numbered line does so only as a sentence, ended by a full stop, before items numbered in another
 * style (`item`): "① The Company entrusts processing as follows." / "1. Payment: …" (one ended by a colon may be
 * a heading over its sub-sections, and one of the same style is the item's sibling).
 */
export function introducesItems(l: ScannedLine, item?: Marker, verdicts?: LineVerdicts): boolean {
  if (l.marker && (item === undefined || sameStyle(l.marker, item))) return false;
  return verdicts ? verdicts.promisesItems(l) : promisesItems(l);
}

/** Whether a line's wording introduces items, whatever numbers them (see introducesItems). */
export function promisesItems(l: ScannedLine): boolean {
  if (l.blank) return false;
  // It ends with a colon or a full stop: read further only then (this runs for the line before every numbered one).
  // (A numbered line only as a sentence, ended by its full stop.)
  const t = titleEnding(l);
  const last = t.charCodeAt(t.length - 1);
  return (last === 46 || (!l.marker && (last === 58 || last === 0xff1a))) && RE_INTRODUCES_ITEMS.test(endOf(t));
}

/**
 * The last 80 characters of a line's title, all RE_INTRODUCES_ITEMS reads: its words end at most 61 characters
 * before the end, and it needs one character before them for its word boundary.
 */
function endOf(t: string): string {
  return t.length > 80 ? t.slice(-80) : t;
}

/** The rest of an address after its house number: a street's name and kind, then the town after a comma or on the next line. */
const RE_STREET_AFTER_NUMBER = new RegExp(`^(?:[A-Z][A-Za-z'’.-]*\\s+){1,3}(?:${STREET_TYPES})(?:,|$)`);

/**
 * What heading detection reads from a numbered line's own text: its score and the tests on its wording. Two
 * versions of a line with equal traits (and the same number) are treated alike.
 */
export function numberedLineTraits(text: string, scanned: readonly ScannedLine[], l: ScannedLine): string {
  if (!l.marker) return '';
  const t = l.title;
  // Whether a title leads the text, ended by its full stop or set in bold, and whether it is one word or vouches for
  // itself (see findHeadings' vote on run-in siblings, and loneLead).
  const runIn = runInLeadTitle(t) || unmarkedLeadTitle(t);
  const bold = boldLeadTitle(text, l);
  const lead = `${runIn > 0 && wordCount(t.slice(0, runIn)) < 2}|${runIn > 0 && titledLead(t.slice(0, runIn))}|${bold === undefined ? '' : wordCount(bold.title) < 2}`;
  const end = titleEnding(l);
  const sentence = sentenceCaseLead(t);
  const sentenceLead = sentence === undefined ? '' : titledLead(sentence) ? 'titled' : 'plain';
  return `${headingScore(scanned, l, l.marker)}|${RE_SENTENCE_END.test(end)}|${RE_LIST_END.test(end)}|${t.length <= 150}|${leadTitle(t) > 0}|${sentenceLead}|${collapsedSequenceTitle(text, l, l.marker) > 0}|${lead}`;
}

/** Group key for list voting: the style, and for multi-level numbers the parent number they group under. */
function sequenceKey(m: Marker): string {
  return m.decoration === 'multi' ? `${styleKey(m)}:${multiPrefix(m).join('.')}` : styleKey(m);
}

/** How far afterRun looks past each number. */
const SEQUENCE_LOOKAHEAD = 200;

/**
 * The first number in the sequence style `key` (see sequenceKey) after line `i`, numbered `value`, that does not go
 * on from the one before it (`3.` `4.` then `3.`), each within SEQUENCE_LOOKAHEAD lines of the one before.
 */
function afterRun(scanned: readonly ScannedLine[], excluded: LineLookup, i: number, key: string, value: number): Marker | undefined {
  let last = value;
  let lastLine = i;
  for (let j = i + 1; j < scanned.length && j <= lastLine + SEQUENCE_LOOKAHEAD; j++) {
    const m = scanned[j].marker;
    if (!m || excluded.has(j) || sequenceKey(m) !== key) continue;
    if (m.value !== last + 1) return m;
    last = m.value;
    lastLine = j;
  }
  return undefined;
}

/** Resolves `I.`/`V.`/`X.`/`C.` between Roman numerals and letters from the previous marker of that decoration. */
function resolveAmbiguous(m: Marker, previous: Marker | undefined): Marker {
  if (!m.alt || !previous) return m;
  const alt = withAlternative(m)!;
  if (previous.kind === alt.kind && alt.value === previous.value + 1) return alt;
  if (previous.kind === m.kind && m.value === previous.value + 1) return m;
  // A letter a little after the previous one continues its list over a gap (`g.` then `i.`); far after it (`a.` then
  // `i.`), it is the first Roman numeral of a list nested below.
  if (previous.kind === alt.kind && previous.kind.startsWith('alpha') && alt.value > previous.value && alt.value - previous.value <= 3) return alt;
  return m;
}

export interface HeadingInput {
  text: string;
  scanned: readonly ScannedLine[];
  /** Title, metadata and table-of-contents lines: never headings. */
  excluded: LineLookup;
  tocs: readonly TocDraft[];
  markdown?: boolean;
  /** The title key of a line (cached by the caller). */
  keyOfLine?: (l: ScannedLine) => string;
  /** Inline headings of a line already known (from the previous version of the document), or undefined. */
  knownInline?: (l: ScannedLine) => HeadingDraft[] | undefined;
  /** The inline heading search for the tables' entries, when the caller has built it (see inlineHeadingFinder). */
  inlineFinder?: InlineHeadingFinder;
  /** Per-line answers kept across edits of the document (see LineVerdicts). */
  verdicts?: LineVerdicts;
  /** The document's title, which a page header repeats. */
  documentTitle?: string;
  /** Whether the policy was pasted without blank lines (see tightLayout), when the caller knows. */
  tight?: boolean;
  /** Filled with the numbers looked for inside long lines (see findSkippedInlineHeadings), as written (`4.`). */
  skippedMarkers?: Set<string>;
}

/**
 * What is concluded from one line's text (and, for the score of its number, the next non-blank line, or for a
 * number whose title stands on the next line, the one after that): kept with the document's line stages, so that
 * after an edit only the changed line and the two non-blank lines before it are judged again (see forget): the
 * scores of numbered lines and whether a line is a standard title.
 */
export class LineVerdicts {
  /** headingScore of each line with its own marker; NaN until computed. */
  private readonly scores: Float64Array;
  /** isCanonicalTitle of each line: 0 until computed, 1 yes, 2 no. */
  private readonly canonical: Uint8Array;
  /**
   * Whether a line is known to lead its text with no title (paragraphLead): bit 1 as read with marks or without,
   * bit 2 with marks only. Only that answer is kept: a line with a lead (rare) is read again for its offsets.
   */
  private readonly noLead: Uint8Array;
  /** promisesItems of each line: 0 until computed, 1 yes, 2 no. */
  private readonly promises: Uint8Array;
  constructor(lineCount: number, from?: LineVerdicts) {
    this.scores = from ? from.scores.slice() : new Float64Array(lineCount).fill(NaN);
    this.canonical = from ? from.canonical.slice() : new Uint8Array(lineCount);
    this.noLead = from ? from.noLead.slice() : new Uint8Array(lineCount);
    this.promises = from ? from.promises.slice() : new Uint8Array(lineCount);
  }
  /** Forgets what was concluded of a line (its text changed, or the next non-blank line did). */
  forget(line: number): this {
    if (line >= 0 && line < this.scores.length) {
      this.scores[line] = NaN;
      this.canonical[line] = 0;
      this.noLead[line] = 0;
      this.promises[line] = 0;
    }
    return this;
  }
  score(scanned: readonly ScannedLine[], l: ScannedLine, marker: Marker): number {
    // A marker resolved to its alternative reading (`I.` as a letter) is scored afresh: the cache holds the line's own.
    if (marker !== l.marker) return headingScore(scanned, l, marker);
    let s = this.scores[l.index];
    if (Number.isNaN(s)) this.scores[l.index] = s = headingScore(scanned, l, marker);
    return s;
  }
  isCanonical(l: ScannedLine): boolean {
    let v = this.canonical[l.index];
    if (v === 0) this.canonical[l.index] = v = isCanonicalTitle(l.title) ? 1 : 2;
    return v === 1;
  }
  /** paragraphLead, read from the line alone. */
  lead(text: string, l: ScannedLine, unmarked: boolean): ParagraphLead | undefined {
    const none = unmarked ? 1 : 2;
    if (this.noLead[l.index] & none) return undefined;
    const lead = paragraphLead(text, l, unmarked);
    if (!lead) this.noLead[l.index] |= none;
    return lead;
  }
  /** promisesItems, read from the line alone. */
  promisesItems(l: ScannedLine): boolean {
    let v = this.promises[l.index];
    if (v === 0) this.promises[l.index] = v = promisesItems(l) ? 1 : 2;
    return v === 1;
  }
}

/** A sequence of numbered lines being read: its group (see findHeadings) and its last number. */
interface OpenGroup {
  group: number;
  last: Marker;
  /** The sequence of the same style this one interrupted (section `6.`, whose items `1.` `2.` … this is). */
  outer?: { readonly group: number; readonly last: Marker };
}

/** Whether a line's title is a standard one (see isCanonicalTitle): the input's kept verdict, where it keeps them. */
function isCanonicalLine(input: HeadingInput, l: ScannedLine): boolean {
  return input.verdicts ? input.verdicts.isCanonical(l) : isCanonicalTitle(l.title);
}

/** The headings the tables of contents name (see tocTargetsOf). */
interface TocTargets {
  /** The line of each heading an entry names, and whether that heading is top-level. */
  readonly lines: Map<number, boolean>;
  /** Headings an entry names by their whole title, wrapped onto the next line: that line, by the heading's line. */
  readonly wrapped: Map<number, ScannedLine>;
  /** Paragraphs an entry names by the title they lead their text with (see runInEntryTitle): that title, by line. */
  readonly runIn: Map<number, string>;
}

/**
 * Step 1 of findHeadings. (Each step is a function of its own: V8 compiles one large function slowly, in the
 * background while the first edits of a session run unoptimised, and drops all of it when one of its paths turns
 * out to need other types.)
 */
function tocTargetsOf(input: HeadingInput): TocTargets {
  const { scanned, excluded } = input;
  // 1. Table-of-contents entries name headings, top-level ones unless indented under another entry: find them,
  // in order. The value says whether the heading is top-level.
  const tocTargets = new Map<number, boolean>();
  // Title keys of the lines that could be headings (TOC lines are in `excluded`), computed once for all tables.
  const keyToLines = new Map<string, number[]>();
  // A heading wrapped onto the next line, as a PDF's copy breaks it ("Who else sees your data, and when we pass it
  // on to other" / "companies"), is named by its whole title: by the line it starts, that title's key and the line
  // it goes on onto; and those named so, with that line.
  const wrappedTo = new Map<number, { rest: ScannedLine; key: string }>();
  const wrappedTargets = new Map<number, ScannedLine>();
  // A heading run into its text is named by the title it leads with (see runInEntryTitle): those titles by line,
  // and those named so.
  const runInTitles = new Map<number, string>();
  const namedRunIn = new Map<number, string>();
  if (input.tocs.length) {
    const index = (key: string, line: number) => {
      const list = keyToLines.get(key);
      if (list) list.push(line);
      else keyToLines.set(key, [line]);
    };
    for (let atLine = 0; atLine < scanned.length; atLine++) {
      const l = scanned[atLine];
      if (excluded.has(l.index) || !(isTitleLike(l) || isTitleWithColon(l))) continue;
      const key = input.keyOfLine ? input.keyOfLine(l) : titleKey(entryTitle(l.title));
      if (key) index(key, l.index);
      const next = scanned[atLine + 1];
      if (next && !excluded.has(next.index) && next.titleLike && mayCarryTitleOn(l, next)) {
        const whole = wrappedKey(l.title, next.title);
        if (whole && whole !== key) { index(whole, l.index); wrappedTo.set(l.index, { rest: next, key: whole }); }
      }
    }
    // An entry that names no such line may name a paragraph by the title it leads with (see runInEntryTitle): those
    // titles are read then, for those entries only.
    const unnamed = new Map<string, string>();
    for (const t of input.tocs) {
      for (const i of t.lines) {
        const key = entryKey(scanned, t, i, input.keyOfLine);
        if (!keyToLines.has(key)) unnamed.set(key, entryTitle(entryLineTitle(scanned, t, i)));
      }
    }
    if (unnamed.size) {
      runInEntries(scanned, excluded, unnamed.values(), (l, title, key) => {
        if (!unnamed.has(key)) return;
        index(key, l.index);
        runInTitles.set(l.index, title);
      });
    }
  }
  // The word sets of the lines an entry whose heading drifted is compared with, kept: the entries of one table
  // (and the copies of a table) compare with the same lines.
  const lineWords = new Map<number, ReadonlySet<string>>();
  const wordsOfLine = (i: number): ReadonlySet<string> => {
    let words = lineWords.get(i);
    if (!words) lineWords.set(i, (words = new Set(titleWords(scanned[i].title))));
    return words;
  };
  for (const toc of input.tocs) {
    const after = toc.lines[0] < scanned.length / 2;
    let from = after ? toc.lines[toc.lines.length - 1] + 1 : 0;
    // The line of the heading each entry names, where one has its title.
    const hits: (number | undefined)[] = new Array(toc.lines.length).fill(undefined);
    for (let k = 0; k < toc.lines.length; k++) {
      const entryLine = toc.lines[k];
      const key = entryKey(scanned, toc, entryLine, input.keyOfLine);
      const options = keyToLines.get(key) ?? [];
      // Lines are in order: skip to the first one at or after `from` by bisection.
      let lo = firstAfter(options, from - 1, lineNumber);
      while (lo < options.length && tocTargets.has(options[lo])) lo++;
      const hit = options[lo];
      if (hit === undefined) continue;
      // A title on the line under its number (`Article 1` / `Definitions`): the heading is the number's line.
      const above = numberLineAbove(scanned, hit);
      const target = above !== undefined && !excluded.has(above) ? above : hit;
      tocTargets.set(target, !toc.subEntryLines.has(entryLine));
      const runIn = runInTitles.get(hit);
      if (runIn !== undefined && target === hit) namedRunIn.set(hit, runIn);
      // Named by its whole title, wrapped onto the next line: the heading spans both.
      const wrapped = wrappedTo.get(hit);
      if (wrapped?.key === key && target === hit) wrappedTargets.set(hit, wrapped.rest);
      from = hit + 1;
      hits[k] = target;
    }
    // An entry whose heading's wording drifted from it ("How do we use cookies and other recording tools" /
    // "Cookies and other recording tools") names the unnumbered line most like it between the headings its
    // neighbours name. Not a numbered entry, whose heading is found by its number, unless the headings the table
    // names are all unnumbered (a web page's numbered list of contents over headings without numbers).
    const namesUnnumbered = hits.every((h) => h === undefined || !scanned[h].marker);
    for (let k = 0; k < toc.lines.length; k++) {
      const entryLine = toc.lines[k];
      if (hits[k] !== undefined || (scanned[entryLine].marker && !namesUnnumbered)) continue;
      let before = after ? toc.lines[toc.lines.length - 1] : -1;
      for (let j = k - 1; j >= 0; j--) if (hits[j] !== undefined) { before = hits[j]!; break; }
      let until = after ? scanned.length : toc.lines[0];
      for (let j = k + 1; j < hits.length; j++) if (hits[j] !== undefined) { until = hits[j]!; break; }
      const best = driftedHeadingLine(input, entryTitle(entryLineTitle(scanned, toc, entryLine)), before, until, tocTargets, wordsOfLine);
      if (best === undefined) continue;
      tocTargets.set(best, !toc.subEntryLines.has(entryLine));
      hits[k] = best;
    }
  }
  return { lines: tocTargets, wrapped: wrappedTargets, runIn: namedRunIn };
}

/**
 * Whether numbered headings other than appendices are among `drafts` (see findHeadings: a policy whose only numbers
 * are its appendices' heads the sections before them by their shape).
 */
export function numbersItsSections(drafts: readonly HeadingDraft[]): boolean {
  return drafts.some((d) => d.source === 'numbered' && !d.appendix);
}

/** The line of the first numbered appendix among `drafts`, or Infinity. */
function firstAppendixLine(drafts: readonly HeadingDraft[]): number {
  let first = Infinity;
  for (const d of drafts) if (d.source === 'numbered' && d.appendix && d.line < first) first = d.line;
  return first;
}

/** The unnumbered headings findHeadings finds line by line (step 3), by kind. */
interface UnnumberedDrafts {
  readonly drafts: HeadingDraft[];
  /** Titles of further notices or policies in the text (see isPartTitle). */
  readonly parts: HeadingDraft[];
  /** Standard titles written with a colon. */
  readonly withColon: HeadingDraft[];
}

/**
 * Step 3 of findHeadings, for one line without a number or bullet: the heading it is, if any, added to `out`. When
 * that heading goes on onto the next line, that line's index (the caller goes on after it).
 */
function unnumberedHeading(input: HeadingInput, l: ScannedLine, toc: TocTargets, isTight: () => boolean, out: UnnumberedDrafts): number | undefined {
  const { scanned, excluded } = input;
  const { drafts, parts, withColon } = out;
  const tocTarget = toc.lines.get(l.index);
  const appendix = tocTarget === undefined ? unnumberedAppendix(l) : undefined;
  if (tocTarget !== undefined) {
    // Named by an indented entry: a sub-heading of the heading before it.
    const draft = tocTarget ? lineDraft(l, undefined, 'toc', true) : { ...lineDraft(l, undefined, 'toc', false), subheading: true };
    const rest = toc.wrapped.get(l.index);
    if (rest) goesOnOnto(draft, l, rest);
    drafts.push(draft);
    return rest?.index;
  } else if (appendix) {
    drafts.push({ ...lineDraft(l, undefined, 'canonical', false), ...appendix, appendix: true });
  } else if (isTitleLike(l, 80) || isTitleWithColon(l, 80)) {
    // A standard title or one about contact is a heading at once; a part's title once all of them are known.
    // So is a standard title wrapped onto the next line, as a PDF's copy breaks it ("How we share, transfer and
    // publicly disclose your" / "personal information").
    const wrappedTo = isCanonicalLine(input, l) ? undefined : wrappedStandardTitle(scanned, l);
    const standard = isCanonicalLine(input, l) || !!wrappedTo || isContactHeading(scanned, l, isTight);
    // Nor a link, a menu or a page number pasted with the text (a menu names "Contact").
    if ((!standard && !isPartTitle(scanned, l)) || isPageChrome(l)) return undefined;
    // Not when it is one cell of a run of short lines (a flattened table or a list of names).
    const j = nextNonBlank(scanned, wrappedTo ? wrappedTo.index : l.index);
    const k = previousNonBlank(scanned, l.index);
    const shortText = (x: number) => x >= 0 && isShortText(scanned[x]);
    // Nor right under a numbered line that reads as a heading: it is the first line of that section's text
    // ("7. Contact" / "Data Protection Officer" / the officer's address), not a section of its own.
    const prior = k >= 0 ? scanned[k] : undefined;
    // (A numbered line longer than a heading is a paragraph, whatever its cut title ends with.)
    const underNumberedHeading = !!prior?.marker && prior.end - prior.start <= MAX_HEADING_LINE && !RE_SENTENCE_END.test(prior.title) && !RE_LIST_END.test(prior.title);
    // Or the last of three short lines in a row (a website's footer links, "Terms" / "Privacy" / "Cookies"); not a
    // standard title right on a paragraph after short lines that are none, as a list pasted without its marks leaves
    // the next section's heading ("Google Play Services" / "Firebase Analytics" / "Log Data" / its paragraph).
    const lastOfRun = k === l.index - 1 && shortText(k) && k > 0 && shortText(k - 1) && !scanned[k - 1].blank
      && !(j === l.index + 1 && isParagraph(scanned[j]) && !isCanonicalLine(input, scanned[k]) && !isCanonicalLine(input, scanned[k - 1]));
    // (The policy's title above it is no cell of such a run.) Nor the first of short lines a sentence introduces
    // ("This policy will help you understand the following:" / "How we collect …" / "How we use cookies …").
    // (A line of a paragraph broken where it was full, carried on in lower case, is no short line.)
    const carriedOn = j >= 0 && !!scanned[j + 1] && !scanned[j + 1].blank && startsLowerCase(scanned[j + 1]);
    const firstItem = shortText(j) && !carriedOn && !!prior && RE_END_COLON.test(titleEnding(prior));
    // (Passing over a web page's links pasted with its text, "Back to top", to the line before them.)
    let before = k;
    while (before >= 0 && isPageLink(scanned[before])) before = previousNonBlank(scanned, before);
    if (j >= 0 && !(shortText(j) && shortText(before) && !excluded.has(before)) && !underNumberedHeading && !lastOfRun && !firstItem) {
      const colon = !isTitleLike(l, 80);
      const draft = lineDraft(l, undefined, 'canonical', false);
      if (colon) draft.title = withoutEndColon(l.title);
      if (wrappedTo) goesOnOnto(draft, l, wrappedTo);
      // A title with a colon is kept once the policy is known to number its sections (without numbers, such
      // labels are judged by their shape, see findShapedHeadings).
      if (!standard) parts.push({ ...draft, part: true });
      else (colon ? withColon : drafts).push(RE_OPENING_TITLE.test(normalizeTitle(draft.title)) ? { ...draft, opening: true } : draft);
    }
  }
  return undefined;
}

/**
 * The groups of numbered lines findHeadings reads in step 2, by group: the sum of its lines' scores, their number,
 * and whether a sentence introduces the group.
 */
interface NumberedGroups {
  readonly scores: readonly number[];
  readonly sizes: readonly number[];
  readonly introduced: readonly boolean[];
}

/** Step 2's numbered lines that are headings, decided group by group, drafted and added to `drafts`. */
function numberedDrafts(input: HeadingInput, candidates: Candidate[], groups: NumberedGroups, toc: TocTargets, drafts: HeadingDraft[]): void {
  const { scanned } = input;
  const { scores: groupScores, sizes: groupSizes, introduced: groupIntroduced } = groups;
  // Siblings that all lead their text with a title of words in title case ended by its full stop ("A. Information
  // You Provide. We collect …" / "B. Information Collected Automatically. We …"): sub-sections with run-in titles.
  // Not a list's items, each a label ("1. Name. The name you give us …"), nor items a sentence introduces.
  const allLead: boolean[] = new Array(groupSizes.length).fill(true);
  const oneWordLead: boolean[] = new Array(groupSizes.length).fill(false);
  const longBoldLead: boolean[] = new Array(groupSizes.length).fill(false);
  const seenGroup = new Set<number>();
  for (const c of candidates) {
    // (A group already ruled out, or of one line, is not read further: this runs on every numbered line.)
    if (!allLead[c.group] || groupSizes[c.group] < 2) continue;
    if (c.runIn || !(c.bold || RUN_IN_DECORATIONS.has(c.marker.decoration))) { allLead[c.group] = false; continue; }
    if (!seenGroup.has(c.group)) {
      seenGroup.add(c.group);
      const k = previousNonBlank(scanned, c.line.index);
      if (k >= 0 && introducesItems(scanned[k], undefined, input.verdicts)) { allLead[c.group] = false; continue; }
    }
    const lead = c.bold ? c.bold.title : c.line.title.slice(0, runInLeadTitle(c.line.title) || unmarkedLeadTitle(c.line.title));
    if (lead === '') allLead[c.group] = false;
    // Titles in bold are one-word labels only when all of them are ("**1. Name** …", "**2. Email** …"): a policy's
    // bold headings mix one word and more ("**1. Introduction**", "**2. Information We Collect**").
    else if (c.bold && wordCount(lead) >= 2) longBoldLead[c.group] = true;
    else if (wordCount(lead) < 2) oneWordLead[c.group] = true;
  }
  for (let g = 0; g < longBoldLead.length; g++) if (longBoldLead[g]) oneWordLead[g] = false;
  // A title of one word ("1. Cookies. We use …") may be a label's ("1. Name. The name you …"): such siblings are
  // sub-sections only where siblings numbered in the same style lead with longer titles (under "A." the clauses "1.
  // Account Data." and "2. Order Data.", under "B." "1. Cookies." and "2. Log Data.").
  const runInStyles = new Set<string>();
  for (const c of candidates) if (allLead[c.group] && !oneWordLead[c.group] && groupSizes[c.group] >= 2) runInStyles.add(styleKey(c.marker));
  for (const c of candidates) {
    if (oneWordLead[c.group] && !runInStyles.has(styleKey(c.marker))) allLead[c.group] = false;
  }
  // A line numbered out of the sequence of such siblings ("1. What We Collect. …" / "2. How We Use It. …" / "5.
  // Sharing. …" / "4. Contact Us. …") is a group of its own; it leads its text as they do, with a title of two words
  // or more in title case: one of them, its number wrong (numbering-gap and numbering-order say so).
  const loneLead = (c: Candidate) => groupSizes[c.group] === 1 && !c.runIn && !c.bold && runInStyles.has(styleKey(c.marker))
    && !groupIntroduced[c.group] && titledLead(c.line.title.slice(0, runInLeadTitle(c.line.title)));
  // A sequence a sentence introduces whose lines stand one under the other, none with text of its own but the last
  // ("You have the following rights:" / "1. Right of Access" / "2. Right to Rectification" / …): a list's items.
  const bare = groupIntroduced.map((introduced, g) => introduced && groupSizes[g] >= 2);
  const lastOfGroup: number[] = [];
  for (const c of candidates) {
    const g = c.group;
    if (!bare[g]) continue;
    const previous = lastOfGroup[g];
    if (previous !== undefined && nextNonBlank(scanned, previous) !== c.line.index) bare[g] = false;
    lastOfGroup[g] = c.line.index;
  }
  // Clauses numbered on more levels that all lead their text with a short title in sentence case ended by its full
  // stop ("3.1 Storage location. Personal information …" / "3.2 Retention period. We keep …"): sub-sections too,
  // their titles read below (see sentenceLeadTitle). Not a sentence that states something ("Data is encrypted.").
  // So are the siblings of headings standing alone that lead their text so, numbered on one level or more ("1 How
  // we collect …" / "2 Sharing" / "3 Cookies and other tools. Cookies are …"): a policy whose headings were run
  // into their paragraphs, some of them; or all of them, two standard titles or titles in title case among them
  // ("2.How does our company use cookies. To ensure …", "1. Personal Information You Provide to Us. The …").
  const sentenceLead = groupSizes.map((size, g) => size >= 2 && !groupIntroduced[g]);
  const alone: boolean[] = new Array(groupSizes.length).fill(false);
  const leading: boolean[] = new Array(groupSizes.length).fill(false);
  const multiLevel: boolean[] = new Array(groupSizes.length).fill(false);
  const titledLeads: number[] = new Array(groupSizes.length).fill(0);
  for (const c of candidates) {
    if (!sentenceLead[c.group]) continue;
    multiLevel[c.group] = c.marker.decoration === 'multi';
    // (A title run in already, "2.2 Sharing. We …" in title case, is a heading of its own.)
    if (c.runIn || (c.score > 0 && c.line.end - c.line.start <= MAX_HEADING_LINE && !RE_SENTENCE_END.test(c.line.title))) { alone[c.group] = true; continue; }
    const lead = sentenceCaseLead(c.line.title);
    if (lead === undefined) sentenceLead[c.group] = false;
    else {
      leading[c.group] = true;
      if (titledLead(lead)) titledLeads[c.group]++;
    }
  }
  for (let g = 0; g < sentenceLead.length; g++) sentenceLead[g] &&= leading[g] && (alone[g] || multiLevel[g] || titledLeads[g] >= 2);
  for (const c of candidates) {
    if (sentenceLead[c.group]) c.score = Math.max(c.score, 10);
    if (allLead[c.group] && (groupSizes[c.group] >= 2 || loneLead(c))) { c.runIn = true; c.score = 10; }
    const strong = c.score >= 10;
    if (strong || (groupScores[c.group] / groupSizes[c.group] > 0 && !bare[c.group])) {
      drafts.push(numberedDraft(input, c, toc, sentenceLead[c.group]));
    }
  }
}

/**
 * The heading of a numbered line found to be one (see numberedDrafts). `sentenceLead`: its group's titles lead their
 * text in sentence case.
 */
function numberedDraft(input: HeadingInput, c: Candidate, toc: TocTargets, sentenceLead: boolean): HeadingDraft {
  const { scanned, excluded } = input;
  const top = toc.lines.get(c.line.index) === true;
  const appendix = c.marker.decoration === 'keyword' && APPENDIX_KEYWORDS.has(c.marker.keyword!);
  const draft: HeadingDraft = { ...lineDraft(c.line, c.marker, 'numbered', top), appendix };
  if (isCanonicalLine(input, c.line)) draft.standard = true;
  const below = c.below;
  const named = toc.runIn.get(c.line.index);
  if (named !== undefined && !c.bold) {
    // Named by a table's entry by the title it leads its text with: that title.
    draft.end = c.line.titleStart + named.length;
    draft.title = named;
    draft.runIn = true;
    if (isCanonicalTitle(draft.title)) draft.standard = true;
  } else if (c.bold && c.runIn) {
    draft.titleStart = c.bold.titleStart;
    draft.title = c.bold.title;
    draft.end = c.bold.end;
    draft.runIn = true;
    if (isCanonicalTitle(draft.title)) draft.standard = true;
  } else if (c.runIn) {
    // A title may lead the text, ended by its full stop or a colon ("Section 2.01 Information You Provide. We collect …"),
    // or by the sentence after it in a collapsed line ("1. Introduction We are …").
    const lead = leadTitle(c.line.title) || c.collapsed || unmarkedLeadTitle(c.line.title) || stoppedTitle(c.line.title);
    draft.end = lead ? c.line.titleStart + lead : c.line.start + c.marker.text.length;
    draft.title = lead ? c.line.title.slice(0, lead) : '';
    draft.titleStart = lead ? c.line.titleStart : draft.end;
    draft.runIn = true;
  } else if (below && !excluded.has(below.index)) {
    // The title stands on the line under the number: the heading spans both lines.
    draft.end = below.end;
    draft.title = below.title;
    draft.titleStart = below.titleStart;
  } else if (toc.wrapped.has(c.line.index)) {
    // A table of contents names it by its title wrapped onto the next line: the heading spans both.
    goesOnOnto(draft, c.line, toc.wrapped.get(c.line.index)!);
  } else {
    // Or it leads the section's text, ended by a colon ("1. Information We Collect: We collect …"), or in a
    // clause numbered on more levels by its full stop, in sentence case too ("3.1 Answering enquiries. We …").
    // Or, in title case, by its full stop where a sentence follows ("6. How We Use Cookies. To ensure …" among
    // headings standing alone).
    // A heading whose line runs on into more sentences, whatever its first one says, is titled by that one.
    const clause = c.marker.decoration === 'multi' || sentenceLead;
    const lead = colonLeadTitle(c.line.title, clause) || (clause ? sentenceLeadTitle(c.line.title) : 0) || paragraphLeadTitle(c.line.title)
      || (c.line.end - c.line.start > MIN_RUN_IN_LINE ? subNumberLeadTitle(c.line.title) : 0)
      || (c.line.title.length > LONG_TITLE ? firstSentenceTitle(c.line.title) : 0);
    if (lead) {
      draft.end = c.line.titleStart + lead;
      draft.title = c.line.title.slice(0, lead);
      draft.runIn = true;
      if (isCanonicalTitle(draft.title)) draft.standard = true;
    } else {
      // Or it goes on on the next line, wrapped as a PDF's copy breaks it ("1. How we collect and use your
      // personal" / "information"): the heading spans both lines.
      // Text follows it, or a blank line, or a number of another style (its first sub-section): not the next
      // number of its own list, a bullet or another title (what an edit reusing the line stages cannot change,
      // see reusableStages).
      const next = scanned[c.line.index + 1];
      const after = scanned[c.line.index + 2];
      // (A paragraph broken where its lines were full starts with a long line that is no title, ended or not.)
      const bodyAfter = !after || after.blank || (after.marker ? !sameStyle(after.marker, c.marker)
        : !after.bullet && (!(after.titleLike && !RE_SENTENCE_END.test(after.title)) || (after.end - after.start >= MIN_TEXT_LINE && !titleCased(after.title))));
      if (next && !excluded.has(next.index) && continuesEntry(c.line, next) && bodyAfter && !paragraphInCapitals(c.line, next, after)) goesOnOnto(draft, c.line, next);
    }
  }
  return draft;
}

/**
 * A line in capitals under a whole title in capitals, over another such line: a paragraph in capitals, not the
 * title's rest ("5. INTERNATIONAL DATA TRANSFERS" / "YOUR DATA MAY BE PROCESSED IN" / "OTHER COUNTRIES …").
 */
function paragraphInCapitals(title: ScannedLine, next: ScannedLine, after: ScannedLine | undefined): boolean {
  return !!after && !after.blank && inCapitals(after.title) && inCapitals(next.title) && !cutShort(title.title);
}

export function findHeadings(input: HeadingInput): HeadingDraft[] {
  const { text, scanned, excluded } = input;
  const drafts: HeadingDraft[] = [];
  const candidates: Candidate[] = [];
  /** Titles of further notices or policies in the text (see isPartTitle), and standard titles written with a colon. */
  const parts: HeadingDraft[] = [];
  const withColon: HeadingDraft[] = [];
  // Whether the policy was pasted without blank lines (see tightLayout): read once, when a heading needs it.
  let tight: boolean | undefined;
  const isTight = () => (tight ??= input.tight ?? tightLayout(scanned));
  const groupScores: number[] = [];
  const groupSizes: number[] = [];
  /** The best score of a line of each group, and whether a sentence introduces the group (see listGroup). */
  const groupBest: number[] = [];
  const groupIntroduced: boolean[] = [];
  /** The latest sequence of each style (sequenceKey), and of each style and indentation. */
  const openGroups = new Map<string, OpenGroup>();
  const openAligned = new Map<string, OpenGroup>();
  const lastByDecoration = new Map<string, Marker>();

  // 1. The headings the tables of contents name.
  const toc = tocTargetsOf(input);
  const { lines: tocTargets, runIn: namedRunIn } = toc;

  const unnumbered: UnnumberedDrafts = { drafts, parts, withColon };
  // 2. Numbered lines: score each, group the siblings of one sequence.
  for (let atLine = 0; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank || excluded.has(l.index)) continue;
    const namedUnnumbered = l.marker ? undefined : namedRunIn.get(l.index);
    if (namedUnnumbered !== undefined) {
      // A paragraph a table's entry names by the title it leads with: a heading so titled, run into its text.
      const top = tocTargets.get(l.index) === true;
      drafts.push({ ...lineDraft(l, undefined, 'toc', top), end: l.titleStart + namedUnnumbered.length, title: namedUnnumbered, runIn: true, ...(top ? {} : { subheading: true }) });
      continue;
    }
    if (l.end - l.start > MAX_HEADING_LINE && !l.marker) continue;
    if (l.marker) {
      if (l.marker.decoration === 'bracket') {
        const title = bracketTitle(text.slice(l.start, l.end)) ?? '';
        drafts.push(fullDraft({ line: l.index, start: l.start, end: l.end, titleStart: l.start, title, marker: undefined, source: 'bracket', inline: false, top: false, appendix: false }));
        continue;
      }
      // A number with words in lower case that carries on the sentence of the line above ("… Since version" / "3. of
      // the app we …") is a word of that text, broken where its line was full: in no sequence, whose other numbers
      // it would pull towards a list's. (Not under a numbered line, whose sub-section may start in lower case.)
      const above = scanned[l.index - 1];
      if (l.title.length > 0 && above && !above.marker && carriesOn(above, l)) continue;
      const previous = lastByDecoration.get(l.marker.decoration);
      const marker = resolveAmbiguous(l.marker, previous);
      lastByDecoration.set(marker.decoration, marker);
      const key = sequenceKey(marker);
      const open = openGroups.get(key);
      // A number continues the sequence indented as it is, before the latest one of its style: `3.` after a list
      // `1.` `2.` indented under `2.` continues the outer `1.` `2.` (Markdown's nested lists).
      const indentKey = `${key}|${indentBefore(text, l.start)}`;
      const aligned = openAligned.get(indentKey);
      const continues = (o: OpenGroup | undefined): o is OpenGroup => !!o && marker.value === o.last.value + 1 && marker.kind === o.last.kind;
      let score = input.verdicts ? input.verdicts.score(scanned, l, marker) : headingScore(scanned, l, marker);
      let group: number;
      if (continues(aligned)) group = aligned.group;
      else if (continues(open)) group = open.group;
      else {
        group = groupScores.length;
        groupScores.push(0);
        groupSizes.push(0);
        groupBest.push(-Infinity);
        const k = previousNonBlank(scanned, l.index);
        groupIntroduced.push(k >= 0 && introducesItems(scanned[k], marker, input.verdicts));
      }
      // A number that goes on both from a list and from the sequence of headings the list interrupted (items `1.` to
      // `6.` under section `6.`, then `7.`) goes on from the headings when its line reads as one. A list: lines that
      // all read as text, or that a sentence introduces ("… the following rights:"); sub-sections are neither. Not
      // when a number after the list's run is this one again (items `3.` `4.`, then `3.`): that one goes on from the
      // headings, this one is the list's.
      const outer = open?.outer;
      const listGroup = (g: number) => groupBest[g] <= 0 || (groupIntroduced[g] && groupScores[g] <= 0);
      // Nor when nothing follows it: the last item of a list that closes the policy ("2. Changes" / "The main changes
      // were:" / "1. …" / "2. …" / "3. Clarified your rights").
      if (outer && group === open.group && continues(outer) && score > 0 && listGroup(group) && groupScores[outer.group] > 0
        && nextNonBlank(scanned, l.index) >= 0 && afterRun(scanned, excluded, l.index, key, marker.value)?.value !== marker.value) group = outer.group;
      // The sequence's entries are updated in place: one object per sequence, not one per numbered line.
      if (open) {
        if (group === outer?.group) open.outer = undefined;
        else if (group !== open.group) open.outer = { group: open.group, last: open.last };
        open.group = group;
        open.last = marker;
      } else openGroups.set(key, { group, last: marker });
      if (aligned) { aligned.group = group; aligned.last = marker; } else openAligned.set(indentKey, { group, last: marker });
      // Articles and chapters (`第一条 …。`, `Article 5. We …`) are the units of the text even when their
      // wording runs on after the number: the heading is then the number alone.
      // So is a clause numbered on more levels whose title leads its text ("2.1 Information You Provide. When you …"),
      // and the first of numbered sections collapsed into one long line (see collapsedSequenceTitle).
      const collapsed = collapsedSequenceTitle(text, l, marker);
      // Not a number that carries on the sentence above it, though ("… as described in" / "Section 8.").
      const carried = carriesOn(scanned[l.index - 1], l);
      const article = isArticleMarker(marker) && !carried;
      // An article's sentence that introduces a list is its text too (`第八条 如您有任何疑问，请通过以下方式联系：`),
      // told from a short title ending in a colon ("Article 5. Your rights:") by a comma inside it.
      const runIn = (article && (score < 0 || RE_SENTENCE_END.test(titleEnding(l)) || (RE_COLON_END.test(titleEnding(l)) && RE_CLAUSE_COMMA.test(l.title))) && !RE_LIST_END.test(titleEnding(l)))
        || (marker.decoration === 'multi' && leadTitle(l.title) > 0) || collapsed > 0;
      const below = runIn ? undefined : titleLineBelow(scanned, l);
      if (runIn) score = 10;
      // Likewise with their title on the line below (`Article 1` / `Subject matter`, `CHAPTER II` / `RIGHTS`).
      else if (article && below) score = 10;
      if (tocTargets.has(l.index)) score += 10;
      if (marker.decoration === 'keyword' && APPENDIX_KEYWORDS.has(marker.keyword!) && l.title.length <= 150 && !RE_LIST_END.test(l.title) && !carried) score += 10;
      // A title in bold leading the line's text (`**1. Scope** This …`, `1. **Scope** This …`): read with the other
      // titles that lead their text, below.
      const bold = boldLeadTitle(text, l);
      candidates.push({ line: l, marker, score, group, runIn, below, collapsed, bold });
      groupScores[group] += score;
      groupSizes[group]++;
      if (score > groupBest[group]) groupBest[group] = score;
      continue;
    }
    if (l.bullet) continue;
    // 3. Unnumbered headings.
    const spansTo = unnumberedHeading(input, l, toc, isTight, unnumbered);
    if (spansTo !== undefined) atLine = spansTo;
  }

  numberedDrafts(input, candidates, { scores: groupScores, sizes: groupSizes, introduced: groupIntroduced }, toc, drafts);

  // Whether the policy numbers its sections: no later step adds a numbered heading.
  const numbered = drafts.some((d) => d.source === 'numbered');
  drafts.push(...symbolHeadings(input, numbered));
  if (numbered) drafts.push(...openingsInCapitals(scanned, excluded, drafts), ...withColon);
  if (numbered) drafts.push(...parentsOfRestarts(scanned, excluded, drafts));
  if (numbered && !input.markdown) {
    // A standard title among them ("Security" after "Providing the service") is one of them, not a section of its own.
    const subheadings = spacedSubheadings(input, drafts, isTight());
    const lines = new Set(subheadings.map((d) => d.line));
    for (let k = drafts.length - 1; k >= 0; k--) if (lines.has(drafts[k].line)) drafts.splice(k, 1);
    drafts.push(...subheadings);
  }

  drafts.push(...partsWrittenOnce(parts, input.documentTitle));

  // 4. Headings run into long lines, recovered from the table of contents, and from the numbers a sequence of
  // headings skips.
  drafts.push(...findInlineHeadings(input));
  drafts.push(...findSkippedInlineHeadings(input, drafts));

  // 5. A policy without numbered headings (a web page pasted as text) marks its headings by their shape alone, or
  // has them all run into a long line (a policy pasted as one paragraph after its opening sentences).
  // (Only where nothing else is a heading: numbers run into a paragraph of a policy with headings are a list's.)
  if (!numbered && !input.markdown && drafts.length === 0) drafts.push(...findCollapsedSequences(input));
  if (!numbered) drafts.push(...findShapedHeadings(input, drafts, isTight()));
  else {
    // Numbered appendices alone after the sections ("Appendix A – Service providers"): those sections are headed by
    // their shape, as a policy without numbers heads them.
    if (!input.markdown && !numbersItsSections(drafts)) drafts.push(...findShapedHeadings(input, drafts, isTight(), firstAppendixLine(drafts)));
    // With them, titles leading paragraphs under one ("3. Your Rights" / "**Access.** You can …", "Right to Know. You
    // may …"), as a policy written in Markdown or a web page pasted as text sets its sub-sections: one level under it.
    if (!input.markdown) drafts.push(...leadsUnderHeadings(text, scanned, excluded, drafts, input.verdicts));
  }

  drafts.sort((a, b) => a.start - b.start);
  // One heading per place: two passes may take the same line (a part's title, found once all of them are known,
  // and a sub-heading standing alone); the one found first is kept (the sort keeps their order).
  const kept = withTranslations(withoutSummary(scanned, drafts.filter((d, k) => k === 0 || d.start !== drafts[k - 1].start)));
  if (!numbered && !input.markdown) {
    underTableNamed(kept, input.tocs);
    underSpacedHeadings(kept, scanned);
  }
  return kept;
}

const RE_LATIN_LETTER = /[A-Za-z]/;

/**
 * A heading with its translation on the next line, as a policy in two languages titles its sections ("一、联系我们" /
 * "3. Contact Us", "联系我们" / "Contact Us"): one heading over both lines, titled in both (it was a heading with
 * an empty section, or one holding the other). The second has no number, or the first's.
 */
function withTranslations(drafts: HeadingDraft[]): HeadingDraft[] {
  // Chinese characters only, or Latin letters only (a title mixing them, or with neither, is no language's alone).
  const script = (t: string) => (RE_CJK.test(t) ? (RE_LATIN_LETTER.test(t) ? '' : 'cjk') : RE_LATIN_LETTER.test(t) ? 'latin' : '');
  const out: HeadingDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    const first = script(a.title);
    if (b && b.line === a.line + 1 && !a.inline && !b.inline && !a.runIn && !b.runIn && first && script(b.title) && first !== script(b.title)
      && (!b.marker || b.marker.value === a.marker?.value)) {
      out.push({ ...a, end: b.end, title: `${a.title} ${b.title}` });
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * A summary that gives standard chapter titles with a line of text under each ("How we collect and use your
 * personal information" / "We collect only what we need." / "How we share …" / …), each chapter written out further
 * on under the same title with more text: its titles are no headings (they were reported as copies of the
 * chapters'). Three such titles in a row at least, one of them written out longer; a policy pasted twice is no
 * summary (its copies are as long).
 */
function withoutSummary(scanned: readonly ScannedLine[], drafts: HeadingDraft[]): HeadingDraft[] {
  // The lines under each heading up to the next unnumbered one (a chapter's numbered sections are its own), to three
  // and within fifty lines; the next unnumbered heading of each found in one pass from the end (a policy may have
  // thousands of numbers).
  const nextUnnumbered: number[] = new Array(drafts.length);
  for (let k = drafts.length - 1, next = scanned.length; k >= 0; k--) {
    nextUnnumbered[k] = next;
    if (!drafts[k].marker) next = drafts[k].line;
  }
  const textLines = drafts.map((d, k) => {
    let n = 0;
    const until = Math.min(nextUnnumbered[k], d.line + 50);
    for (let i = d.line + 1; i < until && n < 3; i++) if (!scanned[i].blank) n++;
    return n;
  });
  const candidate = (k: number) => drafts[k].source === 'canonical' && !drafts[k].marker && !drafts[k].inline && textLines[k] <= 1;
  // Only three such headings in a row can be a summary: without them, no title need be read.
  let run = 0;
  let summary = false;
  for (let k = 0; k < drafts.length && !summary; k++) summary = (run = candidate(k) ? run + 1 : 0) >= 3;
  if (!summary) return drafts;
  // The longest text under a later heading of each title.
  const keys = drafts.map((d) => (d.inline ? '' : titleKey(d.title)));
  const laterText = new Map<string, number>();
  const later: (number | undefined)[] = new Array(drafts.length);
  for (let k = drafts.length - 1; k >= 0; k--) {
    later[k] = laterText.get(keys[k]);
    if (keys[k]) laterText.set(keys[k], Math.max(later[k] ?? 0, textLines[k]));
  }
  const inSummary = (k: number) => candidate(k) && (later[k] ?? -1) >= textLines[k];
  const drop = new Set<number>();
  for (let k = 0; k < drafts.length;) {
    let end = k;
    let longer = false;
    while (end < drafts.length && inSummary(end)) { longer ||= later[end]! > textLines[end]; end++; }
    if (end - k >= 3 && longer) for (let j = k; j < end; j++) drop.add(j);
    k = end > k ? end : k + 1;
  }
  return drop.size ? drafts.filter((_, k) => !drop.has(k)) : drafts;
}

/**
 * Without numbers, a table of contents that lists the top-level sections (no entry indented under another), each
 * entry naming its heading, tells them from their sub-sections: a heading it does not name, between the first and
 * the last it names, is a sub-section of the one before it ("How We Collect Your Information" / "Information You
 * Provide" / "How We Use …"). Not a standard title: a section the table left out is more often one of those, and
 * toc-mismatch says so.
 */
function underTableNamed(drafts: HeadingDraft[], tocs: readonly TocDraft[]): void {
  if (!tocs.length || tocs.some((t) => t.subEntryLines.size > 0)) return;
  let first = -1;
  let last = -1;
  let named = 0;
  for (let k = 0; k < drafts.length; k++) {
    if (drafts[k].source !== 'toc' || !drafts[k].top) continue;
    if (first < 0) first = k;
    last = k;
    named++;
  }
  // Every entry names its heading: where one drifted from its heading's wording, that heading is not known, and
  // may be any of those the table does not name.
  let entries = 0;
  for (const t of tocs) entries += t.lines.length;
  if (named < 3 || named !== entries) return;
  // A standard title the table leaves out is more often a section it forgot than a sub-section; not when its words
  // are all in the named heading above it ("How We Protect and Store Your Personal Information" / "How We Protect
  // Your Personal Information").
  let namedTitle = drafts[first].title;
  for (let k = first + 1; k < last; k++) {
    const d = drafts[k];
    if (d.source === 'toc') namedTitle = d.title;
    if (d.source === 'canonical' && !wordsWithin(d.title, namedTitle)) continue;
    if (d.source === 'toc' || d.marker || d.part || d.appendix || d.inline || d.subheading) continue;
    drafts[k] = { ...d, subheading: true };
  }
}

/** How alike an entry's words and a line's must be for the line to be the heading the entry names, drifted. */
const DRIFTED_SIMILARITY = 0.75;
/** How many lines past the heading the entry before names a drifted entry's heading is looked for. */
const DRIFT_REACH = 400;

/**
 * The line of the heading that a table's entry titled `title` names, its wording drifted from the entry's: the
 * unnumbered line most like it after line `before` and before line `until` (the headings its neighbours name),
 * not one another entry names; undefined where none is like it.
 */
function driftedHeadingLine(input: HeadingInput, title: string, before: number, until: number, named: ReadonlyMap<number, boolean>, wordsOfLine: (i: number) => ReadonlySet<string>): number | undefined {
  const { text, scanned, excluded } = input;
  const words = new Set(titleWords(title));
  let best: number | undefined;
  let bestSimilarity = 0;
  for (let i = before + 1; i < Math.min(until, before + 1 + DRIFT_REACH); i++) {
    const l = scanned[i];
    if (l.blank || l.marker || l.bullet || excluded.has(i) || named.has(i) || !(isTitleLike(l) || isTitleWithColon(l))) continue;
    // Not a line of a paragraph broken where its lines were full: in lower case, or between a line whose sentence
    // goes on and one carrying it on.
    if (startsLowerCase(l) && !RE_LOWER_START.test(title)) continue;
    const above = scanned[i - 1];
    const below = scanned[i + 1];
    if (above && !above.blank && !endsSentence(text, above) && below && !below.blank && startsLowerCase(below)) continue;
    // Most of their words in common, or all the entry's and half of both ("How to contact us" / "Contact
    // information"); not a sentence sharing some ("If we need to publicly disclose your personal information").
    const similarity = similarityOfWords(title, words, l.title, wordsOfLine(i));
    if (similarity > bestSimilarity && (similarity >= DRIFTED_SIMILARITY || (similarity >= 0.5 && wordsWithin(title, l.title)))) {
      best = i;
      bestSimilarity = similarity;
    }
  }
  return best;
}

/**
 * Without numbers, headings set apart by blank lines and headings sitting tight between lines of text are two
 * levels: the tight ones are sub-headings of the spaced one before them ("Information We Collect" / blank line /
 * text / "Information You Give Us" / text), standard titles too. Only where the first heading is spaced and every
 * heading is laid out one way or the other, and the levels read so far (sub-headings in title case under headings
 * in capitals) agree.
 */
function underSpacedHeadings(drafts: HeadingDraft[], scanned: readonly ScannedLine[]): void {
  if (drafts.length < 3) return;
  let spaced = 0;
  const tight: number[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.deeper || d.marker || d.inline || d.part || d.appendix || d.underNumbered) return;
    let last = d.line;
    while (last + 1 < scanned.length && scanned[last].end < d.end) last++;
    const blankBefore = d.line === 0 || scanned[d.line - 1].blank;
    const blankAfter = last + 1 >= scanned.length || scanned[last + 1].blank;
    // (A sub-heading already, by its case under headings in capitals, it must sit tight too.)
    if (blankBefore && blankAfter && !d.subheading) spaced++;
    else if (!blankBefore && !blankAfter && k > 0) tight.push(k);
    else return;
  }
  if (spaced < 2 || tight.length === 0) return;
  for (const k of tight) drafts[k] = { ...drafts[k], subheading: true };
}

/** Numbers whose siblings may all lead their text with a run-in title (see findHeadings). */
const RUN_IN_DECORATIONS = new Set(['dot', 'half-paren', 'paren']);
/** Lines this long or shorter hold no heading run into them: a heading and its sentence stand on lines of their own. */
const MIN_RUN_IN_LINE = 200;
/** The same for a line of Chinese, Japanese or Korean, which says as much in some two fifths of the characters. */
const MIN_RUN_IN_CJK_LINE = 80;

/**
 * Whether line `l` is long enough to hold sections run into it: MIN_RUN_IN_LINE characters, or MIN_RUN_IN_CJK_LINE
 * of Chinese, Japanese or Korean (see mostlyCjk).
 */
function longEnoughForRunIn(text: string, l: ScannedLine): boolean {
  const n = l.end - l.start;
  return n > MIN_RUN_IN_LINE || (n > MIN_RUN_IN_CJK_LINE && mostlyCjk(text, l.start, l.end));
}
/** A line number as its own sort key (for firstAfter over lists of lines). */
const lineNumber = (line: number): number => line;
/** Decorations whose numbers may be recovered inside a line: they are written with punctuation (`4.`, `4)`, `(4)`, `四、`). */
const SKIPPABLE_DECORATIONS = new Set(['dot', 'half-paren', 'paren', 'dun']);
/** How far past a sequence's last heading its next numbers are looked for inside lines. */
const MAX_SKIPPED = 20;

/**
 * Numbered headings run into a long line where their sequence skips them: `3.` stands on its own line, and then
 * "… 4. Keeping Data Safe We store … 5. Changes to This Notice We will …" with no `4.` or `5.` heading. The
 * skipped numbers (or those after a sequence's last heading) are looked for in order, written as the sequence
 * writes them, at sentence starts of the long lines up to the sequence's next heading, each followed by a title
 * in title case or capitals and then a new sentence (see runInTitleLength).
 */
function findSkippedInlineHeadings(input: HeadingInput, drafts: readonly HeadingDraft[]): HeadingDraft[] {
  const { text, scanned, excluded } = input;
  const numbered = drafts.filter((d) => d.source === 'numbered' && !d.inline && d.marker && SKIPPABLE_DECORATIONS.has(d.marker.decoration)).sort((a, b) => a.start - b.start);
  if (numbered.length === 0) return [];
  // The long lines, in order: only they are searched.
  const longLines: number[] = [];
  for (let i = 0; i < scanned.length; i++) if (longEnoughForRunIn(text, scanned[i]) && !excluded.has(i)) longLines.push(i);
  // (Without long lines the numbers are looked for all the same, to be kept in skippedMarkers: an edit that makes
  // a line long enough to hold one must parse the text again.)
  const headingLines = drafts.filter((d) => !d.inline).map((d) => d.line).sort((a, b) => a - b);
  const taken = new Set(drafts.filter((d) => d.inline).map((d) => d.start));
  // The next heading of each one's style, from one pass backwards.
  const nextOfStyle: (HeadingDraft | undefined)[] = new Array(numbered.length);
  const laterByStyle = new Map<string, HeadingDraft>();
  for (let i = numbered.length - 1; i >= 0; i--) {
    const key = styleKey(numbered[i].marker!);
    nextOfStyle[i] = laterByStyle.get(key);
    laterByStyle.set(key, numbered[i]);
  }
  // Styles whose headings are titled in sentence case: their run-in titles are looked for in sentence case too.
  const sentenceCaseStyles = stylesInSentenceCase(numbered);
  const out: HeadingDraft[] = [];
  for (let i = 0; i < numbered.length; i++) {
    const a = numbered[i];
    const model = a.marker!;
    const next = nextOfStyle[i];
    // Where the numbers after `a` may hide: up to the heading of the sequence's next number when it skips some;
    // after the sequence's last heading, to the end; where the sequence starts again (a list restarting at 1),
    // only in the text right under `a`, before any other heading.
    let last: number;
    let endLine: number;
    if (next && next.marker!.value > model.value + 1) { last = next.marker!.value - 1; endLine = next.line; }
    else if (!next) { last = model.value + MAX_SKIPPED; endLine = scanned.length; }
    else if (next.marker!.value <= model.value) { last = model.value + MAX_SKIPPED; const h = firstAfter(headingLines, a.line, lineNumber); endLine = h < headingLines.length ? headingLines[h] : scanned.length; }
    else continue;
    let value = model.value + 1;
    let written = markerWithValue(model, value);
    input.skippedMarkers?.add(written);
    // A run-in heading's own line holds its text, and may hold the next ones (a collapsed policy).
    const atOwn = firstAfter(longLines, a.line - 1, lineNumber);
    const ownLine = !!a.runIn && longLines[atOwn] === a.line;
    // Titles in sentence case only for numbers the sequence skips, between two of its headings (after its last
    // heading, or where it starts again, a sub-section's list may number its items alike, "1. Right to know … 2. …");
    // and those after the policy's only numbered heading where it leads its own long line: the first of sections
    // collapsed into it ("1. How we collect information We collect … 2. How we use information We use …").
    const sentenceCase = next ? next.marker!.value > model.value + 1 && sentenceCaseStyles.has(styleKey(model)) : numbered.length === 1 && ownLine;
    let from = ownLine ? a.end - scanned[a.line].start : 0;
    // The text up to where the search ends, searched as a whole for the number's next occurrence: the long lines
    // before it cannot hold the number (a line's text differs from the policy's only in its no-break spaces, and
    // a number written without a space is found in both alike).
    const searched = text.slice(0, endLine < scanned.length ? scanned[endLine].start : text.length);
    for (let k = ownLine ? atOwn : firstAfter(longLines, a.line, lineNumber); k < longLines.length && longLines[k] < endLine && value <= last;) {
      let l = scanned[longLines[k]];
      if (!written.includes(' ')) {
        let at = searched.indexOf(written, l.start + from);
        // A number skipped in the collapsed text too ("… V. Your rights … VII. How this policy is updated …"): the
        // next ones the sequence skips, a few at most.
        for (let v = value + 1, tried = value; at < 0 && v <= last && v <= tried + MAX_SKIPPED_INSIDE; v++) {
          const w = markerWithValue(model, v);
          input.skippedMarkers?.add(w);
          if (w.includes(' ')) break;
          at = searched.indexOf(w, l.start + from);
          if (at >= 0) { value = v; written = w; }
        }
        if (at < 0) break;
        if (at >= l.end) {
          while (k < longLines.length && scanned[longLines[k]].end <= at) k++;
          if (k >= longLines.length || longLines[k] >= endLine) break;
          l = scanned[longLines[k]];
          from = 0;
        }
      }
      const found = findRunInHeading(text, l, written, model, value, from, sentenceCase);
      if (!found) { k++; from = 0; continue; }
      if (!taken.has(found.start)) out.push(found);
      from = found.end - l.start;
      value++;
      written = markerWithValue(model, value);
      input.skippedMarkers?.add(written);
    }
  }
  return out;
}

/** How many numbers after a missing one findSkippedInlineHeadings looks for in a collapsed line. */
const MAX_SKIPPED_INSIDE = 2;

/**
 * The numbering styles (styleKey) of which two thirds of the headings, two at least, are titled in sentence case
 * ("How we use your information"): a heading of theirs run into a long line is titled so too.
 */
function stylesInSentenceCase(numbered: readonly HeadingDraft[]): Set<string> {
  const counts = new Map<string, { all: number; sentence: number }>();
  for (const d of numbered) {
    const key = styleKey(d.marker!);
    const c = counts.get(key) ?? { all: 0, sentence: 0 };
    c.all++;
    if (inSentenceCase(d.title)) c.sentence++;
    counts.set(key, c);
  }
  const out = new Set<string>();
  for (const [key, c] of counts) if (c.sentence >= 2 && c.sentence * 3 >= c.all * 2) out.add(key);
  return out;
}

/** A title of two words or more, its first capitalised and a later one, not a small word, in lower case. */
function inSentenceCase(title: string): boolean {
  const words = title.split(' ');
  if (words.length < 2 || !RE_CAPITAL_START.test(words[0])) return false;
  for (let k = 1; k < words.length; k++) if (RE_LOWER_WORD.test(words[k]) && !MINOR_WORDS.has(words[k])) return true;
  return false;
}

/** The first sub-section's numbers of a section by its style (see collapsedSubsections): `（一）` under `一、`, `1.` or `(1)`. */
const CJK_SUBSECTION_MODEL: Marker = parseMarker('（一）')!;
const DOT_SUBSECTION_MODEL: Marker = parseMarker('1. ')!;
const PAREN_SUBSECTION_MODEL: Marker = parseMarker('(1) ')!;

/** The first numbers of the styles a policy collapsed into one paragraph numbers its sections with. */
const COLLAPSED_MODELS: readonly Marker[] = ['1. ', '1) ', 'I. ', '一、'].map((s) => parseMarker(s)!);

/**
 * Numbered sections run into long lines where no line starts with a numbered heading: "… explains how it handles
 * personal information. 1. How We Collect Information We collect … 2. How We Use Information We use … 3. …", a
 * policy pasted as one paragraph after its opening sentences. Each number at a sentence's start before a title and
 * a sentence (see findRunInHeading), in order from 1, on one long line or the long lines after it; three at least.
 * The numbers looked for are kept in `skippedMarkers`: an edit of a line holding one parses the text again.
 */
function findCollapsedSequences(input: HeadingInput): HeadingDraft[] {
  const { text, scanned, excluded } = input;
  const out: HeadingDraft[] = [];
  const firstLine = nextNonBlank(scanned, -1);
  for (const model of COLLAPSED_MODELS) {
    const firstWritten = markerWithValue(model, 1);
    input.skippedMarkers?.add(firstWritten);
    let first: HeadingDraft | undefined;
    for (let k = 0; k < scanned.length && !first; k++) {
      const l = scanned[k];
      if (l.blank || excluded.has(k) || !longEnoughForRunIn(text, l)) continue;
      first = findRunInHeading(text, l, firstWritten, model, 1, 0, true, k === firstLine);
    }
    if (!first) continue;
    const found = [first];
    let from = first.end - scanned[first.line].start;
    // The next numbers, on the first one's line and the long lines after it; one number skipped, as a policy
    // that lost a section skips it ("… 3. … 5. …"), is looked past.
    let value = 2;
    for (let i = first.line; i < scanned.length; i++, from = 0) {
      const l = scanned[i];
      if (l.blank || excluded.has(i) || !longEnoughForRunIn(text, l)) continue;
      for (;;) {
        const next = collapsedHeadingAt(input, l, model, value, from) ?? collapsedHeadingAt(input, l, model, value + 1, from);
        if (!next) break;
        found.push(next);
        from = next.end - l.start;
        value = next.marker!.value + 1;
      }
    }
    if (found.length >= 3) {
      out.push(...found.map((d) => ({ ...d, top: true })));
      found.forEach((d, n) => collapsedSubsections(input, d, found[n + 1], out));
    }
  }
  return out;
}

/** The number `value` of `model`'s style run into line `l` after `from` before a title (see findRunInHeading), kept in skippedMarkers. */
function collapsedHeadingAt(input: HeadingInput, l: ScannedLine, model: Marker, value: number, from: number): HeadingDraft | undefined {
  const written = markerWithValue(model, value);
  input.skippedMarkers?.add(written);
  return findRunInHeading(input.text, l, written, model, value, from, true);
}

/**
 * The sub-sections of a section found run into a long line (see findCollapsedSequences), added to `out`: its numbers
 * (`2.1`, `2.2`, …) in order on its line (one skipped looked past), the first right after its title ("2. How We Use
 * Information 2.1 Service We use …"), the others at a sentence's start, each before a title and a sentence.
 */
function collapsedSubsections(input: HeadingInput, section: HeadingDraft, next: HeadingDraft | undefined, out: HeadingDraft[]): void {
  const marker = section.marker!;
  // A Chinese section's (`一、`) are numbered `（一）`, `（二）`; a section numbered `2.` numbers them `2.1`, or else
  // `(1)`; one numbered `II.`, `1.` or else `(1)`.
  const models = marker.decoration === 'dun' && marker.kind === 'cjk' ? [CJK_SUBSECTION_MODEL]
    : marker.kind === 'arabic' ? [parseMarker(`${marker.value}.1 `)!, PAREN_SUBSECTION_MODEL] : [DOT_SUBSECTION_MODEL, PAREN_SUBSECTION_MODEL];
  const l = input.scanned[section.line];
  for (const model of models) {
    const before = out.length;
    // One number skipped is looked past, as between sections (see findCollapsedSequences); not the first.
    for (let value = 1, from = section.end - l.start; ;) {
      const found = collapsedHeadingAt(input, l, model, value, from) ?? (value > 1 ? collapsedHeadingAt(input, l, model, value + 1, from) : undefined);
      if (!found || (next?.line === l.index && found.start >= next.start)) break;
      out.push(found);
      value = found.marker!.value + 1;
      from = found.end - l.start;
    }
    if (out.length > before) return;
  }
}

/**
 * The length of the title the line of a first number starts with when the sections after it are collapsed into
 * the same long line (a policy pasted as one paragraph: "1. Introduction We are … 2. Information We Collect … 3. …"):
 * a title then a sentence (see runInTitleLength), and the next two numbers in the same style further on, each at
 * a sentence's start before such a title. 0 otherwise.
 */
function collapsedSequenceTitle(text: string, l: ScannedLine, marker: Marker): number {
  // A policy pasted as one paragraph starts with its first number.
  if (marker.value !== 1 || !longEnoughForRunIn(text, l) || !SKIPPABLE_DECORATIONS.has(marker.decoration)) return 0;
  // Cheapest first: the next number written somewhere in the line.
  const next = markerWithValue(marker, marker.value + 1);
  if (!text.slice(l.titleStart, l.end).includes(next)) return 0;
  const titleAt = l.titleStart - l.start;
  const length = runInTitleLength(text.slice(l.start, Math.min(l.end, l.titleStart + 200)), titleAt, true);
  if (length === 0) return 0;
  const second = findRunInHeading(text, l, next, marker, marker.value + 1, titleAt + length, true);
  const third = second && findRunInHeading(text, l, markerWithValue(marker, marker.value + 2), marker, marker.value + 2, second.end - l.start, true);
  return third ? length : 0;
}

/**
 * Where `written` (the number `value` in the style of `model`) starts a run-in heading in line `l`, after `from`
 * (see mayStartRunIn); titled in sentence case too where `sentenceCase` (see runInTitleLength).
 */
function findRunInHeading(text: string, l: ScannedLine, written: string, model: Marker, value: number, from: number, sentenceCase = false, afterTitle = false): HeadingDraft | undefined {
  // Tabs as spaces too, one for one: a list's number copied from a word processor keeps its tab ("2.\tINFORMATION").
  const lineText = withPlainTabs(withPlainSpaces(text.slice(l.start, l.end)));
  for (let at = lineText.indexOf(written, from); at >= 0; at = lineText.indexOf(written, at + 1)) {
    // A first number may also start right after a table of contents run into the line.
    if (!mayStartRunIn(lineText, at, from, model, afterTitle) && !(value === 1 && runInTableBefore(lineText, at, model))) continue;
    const marker = parseMarker(lineText.slice(at, at + 24));
    if (!marker || marker.value !== value || !sameStyle(marker, model)) continue;
    let titleAt = at + marker.length;
    while (titleAt < lineText.length && lineText.charCodeAt(titleAt) === 32) titleAt++;
    const length = runInTitleLength(lineText, titleAt, sentenceCase);
    if (length === 0) continue;
    return fullDraft({
      line: l.index, start: l.start + at, end: l.start + titleAt + length, titleStart: l.start + titleAt,
      title: detached(lineText.slice(titleAt, titleAt + length)), marker, source: 'inline', inline: true, top: false, appendix: false,
    });
  }
  return undefined;
}

function withPlainTabs(s: string): string {
  return s.indexOf('\t') < 0 ? s : s.replace(RE_TAB, ' ');
}
const RE_TAB = /\t/g;

/**
 * Whether a number at `at` in `lineText` may start a run-in heading: at a sentence's start; a sub-section's number
 * (or the first of a section's in a collapsed line, `（一）`, `1.`, `(1)`, see collapsedSubsections) also right after
 * `from`, its section's title, which the number ends (see endsRunInTitle); and, `afterTitle`, right after the
 * policy's title starting the first line (its line breaks were all lost); or after a page number.
 */
function mayStartRunIn(lineText: string, at: number, from: number, model: Marker, afterTitle: boolean): boolean {
  if (at === 0) return false;
  return RE_BOUNDARY_BEFORE.test(lineText.slice(Math.max(0, at - 4), at)) || (model.decoration === 'multi' && at === from + 1)
    || (model === CJK_SUBSECTION_MODEL && (at === from || at === from + 1))
    || ((model === DOT_SUBSECTION_MODEL || model === PAREN_SUBSECTION_MODEL) && at === from + 1)
    || (afterTitle && isTitleBeforeSections(lineText.slice(0, at)))
    || RE_PAGE_NUMBER_BEFORE.test(lineText.slice(Math.max(0, at - 24), at));
}
/** A PDF's page number run into the line right before ("… Privacy Notice Page 2 of 3 5. COOKIES We …"): a page's start. */
const RE_PAGE_NUMBER_BEFORE = /\bPage \d{1,4} of \d{1,4}[ \t]+$/i;

/** The end of a sentence right before a number (`… keep it. 4. Keeping…`; Chinese needs no space: `…信息。二、…`). */
const RE_BOUNDARY_BEFORE = /[.!?。！？]["”’)）]?[ \t\u3000]+$|[。！？]["”’)）]?$/;

/** The longest title of an entry of a table of contents run into a line, and the longest such table (see runInTableBefore). */
const MAX_RUN_IN_ENTRY = 100;
const MAX_RUN_IN_TABLE = 2_000;
/** A sentence's end inside an entry's title: no entry of a table holds one. */
const RE_SENTENCE_STOP_INSIDE = /[.!?。！？](?=\s)/;

/** An entry of a table of contents run into a line (see runInTableBefore), its offsets in that line. */
export interface RunInEntry {
  readonly start: number;
  readonly end: number;
  readonly titleStart: number;
  readonly title: string;
  readonly value: number;
}

/**
 * The table of contents run into `lineText` right before the first number at `at`, which numbers the same sections in
 * the same style without a sentence between them (a policy pasted as one paragraph, its table first: "… the
 * following: 1. How We Collect Information 2. How We Use Information 3. Your Rights 1. How We Collect Information We
 * collect …"): the numbers from 1, three at least, each followed by a title that the next number ends (a semicolon
 * or comma may close it), the last one's title ending right before `at`. Undefined when there is none.
 */
export function runInTableBefore(lineText: string, at: number, model: Marker): RunInEntry[] | undefined {
  // Read within the longest such table before `at`: a line of many numbers is read in time linear in its length.
  const offset = Math.max(0, at - MAX_RUN_IN_TABLE);
  const before = lineText.slice(offset, at);
  let written = markerWithValue(model, 1);
  let entry = before.lastIndexOf(written);
  // (Not the end of a longer number: "1. " in "11. ", "I. " in "II. ".)
  while (entry > 0 && endsWord(before, entry)) entry = before.lastIndexOf(written, entry - 1);
  if (entry < 0) return undefined;
  const entries: RunInEntry[] = [];
  for (let value = 1; ; value++) {
    let titleAt = entry + written.length;
    written = markerWithValue(model, value + 1);
    let next = before.indexOf(written, titleAt);
    while (next > 0 && endsWord(before, next)) next = before.indexOf(written, next + 1);
    let end = next < 0 ? before.length : next;
    while (titleAt < end && isBoundarySpace(before.charCodeAt(titleAt))) titleAt++;
    while (end > titleAt && (isBoundarySpace(before.charCodeAt(end - 1)) || RE_ENTRY_CLOSE.test(before[end - 1]))) end--;
    const title = before.slice(titleAt, end);
    if (title.length < 2 || title.length > MAX_RUN_IN_ENTRY || !RE_CAPITAL_START.test(title) || RE_SENTENCE_STOP_INSIDE.test(title)) return undefined;
    entries.push({ start: offset + entry, end: offset + end, titleStart: offset + titleAt, title, value });
    if (next < 0) return value >= 3 ? entries : undefined;
    entry = next;
  }
}
/** What may close an entry of a table run into a line before the next number: a semicolon or a comma. */
const RE_ENTRY_CLOSE = /[;,；，]/;

/**
 * The table of contents run into line `l` right before the heading of a first number starting at `headingStart` (see
 * runInTableBefore), its entries' offsets in the text; undefined when there is none.
 */
export function runInTableOf(text: string, l: ScannedLine, headingStart: number, model: Marker): RunInEntry[] | undefined {
  return inText(runInTableBefore(withPlainTabs(withPlainSpaces(text.slice(l.start, l.end))), headingStart - l.start, model), l);
}

/** Entries read in line `l`'s text, at their offsets in the whole text. */
function inText(entries: RunInEntry[] | undefined, l: ScannedLine): RunInEntry[] | undefined {
  return entries?.map((e) => ({ start: e.start + l.start, end: e.end + l.start, titleStart: e.titleStart + l.start, title: e.title, value: e.value }));
}

/**
 * The table of contents run into the end of line `l` in one of the styles of COLLAPSED_MODELS ("This policy covers
 * the following: 1. How We Collect Information; 2. How We Use It; 3. Your Rights."), with that style and its entries'
 * offsets in the text (see runInTableBefore); undefined when there is none.
 */
export function tableEndingLine(text: string, l: ScannedLine): { model: Marker; entries: RunInEntry[] } | undefined {
  const lineText = withPlainTabs(withPlainSpaces(text.slice(l.start, l.end)));
  const end = lineText.length - (RE_FINAL_STOP.test(lineText) ? 1 : 0);
  for (const model of COLLAPSED_MODELS) {
    if (!lineText.includes(markerWithValue(model, 1))) continue;
    const entries = inText(runInTableBefore(lineText, end, model), l);
    if (entries) return { model, entries };
  }
  return undefined;
}
const RE_FINAL_STOP = /[.。]$/;


/** Whether a letter or a digit stands right before `at`: what starts there is no word of its own. */
function endsWord(s: string, at: number): boolean {
  return RE_LETTER_OR_DIGIT.test(s[at - 1]);
}
const RE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The shortest first sentence of a section's text (a list item's description is shorter: "用于注册。"). */
const MIN_CHINESE_SENTENCE = 12;

/**
 * The length of a Chinese title run into its text, where a space or a sub-heading's number ends it ("我们如何收集和
 * 使用您的个人信息 我们会在…", "…个人信息（一）注册…"): words without punctuation up to there, forty characters at
 * most. 0 when nothing ends it so (Chinese runs title and sentence together without a mark between them).
 */
function chineseRunInTitleLength(s: string, start: number): number {
  const limit = Math.min(s.length, start + 41);
  for (let k = start; k < limit; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xff08 /* （ */) return k - start >= 2 ? k - start : 0;
    if (c === 32 || c === 9 || c === 0x3000) {
      // A sentence follows, a section's and not a list item's ("一、手机号码 用于注册。" is an item).
      const end = s.indexOf('。', k);
      return k - start >= 2 && (end < 0 || end - k > MIN_CHINESE_SENTENCE) ? k - start : 0;
    }
    // A sentence's or a clause's punctuation: a sentence, not a title.
    if (c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 58 || c === 44) return 0;
  }
  return 0;
}
const RE_WORD_LETTERS = /^[\p{L}'’-]+$/u;

/** A word of the text a run-in title may start, where it lies in that text. */
interface RunInWord { readonly start: number; readonly end: number; readonly word: string }
/** What a word is to a run-in title: in capitals, capitalised, a small word ("of", "and"), or another. */
type WordKind = 'caps' | 'cap' | 'minor' | 'other';
function wordKind(w: string): WordKind {
  if (!RE_WORD_LETTERS.test(w)) return 'other';
  if (w === w.toUpperCase() && w !== w.toLowerCase() && w.length > 1) return 'caps';
  if (MINOR_WORDS.has(w)) return 'minor';
  return w[0] !== w[0].toLowerCase() ? 'cap' : 'other';
}

/** What a word is to a run-in title, a comma after it left out: a comma may part a title's words ("How We Share, Transfer and …"). */
function titleWordKind(w: string): WordKind {
  return wordKind(w.charCodeAt(w.length - 1) === 44 /* , */ ? w.slice(0, -1) : w);
}

/**
 * The length of the title at the start of `s`, when a sentence follows it: words in capitals up to the sentence's
 * first word ("DATA SECURITY We store"), or capitalised words and small words, of which the last capitalised one
 * is the sentence's first ("Keeping Data Safe We store", "Changes to This Notice We will"); where `sentenceCase`,
 * also words in sentence case ("How we use your information We use"), which only a policy pasted as one paragraph
 * is read for (among the headings of other policies, such numbers are mostly a list's). 0 when there is none.
 */
function runInTitleLength(s: string, start: number, sentenceCase = false): number {
  const c = s.charCodeAt(start);
  if (c >= 0x4e00 && c <= 0x9fff) return chineseRunInTitleLength(s, start);
  const words: RunInWord[] = [];
  for (let at = start; at < s.length && words.length < 12;) {
    let end = s.indexOf(' ', at);
    if (end < 0) end = s.length;
    words.push({ start: at, end, word: s.slice(at, end) });
    at = end + 1;
    if (s.charCodeAt(at) === 32) break; // two spaces: not running text
  }
  if (words.length < 2) return 0;
  const punctuated = punctuatedTitleLength(words, start, sentenceCase);
  if (punctuated) return punctuated;
  const first = wordKind(words[0].word);
  if (first === 'caps') {
    let k = 0;
    while (k < words.length && (wordKind(words[k].word) === 'caps' || (k > 0 && words[k].word === '&'))) k++;
    // A sentence follows: a capitalised word that is not in capitals.
    return k < words.length && k <= 10 && (wordKind(words[k].word) === 'cap' || endsRunInTitle(words[k].word)) ? words[k - 1].end - start : 0;
  }
  if (first !== 'cap') return 0;
  let k = 0;
  while (k < words.length && (titleWordKind(words[k].word) === 'cap' || wordKind(words[k].word) === 'minor')) k++;
  // Or the text starts with a contact detail's label ("Contact Us Email: …"), or a sub-section's number.
  if (k < words.length && k <= 10 && endsRunInTitle(words[k].word)) {
    let titleEnd = k - 1;
    while (titleEnd > 0 && wordKind(words[titleEnd].word) === 'minor') titleEnd--;
    return words[titleEnd].end - start;
  }
  // The run stops at a lower-case word; its last capitalised word starts the sentence.
  if (k >= words.length || wordKind(words[k].word) !== 'other' || !RE_LOWER_START.test(words[k].word)) return 0;
  let sentence = k - 1;
  while (sentence > 0 && wordKind(words[sentence].word) === 'minor') sentence--;
  if (sentence <= 0) return sentenceCase ? sentenceCaseTitleLength(words, start) : 0;
  if (wordKind(words[sentence].word) !== 'cap' || sentence > 10) return 0;
  let titleEnd = sentence - 1;
  while (titleEnd > 0 && wordKind(words[titleEnd].word) === 'minor') titleEnd--;
  // Not a small word alone: the sentence starts with it ("The Company collects …").
  return titleEnd === 0 && MINOR_WORDS.has(words[0].word.toLowerCase()) ? 0 : words[titleEnd].end - start;
}

/** A title in bold leading a numbered line's text: where its words start, the words, and where its heading ends. */
interface BoldLead { readonly titleStart: number; readonly title: string; readonly end: number }

/**
 * The title in bold that leads a numbered line's text, the number in the bold too (`**1. Scope** This policy …`,
 * the line then starts after the opening marks, see scanLine) or after it (`1. **Scope** This policy …`); a full
 * stop or colon ending it is no part of it. Siblings that all lead so are run-in headings, as those whose titles
 * lead their text ended by a full stop are (see findHeadings): not items a line introduces, nor one-word labels.
 */
function boldLeadTitle(text: string, l: ScannedLine): BoldLead | undefined {
  let from: number;
  let pair: string;
  if (l.start >= 2 && (text.startsWith('**', l.start - 2) || text.startsWith('__', l.start - 2))) {
    from = l.titleStart;
    pair = text.slice(l.start - 2, l.start);
  } else if (boldLeadEnd(text, l.titleStart, l.end) > 0) {
    from = l.titleStart + 2;
    pair = text.slice(l.titleStart, from);
  } else return undefined;
  const close = text.indexOf(pair, from);
  if (close < 0 || close + 2 >= l.end || close - from > 120) return undefined;
  const inner = text.slice(from, close);
  const title = inner.trim().replace(/[.:：]$/, '').trimEnd();
  if (!title || !RE_LETTER.test(title)) return undefined;
  // The heading holds both marks or neither (`3. **Scope**`, `1. Scope` of `**1. Scope**`): its name drops them.
  const end = from > l.titleStart ? close + 2 : from + inner.trimEnd().length;
  return { titleStart: from + inner.length - inner.trimStart().length, title: detached(title), end };
}

/**
 * The length of a title in sentence case at the start of the words: the first word capitalised, then words in
 * lower case up to a capitalised one, which a word starting in lower case follows: the sentence's first two ("How
 * we use your information We use it …", "Contact us Email privacy@…"); or up to a word that ends a title (a
 * sub-section's number, see endsRunInTitle). 0 when there is none.
 */
function sentenceCaseTitleLength(words: readonly RunInWord[], start: number): number {
  let c = 1;
  while (c < words.length && c <= 10 && RE_LOWER_WORD.test(words[c].word)) c++;
  if (c >= 2 && c < words.length && endsRunInTitle(words[c].word)) return words[c - 1].end - start;
  if (c < 2 || c > 10 || c + 1 >= words.length) return 0;
  if (!RE_ONE_CAPITALISED_WORD.test(words[c].word) || !RE_LOWER_START.test(words[c + 1].word)) return 0;
  return words[c - 1].end - start;
}
// (A comma after a word of the title too: "How we share, transfer and disclose your information We …".)
const RE_LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*,?$/u;

/**
 * A title's last word with the full stop or colon that ends the title ("Introduction:", "Keeping Data Safe."); not
 * a letter's or Roman numeral's number ("A.", "IV.": a sub-section's, "I. General Provisions A. Scope …").
 */
const RE_PUNCTUATED_WORD = /^(?![A-Za-z][.:]$|[IVXLC]+[.:]$)[\p{L}'’-]+[.:：]$/u;
const RE_SENTENCE_START = /^[\p{Lu}"“]/u;

/**
 * The length of a title run into its text and ended by a full stop or a colon ("Keeping Data Safe: We store",
 * "Introduction. We are"): title case or capitals (or, where `sentenceCase`, sentence case before a colon) up to
 * the mark, a sentence after it. 0 otherwise.
 */
function punctuatedTitleLength(words: readonly RunInWord[], start: number, sentenceCase: boolean): number {
  let e = 0;
  while (e < words.length && e <= 10 && !RE_PUNCTUATED_WORD.test(words[e].word)) e++;
  if (e > 10 || e + 1 >= words.length || !RE_SENTENCE_START.test(words[e + 1].word)) return 0;
  // The title's words, the mark taken off the last.
  const title = words.slice(0, e + 1).map((w, k) => (k === e ? w.word.slice(0, -1) : w.word));
  const kinds = title.map(wordKind);
  const titled = kinds[0] === 'cap' && kinds.every((k) => k === 'cap' || k === 'minor');
  const capitals = kinds.every((k) => k === 'caps');
  // (In sentence case only before a colon: a numbered sentence ends with a full stop, "1. We collect your name. We …".)
  const sentence = sentenceCase && /[:：]$/.test(words[e].word) && kinds[0] === 'cap' && title.slice(1).every((w) => RE_LOWER_WORD.test(w));
  return titled || capitals || sentence ? words[e].end - 1 - start : 0;
}

/**
 * The length of a title, in any case, that its first sub-section's number ends, in a long line where sections were
 * collapsed ("4. How we store your personal information 4.1 Storage. We store … 5. Your rights …"); 0 otherwise.
 */
function subNumberLeadTitle(t: string): number {
  const length = runInTitleLength(t, 0, true);
  if (!length) return 0;
  const after = t.indexOf(' ', length + 1);
  return RE_SUB_NUMBER.test(t.slice(length + 1, after < 0 ? t.length : after)) ? length : 0;
}

/**
 * A word that ends a title run into its text: a contact detail's label ("Contact Us Email: …") or a sub-section's
 * number ("2. How We Use It 2.1 …", "I. How We Use It (I) …", "2. DATA WE COLLECT (a) …", "I. How We Collect It 1. …").
 */
const endsRunInTitle = (word: string): boolean => isChannelLabel(word) || RE_SUB_NUMBER.test(word);
const RE_SUB_NUMBER = /^(?:\d{1,2}\.\d{1,2}|1[.)]|[(（](?:\d{1,2}|[IVX]{1,4}|[a-z])[)）])$/;

/** The label of a contact detail with its colon, a word of its own ("Email:", "Tel:", "Address:"). */
function isChannelLabel(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (word.length < 3 || (last !== 58 && last !== 0xff1a)) return false;
  const kind = fieldKindOfLabel(word.slice(0, -1));
  return kind === 'email' || kind === 'phone' || kind === 'address' || kind === 'form' || kind === 'website';
}

/**
 * A contact detail after its label of one or two words ("Email: privacy@…", "Postal address: 1 Main Street"); not a
 * title with the details run into it ("CONTACT US Email: …"). Read in place: this runs for every numbered line.
 */
function isContactField(t: string): boolean {
  for (let i = 0, spaces = 0; i < t.length && i < 40; i++) {
    const c = t.charCodeAt(i);
    if (c === 58 || c === 0xff1a) {
      if (i === 0 || t.charCodeAt(i - 1) === 32) return false;
      RE_VALUE_AFTER.lastIndex = i + 1;
      return RE_VALUE_AFTER.test(t) && isChannelLabel(t.slice(0, i + 1));
    }
    // One space between the label's two words; no other whitespace in it.
    if (c === 32 ? i === 0 || ++spaces > 1 || t.charCodeAt(i - 1) === 32 : isJsWhitespace(c)) return false;
  }
  return false;
}
/** What a label labels: something after spaces or tabs. */
const RE_VALUE_AFTER = /[ \t]*\S/y;

/** An appendix named without a number: `Appendix: List of SDKs`, `Annex – Processors`, `附录：第三方SDK`, `Appendix`. */
const RE_UNNUMBERED_APPENDIX = /^(?:appendix|annex|exhibit|attachment|附录|附件)(?:[ \t\u3000]*[:：\-–—][ \t\u3000]*(?=\S)|[ \t\u3000]*$)/i;

/** The title of a line that heads an appendix without a number (the whole line when it is the word alone). */
function unnumberedAppendix(l: ScannedLine): { title: string; titleStart: number } | undefined {
  if (l.end - l.start > 100 || RE_TERMINAL.test(l.title)) return undefined;
  const c = l.title.charCodeAt(0) | 32;
  // Cheap filter: a, e, 附 (a, e and 附 are the first characters of every word above).
  if (c !== 97 && c !== 101 && l.title.charCodeAt(0) !== 0x9644) return undefined;
  const m = RE_UNNUMBERED_APPENDIX.exec(l.title);
  if (!m) return undefined;
  const rest = l.title.slice(m[0].length);
  return rest ? { title: rest, titleStart: l.titleStart + m[0].length } : { title: l.title, titleStart: l.titleStart };
}

/** A short line of text that could be one cell of a flattened table or list, not a sentence of the body. */
export function isShortText(l: ScannedLine): boolean {
  return !l.marker && !l.bullet && isTitleLike(l, 80) && !RE_ANY_COLON.test(l.title) && !RE_TERMINAL.test(l.title) && !isTableRow(l);
}

/** Ends a sentence, or introduces what follows. */
const RE_TERMINAL = /[.。!！?？:：]["”’)）]?$/;
/** Words a title writes in lower case ("Sharing of Information", "How We Use Your Data"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as', 'into', 'per', 'via', 'vs']);
const RE_LOWER_LETTER = /\p{Ll}/u;

/** Whether a line's text ends a sentence (read from the text: long lines' titles are cut). */
export function endsSentence(text: string, l: ScannedLine): boolean {
  return !l.blank && RE_TERMINAL.test(text.slice(Math.max(l.start, l.end - 2), l.end));
}


/**
 * The length of a title in title case that starts a numbered article's running text and ends at its first full
 * stop ("Information You Provide. We collect …"); 0 when the text starts with a sentence.
 */
function runInLeadTitle(t: string): number {
  const lead = leadBeforeFullStop(t, 80);
  return lead && titleCased(lead) ? lead.length : 0;
}

/**
 * The length of a title in title case that is the whole line, ended by its full stop ("Section 2. Information We
 * Collect.", as contracts title their articles): the title of an article whose line ends a sentence; 0 otherwise.
 */
function stoppedTitle(t: string): number {
  return t.length <= 81 && t.endsWith('.') && runInLeadTitle(`${t} `) === t.length - 1 ? t.length : 0;
}

/**
 * The length of a title in title case or capitals that leads a long numbered line's text with no mark between them
 * ("II. How We Use Cookies We use cookies …", "V. Your Rights You may …"), as a section pasted as one line has it;
 * 0 otherwise, and for words that start a sentence ("Article 1 This Policy is …").
 */
function unmarkedLeadTitle(t: string): number {
  if (t.length < 80 || !RE_TITLE_CASE_START.test(t) || RE_SENTENCE_OPENER.test(t)) return 0;
  const lead = runInTitleLength(t, 0);
  return t.length - lead >= 40 ? lead : 0;
}
/** Two words of a title in title case or capitals ("How We", "How to", "YOUR RIGHTS"): most lines are read no further. */
const RE_TITLE_CASE_START = /^[A-Z]\S* (?:[A-Z]|(?:a|an|the|and|or|of|to|for|in|on|with|about) )/;

/**
 * The words before a line's first full stop, when they could be a title: no other punctuation, not even a comma
 * unless in title case ("Exceptions to Sharing, Transfer, and Disclosure"). Or before its first question mark, which
 * the title keeps ("What Do We Collect? We collect …").
 */
function leadBeforeFullStop(t: string, maxLength: number): string | undefined {
  const stop = t.indexOf('. ');
  const question = t.indexOf('? ');
  const asks = question >= 0 && (stop < 0 || question < stop);
  const end = asks ? question : stop;
  if (end < 2 || end > maxLength) return undefined;
  const lead = t.slice(0, end);
  if (RE_PUNCTUATION_BUT_COMMA.test(lead) || (lead.includes(',') && !titleCased(lead))) return undefined;
  return asks ? `${lead}?` : lead;
}

/** The text after a lead title of `length` characters and the full stop and space, or the space, that end it. */
function afterLead(t: string, length: number): string {
  return t.slice(t.charCodeAt(length - 1) === 63 /* ? */ ? length + 1 : length + 2);
}

/** The length of a title in title case ended by its full stop, a sentence after it (see runInLeadTitle); 0 otherwise. */
function paragraphLeadTitle(t: string): number {
  const lead = runInLeadTitle(t);
  return lead && t.length - lead >= 40 && RE_CAPITAL_START.test(afterLead(t, lead)) ? lead : 0;
}

/**
 * Words that start a sentence rather than a title ("We use …", "This policy …", "If you …"). Not a possessive,
 * which titles start with as often ("Your rights", "Our commitment to …").
 */
const RE_SENTENCE_OPENER = /^(?:We|You|This|These|That|Those|It|Its|They|Their|If|When|Where|Please|There|Any|All|Each|Such)\b/;

/** Longer than this, a heading's title is more than a title (see firstSentenceTitle). */
const LONG_TITLE = 120;

/** The length of a line's first sentence, when it could be a title (see leadBeforeFullStop) and a sentence follows. */
function firstSentenceTitle(t: string): number {
  const lead = leadBeforeFullStop(t, 100);
  return lead && RE_CAPITAL_START.test(afterLead(t, lead.length)) ? lead.length : 0;
}

/** A lead title that vouches for its siblings' (see findHeadings): a standard title, or two words or more in title case. */
function titledLead(lead: string): boolean {
  return isCanonicalTitle(lead) || (titleCased(lead) && wordCount(lead) >= 2);
}

/**
 * The title in sentence case that leads the text (see sentenceLeadTitle), when its words state nothing or it is a
 * standard title, which may ask ("How do we use cookies."); undefined otherwise.
 */
function sentenceCaseLead(t: string): string | undefined {
  const lead = t.slice(0, sentenceLeadTitle(t));
  return lead !== '' && (!RE_FINITE_VERB.test(lead) || isCanonicalTitle(lead)) ? lead : undefined;
}

const RE_LETTER_START = /^\p{L}/u;

/**
 * The length of a short title in sentence case that leads a clause's text and ends at its first full stop, when a
 * sentence follows it ("Answering enquiries. We use your …"): up to ten words, no other punctuation, not words
 * that start a sentence (but for a standard title, "Your rights.", of any length); 0 otherwise. In lower case too,
 * as translations leave titles ("2.3 transfer. We will not …").
 */
function sentenceLeadTitle(t: string): number {
  const lead = leadBeforeFullStop(t, 80);
  if (!lead || t.length - lead.length < 40 || !RE_LETTER_START.test(lead) || ((wordCount(lead) > 10 || RE_SENTENCE_OPENER.test(lead)) && !isCanonicalTitle(lead))) return 0;
  return RE_CAPITAL_START.test(afterLead(t, lead.length)) ? lead.length : 0;
}

/** A colon within a title's length of the start: a cheap test before colonLeadTitle, run on every numbered line. */
function hasEarlyColon(t: string): boolean {
  const colon = t.indexOf(':');
  return (colon >= 2 && colon <= 60) || t.slice(0, 61).includes('：');
}

/** The length of a title leading a numbered line's text, ended by a full stop or a colon (see runInLeadTitle, colonLeadTitle). */
function leadTitle(t: string): number {
  return runInLeadTitle(t) || colonLeadTitle(t);
}

/**
 * The length of a title that leads a numbered line's text, ended by a colon, when sentences follow it ("Information
 * We Collect: We collect your name …."): in title case, or a standard title whatever its case; 0 otherwise (a
 * heading with a subtitle after its colon, "Scope: what this covers", keeps it).
 */
function colonLeadTitle(t: string, sentenceCase = false): number {
  const colon = t.search(RE_ANY_COLON);
  if (colon < 2 || colon > 60) return 0;
  const rest = t.slice(colon + 1).trim();
  if (!RE_SENTENCE_STOP.test(rest) && rest.length <= 80) return 0;
  const lead = t.slice(0, colon).trimEnd();
  if (RE_PUNCTUATION_BUT_COMMA.test(lead) || lead.includes(',')) return 0;
  // In sentence case too where `sentenceCase` (a clause numbered on more levels: "5.2. Email delivery: We send …",
  // as its sibling "5.1. Hosting: Our website …" is cut), a sentence after it.
  const short = sentenceCase && RE_CAPITAL_START.test(lead) && wordCount(lead) <= 6 && RE_CAPITAL_START.test(rest);
  return titleCased(lead) || isCanonicalTitle(lead) || short ? lead.length : 0;
}

/**
 * Opening sections titled in capitals as the numbered headings after them are ("SUMMARY OF KEY POINTS" before
 * "1. WHAT INFORMATION DO WE COLLECT?"): lines in capitals standing alone between blank lines before the first
 * numbered heading, where most numbered headings are in capitals.
 */
function openingsInCapitals(scanned: readonly ScannedLine[], excluded: LineLookup, drafts: readonly HeadingDraft[]): HeadingDraft[] {
  const numbered = drafts.filter((d) => d.source === 'numbered' && !d.inline && d.title !== '');
  if (numbered.length < 2 || numbered.filter((d) => !RE_LOWER_LETTER.test(d.title)).length < 0.75 * numbered.length) return [];
  let first = Infinity;
  for (const d of numbered) if (d.line < first) first = d.line;
  const taken = new Set(drafts.map((d) => d.line));
  const out: HeadingDraft[] = [];
  for (let i = 1; i < first; i++) {
    const l = scanned[i];
    if (l.blank || l.marker || l.bullet || excluded.has(i) || taken.has(i) || !scanned[i + 1]?.blank || !(isTitleLike(l, 80) || isTitleWithColon(l, 80))) continue;
    if (RE_LOWER_LETTER.test(l.title) || !standsAsTitle(scanned, l) || wordCount(l.title) < 2 || wordCount(l.title) > 8) continue;
    out.push({ ...lineDraft(l, undefined, 'canonical', false), opening: true });
  }
  return out;
}

/**
 * Unnumbered headings over numbered sub-sections that start again at 1 under each of them ("Information We Collect"
 * / "1. Account information" / "2. Device information" / "Device Permissions" / "1. Camera"): a title, a phrase or
 * a question standing alone between blank lines right above a numbered heading "1.", where every such "1." stands
 * right under an unnumbered heading or such a line, and one at least under a heading found already (a standard
 * title). Without them, "1. Camera" was taken for a list under "2. Device information".
 */
function parentsOfRestarts(scanned: readonly ScannedLine[], excluded: LineLookup, drafts: readonly HeadingDraft[]): HeadingDraft[] {
  const unnumberedLines = new Set(drafts.filter((d) => !d.marker && !d.inline).map((d) => d.line));
  const taken = new Set(drafts.map((d) => d.line));
  const out: HeadingDraft[] = [];
  let underFound = 0;
  for (const d of drafts) {
    if (d.source !== 'numbered' || d.inline || !d.marker || d.marker.value !== 1 || d.marker.decoration === 'multi') continue;
    const k = previousNonBlank(scanned, d.line);
    if (k < 0) return [];
    if (unnumberedLines.has(k)) { underFound++; continue; }
    const l = scanned[k];
    if (taken.has(k) || excluded.has(k) || k === d.line - 1 || standingShape(scanned, l) === undefined || wordCount(l.title) > 12) return [];
    out.push(lineDraft(l, undefined, 'shape', false));
  }
  return underFound > 0 ? out : [];
}

/** Symbols that policies set before their headings as well as before list items: ■ □ ◆ ◇ ● ▶ ► ★ ☆. */
const HEADING_SYMBOLS = new Set([...'■□◆◇●▶►★☆'].map((c) => c.charCodeAt(0)));
/** The marks word processors give the second level of a nested list. */
const SECOND_LEVEL_BULLETS = new Set([...'○◦o'].map((c) => c.charCodeAt(0)));
/** Ends a sentence or a list item: no heading's title does. */
const RE_ITEM_END = /[.。;；,，、:：]["”’)）]?$/;

/**
 * Headings marked with a symbol (`■個人情報の利用目的`, `◆ How We Use Information`), as Japanese and Chinese
 * policies and some web pages set them: a short title after one of HEADING_SYMBOLS, not ending as a sentence or
 * an item does, with text after it, and neither the line before nor the one after marked with the same symbol (one
 * item of a list, then). At least two with the same symbol. Top-level sections, or in a numbered policy the
 * sub-headings of the numbered section they stand in; a second symbol marks the headings under those of the first.
 */
function symbolHeadings(input: HeadingInput, numbered: boolean): HeadingDraft[] {
  const { text, scanned, excluded } = input;
  const bySymbol = new Map<number, ScannedLine[]>();
  const marked = (k: number, symbol: number) => k >= 0 && scanned[k].bullet > 0 && text.charCodeAt(scanned[k].start) === symbol;
  for (let i = 0; i < scanned.length; i++) {
    const l = scanned[i];
    if (!l.bullet || excluded.has(i)) continue;
    const symbol = text.charCodeAt(l.start);
    if (!HEADING_SYMBOLS.has(symbol) || !isTitleLike(l, 80) || RE_ITEM_END.test(l.title)) continue;
    const j = nextNonBlank(scanned, i);
    const k = previousNonBlank(scanned, i);
    if (j < 0 || marked(j, symbol) || marked(k, symbol)) continue;
    // Items of a list: after a line introducing them ("We collect:"), or next to the second level of a nested list
    // as word processors mark it (`●` items with `○` items under them, `■` under those).
    if ((k >= 0 && RE_END_COLON.test(titleEnding(scanned[k]))) || [j, k].some((n) => n >= 0 && scanned[n].bullet > 0 && SECOND_LEVEL_BULLETS.has(text.charCodeAt(scanned[n].start)))) continue;
    const lines = bySymbol.get(symbol);
    if (lines) lines.push(l);
    else bySymbol.set(symbol, [l]);
  }
  const groups = [...bySymbol.values()].filter((lines) => lines.length >= 2);
  // With two symbols, the one written first marks the main headings and the other those under them (`■ Information
  // we collect` / `● Account information`), when all of its headings come after the first main one.
  const main = groups.reduce<ScannedLine[] | undefined>((a, g) => (!a || g[0].index < a[0].index ? g : a), undefined);
  const out: HeadingDraft[] = [];
  for (const lines of groups) {
    const under = lines !== main && !!main && lines[0].index > main[0].index;
    for (const l of lines) {
      const draft = lineDraft(l, undefined, 'shape', false);
      out.push(numbered ? { ...draft, underNumbered: under ? 2 : 1 } : under ? { ...draft, subheading: true } : draft);
    }
  }
  return out;
}

/**
 * A callout set apart as a heading is, which introduces a warning or a note, or words that lead into what follows,
 * a summary, an example or a letter ("In short", "For example", "Dear users"): not a section.
 */
const RE_CALLOUT = /^(?:(?:important|note|please note|nota bene|attention|warning|caution|reminder|hinweis|wichtig|achtung|remarque|importante?|nota)\b|in short|in brief|in a nutshell|tl;? ?dr|for example|for instance|dear\s[\p{L}\s]{1,30})\W*$/iu;
/** A label and a sentence after it, of five words or more ("In Short: We collect personal information …."). */
const RE_LABELLED_SENTENCE = /^[^:：]{1,40}[:：][ \t]*\p{Lu}\S*(?:\s+\S+){4,}[.!?。！？]$/u;
/** Ends a sentence (not a colon, which introduces what follows). */
const RE_SENTENCE_STOP = /[.。!！?？]["”’)）]?$/;

/**
 * Unnumbered sub-headings inside numbered sections, as a widespread German template ("2. Hosting" / "Externes
 * Hosting" / its text) and pasted web pages lay them out: a title, a phrase or a question standing alone between
 * blank lines inside a numbered section, after a finished sentence, a sentence introducing it, a labelled value
 * ("E-Mail: …") or a heading, and before a paragraph or another such line. One right above another groups those
 * after it written in the same shape ("Datenerfassung" / "Wer ist verantwortlich …?" / text / "Wie erfassen wir
 * Ihre Daten?" / text): they are its sub-headings. At least two in the policy: one such line alone is more often
 * a name or a caption. Not in a section holding a table flattened into lines (three short cells or more in a
 * row, each between blank lines), whose cells look the same; not in Markdown, whose authors mark their headings.
 * A standard title found already ("Security") is one of them after another in its section; a callout
 * ("Important", "Please note") is none. In a policy pasted without blank lines (`tight`), such a line between a
 * heading or a finished paragraph and a paragraph, and three short lines in a row make a table.
 */
function spacedSubheadings(input: HeadingInput, drafts: readonly HeadingDraft[], tight: boolean): HeadingDraft[] {
  const { scanned, excluded } = input;
  // Standard titles other than opening and contact sections may turn out sub-headings: not taken yet.
  const standard = new Set<number>();
  for (const d of drafts) if (d.source === 'canonical' && !d.opening && !d.appendix && !isContactTitle(d.title)) standard.add(d.line);
  const taken = new Set<number>();
  for (const d of drafts) {
    if (standard.has(d.line)) continue;
    taken.add(d.line);
    // A title on a line under its number (`ARTICLE I` / `DEFINITIONS`) is the heading's too.
    for (let k = d.line + 1; k < scanned.length && scanned[k].start <= d.titleStart; k++) taken.add(k);
  }
  let first = Infinity;
  for (const d of drafts) if (d.source === 'numbered' && !d.inline && d.line < first) first = d.line;
  const takenLines = [...taken].sort((a, b) => a - b);
  /** The first heading's line after line `i` (or the end of the text), by bisection. */
  const nextTaken = (i: number) => takenLines[firstAfter(takenLines, i, lineNumber)] ?? scanned.length;
  const sameSection = (from: number, to: number) => nextTaken(from) >= to;
  const paragraph = (l: ScannedLine | undefined) => !!l && isParagraph(l);
  // In a policy pasted without blank lines, a line shaped as a heading between a heading or a finished paragraph
  // and a paragraph stands as one ("1. Information We Collect" / "Information You Provide" / "We collect …").
  const tightAlone = (l: ScannedLine): HeadingShape | undefined => {
    // (How the line before ends first: it rules out most lines at once.)
    const prior = scanned[l.index - 1];
    if (!prior || !(taken.has(prior.index) || (RE_SENTENCE_STOP.test(titleEnding(prior)) && isParagraph(prior)))) return undefined;
    const shape = tightShape(scanned, l);
    return shape && paragraph(scanned[l.index + 1]) ? shape : undefined;
  };
  const shapeAlone = (l: ScannedLine | undefined): HeadingShape | undefined => {
    if (!l || l.blank || excluded.has(l.index) || taken.has(l.index)) return undefined;
    if (scanned[l.index - 1]?.blank) return standingShape(scanned, l) ?? sittingShape(scanned, l);
    // (Or in a section pasted so, its heading and paragraphs in one block: "SECTION 2 - CONSENT" / "How do you get my
    // consent?" / its paragraph / "How do I withdraw my consent?" / …; not under a heading set apart by a blank line.)
    return tight || taken.has(longBlockStart(scanned, l)) ? tightAlone(l) : undefined;
  };
  // A standard title may be the first sub-heading of the numbered section it stands in where that section's title
  // holds all its words ("2. Sharing, transfer and disclosure of personal information" / "Sharing"), or where the
  // numbers go on after it ("3. Security" / its text / "How we protect your personal information" / … / "4.
  // Contact"): not a chapter over numbers that start again.
  const numbered = new Map<number, HeadingDraft>();
  for (const d of drafts) if (d.marker && !d.inline) numbered.set(d.line, d);
  const withinNumbered = (i: number, l: ScannedLine) => {
    const at = firstAfter(takenLines, i, lineNumber);
    const enclosing = numbered.get(takenLines[at - 1]);
    if (!enclosing?.marker) return false;
    if (wordsWithin(l.title, enclosing.title)) return true;
    // (Written in capitals as the numbered headings are, it is a section the numbers leave out: "SECTION 5 -
    // SECURITY" / "COOKIES" / "SECTION 6 - AGE OF CONSENT".)
    if (!RE_LOWER_LETTER.test(l.title) && !RE_LOWER_LETTER.test(enclosing.title)) return false;
    const next = numbered.get(takenLines[at])?.marker;
    return !!next && sameStyle(next, enclosing.marker) && next.value === enclosing.marker.value + 1;
  };
  let found: { line: ScannedLine; shape: HeadingShape; grouped: boolean }[] = [];
  let tableUntil = -1;
  for (let i = first + 1; i < scanned.length; i++) {
    if (i < tableUntil) continue;
    const l = scanned[i];
    // Without blank lines, three short lines in a row are cells of a table (or items of a list) up to the next heading.
    if (tight && isShortText(l) && i + 2 < scanned.length && isShortText(scanned[i + 1]) && isShortText(scanned[i + 2])) { tableUntil = nextTaken(i); continue; }
    const shape = shapeAlone(l);
    if (!shape) continue;
    const cells = cellRunEnd(scanned, i, taken);
    if (cells >= 0) { tableUntil = nextTaken(cells); continue; }
    const k = previousNonBlank(scanned, i);
    const prior = scanned[k];
    const last = found[found.length - 1];
    // Not after a short line of text, as the lines of an address or a list of names are; unless that line ends a
    // list a sentence introduced ("… may include the following:" / "names" / "passwords"), set apart from it.
    const afterText = taken.has(k) || last?.line.index === k || introducesText(prior) || endsListAbove(scanned, k);
    if (!afterText) continue;
    const next = scanned[nextNonBlank(scanned, i)];
    // After a sentence introducing a list ("We collect the following data:"), short lines one after another are its
    // items: a sub-heading there has its paragraph right under it.
    const listed = !taken.has(k) && RE_END_COLON.test(titleEnding(prior));
    if (!paragraph(next) && (listed || !(shapeAlone(next) && paragraph(scanned[nextNonBlank(scanned, next.index)])))) continue;
    if (standard.has(i) && !(last && sameSection(last.line.index, i)) && !withinNumbered(i, l)) continue;
    found.push({ line: l, shape, grouped: false });
  }
  // Sub-headings set right on their paragraphs after a blank line (see sittingShape) are the policy's way when two or
  // more are (a question or a title alone is more often a paragraph's first line).
  const sitting = (f: { line: ScannedLine }) => scanned[f.line.index - 1]?.blank && !scanned[f.line.index + 1]?.blank;
  if (found.filter(sitting).length < 2) found = found.filter((f) => !sitting(f));
  // (A standard title is one alone too: it is no name or caption.)
  if (found.length < 2 && !found.some((f) => standard.has(f.line.index))) return [];
  // Sub-headings of a group: right under its heading, or later in the same numbered section and shaped like the first.
  let group: { shape: HeadingShape; section: number } | undefined;
  let section = 0;
  let atLine = 0;
  const out: HeadingDraft[] = [];
  found.forEach((f, n) => {
    for (; atLine < f.line.index; atLine++) if (taken.has(atLine)) { section++; group = undefined; }
    const previous = found[n - 1];
    if (previous && previous.line.index === previousNonBlank(scanned, f.line.index) && !previous.grouped) {
      group = { shape: f.shape, section };
      f.grouped = true;
    } else if (group && group.section === section && group.shape === f.shape) f.grouped = true;
    else group = undefined;
    out.push({ ...lineDraft(f.line, undefined, 'shape', false), underNumbered: f.grouped ? 2 : 1 });
  });
  return out;
}

/**
 * Whether line `k` is the last of two or more items one right under the other (short lines, or lines with a bullet or
 * a number), right under a line that introduces them with a colon.
 */
function endsListAbove(scanned: readonly ScannedLine[], k: number): boolean {
  return introducedItemsUpTo(scanned, k, (l) => !l.blank && (l.bullet > 0 || l.marker !== undefined || isShortText(l)), (i) => i - 1) >= 2;
}

/**
 * A paragraph: a sentence or a line longer than a title, not continuing a sentence, not a labelled value unless a
 * sentence follows the label ("In Short: We collect …").
 */
function isParagraph(l: ScannedLine): boolean {
  return !l.marker && !l.bullet && l.end - l.start > 40 && (!isTitleLike(l, 80) || RE_TERMINAL.test(l.title))
    && (!RE_FIELD_LINE.test(l.title) || RE_LABELLED_SENTENCE.test(l.title)) && !startsLowerCase(l);
}

/** A line a sub-heading may follow: a finished sentence, a labelled value, or a sentence introducing what follows. */
function introducesText(l: ScannedLine): boolean {
  return RE_SENTENCE_STOP.test(titleEnding(l)) || RE_FIELD_LINE.test(l.title) || (RE_END_COLON.test(titleEnding(l)) && !isTitleLike(l, 80));
}

/**
 * What spacedSubheadings reads of a line next to a possible sub-heading: whether a sub-heading may follow it,
 * whether it introduces a list, whether it is a paragraph, and (without blank lines) whether it ends a sentence. An edit that leaves these as they were changes no sub-heading around the line.
 */
export function subheadingTraits(l: ScannedLine): string {
  return l.blank ? '' : `${introducesText(l)}|${isParagraph(l)}|${RE_SENTENCE_STOP.test(titleEnding(l))}`;
}

/**
 * What findShapedHeadings reads of a line next to a possible heading besides how it ends and starts: whether it is
 * a labelled value, a postal address or a sentence without its full stop (body text either way), and whether it is
 * a paragraph (which a phrase right above it in a block of text may head, see inLongBlock). An edit that
 * leaves these as they were (and the line's ending, colon and first letter) changes no shaped heading around it.
 */
export function shapeNeighbourTraits(l: ScannedLine): string {
  // (Whether it holds contact details, see holdsContactDetails, follows from the address and the email address.)
  return l.blank ? '' : `${RE_FIELD_LINE.test(l.title)}|${RE_POSTAL_ADDRESS.test(l.title)}|${hasEmail(l.title)}|${isClauseLine(l)}|${isParagraph(l)}`;
}

/** A sentence without its full stop: six words or more, the first of them one that starts a sentence ("You have …"). */
function isClauseLine(l: ScannedLine): boolean {
  return RE_SENTENCE_OPENER.test(l.title) && wordCount(l.title) >= 6;
}

/**
 * A line of contact details: an email address or a postal address in it ("privacy@example.com | 1-800-555-0142").
 * Under a title about contact ("Contact Us:") it is that section's body, though it is no sentence and may start in
 * lower case.
 */
function holdsContactDetails(l: ScannedLine): boolean {
  return hasEmail(l.title) || RE_POSTAL_ADDRESS.test(l.title);
}

/**
 * A line after a blank line (or, `tight` or in a long block of text, see inLongBlock, between two lines of text) shaped as a title, a phrase or a question, not
 * a callout: what spacedSubheadings takes for a sub-heading when the lines around it say so.
 */
export function standsAloneAsHeading(scanned: readonly ScannedLine[], l: ScannedLine, tight: boolean): boolean {
  // (After a blank line, whatever is under it: the line under it may become a paragraph, see sittingShape.)
  return (!l.blank && !!scanned[l.index - 1]?.blank && subheadingShape(l) !== undefined) || ((tight || inLongBlock(scanned, l)) && tightShape(scanned, l) !== undefined);
}

/** Shaped as a heading with text right above and right below it, as a sub-heading of a policy without blank lines is. */
function tightShape(scanned: readonly ScannedLine[], l: ScannedLine): HeadingShape | undefined {
  if (l.blank || l.index === 0 || scanned[l.index - 1].blank || !scanned[l.index + 1] || scanned[l.index + 1].blank) return undefined;
  return subheadingShape(l);
}

/**
 * The shape of a line after a blank line set right on its paragraph, as a sub-heading pasted from a web page often is
 * ("How do you get my consent?" / "When you provide us with …"), or undefined.
 */
function sittingShape(scanned: readonly ScannedLine[], l: ScannedLine): HeadingShape | undefined {
  const next = scanned[l.index + 1];
  return scanned[l.index - 1]?.blank && next && isParagraph(next) ? subheadingShape(l) : undefined;
}

/** The shape of a line that stands alone as a heading (see standsAloneAsHeading), or undefined. */
function standingShape(scanned: readonly ScannedLine[], l: ScannedLine): HeadingShape | undefined {
  if (l.blank || !scanned[l.index - 1]?.blank || !scanned[l.index + 1]?.blank) return undefined;
  return subheadingShape(l);
}

/** A heading's shape other than a label's, which a sub-heading may have (headingShape leaves callouts out). */
function subheadingShape(l: ScannedLine): HeadingShape | undefined {
  const shape = headingShape(l);
  return shape === 'label' ? undefined : shape;
}

/**
 * Where a run of three or more short cells starting at line `i` ends (its last cell), each alone between blank
 * lines, as a table pasted as text leaves them: or -1.
 */
function cellRunEnd(scanned: readonly ScannedLine[], i: number, taken: ReadonlySet<number>): number {
  let count = 0;
  let last = -1;
  for (let k = i; k >= 0 && k < scanned.length && !taken.has(k); k = nextNonBlank(scanned, k)) {
    const l = scanned[k];
    if (!isShortText(l) || !scanned[k - 1]?.blank || !scanned[k + 1]?.blank) break;
    count++;
    last = k;
  }
  return count >= 3 ? last : -1;
}

/**
 * Names a further notice or policy in the text, as a title does: "Additional Notice for California Residents", or
 * in Chinese "隐私政策" (a policy followed by its translation), "儿童个人信息保护声明".
 */
const RE_PART_TITLE = /\b(?:notice|policy|statement|addendum|supplement)\b|政策|声明|聲明|须知|須知/i;
/** Words and the punctuation of a title only (no link, no brackets, no end punctuation). */
const RE_PLAIN_WORDS = /^[\p{L}\p{N} '’&,\-–—]+$/u;
const RE_END_QUESTION_MARK = /[?？]$/;

/**
 * A title of its own after a blank line naming a notice or policy: a part of the text (a state's notice after the
 * policy, a cookie policy), whose numbered sections start again at 1 under it.
 */
function isPartTitle(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  if (RE_LANGUAGE_VERSION.test(l.title)) {
    // A language's name heads a translation when numbered sections follow it, not in a list of languages (after
    // another language's name, or a line introducing them).
    const next = nextNonBlank(scanned, l.index);
    const before = previousNonBlank(scanned, l.index);
    return before >= 0 && scanned[l.index - 1].blank && next >= 0 && !!scanned[next].marker
      && !RE_LANGUAGE_VERSION.test(scanned[before].title) && !RE_END_COLON.test(titleEnding(scanned[before]));
  }
  return RE_PART_TITLE.test(l.title) && standsAsTitle(scanned, l);
}

/**
 * The name of a language alone, heading the policy in it where the text gives it in two ("English" / "1.
 * Introduction" … "Français" / "1. Introduction" …, as Canadian, Belgian and Swiss policies do).
 */
const RE_LANGUAGE_VERSION = /^(?:english|fran[çc]ais|french|deutsch|german|espa[ñn]ol|spanish|italiano|italian|portugu[êe]s|portuguese|nederlands|dutch|svenska|dansk|norsk|suomi|polski|t[üu]rk[çc]e|русский|українська|bahasa (?:indonesia|melayu)|ti[ếe]ng vi[ệe]t|中文|简体中文|繁體中文|日本語|한국어)(?: (?:version|text))?$|^(?:version (?:fran[çc]aise|anglaise)|versi[óo]n (?:en )?espa[ñn]ol[a]?|deutsche (?:fassung|version)|english (?:version|text))$/i;

/**
 * A title about contact written as a title of its own after a blank line ("QUESTIONS AND CONTACT INFORMATION",
 * "Privacy Contact"), where its wording is no standard title: policies end with it unnumbered.
 */
function isContactHeading(scanned: readonly ScannedLine[], l: ScannedLine, tight: () => boolean): boolean {
  if (!isContactTitle(l.title)) return false;
  if (standsAsTitle(scanned, l)) return true;
  // In a policy pasted without blank lines, after a finished sentence ("… review it frequently." / "QUESTIONS AND
  // CONTACT INFORMATION"), over its text.
  const before = scanned[l.index - 1];
  const after = scanned[l.index + 1];
  const title = withoutEndColon(l.title);
  return !!before && !!after && !after.blank && finishesSentence(before) && RE_PLAIN_WORDS.test(title) && titleCased(title) && tight();
}

/** Whether a line ends with a sentence's full stop or exclamation mark (not a question's, nor a colon). */
export function finishesSentence(l: ScannedLine): boolean {
  return RE_SENTENCE_END.test(titleEnding(l));
}

/** After a blank line, words alone in title case or capitals, asking or not ("Questions?"): laid out as a title. */
function standsAsTitle(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  const title = withoutEndColon(l.title).replace(RE_END_QUESTION_MARK, '');
  return l.index > 0 && scanned[l.index - 1].blank && RE_PLAIN_WORDS.test(title) && titleCased(title);
}

/** Whether the line's words follow an icon (see iconLength): its title starts after something neither number nor bullet. */
function startsWithIcon(l: ScannedLine): boolean {
  return !l.marker && !l.bullet && l.titleStart > l.start;
}

/** Written as a title: every word capitalised but the small ones ("Sharing of Information"), or all in capitals. */
function titleCased(title: string): boolean {
  const words = title.split(' ');
  if (words.length > 10) return false;
  let letters = 0;
  let capitalised = 0;
  for (const word of words) {
    const first = word.search(/\p{L}/u);
    if (first < 0) continue;
    const c = word[first];
    if (c === c.toLowerCase() && c !== c.toUpperCase()) {
      // A lower-case word: allowed when it is a small word, but never first.
      if (letters === 0 || !MINOR_WORDS.has(word.toLowerCase())) return false;
    } else capitalised++;
    letters++;
  }
  return capitalised > 0;
}

/** Cells of a table pasted one to a line (see tableCellLines): this many in a row at least. */
const MIN_TABLE_CELLS = 4;

/**
 * The lines of tables pasted one cell to a line, as copying a web page's table into plain text leaves them: runs of
 * short lines (see isCellLine), blank lines between them or not, with no sentence among them ("SDK name" /
 * "Provider" / "Purpose" / "WeChat SDK" / "Tencent Co., Ltd." / "Login"), MIN_TABLE_CELLS or more before the last.
 * The last one, on the text after the run, may be a heading over it (after a list of short items, or a heading's
 * sub-headings): it is left to the heading tests.
 */
function tableCellLines(scanned: readonly ScannedLine[], excluded: LineLookup): Set<number> {
  const cells = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length > MIN_TABLE_CELLS) for (let k = 0; k < run.length - 1; k++) cells.add(run[k]);
    run = [];
  };
  for (const l of scanned) {
    if (l.blank) continue;
    if (!excluded.has(l.index) && isCellLine(l)) run.push(l.index);
    else close();
  }
  close();
  return cells;
}

/** Longer than this, a line is text, not a table's cell. */
const MAX_CELL_LENGTH = 60;

/**
 * A table's cell, as tableCellLines reads one: a short text without a sentence's punctuation, or a company's name.
 * Not a row of cells (tabs or `|` between them): a table pasted so is read as one (see isTableRow).
 */
export function isCellLine(l: ScannedLine): boolean {
  return !l.blank && l.end - l.start <= MAX_CELL_LENGTH && (isShortText(l) || isCompanyName(l.title)) && !isTableRow(l);
}

/** A company's name alone ("Alipay (China) Network Technology Co., Ltd."): its words before the legal form in title case. */
function isCompanyName(title: string): boolean {
  const form = RE_COMPANY_NAME.exec(title);
  if (!form) return false;
  const name = title.slice(0, form.index).replace(/[\s,]+$/, '');
  return form[0] === '有限公司' ? !RE_PUNCTUATION_BUT_COMMA.test(name) : name.length > 0 && titleCased(name);
}

/** What a line's own text says it could be as a heading of an unnumbered policy (see headingShape). */
export type HeadingShape = 'title' | 'phrase' | 'label' | 'question';
const RE_UPPER_START = /^\p{Lu}/u;

/** Ends with a colon, as a label heading does ("Information we collect:"). */
/** Punctuation that a label heading has only at its end. */
const RE_INNER_PUNCTUATION = /[.。!！?？;；,，:：]/;
const RE_CAPITAL_START = /^[\p{Lu}\u4e00-\u9fff]/u;

/** Ends with a question mark, as a question heading does ("What information do we collect?"). */
const RE_QUESTION_END = /[?？]$/;
/** A labelled value ("Email: privacy@example.com"): body text, as a contact section's lines are. */
const RE_FIELD_LINE = /^[^:：]{1,40}[:：][ \t\u3000]*\S/;
/** The label of a question set as an FAQ's ("Q: What data do you collect?", "Q1. …", its answer under "A: …"). */
const RE_QUESTION_LABEL = /^(?:Q|Question)[ \t]*\d{0,3}[ \t]*[:.：)][ \t]*/;
/** Punctuation that a question heading has only at its end, and a heading in sentence case not at all (commas are allowed). */
const RE_PUNCTUATION_BUT_COMMA = /[.。!！?？;；:：]/;

/** A web page's links and buttons pasted with its text ("Learn more", "Back to top", "Print"). */
const RE_PAGE_CHROME = /^(?:learn more|read more|see more(?: examples)?|show (?:more|less)|(?:back|go|return) to (?:the )?top|top of (?:the )?page|expand(?: all)?|collapse(?: all)?|print(?: this page)?|more info(?:rmation)?|[↑▲^])$/i;

/** A web page's link or button alone on its line (see RE_PAGE_CHROME). */
function isPageLink(l: ScannedLine): boolean {
  return !l.blank && l.end - l.start <= 24 && RE_PAGE_CHROME.test(l.title);
}

/** Links, buttons, a website's menu (see isMenuLine) and a PDF's page numbers (see isPageNumberLine) pasted with the text. */
function isPageChrome(l: ScannedLine): boolean {
  return isPageNumberLine(l) || isPageLink(l) || isMenuLine(l);
}

/**
 * A row of a table pasted as text: cells separated by tabs (`Category⇥Examples⇥Collected`), Markdown's `| … |`, or
 * three cells or more set apart by bars (`Identifiers | Name, email | Service providers`, a web page's row of links).
 */
function isTableRow(l: ScannedLine): boolean {
  const t = l.title;
  return t.includes('\t') || (t.charCodeAt(0) === 124 /* | */ && t.indexOf('|', 1) > 0) || hasBarCells(t);
}

/** Three cells or more set apart by spaced bars. */
function hasBarCells(t: string): boolean {
  const bar = t.indexOf(' | ');
  return bar > 0 && t.indexOf(' | ', bar + 3) > 0;
}

/** Words of a short text: the pieces between single spaces. */
function wordCount(t: string): number {
  let words = 1;
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) words++;
  return words;
}

/**
 * What a line's own text says about it being a heading of an unnumbered policy: a short title-cased line without
 * end punctuation ("Sharing of Information", "DATA RETENTION"), a short phrase in sentence case ("Sharing with
 * third parties"), a short label ending in a colon ("Information we collect:"), a short question ("How do we use
 * your information?", "Q: Do you sell my data?"), or none of these. The lines around it decide the rest (see
 * findShapedHeadings).
 */
export function headingShape(l: ScannedLine): HeadingShape | undefined {
  const shape = shapeOfLine(l);
  // A postal address standing alone ("Example Ltd, 5 Quay Street, Galway") is a contact detail, however it is cased;
  // a company's name (above its address, or signing the policy) names no section; nor does a callout ("Please note",
  // "In short", "For example", "Dear users") leading into the sentence under it.
  return shape && !RE_POSTAL_ADDRESS.test(l.title) && !RE_COMPANY_NAME.test(l.title) && !RE_CALLOUT.test(l.title) ? shape : undefined;
}

/** A name ending with a company's legal form ("Fernleaf Ltd", "Acme Inc.", "Example GmbH", "某某科技有限公司"). */
const RE_COMPANY_NAME = /\b(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|L\.L\.C|GmbH|plc|PLC|Plc|Corp|Corporation|CORPORATION|Co\., Ltd|S\.A|S\.L|SAS|SARL|S\.r\.l|AG|B\.V|N\.V|Pty|Pte|K\.K)\.?$|有限公司$/;

/** The verbs that make words a statement, not a title. */
const AUXILIARIES = 'is|are|was|were|will|would|can|could|may|might|must|shall|should|do|does|did|have|has|had';

/** A verb that makes words a statement ("Data is encrypted", "Cookies may be used"), not a title. */
const RE_FINITE_VERB = new RegExp(`\\b(?:${AUXILIARIES}|be|been|not)\\b`, 'i');

/** A sentence's subject and its auxiliary verb ("That is", "We will", "You can"): a clause, not a title. */
const RE_SUBJECT_AND_VERB = new RegExp(`^(?:that|this|it|there|we|you|they)\\s+(?:${AUXILIARIES})\\b`, 'i');

function shapeOfLine(l: ScannedLine): HeadingShape | undefined {
  if (l.blank || l.marker || l.bullet || l.end - l.start > 100 || isTableRow(l) || isPageChrome(l)) return undefined;
  const t = l.title;
  if (RE_QUESTION_END.test(t)) {
    // Spanish opens a question with its mark turned over ("¿Quién es el responsable…?").
    const q = (RE_QUESTION_LABEL.test(t) ? t.replace(RE_QUESTION_LABEL, '') : t).replace(/^¿/, '');
    return RE_CAPITAL_START.test(q) && !RE_PUNCTUATION_BUT_COMMA.test(q.slice(0, -1)) && wordCount(q) <= 14 ? 'question' : undefined;
  }
  if (l.end - l.start > 80) return undefined;
  if (isTitleLike(l, 80)) {
    if (RE_ANY_COLON.test(t) || RE_TERMINAL.test(t)) return undefined;
    if (titleCased(t)) return 'title';
    // Written in sentence case ("Sharing with third parties"): a short phrase, one capital letter to start it; not a
    // sentence that lost its full stop ("That is all", "We will tell you").
    return l.end - l.start <= 60 && RE_UPPER_START.test(t) && !RE_PUNCTUATION_BUT_COMMA.test(t) && wordCount(t) >= 2 && wordCount(t) <= 8 && !RE_SUBJECT_AND_VERB.test(t) ? 'phrase' : undefined;
  }
  if (!RE_END_COLON.test(t) || !RE_CAPITAL_START.test(t) || RE_INNER_PUNCTUATION.test(t.slice(0, -1))) return undefined;
  return wordCount(t) <= 8 ? 'label' : undefined;
}

/**
 * Unnumbered headings by their shape (see headingShape), standing after a blank line or a finished sentence and
 * followed by body text that does not continue them in lower case: a sentence or a paragraph, or for a title or a
 * question also a list (a label followed by a list introduces the list). Only in a policy with no numbered
 * headings. Labels and questions count when two or more of a kind are headings, or when they name a standard
 * section ("Contact:"): one alone is more often a sentence's introduction or a question asked in passing.
 * Nothing comes out unless at least two headings do (with the standard titles and entries already found): one
 * such line alone is more often a company name or a signature. A standard title in `found` that a group's heading
 * holds (see namesPartOf) is marked a sub-heading in place.
 */
function findShapedHeadings(input: HeadingInput, found: readonly HeadingDraft[], tight: boolean, until = Infinity): HeadingDraft[] {
  const { text, scanned, excluded } = input;
  const taken = new Set(found.map((d) => d.line));
  const byShape = { title: [] as HeadingDraft[], phrase: [] as HeadingDraft[], label: [] as HeadingDraft[], question: [] as HeadingDraft[] };
  // Whether body text follows a line of this shape: a sentence or paragraph not continuing it in lower case, or a list.
  const bodyAfter = (l: ScannedLine, shape: HeadingShape): boolean => {
    const j = nextNonBlank(scanned, l.index);
    if (j < 0) return false;
    const next = scanned[j];
    const list = next.marker !== undefined || next.bullet > 0;
    if (!list && isContactTitle(shape === 'label' ? withoutEndColon(l.title) : l.title) && holdsContactDetails(next)) return true;
    // (A label's list is the label's own, unless it is a standard title: "Information we collect:" / "• …".)
    // (Under a title in capitals, a sentence that lost its full stop is text too, as a web page's summary line under
    // a heading has it: "YOUR PRIVACY CONTROLS" / "You have choices regarding the information we collect".)
    const body = (list && (shape !== 'label' || isCanonicalTitle(withoutEndColon(l.title)))) || (!list && (!isTitleLike(next, 80) || endsSentence(text, next) || RE_FIELD_LINE.test(next.title) || isTableRow(next) || RE_POSTAL_ADDRESS.test(next.title)
      || (!RE_LOWER_LETTER.test(l.title) && isClauseLine(next))));
    return body && !startsLowerCase(next);
  };
  // Or, for a heading in capitals, its first title-cased sub-heading ("INFORMATION WE COLLECT" / "Information You
  // Give Us" / body).
  const subheadingAfter = (l: ScannedLine): boolean => {
    const j = nextNonBlank(scanned, l.index);
    const next = j < 0 ? undefined : scanned[j];
    return !!next && RE_LOWER_LETTER.test(next.title) && !RE_LOWER_LETTER.test(l.title) && headingShape(next) === 'title' && bodyAfter(next, 'title');
  };
  // Or, a blank line apart, a heading of its own that body text follows: its first sub-heading ("Mode and place of
  // processing" / "Methods of processing" / body).
  // Not after a line that introduces items ("…these items:"): short lines a blank line apart are those items.
  // In a policy pasted without blank lines (`tight`, see tightLayout), the heading right under it, sitting on a
  // sentence.
  // Or a heading that holds one such heading in turn ("Collecting and Using Your Personal Data" / "Types of Data
  // Collected" / "Personal Data" / body): `depth` 0 for the first of the three.
  const headingAfter = (l: ScannedLine, depth = 0): boolean => {
    const j = nextNonBlank(scanned, l.index);
    if (j < 0 || (j === l.index + 1 && !tight && !headingsSitOnText())) return false;
    // Nor at the top of the text, where a line over the first heading is a title or a website's navigation.
    const k = previousNonBlank(scanned, l.index);
    if (k < 0 || RE_END_COLON.test(titleEnding(scanned[k])) || endsIntroducedList(scanned, l)) return false;
    // (Not the title, a date or a table's line: a web page's name over its title, "Orbit Maps" / "Privacy Policy",
    // opens no group.)
    if (excluded.has(j)) return false;
    const shape = headingShape(scanned[j]);
    if (j === l.index + 1) return groupsAsSubheading(shape) && (sentenceRightAfter(text, scanned, scanned[j]) || (depth === 0 && headingAfter(scanned[j], 1)));
    if (shape === undefined || shape === 'label') return false;
    return bodyAfter(scanned[j], shape) || (depth === 0 && groupsAsSubheading(shape) && headingAfter(scanned[j], 1));
  };
  // Whether the standard headings found stand after a blank line with their text right under them: two or more,
  // and two thirds of them (a footer's links pasted after the text may hold a standard title, "Cookies").
  // Whether the policy sets its headings right on their text, as a web page copied keeps them: two or more and two
  // thirds of its standard ones (a footer's links pasted after the text may hold a standard title, "Cookies"), or
  // three or more lines shaped as titles, a blank line before them and a sentence right under them, twice as many
  // as those with a blank line under them. A heading over its first sub-heading sits right on it then.
  // (Read once, and only for a line that needs it.)
  let sitOnText: boolean | undefined;
  const headingsSitOnText = (): boolean => {
    if (sitOnText === undefined) {
      const standardLines = found.filter((d) => d.source === 'canonical' && !d.inline).map((d) => d.line);
      const setOnText = standardLines.filter((i) => i > 0 && scanned[i - 1].blank && !!scanned[i + 1] && !scanned[i + 1].blank).length;
      if (setOnText >= 2 && setOnText * 3 >= standardLines.length * 2) return (sitOnText = true);
      let onText = 0;
      let apart = 0;
      for (const l of scanned) {
        if (l.index === 0 || !scanned[l.index - 1].blank || excluded.has(l.index) || !groupsAsSubheading(headingShape(l))) continue;
        const j = nextNonBlank(scanned, l.index);
        if (j >= 0 && isSentenceLine(text, scanned[j])) {
          if (j === l.index + 1) onText++;
          else apart++;
        }
      }
      sitOnText = onText >= 3 && onText >= 2 * apart;
    }
    return sitOnText;
  };
  // The lines this pass has found so far: a heading may follow another.
  const shaped = new Set<number>();
  // Whether the line before `l`, a blank line apart, is a short line shaped as a heading that is none (an item).
  const listItemAbove = (l: ScannedLine): boolean => {
    const k = previousNonBlank(scanned, l.index);
    return k >= 0 && k < l.index - 1 && isShortText(scanned[k]) && headingShape(scanned[k]) !== undefined && !taken.has(k) && !shaped.has(k) && !excluded.has(k);
  };
  // Whether `l`, right after a sentence, is in a long block of text (see inLongBlock) that a heading opens after a
  // blank line, in a policy that sets its headings right on their text: a sub-heading of that heading, as a web
  // page copied sets them between its paragraphs. (Where headings are laid out both ways, the layout tells no levels.)
  const underBlockHeading = (l: ScannedLine): boolean => {
    const first = longBlockStart(scanned, l);
    return first > 0 && headingsSitOnText() && (taken.has(first) || shaped.has(first)) && !foundByLine.get(first)?.subheading;
  };
  // Those found only for the heading after them, which is their first sub-heading.
  const groupLines = new Set<number>();
  // Standard titles found already that hold the heading after them likewise ("Information We Collect" / blank /
  // "Information you give us" / its text).
  const foundGroupLines = new Set(found.filter((d) => d.source === 'canonical' && !d.inline && headingAfter(scanned[d.line])).map((d) => d.line));
  // The headings of the open group that sit right on their text, as its first sub-heading does, and are cased as
  // it is: its sub-headings too (see continuesGroup); undefined when no group is open.
  let group: HeadingGroup | undefined;
  const leads: HeadingDraft[] = [];
  // Phrases set over a list of their own, a blank line before them ("Device information" / "- Purpose: …"): like a
  // sentence introducing its list, unless several are laid out so (see below).
  const overLists: HeadingDraft[] = [];
  const foundByLine = new Map(found.map((d) => [d.line, d]));
  // Paragraphs led by a title of one word ("Treatment. We may use …"), by line: leads only next to others (see below).
  const oneWordLeads = new Map<number, HeadingDraft>();
  const cells = tableCellLines(scanned, excluded);
  for (let atLine = 0; atLine < Math.min(scanned.length, until); atLine++) {
    const l = scanned[atLine];
    if (cells.has(l.index) && !taken.has(l.index)) continue;
    if (taken.has(l.index)) {
      // A standard title that names part of what the open group's heading names is one more of its sub-headings
      // ("Interpretation and Definitions" / "Interpretation" / … / "Definitions").
      const d = foundByLine.get(l.index);
      if (group?.extends && group.hasSubheading && d && namesPartOf(d, group.title)) {
        d.subheading = true;
        if (group.deeper) d.deeper = true;
        continue;
      }
      // Any other heading found already ends the open group, or opens one.
      group = foundGroupLines.has(l.index) ? openedGroup(scanned, excluded, l, false) : undefined;
      continue;
    }
    const shape = headingShape(l);
    if (!shape && !l.blank && !excluded.has(l.index)) {
      // A title leading its paragraph, ended by a colon ("INFORMATION WE COLLECT: We collect …", "Sharing: We do not
      // sell …") or a full stop ("Information We Collect. We collect …"), after a blank line, a finished sentence or a
      // heading.
      const lead = paragraphLead(text, l);
      const k = previousNonBlank(scanned, l.index);
      if (k < 0 || k < l.index - 1 || endsSentence(text, scanned[k]) || taken.has(k) || shaped.has(k)) {
        if (lead) leads.push(leadDraft(l, lead));
        else {
          const word = oneWordStopTitle(l);
          if (word) oneWordLeads.set(l.index, leadDraft(l, { titleStart: l.titleStart, title: l.title.slice(0, word), end: l.titleStart + word }));
        }
      }
      continue;
    }
    if (!shape || excluded.has(l.index)) continue;
    const groups = !bodyAfter(l, shape) && !(shape === 'title' && subheadingAfter(l));
    if (groups && !(shape !== 'label' && headingAfter(l))) continue;
    // Nor one of a list of short lines over the next heading ("Google Play Services" / "AdMob" / "Firebase
    // Analytics" / "Log Data" / its text, a blank line apart): the line before it, shaped as a heading, is none.
    if (groups && listItemAbove(l)) continue;
    // The line before, passing over a web page's links pasted with its text ("Learn more", "Back to top").
    let k = previousNonBlank(scanned, l.index);
    while (k >= 0 && isPageChrome(scanned[k])) k = previousNonBlank(scanned, k);
    // (In a policy without blank lines, a labelled value ends its line as a sentence does before a phrase in sentence
    // case: "Owner contact email: …" / "Types of Data collected" / its text. Not before a title: a policy pasted
    // twice goes on with its title after its last field.)
    if (k >= 0 && k === l.index - 1 && !endsSentence(text, scanned[k]) && !taken.has(k) && !excluded.has(k) && !(tight && (shaped.has(k) || (shape === 'phrase' && RE_FIELD_LINE.test(scanned[k].title)))) && !groupLines.has(k)) continue;
    // A phrase in sentence case reads like a line of text unless laid out as a heading: blank lines around it (or
    // one before it and an icon to start it, "🔒 How we protect it"), after a finished sentence, the title or
    // another heading (not after a list of short lines like itself), or set in bold (after anything).
    // Or laid out as the policy's standard headings are, a blank line before and the text right after.
    // Or as the sub-headings of the open group are. Or, in a policy without blank lines, after a finished sentence
    // or a heading, right on a sentence of its own or on its first sub-heading.
    const firstOfGroup = groupLines.has(k) || foundGroupLines.has(k);
    const inGroup = !groups && (firstOfGroup || continuesGroup(group, scanned, l, shape, tight));
    const spaced = (k < l.index - 1 && (scanned[l.index + 1]?.blank || startsWithIcon(l) || inGroup || headingsSitOnText()))
      || ((tight || firstOfGroup) && k === l.index - 1 && (sentenceRightAfter(text, scanned, l) || (tight && groups)))
      || (k === l.index - 1 && inLongBlock(scanned, l) && sentenceRightAfter(text, scanned, l) && isParagraph(scanned[l.index + 1]));
    const afterBreak = k < 0 || excluded.has(k) || taken.has(k) || endsSentence(text, scanned[k]) || RE_FIELD_LINE.test(scanned[k].title) || shaped.has(k);
    if (shape === 'phrase' && !(spaced && (afterBreak || setInBold(text, l)))) {
      const next = scanned[l.index + 1];
      if (k < l.index - 1 && afterBreak && next && (next.bullet > 0 || next.marker !== undefined)) overLists.push(lineDraft(l, undefined, 'shape', false));
      continue;
    }
    shaped.add(l.index);
    const subheading = firstOfGroup || inGroup || (!tight && k === l.index - 1 && underBlockHeading(l));
    if (subheading && group) group.hasSubheading = true;
    // Under a group opened by a sub-heading ("Types of Data Collected" under "Collecting and Using Your Data").
    const deeper = subheading && !!group?.deeper;
    if (groups) {
      groupLines.add(l.index);
      group = openedGroup(scanned, excluded, l, subheading && !deeper);
    } else if (firstOfGroup && group?.extends && sitsOnItsText(scanned, l, tight) && groupsAsSubheading(shape)) group.titleCase = titleCased(l.title);
    else if (!inGroup) group = undefined;
    const draft: HeadingDraft = { ...lineDraft(l, undefined, 'shape', false), ...(subheading ? { subheading: true } : {}), ...(deeper ? { deeper: true } : {}) };
    byShape[shape].push(shape === 'label' ? { ...draft, title: withoutEndColon(l.title) } : draft);
  }
  // Standard titles found already count towards the two of their shape ("How can you contact us?").
  const standard = { title: 0, phrase: 0, label: 0, question: 0 };
  for (const d of found) {
    const shape = d.source === 'canonical' ? headingShape(scanned[d.line]) : undefined;
    if (shape) standard[shape]++;
  }
  // A phrase laid out as the policy's standard headings are, whatever their shape, counts them too ("Introduction" /
  // "Use of information" / "Contact", each a blank line before it and its text right under it).
  const named = (shape: 'phrase' | 'label' | 'question') => {
    const drafts = byShape[shape];
    const alike = standard[shape] + (shape === 'phrase' && drafts.length && headingsSitOnText() ? standard.title : 0);
    return drafts.length + alike >= 2 ? drafts : drafts.filter((d) => isCanonicalTitle(d.title));
  };
  // Like labels, two of them or a standard title: one alone may be a warning ("PLEASE READ: …"). Not a title that
  // leads another paragraph nearby: a label of records ("Purpose: We use it to …" under each partner named).
  // (In one pass, the leads being in line order: each against the last before it of its title.)
  // A title of one word leads its paragraph as a label may ("Name. The name you give us …"), unless the paragraph
  // next to it is led by a longer title, or by one of one word next to such ("Treatment. …" / "Payment. …" /
  // "Health Care Operations. …").
  if (oneWordLeads.size && leads.length) {
    const step = (j: number, down: boolean) => (down ? nextNonBlank(scanned, j) : previousNonBlank(scanned, j));
    for (const line of leads.map((d) => d.line)) {
      for (const down of [true, false]) for (let j = step(line, down); j >= 0 && oneWordLeads.has(j); j = step(j, down)) { leads.push(oneWordLeads.get(j)!); oneWordLeads.delete(j); }
    }
    leads.sort((a, b) => a.line - b.line);
  }
  const repeated = new Set<number>();
  const lastOfTitle = new Map<string, number>();
  leads.forEach((d, k) => {
    const title = d.title.toLowerCase();
    const before = lastOfTitle.get(title);
    if (before !== undefined && d.line - leads[before].line <= RECORD_REACH) repeated.add(before).add(k);
    lastOfTitle.set(title, k);
  });
  let unique = repeated.size ? leads.filter((_, k) => !repeated.has(k)) : leads;
  // Nor a glossary's terms under its heading ("Definitions" / "Personal Data. Any information …"), nor the entries
  // of a list a line ending with a colon introduces ("For the purposes of this policy:" / "Account. A unique account
  // …" / "Personal Data. …"), whatever their titles' length. (In one pass, the leads being in line order.)
  if (unique.length) {
    // (Of the lines found, those ending with a colon may be labels of a list, "In this notice:", not headings.)
    const standing = [...taken, ...shaped].filter((i) => !RE_END_COLON.test(titleEnding(scanned[i]))).sort((a, b) => a - b);
    const leadShaped = (j: number) => !!paragraphLead(text, scanned[j]) || oneWordStopTitle(scanned[j]) > 0;
    let h = -1;
    let previousLead = -1;
    let introduced = false;
    unique = unique.filter((d) => {
      while (h + 1 < standing.length && standing[h + 1] < d.line) h++;
      const heading = h >= 0 ? standing[h] : -1;
      // Up through the paragraphs led alike, to the line above them; reaching the lead before, in its list. (Each line
      // is passed once: the walks end where the one before started.)
      let j = previousNonBlank(scanned, d.line);
      while (j > heading && j !== previousLead && leadShaped(j)) j = previousNonBlank(scanned, j);
      if (j !== previousLead) introduced = j >= 0 && j !== heading && RE_END_COLON.test(titleEnding(scanned[j]));
      previousLead = d.line;
      return !introduced && (heading < 0 || !RE_GLOSSARY_TITLE.test(scanned[heading].title));
    });
  }
  const namedLeads = unique.length >= 2 ? unique : unique.filter((d) => isCanonicalTitle(d.title));
  const out = [...byShape.title, ...named('phrase'), ...named('label'), ...named('question'), ...namedLeads, ...(overLists.length >= 2 ? overLists : [])].sort((a, b) => a.line - b.line);
  if (out.length + found.length < 2) return [];
  return underStandingHeadings(scanned, withSubheadings(out, found), found);
}

/**
 * Titles leading their paragraphs ("Right to Know. You may ask …") under a heading on a line of its own whose text
 * starts with one of them ("Your Rights and Choices"): its sub-headings, one level under it (lighter headings, as
 * the bold words leading a paragraph of a web page are). Elsewhere they are headings of their own.
 */
function underStandingHeadings(scanned: readonly ScannedLine[], shaped: HeadingDraft[], found: readonly HeadingDraft[]): HeadingDraft[] {
  if (!shaped.some((d) => d.runIn)) return shaped;
  const leadLines = new Set(shaped.filter((d) => d.runIn).map((d) => d.line));
  const standing = [...shaped.filter((d) => !d.runIn), ...found.filter((d) => !d.inline && !d.runIn)].sort((a, b) => a.line - b.line);
  // Whether the text under a standing heading starts with a title leading its paragraph (past a title wrapped onto
  // the next line).
  const holdsLeads = (h: HeadingDraft) => {
    let j = nextNonBlank(scanned, h.line);
    while (j >= 0 && scanned[j].start < h.end) j = nextNonBlank(scanned, j);
    return j >= 0 && leadLines.has(j);
  };
  let k = -1;
  return shaped.map((d) => {
    if (!d.runIn) return d;
    while (k + 1 < standing.length && standing[k + 1].line < d.line) k++;
    if (k < 0 || !holdsLeads(standing[k])) return d;
    return { ...d, subheading: true, ...(standing[k].subheading ? { deeper: true } : {}) };
  });
}

/**
 * A group opened by heading `l` (one that holds the heading after it, see findShapedHeadings). It extends to the
 * headings after its first sub-heading only when `l` follows text of the policy: right under the document's title
 * or its dates, a line is more often a subtitle than a section holding the rest.
 */
interface HeadingGroup {
  readonly extends: boolean;
  /** Opened by a sub-heading: its sub-headings are one level further down. */
  readonly deeper: boolean;
  /** The title of the heading that opened it. */
  readonly title: string;
  /** Whether a sub-heading of it was found. */
  hasSubheading: boolean;
  /** Whether its first sub-heading is in title case; undefined until that one is known to sit on its text. */
  titleCase: boolean | undefined;
}

function openedGroup(scanned: readonly ScannedLine[], excluded: LineLookup, l: ScannedLine, deeper: boolean): HeadingGroup {
  const k = previousNonBlank(scanned, l.index);
  return { extends: k >= 0 && !excluded.has(k), deeper, title: l.title, hasSubheading: false, titleCase: undefined };
}

/**
 * Whether a standard heading found without a number names part of what `title` names: its words are some of
 * that title's, not all ("Definitions" of "Interpretation and Definitions").
 */
function namesPartOf(d: HeadingDraft, title: string): boolean {
  if (d.source !== 'canonical' || d.marker || d.inline) return false;
  const words = titleWords(d.title);
  const whole = new Set(titleWords(title));
  return words.length > 0 && words.length < whole.size && words.every((w) => whole.has(w));
}

/** A blank line before a heading (none needed in a policy without them) and its text right under it. */
function sitsOnItsText(scanned: readonly ScannedLine[], l: ScannedLine, tight: boolean): boolean {
  const next = scanned[l.index + 1];
  return l.index > 0 && (tight || scanned[l.index - 1].blank) && !!next && !next.blank;
}

/**
 * A policy pasted from a word processor or a web page without blank lines between its paragraphs: fewer than one
 * blank line for every ten lines of text (between the first and the last), in ten lines or more; or two thirds of
 * its lines of text in one run without a blank line (a web page's title, date and footer set apart, its body not).
 */
export function tightLayout(scanned: readonly ScannedLine[]): boolean {
  let first = -1;
  let last = -1;
  let lines = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < scanned.length; i++) {
    if (scanned[i].blank) { run = 0; continue; }
    if (first < 0) first = i;
    last = i;
    lines++;
    if (++run > longestRun) longestRun = run;
  }
  const blanks = last - first + 1 - lines;
  return lines >= 10 && (blanks * 10 < lines || longestRun * 3 >= lines * 2);
}

/**
 * Whether `l` is the last of two or more short lines right after a line that introduces them with a colon ("…
 * may include:" / "Email address" / "Usage Data"), however they are spaced: an item, not a heading over the next.
 */
function endsIntroducedList(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  return introducedItemsUpTo(scanned, previousNonBlank(scanned, l.index), isShortText, (i) => previousNonBlank(scanned, i)) > 0;
}

/**
 * How many items (lines passing `isItem`, thirty at most) end at line `last`, stepping back with `before`, when a line
 * introducing them with a colon is right above the first; 0 otherwise.
 */
function introducedItemsUpTo(scanned: readonly ScannedLine[], last: number, isItem: (l: ScannedLine) => boolean, before: (i: number) => number): number {
  let k = last;
  let items = 0;
  for (; k >= 0 && items < 30 && isItem(scanned[k]); k = before(k)) items++;
  return k >= 0 && !scanned[k].blank && RE_END_COLON.test(titleEnding(scanned[k])) ? items : 0;
}

/**
 * Whether `l` stands in a run of four or more lines without a blank line: a section pasted without blank lines inside
 * it, as a web page copied keeps its sub-headings between their paragraphs when only its sections are set apart
 * ("Why we collect data" / blank / … / "Provide our services" / its paragraph / "Improve our services" / …).
 */
function inLongBlock(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  let lines = 1;
  for (let i = l.index - 1; i >= 0 && !scanned[i].blank && lines < LONG_BLOCK; i--) lines++;
  for (let i = l.index + 1; i < scanned.length && !scanned[i].blank && lines < LONG_BLOCK; i++) lines++;
  return lines >= LONG_BLOCK;
}

/**
 * The first line of the long block of text (see inLongBlock) that `l` stands in, whose heading, if it is one, the
 * block's other headings are sub-headings of; -1 when `l` is in no long block.
 */
function longBlockStart(scanned: readonly ScannedLine[], l: ScannedLine): number {
  if (!inLongBlock(scanned, l)) return -1;
  // (Each line's block start, found in one pass when first asked: a block may be most of a long policy.)
  let starts = blockStarts.get(scanned);
  if (!starts) {
    starts = new Int32Array(scanned.length);
    for (let k = 1; k < scanned.length; k++) starts[k] = scanned[k - 1].blank ? k : starts[k - 1];
    blockStarts.set(scanned, starts);
  }
  return starts[l.index];
}
const blockStarts = new WeakMap<readonly ScannedLine[], Int32Array>();

/** How many lines without a blank line between them make a block of text laid out as a tight policy is (see inLongBlock). */
const LONG_BLOCK = 4;

/** The line right under `l` is a sentence of text (not a list item, nor the lower-case rest of `l`). */
function sentenceRightAfter(text: string, scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  const next = scanned[l.index + 1];
  return !!next && isSentenceLine(text, next);
}

/** A line of text that ends a sentence it starts: no item of a list, no line carrying another on. */
function isSentenceLine(text: string, l: ScannedLine): boolean {
  return !l.blank && !l.marker && !l.bullet && endsSentence(text, l) && !startsLowerCase(l);
}

/**
 * Whether a heading laid out as the open group's first sub-heading is (a blank line before it, its text right
 * under it, cased alike: "Customer Data" / "Website Data") is one more of the group's sub-headings. A heading set
 * apart from its text by a blank line, as the group's own is, ends the group.
 */
function continuesGroup(group: HeadingGroup | undefined, scanned: readonly ScannedLine[], l: ScannedLine, shape: HeadingShape, tight: boolean): boolean {
  return !!group && group.titleCase !== undefined && groupsAsSubheading(shape) && sitsOnItsText(scanned, l, tight)
    && (titleCased(l.title) === group.titleCase || RE_ONE_CAPITALISED_WORD.test(l.title));
}

/** One word with a capital letter to start it ("Support"): in title case and in sentence case alike. */
const RE_ONE_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u;

/** Titles and phrases set a group's sub-headings; labels and questions are judged on their own. */
function groupsAsSubheading(shape: HeadingShape | undefined): boolean {
  return shape === 'title' || shape === 'phrase';
}

/** How near two paragraphs led by the same title are for that title to be a label of records (see findShapedHeadings). */
const RECORD_REACH = 20;

/** Callouts that lead a paragraph as a title would, written in capitals here: no section of their own. */
const RE_CALLOUT_LEAD = /^(?:NOTE|NOTICE|PLEASE NOTE|IMPORTANT|WARNING|CAUTION|TIP|DISCLAIMER|PLEASE READ(?: CAREFULLY)?|ATTENTION|EXAMPLE|FOR EXAMPLE|IN SHORT|E\.G|I\.E|RE)$/;
/** A word in lower case after a space: words of a sentence, not a name's. */
const RE_LOWER_WORD_AFTER_SPACE = /\s\p{Ll}/u;

/**
 * The length of a title that leads a paragraph's text, ended by a colon, when sentences follow it: in capitals
 * ("INFORMATION WE COLLECT: We collect your name …."), or in title case (or a standard title in any case, "Your
 * rights: …") before a sentence of five words or more, some in lower case ("Information We Collect: We collect …";
 * not a label before a name, "Provider: Example Co., Ltd."). Up to eight words; 0 otherwise. A labelled value
 * ("EMAIL: privacy@…") is followed by no sentence, a callout ("NOTE: …", "In Short: …") is no title.
 */
export function paragraphColonTitle(l: ScannedLine): number {
  if (l.marker || l.bullet) return 0;
  const t = l.title;
  const colon = t.search(RE_ANY_COLON);
  if (colon < 2 || colon > 60) return 0;
  const lead = t.slice(0, colon).trimEnd();
  const capitals = !RE_LOWER_LETTER.test(lead) && RE_CAPITALS_LEAD.test(lead);
  if (!(capitals || (RE_PLAIN_WORDS.test(lead) && (titleCased(lead) || isCanonicalTitle(lead)))) || wordCount(lead) > 8 || RE_CALLOUT_LEAD.test(lead.toUpperCase())) return 0;
  const rest = t.slice(colon + 1).trim();
  if (!sentencesFollow(rest)) return 0;
  return capitals || readsAsText(rest) ? lead.length : 0;
}

/** Whether the text after a title leading a paragraph starts sentences (a long line's title is cut: a long rest is sentences too). */
function sentencesFollow(rest: string): boolean {
  return RE_CAPITAL_START.test(rest) && (RE_SENTENCE_STOP.test(rest) || rest.length > 200);
}

/** Whether that text reads as running text, not a list of names or labels: five words or more, some in lower case. */
function readsAsText(rest: string): boolean {
  return wordCount(rest) >= 5 && RE_LOWER_WORD_AFTER_SPACE.test(rest);
}
/**
 * A title set in bold leading a paragraph's text, unnumbered, ended by a full stop, a colon or nothing, inside the
 * marks or after them ("**Information We Collect.** We collect …", "**Cookies**: We use …"): its text's offsets and
 * the end of the heading (after the closing marks), when sentences follow it. Any case, one word or more up to
 * eight; not a sentence set in bold ("**We never sell your data.** …") nor a callout ("**Note:** …").
 */
export function boldParagraphTitle(text: string, l: ScannedLine): ParagraphLead | undefined {
  if (l.marker || l.bullet || l.blank) return undefined;
  const end = boldLeadEnd(text, l.titleStart, l.end);
  if (end === 0) return undefined;
  const inner = text.slice(l.titleStart + 2, end - 2);
  const title = inner.trim().replace(/[.:：]$/, '').trimEnd();
  if (!isBoldTitle(title, 8)) return undefined;
  const rest = text.slice(end, Math.min(l.end, end + 300)).replace(/^\s*[.:：]?\s*/, '');
  if (!sentencesFollow(rest) || !readsAsText(rest)) return undefined;
  return { titleStart: l.titleStart + 2 + inner.length - inner.trimStart().length, title: detached(title), end };
}

/**
 * Whether words set in bold are a title's (up to `maxWords` of them): plain words, not a sentence ("We never sell
 * your data") nor a callout ("Important", "Note").
 */
function isBoldTitle(title: string, maxWords: number): boolean {
  return !!title && wordCount(title) <= maxWords && RE_PLAIN_WORDS.test(title.replace(/[?？]$/, '')) && !RE_SENTENCE_OPENER.test(title) && !RE_CALLOUT_LEAD.test(title.toUpperCase());
}

/** Where the title leading a paragraph starts and ends, and the end of the heading it makes. */
interface ParagraphLead { readonly titleStart: number; readonly title: string; readonly end: number }

/**
 * The title that leads a paragraph's text: in bold (see boldParagraphTitle), or, `unmarked`, out of bold, ended by a
 * colon or a full stop (see paragraphColonTitle, paragraphStopTitle).
 */
export function paragraphLead(text: string, l: ScannedLine, unmarked = true): ParagraphLead | undefined {
  const bold = boldParagraphTitle(text, l);
  if (bold || !unmarked) return bold;
  const lead = paragraphColonTitle(l) || paragraphStopTitle(l);
  return lead ? { titleStart: l.titleStart, title: l.title.slice(0, lead), end: l.titleStart + lead } : undefined;
}

/**
 * Markdown headings with the titles in bold that lead paragraphs under one of them ("## Your Rights" / "**Access.**
 * You can …" / "**Deletion.** You can …"): its sub-sections, a level under it, where two paragraphs or more under
 * it are so led (or one, with a standard title). In line order, with their levels.
 */
export function withBoldLeads(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, drafts: readonly HeadingDraft[], levels: readonly number[]): { drafts: HeadingDraft[]; levels: number[] } {
  const outDrafts: HeadingDraft[] = [];
  const outLevels: number[] = [];
  const leads = leadTitlesUnderEach(text, scanned, excluded, drafts.map((d) => d.line), false);
  for (let h = 0; h < drafts.length; h++) {
    outDrafts.push(drafts[h]);
    outLevels.push(levels[h]);
    const until = h + 1 < drafts.length ? drafts[h + 1].line : scanned.length;
    const under = levels[h] + 1;
    // Lines in bold standing for headings among the Markdown ones, in line order with the titles leading paragraphs.
    const alone = boldLinesUnder(text, scanned, excluded, drafts[h].line, until);
    const unnumbered = alone.filter((d) => !d.marker);
    const takesUnnumbered = namesSubsections([...unnumbered, ...leads[h]]);
    const found = [...leads[h], ...alone.filter((d) => d.marker || takesUnnumbered)].sort((a, b) => a.line - b.line);
    for (const d of found) {
      outLevels.push(Math.min(6, d.marker ? levelOfNumber(outDrafts, outLevels, d.marker, under) : under));
      outDrafts.push(d);
    }
  }
  return { drafts: outDrafts, levels: outLevels };
}

/**
 * The lines set in bold as a whole under the Markdown heading on line `heading`, up to line `until`, that stand
 * for headings ("**3. Contact**", "**Cookies**", as a Markdown file pasted together writes some): a paragraph's
 * first line, or after a sentence's or an item's end, with text after them, a title's words (not a sentence, nor a
 * callout, "**Important**").
 */
function boldLinesUnder(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, heading: number, until: number): HeadingDraft[] {
  const found: HeadingDraft[] = [];
  for (let i = heading + 1; i < until; i++) {
    const l = scanned[i];
    if (l.blank || excluded.has(i) || !boldAsAWhole(text, l)) continue;
    // Alone in its paragraph, or after a line that ends a sentence or an item (a policy pasted without blank lines).
    const before = scanned[i - 1];
    if (i - 1 > heading && !before.blank && !RE_PUNCTUATION_END.test(titleEnding(before))) continue;
    // Text after it; for a numbered one, a heading will do ("**III. Sharing**" / "## 1. With our partners").
    const body = nextNonBlank(scanned, i);
    if (body < 0 || (!l.marker && (body >= until || boldAsAWhole(text, scanned[body])))) continue;
    if (!isBoldTitle(withoutEndColon(l.title), 10)) continue;
    found.push(lineDraft(l, l.marker, 'shape', false));
  }
  return found;
}

/**
 * The level of a numbered heading among `drafts`: that of the nearest one before it numbered alike (`## 2. Sharing`
 * / `**3. Contact**`), else `otherwise`.
 */
function levelOfNumber(drafts: readonly HeadingDraft[], levels: readonly number[], marker: Marker, otherwise: number): number {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const m = drafts[k].marker;
    if (m && sameStyle(m, marker)) return levels[k];
  }
  return otherwise;
}

/** The titles leading paragraphs under each heading on `lines` (in order), up to the next one (see leadTitlesUnder). */
function leadTitlesUnderEach(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, lines: readonly number[], unmarked: boolean, verdicts?: LineVerdicts): HeadingDraft[][] {
  return lines.map((line, h) => leadTitlesUnder(text, scanned, excluded, line, h + 1 < lines.length ? lines[h + 1] : scanned.length, unmarked, verdicts));
}

/**
 * The titles in bold (`unmarked`: or out of bold, see paragraphStopTitle and paragraphColonTitle) that lead
 * paragraphs under the heading on line `heading`, up to line `until` (see withBoldLeads): none unless two or more
 * paragraphs are so led, or one with a standard title.
 */
function leadTitlesUnder(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, heading: number, until: number, unmarked: boolean, verdicts?: LineVerdicts): HeadingDraft[] {
  const leads: HeadingDraft[] = [];
  for (let i = heading + 1; i < until; i++) {
    const l = scanned[i];
    // A paragraph's first line: after a blank line or the heading.
    if (l.blank || excluded.has(i) || (i - 1 > heading && !scanned[i - 1].blank)) continue;
    const lead = verdicts ? verdicts.lead(text, l, unmarked) : paragraphLead(text, l, unmarked);
    if (lead) leads.push(leadDraft(l, lead));
  }
  // Not the labels of records, one title leading several paragraphs ("Purpose: …" under each partner named).
  if (new Set(leads.map((d) => d.title.toLowerCase())).size < leads.length) return [];
  return namesSubsections(leads) ? leads : [];
}

/** Whether titles found under a heading are its sub-sections: two or more, or one with a standard title. */
function namesSubsections(drafts: readonly HeadingDraft[]): boolean {
  return drafts.length >= 2 || drafts.some((d) => isCanonicalTitle(d.title));
}

/** Words ended by a letter or a number on its own ("Category A", "Schedule 2"). */
const RE_LABEL_AND_INDEX = /\s(?:\p{Lu}|\d+)$/u;
/** Words before a full stop that end an abbreviation, not a title ("Acme Inc. provides …", "in the U.S. we …"). */
const RE_ABBREVIATION_END = /(?:^|\s)(?:Inc|Ltd|LLC|LLP|Co|Corp|Pty|PLC|GmbH|AG|SA|NV|BV|St|No|Dr|Mr|Mrs|Ms|Prof|Art|Sec|Vol|etc|U\.S|U\.K|E\.U)$/i;

/**
 * The length of a title that leads a paragraph's text as paragraphColonTitle's does, ended by a full stop or a
 * question mark, which it keeps ("Information We Collect. We collect …", "What Do We Collect? We …"): in capitals,
 * in title case of two words or more, or a standard title; not the name of a company or an abbreviation before its
 * full stop ("Acme Inc. provides …"). 0 otherwise.
 */
export function paragraphStopTitle(l: ScannedLine): number {
  if (l.marker || l.bullet) return 0;
  const t = l.title;
  const lead = leadBeforeFullStop(t, 60);
  if (!lead) return 0;
  const words = lead.endsWith('?') ? lead.slice(0, -1) : lead;
  // (Nor a label and its letter or number, "Category A. Identifiers. …": a row of a list.)
  if (wordCount(words) > 8 || RE_ABBREVIATION_END.test(words) || RE_LABEL_AND_INDEX.test(words) || !RE_PLAIN_WORDS.test(words)) return 0;
  const capitals = !RE_LOWER_LETTER.test(words) && RE_CAPITALS_LEAD.test(words);
  if (!(capitals || (titleCased(words) && wordCount(words) >= 2) || isCanonicalTitle(words)) || RE_CALLOUT_LEAD.test(words.toUpperCase())) return 0;
  const rest = afterLead(t, lead.length);
  return sentencesFollow(rest) && readsAsText(rest) ? lead.length : 0;
}

/** A heading over a glossary ("Definitions", "Interpretation and Definitions", "Glossary"). */
const RE_GLOSSARY_TITLE = /\b(?:definitions?|glossary|interpretation|defined terms)\b/i;

/** A word in title case, hyphenated or not, and its full stop leading sentences ("Treatment. We may use …", "Non-Discrimination. We will not …"). */
const RE_ONE_WORD_LEAD = /^(\p{Lu}\p{Ll}{2,24}(?:-\p{L}\p{Ll}{1,24})?)\. (?=\p{Lu})/u;

/**
 * The length of a title of one word leading a paragraph's text as paragraphStopTitle's do ("Payment. We may use
 * your information to bill …"), not a word that starts a sentence ("Please. …") or an abbreviation; 0 otherwise.
 */
export function oneWordStopTitle(l: ScannedLine): number {
  if (l.marker || l.bullet) return 0;
  const m = RE_ONE_WORD_LEAD.exec(l.title);
  if (!m || RE_SENTENCE_OPENER.test(m[1]) || RE_ABBREVIATION_END.test(m[1])) return 0;
  const rest = l.title.slice(m[0].length);
  return rest.length >= 40 && sentencesFollow(rest) && readsAsText(rest) ? m[1].length : 0;
}

/** Capitals, with the spaces and joining marks a title has (`DATA SHARING & DISCLOSURE`, `OPT-OUT`). */
const RE_CAPITALS_LEAD = /^\p{Lu}[\p{Lu}\p{M}\d '’&/-]*\p{Lu}$/u;

/**
 * Two levels written by case: where the first heading and at least one other are in capitals ("INFORMATION WE
 * COLLECT"), the title-cased shape headings after them ("Information You Give Us") are their sub-headings. So are
 * the standard titles found already that are not in capitals ("USING PERSONAL INFORMATION" / "Lawful basis"),
 * where three headings or more are: a policy that writes its sections in capitals writes them all so. They are
 * marked in place (found in this run, as findShapedHeadings marks those a group's heading holds).
 */
function withSubheadings(shaped: HeadingDraft[], found: readonly HeadingDraft[]): HeadingDraft[] {
  const all = [...shaped, ...found].sort((a, b) => a.line - b.line);
  const capitals = (d: HeadingDraft) => !RE_LOWER_LETTER.test(d.title);
  const inCapitals = all.filter(capitals).length;
  if (all.length < 3 || !capitals(all[0]) || inCapitals < 2 || inCapitals === all.length) return shaped;
  if (inCapitals >= 3) {
    for (const d of found) {
      if (d.source === 'canonical' && !d.marker && !d.inline && !d.runIn && !d.top && !d.part && !d.appendix && !capitals(d)) d.subheading = true;
    }
  }
  return shaped.map((d) => (capitals(d) ? d : { ...d, subheading: true }));
}

/** The heading a title leading its paragraph makes: the title, run into the paragraph's text. */
function leadDraft(l: ScannedLine, lead: ParagraphLead): HeadingDraft {
  return { ...lineDraft(l, undefined, 'shape', false), ...lead, runIn: true };
}

function lineDraft(l: ScannedLine, marker: Marker | undefined, source: HeadingSource, top: boolean): HeadingDraft {
  return fullDraft({ line: l.index, start: l.start, end: l.end, titleStart: l.titleStart, title: l.title, marker, source, inline: false, top, appendix: false });
}

/**
 * The titles leading paragraphs under each heading of `drafts` (see leadTitlesUnder), as sub-sections one level
 * under it.
 */
function leadsUnderHeadings(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, drafts: readonly HeadingDraft[], verdicts?: LineVerdicts): HeadingDraft[] {
  const lines: number[] = [];
  for (const d of drafts) if (!d.inline) lines.push(d.line);
  lines.sort((a, b) => a - b);
  const out: HeadingDraft[] = [];
  for (const leads of leadTitlesUnderEach(text, scanned, excluded, lines, true, verdicts)) for (const d of leads) out.push({ ...d, underNumbered: 1 });
  return out;
}

/** The parts whose title is written once, and is not the document's: one written again is a page header repeated. */
function partsWrittenOnce(parts: readonly HeadingDraft[], documentTitle: string | undefined): HeadingDraft[] {
  if (parts.length === 0) return [];
  const keys = parts.map((d) => normalizeTitle(d.title));
  const timesWritten = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) timesWritten.set(keys[k], (timesWritten.get(keys[k]) ?? 0) + 1);
  const documentKey = documentTitle === undefined ? undefined : normalizeTitle(documentTitle);
  return parts.filter((_, k) => keys[k] !== documentKey && timesWritten.get(keys[k]) === 1);
}

/**
 * A heading draft with every field of one, those it does not set undefined: drafts built with some fields and given
 * others later, by spreading or assigning, took a hidden class each in V8 (95 among 303 drafts of a 300 KB policy),
 * which kept the optimising compiler throwing away and redoing its code for the passes that read them. With `delta`,
 * its offsets moved by that much.
 */
export function fullDraft(d: HeadingDraft, delta = 0): HeadingDraft {
  return {
    line: d.line, start: d.start + delta, end: d.end + delta, titleStart: d.titleStart + delta, title: d.title, marker: d.marker, source: d.source, inline: d.inline,
    fromEntry: d.fromEntry, top: d.top, appendix: d.appendix, runIn: d.runIn, subheading: d.subheading, deeper: d.deeper, opening: d.opening,
    part: d.part, underNumbered: d.underNumbered, standard: d.standard,
  };
}

/**
 * Whether draft `b` is draft `a` with its offsets moved by `by`, every other field equal: read field by field, as
 * fullDraft writes them (a field added to drafts goes in both).
 */
export function sameMovedDraft(a: HeadingDraft, b: HeadingDraft, by: number): boolean {
  return a.line === b.line && a.start + by === b.start && a.end + by === b.end && a.titleStart + by === b.titleStart && a.title === b.title
    && sameMarker(a.marker, b.marker) && a.source === b.source && a.inline === b.inline && a.fromEntry === b.fromEntry && a.top === b.top
    && a.appendix === b.appendix && a.runIn === b.runIn && a.subheading === b.subheading && a.deeper === b.deeper && a.opening === b.opening
    && a.part === b.part && a.underNumbered === b.underNumbered && a.standard === b.standard;
}

const RE_CJK_LAST = /[\u4e00-\u9fff]$/;

/** The first two words of a text, lower-case (or its first two characters for CJK), as a lookup key. */
function leadKey(text: string): string {
  // Chinese is written without spaces between words: its first two characters, whatever spaces come later.
  if (/^[\u4e00-\u9fff]{2}/.test(text)) return text.slice(0, 2);
  const m = /^([^\s]+)\s+([^\s]+)/.exec(text.slice(0, 80).toLowerCase());
  return m ? `${m[1]} ${m[2]}` : '';
}

/** Whether a number can start with this character: a digit, a bracket, a Roman or Chinese numeral. */
function mayStartNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 40 || c === 0xff08 || isRomanNumeralLetter(c) || (c >= 0x2160 && c <= 0x217b) || CJK_NUMERAL_START.has(c);
}
const CJK_NUMERAL_START = new Set([...`一二三四五六七八九十${FORMAL_NUMERALS}`].map((ch) => ch.charCodeAt(0)));
/** I V X L C: the capitals a Roman numeral of a heading is written with. */
function isRomanNumeralLetter(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
}


/** Whether leadKey of text[at…] can be a key whose first part is in `firstWords`: a cheap test before it. */
function mayLead(text: string, at: number, firstWords: ReadonlySet<string>, firstLetters: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0x4e00 && c <= 0x9fff && firstWords.has(text.slice(at, at + 2))) return true;
  // Most sentences start with a letter no title starts with: rejected before any string is made.
  if (c < 128 && !firstLetters.has(c >= 65 && c <= 90 ? c + 32 : c)) return false;
  let end = at;
  const limit = Math.min(text.length, at + 80);
  // leadKey splits on `\s`.
  while (end < limit && !isJsWhitespace(text.charCodeAt(end))) end++;
  return firstWords.has(text.slice(at, end).toLowerCase());
}

const RE_SENTENCE_BOUNDARY = /[.;:!?。；：！？]["”’)）]?[ \t\u3000]+|[。；：！？]/g;

/**
 * Where the next sentence of `lineText` starts after RE_SENTENCE_BOUNDARY's lastIndex (moved past it), or -1.
 * "… information 1. How…": the dot of a number is part of a marker, not the end of a sentence.
 */
function nextSentenceStart(lineText: string): number {
  // `test`, not `exec`: a long line has a boundary every sentence, and each match array would be garbage.
  while (RE_SENTENCE_BOUNDARY.test(lineText)) {
    const end = RE_SENTENCE_BOUNDARY.lastIndex;
    // The boundary's punctuation mark: before the spaces and the closing quote or bracket that may follow it.
    let at = end - 1;
    while (at > 0 && isBoundarySpace(lineText.charCodeAt(at))) at--;
    if (isClosingMark(lineText.charCodeAt(at))) at--;
    if (lineText.charCodeAt(at) === 46 /* . */ && at > 0) {
      const before = lineText.charCodeAt(at - 1);
      if (((before >= 48 && before <= 57) || isRomanNumeralLetter(before)) && /(^|\s)(\d{1,3}|[IVXLC]{1,6})$/.test(lineText.slice(Math.max(0, at - 8), at))) continue;
    }
    return end;
  }
  return -1;
}

/** The spaces and closing marks of RE_SENTENCE_BOUNDARY. */
function isBoundarySpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}
function isClosingMark(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 0xff09;
}

/**
 * Headings pasted into one long line: a table-of-contents title found inside a long line at a sentence boundary
 * (with its number, if one is written before it), followed by the start of a new sentence, starts a section there.
 * Each long line is read once: at every sentence start, its first two words are looked up among the titles'.
 */
function findInlineHeadings(input: HeadingInput): HeadingDraft[] {
  const { scanned, excluded } = input;
  const inLine = input.inlineFinder ?? inlineHeadingFinder(input.tocs.flatMap((t) => t.lines.map((i) => entryLineTitle(scanned, t, i))));
  if (!inLine) return [];
  const out: HeadingDraft[] = [];
  for (let atLine = 0; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank || excluded.has(l.index) || l.end - l.start <= MIN_RUN_IN_LINE) continue;
    out.push(...(input.knownInline?.(l) ?? inLine(input.text, l)));
  }
  return out;
}

/** Finds the inline headings of one line; undefined when no entry can be found inline. */
export type InlineHeadingFinder = (text: string, l: ScannedLine) => HeadingDraft[];

/** The inline heading search for the given table-of-contents entries (their lines' titles). */
export function inlineHeadingFinder(entryTitles: readonly string[]): InlineHeadingFinder | undefined {
  const byLead = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const entry of entryTitles) {
    const title = entryTitle(entry);
    if (title.split(/\s+/).length < 2 && !/[\u4e00-\u9fff]{4}/.test(title)) continue;
    const key = leadKey(title);
    if (!key || seen.has(title.toLowerCase())) continue;
    seen.add(title.toLowerCase());
    const list = byLead.get(key);
    if (list) list.push(title);
    else byLead.set(key, [title]);
  }
  if (byLead.size === 0) return undefined;
  // The first part of every lead key: most sentences start with a word no title starts with, and are passed over
  // after one cheap lookup.
  const firstWords = new Set<string>();
  const titlePatterns = new Map<string, RegExp>();
  for (const key of byLead.keys()) firstWords.add(key.split(' ')[0]);
  // First characters (lower case) of the words above; a sentence starting with any other ASCII character is no title.
  const firstLetters = new Set<number>();
  for (const w of firstWords) firstLetters.add(w.charCodeAt(0));
  return (text, l) => {
    if (l.blank || l.end - l.start <= MIN_RUN_IN_LINE) return [];
    const out: HeadingDraft[] = [];
    const lineText = withPlainSpaces(text.slice(l.start, l.end));
    let lastEnd = 0;
    RE_SENTENCE_BOUNDARY.lastIndex = 0;
    // Each sentence start in turn: the line's start, then the end of each sentence boundary.
    for (let at = 0; at >= 0; at = nextSentenceStart(lineText)) {
      if (at < lastEnd || at >= lineText.length) continue;
      // A number written before the title ("5. How do we…") belongs to the heading.
      const marker = mayStartNumber(lineText.charCodeAt(at)) ? parseMarker(lineText.slice(at, at + 24)) : undefined;
      const numbered = marker && marker.decoration !== 'bracket' && marker.decoration !== 'keyword' && marker.decoration !== 'chapter' ? marker : undefined;
      const titleAt = at + (numbered ? numbered.length : 0);
      if (!mayLead(lineText, titleAt, firstWords, firstLetters)) continue;
      const candidates = byLead.get(leadKey(lineText.slice(titleAt)));
      if (!candidates) continue;
      for (const title of candidates) {
        let re = titlePatterns.get(title);
        if (!re) {
          re = new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’‘]/g, "['’‘]"), 'iuy');
          titlePatterns.set(title, re);
        }
        re.lastIndex = titleAt;
        const m = re.exec(lineText);
        if (!m) continue;
        const endAt = titleAt + m[0].length;
        const after = lineText.slice(endAt, endAt + 3);
        // The title must be followed by a new sentence or a sub-heading, not by more of the same sentence.
        // (Chinese needs no space before it: "…个人信息（一）共享").
        if (endAt < lineText.length && !/^\s+[\p{Lu}\d(（"“]/u.test(after) && !/^\s*[\u4e00-\u9fff]/.test(after)
          && !(RE_CJK_LAST.test(m[0]) && /^[(（"“\d]/.test(after))) continue;
        if (at === 0 && endAt >= lineText.length) continue; // the whole line: not inline
        out.push(fullDraft({
          line: l.index, start: l.start + at, end: l.start + endAt, titleStart: l.start + titleAt,
          title: detached(m[0]), marker: numbered, source: 'inline', inline: true, fromEntry: true, top: true, appendix: false,
        }));
        lastEnd = endAt;
        break;
      }
    }
    return out;
  };
}
