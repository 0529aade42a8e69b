/**
 * Table-of-contents detection. A table of contents is a run of three or more short, title-like lines with no
 * body text between them, whose titles are also found elsewhere in the document (or which follow a line such
 * as "This policy helps you understand the following:"). It may stand at the top or at the bottom.
 * The run stops where an entry repeats an earlier one: that is the first real heading after the list.
 */
import { titleKey, wordSetSimilarity } from '../text/titles';
import { Marker, familyKey, sameStyle } from './numbering';
import { LineLookup, MAX_TITLE_LIKE, ScannedLine, indentStart, startsLowerCase, titleLikeText } from './scan';

export interface TocDraft {
  introLine: number | undefined;
  /** The lines of the entries' titles. */
  lines: number[];
  /** Lines holding only an entry's number, its title on the next line (`Article 1` / `Definitions`). */
  numberLines: number[];
  /** The entries indented under another entry, or numbered deeper (see subEntries). */
  subEntryLines: ReadonlySet<number>;
  /** The line that carries on an entry's title (see continuesEntry), by the entry's line. */
  continuations: ReadonlyMap<number, number>;
  /** Whether its entries end with a page number after a single space ("1. Introduction 2"), no part of their titles. */
  pageNumbers?: boolean;
}

/** A page number after a single space at the end of a line ("1. Introduction 2"). */
const RE_PAGE_AFTER_SPACE = /(?<=\S) (\d{1,3})$/;

/** An entry's title without the page number that ends it, in a table that writes them so (see TocDraft.pageNumbers). */
function withoutPageNumber(draft: TocDraft, title: string): string {
  return draft.pageNumbers ? title.replace(RE_PAGE_AFTER_SPACE, '') : title;
}

/** Ends as an entry's title does not when it goes on: a full stop, a comma, a colon or a semicolon. */
const RE_ENDED = /[.,;:。，；：、]$/;

/** The longest line that can carry on an entry's or a heading's title wrapped onto it. */
export const MAX_CONTINUATION = 60;

/**
 * Whether line `l` carries on the title of the line before it, wrapped there (`1. How we collect and use your
 * personal` / `information`, as a table copied from a PDF breaks it): a short line of words right under it,
 * starting in lower case, neither numbered nor bulleted, under a long numbered or bulleted title-like line (the
 * entries of a table in lower case, unnumbered, are lines of their own), neither ending with
 * punctuation (so that a sentence, which ends with its full stop, is never one: an edit of one leaves the tables
 * as they were).
 */
export function continuesEntry(before: ScannedLine | undefined, l: ScannedLine): boolean {
  if (!before || before.blank || before.index !== l.index - 1 || l.blank || l.marker || l.bullet || l.end - l.start > MAX_CONTINUATION
    || !(before.marker || before.bullet > 0) || !l.titleLike || !before.titleLike || RE_ENDED.test(before.title)) return false;
  // A title cut after a small word or inside a word ("3. DISCLOSURE OF YOUR" / "PERSONAL INFORMATION", "2. HOW WE
  // USE YOUR INFOR-" / "MATION") goes on however short its line.
  if (cutShort(before.title) && RE_WORDS.test(l.title)) return true;
  // Else a line broken because it was full: carried on in lower case, or in capitals under a title in capitals
  // ("5. CALIFORNIA RESIDENTS' PRIVACY" / "RIGHTS").
  return before.end - before.start >= MIN_WRAPPED_LINE
    && (RE_WORDS_IN_LOWER_CASE.test(l.title) || (RE_WORDS.test(l.title) && inCapitals(before.title) && inCapitals(l.title)));
}

/** A title cut after a small word or inside a word: it goes on, on the next line. */
export function cutShort(title: string): boolean {
  return RE_OPEN_END.test(title) || RE_BROKEN_WORD.test(title);
}

/** Letters in capitals only, two at least. */
export function inCapitals(title: string): boolean {
  return RE_TWO_LETTERS.test(title) && title === title.toUpperCase() && title !== title.toLowerCase();
}
const RE_TWO_LETTERS = /\p{L}.*\p{L}/u;

/** A word broken by a hyphen at the end of its line ("INFOR-"): two letters before it at least. */
const RE_BROKEN_WORD = /\p{L}{2}-$/u;

/**
 * Whether `next`, right under title-like line `l`, may carry its title on, wrapped where it was full: a short
 * unnumbered line, under a title that does not end with punctuation. Tables of contents join such pairs of entries,
 * and headings named by the joined title (see wrappedKey).
 */
export function mayCarryTitleOn(l: ScannedLine, next: ScannedLine): boolean {
  return !next.blank && !next.marker && !next.bullet && next.end - next.start <= MAX_CONTINUATION && !RE_ENDED.test(l.title);
}

/** A line of a paragraph broken where it was full is this long at least; an entry's wrapped rest is shorter. */
export const MIN_TEXT_LINE = 40;

/** A line that carries on the line above as a paragraph's does: in lower case, as long as a paragraph's lines. */
export function carriedOnAsText(l: ScannedLine | undefined): boolean {
  return !!l && !l.blank && l.end - l.start >= MIN_TEXT_LINE && startsLowerCase(l);
}

/**
 * A title cut after a word no title ends with (a small word, a possessive, "personal"): what follows on the next
 * line carries it on in any case ("… Publicly Disclose Your" / "Personal Information").
 */
const RE_OPEN_END = /\s(?:a|an|the|and|or|of|to|for|in|on|at|by|with|from|about|into|your|our|their|its|my|personal|we|how|what|which|that|whom|whose)$/i;
/** Words only: no address, number or mark. */
const RE_WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+)*$/u;

/** A line broken because it was full is long: a short one ("1. One" / "body") is a title of its own. */
const MIN_WRAPPED_LINE = 24;
/** Words only, the first in lower case ("information", "and similar technologies"): no address, number or mark. */
const RE_WORDS_IN_LOWER_CASE = /^\p{Ll}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+)*$/u;

const RE_CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const RE_CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/**
 * A title wrapped onto a second line, joined again: by a space, or by nothing between Chinese or Japanese
 * characters. A word broken by a hyphen where the line was full ("INFOR-" / "MATION") is joined without it; a word
 * written with one ("THIRD-" / "PARTY", "OPT-" / "OUT") keeps it (told by the words alone: not by the text around,
 * which an edit reusing the line stages may change).
 */
export function joinedTitle(first: string, rest: string): string {
  if (RE_CJK_END.test(first) && RE_CJK_START.test(rest)) return first + rest;
  const broken = RE_BROKEN_WORD.test(first) ? RE_LAST_WORD.exec(first.slice(0, -1))?.[0] : undefined;
  if (broken === undefined) return `${first} ${rest}`;
  const after = RE_FIRST_WORD.exec(rest)?.[0] ?? '';
  return HYPHENATED_FIRSTS.has(broken.toLowerCase()) || HYPHENATED_SECONDS.has(after.toLowerCase()) ? first + rest : first.slice(0, -1) + rest;
}
const RE_LAST_WORD = /\p{L}+$/u;
const RE_FIRST_WORD = /^\p{L}+/u;
/** The parts of words that policies write with a hyphen ("third-party", "opt-out", "e-mail", "non-personal", "cross-border"). */
const HYPHENATED_FIRSTS = new Set(['third', 'opt', 'self', 'non', 'cross', 'co', 're', 'pre', 'post', 'sub', 'anti', 'multi', 'off', 'on', 'in', 'out', 'log', 'sign', 'well', 'long', 'short', 'high', 'low', 'first', 'second', 'end', 'user', 'web', 'real', 'up', 'follow', 'add', 'built', 'check', 'age', 'do']);
const HYPHENATED_SECONDS = new Set(['party', 'parties', 'out', 'in', 'up', 'on', 'off', 'ons', 'based', 'related', 'specific', 'time', 'making', 'regulatory', 'free', 'like', 'wide', 'border', 'level', 'term', 'personal', 'identifiable', 'site', 'sites', 'friendly', 'appropriate', 'mail', 'commerce', 'reporting', 'service', 'services']);

/** The title of the entry on line `i`, with the line that carries it on, if any. */
export function entryLineTitle(scanned: readonly ScannedLine[], draft: TocDraft, i: number): string {
  const c = draft.continuations.get(i);
  return withoutPageNumber(draft, c === undefined ? scanned[i].title : joinedTitle(scanned[i].title, scanned[c].title));
}

/** The title key of a title wrapped onto a second line, joined again. */
export function wrappedKey(first: string, rest: string): string {
  return titleKey(entryTitle(joinedTitle(first, rest)));
}

/**
 * The title key of the entry on line `i`: its line's (`keyOfLine`, which callers cache), or that of its whole title
 * when it is wrapped.
 */
export function entryKey(scanned: readonly ScannedLine[], draft: TocDraft, i: number, keyOfLine: (l: ScannedLine) => string = (l) => titleKey(entryTitle(l.title))): string {
  // The line's own key, unless the entry's title is more or less than the line's.
  return draft.pageNumbers || draft.continuations.has(i) ? titleKey(entryTitle(entryLineTitle(scanned, draft, i))) : keyOfLine(scanned[i]);
}

/** The longest title a line leads its text with (see runInEntryTitle). */
const MAX_RUN_IN_TITLE = 100;
/** A full stop, question mark or colon that ends a title run into its text, the text going on after it. */
const RE_RUN_IN_STOP = /[.?:](?=\s+\S)|[？：](?=\s*\S)/;

/**
 * The title a long line leads its text with, ended by a full stop, a question mark or a colon ("2. How We Use
 * Cookies. We use …", "Cookie settings. You can …"): a heading run into its paragraph, which an entry of a table of
 * contents that names no other line names by that title. Undefined for a line that is no such line (a bulleted
 * item), or whose first sentence is longer than a title.
 */
export function runInEntryTitle(l: ScannedLine): string | undefined {
  if (l.blank || l.titleLike || (l.bullet && !l.marker)) return undefined;
  const m = RE_RUN_IN_STOP.exec(l.title.slice(0, MAX_RUN_IN_TITLE + 1));
  if (!m || m.index < 2) return undefined;
  return l.title.slice(0, m[0] === '?' || m[0] === '？' ? m.index + 1 : m.index);
}

/** The title key of a title run into its text (see runInEntryTitle). */
export function runInKey(title: string): string {
  return titleKey(entryTitle(title));
}

/** How much longer or shorter than an entry the title may be that it names (`&` for "and", a question mark). */
const RUN_IN_LENGTH_SLACK = 3;
/** How many of a title's first letters its signature reads (see leadingLetters). */
const SIGNATURE_LETTERS = 6;

/**
 * A number from the first letters of a title, case aside (ASCII letters; other letters as they are), read in place,
 * up to a full stop, a question mark or a colon (which ends a title run into its text).
 */
function leadingLetters(title: string): number {
  let h = 0;
  for (let i = 0, taken = 0; i < title.length && taken < SIGNATURE_LETTERS; i++) {
    let c = title.charCodeAt(i);
    if (c === 46 || c === 63 || c === 58 || c === 0xff1f || c === 0xff1a) break;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || c > 127)) continue;
    h = (Math.imul(h, 31) + c) | 0;
    taken++;
  }
  return h;
}

/**
 * The lines not `excluded` that lead their text with a title (see runInEntryTitle) that starts with the letters one
 * of `titles` (the entries that may name them) starts with and is about as long, with the title and its key.
 * Keying a title is the costly part, and it would be done for nearly every paragraph: only such titles are keyed
 * (an entry names a heading by its words, case and punctuation aside).
 */
export function runInEntries(scanned: readonly ScannedLine[], excluded: LineLookup, titles: Iterable<string>, each: (l: ScannedLine, title: string, key: string) => void): void {
  const lengths = new Set<number>();
  const starts = new Set<number>();
  for (const t of titles) {
    starts.add(leadingLetters(t));
    for (let d = -RUN_IN_LENGTH_SLACK; d <= RUN_IN_LENGTH_SLACK; d++) lengths.add(t.length + d);
  }
  for (const l of scanned) {
    // (The title starts the line's: its first letters are read before the title is.)
    if (l.blank || l.titleLike || excluded.has(l.index) || !starts.has(leadingLetters(l.title))) continue;
    const title = runInEntryTitle(l);
    if (title === undefined || !lengths.has(title.length)) continue;
    const key = runInKey(title);
    if (key) each(l, title, key);
  }
}

/** A line that is a number and nothing else (`Article 1`, `3.`): its title, if any, is on the next line. */
export function isNumberOnly(l: ScannedLine | undefined): boolean {
  return !!l && !l.blank && !!l.marker && l.marker.decoration !== 'bracket' && l.title === '';
}

/**
 * Which lines of a table of contents are sub-entries: indented further than its least indented entries, or
 * numbered deeper (`2.1` among `1.`, `2.`). A table without such differences has none.
 */
function subEntries(text: string, scanned: readonly ScannedLine[], lines: readonly number[]): Set<number> {
  const indents = new Map<number, number>();
  let minIndent = Infinity;
  let minDepth = Infinity;
  for (const i of lines) {
    const l = scanned[i];
    // A tab indents as far as four spaces.
    let indent = 0;
    for (let k = indentStart(text, l.start); k < l.start; k++) indent += text.charCodeAt(k) === 9 ? 4 : 1;
    indents.set(i, indent);
    if (indent < minIndent) minIndent = indent;
    if (l.marker && l.marker.path.length < minDepth) minDepth = l.marker.path.length;
  }
  return new Set(lines.filter((i) => indents.get(i)! > minIndent || (!!scanned[i].marker && scanned[i].marker!.path.length > minDepth)));
}

// "Catalogue" and "Directory" are how machine translation renders 目录; a sentence about this policy ending with a
// colon ("This Privacy Policy includes:", "In this policy you will find:") introduces what follows.
const RE_CUE = /(table of contents|^\s*(contents|index|inhalt|inhaltsverzeichnis|sommaire|table des matières|[íi]ndice|contenido|sum[áa]rio|sommario|目\s*次|目\s*錄|목\s*차|catalogue|catalog|directory|overview of (this|the) (policy|notice)|summary of contents|quick links|jump to|on this page|in this (privacy )?(policy|notice|statement)|what('|’)?s in this (privacy )?(policy|notice|statement))\s*[:：]?\s*$|目\s*录|following\s*(sections|parts|contents|topics|chapters|questions)?\s*[:：]\s*$|(contains|includes|covers|consists of) the following|(help|helps) you (to )?understand|\b(this|the) (privacy )?(policy|notice|statement)\b[^.:：]{0,40}\b(includes|contains|covers|explains|describes)\s*[:：]\s*$|\byou will find\s*[:：]\s*$|以下(内容|几个部分|部分)|主要(内容|包括|包含))/i;

const RE_ENTRY_DECORATION = /[[*_…·]|\.\.|\. \.|\d\s*$/;

const RE_INLINE_MARK = /[[*_`]/;

/** Text as Markdown shows it: links and images by their text (`[Contact](#contact)` → `Contact`), code spans and emphasis without their marks. */
export function withoutInlineMarkup(text: string): string {
  if (!RE_INLINE_MARK.test(text)) return text;
  return text
    .replace(/!?\[([^\]\n]{1,200})\](?:\([^)\n]{0,300}\)|\[[^\]\n]{0,100}\])/g, '$1')
    .replace(/`([^`\n]{1,200})`/g, '$1')
    // Emphasis marks around words; bounded character classes keep this linear on lines full of * or _.
    .replace(/\*\*([^*\n]{1,200})\*\*|__([^_\n]{1,200})__/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/(^|\s)[*_]([^*_\s][^*_\n]{0,200})[*_](?=\s|$)/g, '$1$2');
}

/** Text of a line as a possible entry: without dot leaders and page numbers, Markdown links or emphasis. */
export function entryTitle(title: string): string {
  // Most lines have nothing to strip: no link, emphasis, leader dots or trailing page number.
  if (!RE_ENTRY_DECORATION.test(title)) return title.trim();
  return withoutInlineMarkup(title)
    // Dot leaders, spaced out or not (`....... 3`, `. . . . 3`; two dots after a space, where the title is long:
    // `… Personal Information .. 2`), and rules of underscores.
    .replace(/(\s*(?:\.[ \t]?){3,}|\s+\.\.|\s*…+|\s*·(?:[ \t]?·){2,}|\s*_{3,})\s*\d*\s*$/, '')
    // A page number after a tab or a run of spaces, as a table copied from a document sets it ("Introduction\t1").
    .replace(/\s+\d{1,3}\s*$/, (m) => (/\.{2,}/.test(title) || /^(?:\t|\s{2,})/.test(m) ? '' : m))
    .trim();
}

const RE_ATX_MARKS = /^#{1,6}[ \t]+/;
/** A Markdown link to a place in the same document (`[Contact Us](#contact-us)`): an entry of a table, in Markdown. */
const RE_ANCHOR_LINK = /^\[[^\]\n]{1,200}\]\(#[^)\s]{0,200}\)$/;

/** A line that introduces a table of contents ("Contents", "This policy covers the following:"). */
export function isTocCue(text: string, l: ScannedLine): boolean {
  if (l.blank) return false;
  // A long paragraph introduces the table with its last sentence ("… attaches great importance to your privacy.
  // This policy will help you understand the following:"): that sentence alone is read.
  if (l.end - l.start > 200) {
    const c = text.charCodeAt(l.end - 1);
    if (c !== 58 && c !== 0xff1a) return false;
    const tail = text.slice(l.end - 200, l.end);
    const sentence = tail.slice(Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('。')) + 1).trim();
    return sentence.length < 150 && isTocCueText(sentence);
  }
  // A Markdown heading may be the cue (`## Contents`).
  const line = text.slice(l.start, l.end);
  return isTocCueText(text.charCodeAt(l.start) === 35 /* # */ ? line.replace(RE_ATX_MARKS, '') : line);
}

/** Text that introduces a table of contents, or the sections after it (see isTocCue). */
export function isTocCueText(line: string): boolean {
  return RE_CUE.test(line);
}

/** A line that could be an entry of a table of contents (or a heading): short, one phrase, no end punctuation. */
export function isTitleLike(l: ScannedLine, maxLength = MAX_TITLE_LIKE): boolean {
  return l.titleLike && l.end - l.start <= maxLength;
}

/** A colon, full-width or not; one that ends a text. */
export const RE_ANY_COLON = /[:：]/;
export const RE_END_COLON = /[:：]$/;

/** A title without the colon it ends with, if any ("Contact us:" → "Contact us"). */
export function withoutEndColon(title: string): string {
  return RE_END_COLON.test(title) ? title.slice(0, -1).trimEnd() : title;
}

/**
 * A heading written with a colon after it ("Contact us:", "1. Introduction:"): title-like but for that colon, with
 * nothing after it and no other colon (`Email: …` is a field, not a heading).
 */
export function isTitleWithColon(l: ScannedLine, maxLength = MAX_TITLE_LIKE): boolean {
  if (l.titleLike || l.blank || l.end - l.start > maxLength || !RE_END_COLON.test(l.title)) return false;
  const t = withoutEndColon(l.title);
  return !RE_ANY_COLON.test(t) && titleLikeText(t);
}

const MULTI = 'multi';
/** How an entry is numbered, for telling a table's entries from what follows it ('' unnumbered; any depth of `1.2` alike). */
function entryStyle(l: ScannedLine): string {
  const m = l.marker;
  // Arabic and Roman numerals with the same punctuation are one style: a table copies a policy that mixes them
  // (`1.` … `II.` … `IX.`).
  return !m ? '' : m.decoration === 'multi' ? MULTI : familyKey(m);
}

/**
 * Whether an entry numbered `entry` may name, by its number alone, a heading numbered `heading`: a heading numbered
 * with a word ("Article 3", "第3条") by an entry numbered so too. A list under "第2条" ("1. 氏名…" / "2. 端末情報…")
 * shares a character or two with most headings of a Chinese or Japanese policy, whose titles are keyed by character.
 */
function namesLikeItsNumber(entry: Marker, heading: Marker): boolean {
  const worded = (m: Marker) => m.decoration === 'keyword' || m.decoration === 'chapter';
  return worded(entry) || worded(heading) ? sameStyle(entry, heading) : true;
}

/** The longest unnumbered line ending with a full stop that may be a heading an entry names. */
const MAX_STOPPED_HEADING = 60;

/** A line of a section's text: a sentence, or longer than a title. */
export function isTextLine(l: ScannedLine): boolean {
  return !l.blank && !l.marker && !l.bullet && (l.end - l.start > MAX_TITLE_LIKE || endsWithFullStop(l.title));
}

/** Ends with `.` or `。`: a sentence, not an entry. */
function endsWithFullStop(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 0x3002;
}

/**
 * Whether the lines of a title key name a line other than one of a set of wrapped pairs, and other than a given
 * line: `named(key, joined, j)` for the pairs whose joined key is `joined` (pairsByKey). The lines of a key only grow
 * while it is asked, so each key's lines are read once per pair key, up to the first two such lines (a policy
 * repeated many times has as many pairs of one key, which a search of every line for each pair made quadratic).
 */
function linesOutsidePairs(linesByKey: ReadonlyMap<string, readonly number[]>, pairsByKey: ReadonlyMap<string, ReadonlySet<number>>): (key: string, joined: string, j: number) => boolean {
  const found = new Map<string, { read: number; first: number; second: number }>();
  return (key, joined, j) => {
    const lines = linesByKey.get(key);
    const pairs = pairsByKey.get(joined);
    if (!lines || !pairs) return false;
    const memoKey = joined + '\u0000' + key;
    let f = found.get(memoKey);
    if (!f) found.set(memoKey, (f = { read: 0, first: -1, second: -1 }));
    while (f.second < 0 && f.read < lines.length) {
      const x = lines[f.read++];
      if (pairs.has(x)) continue;
      if (f.first < 0) f.first = x;
      else if (x !== f.first) f.second = x;
    }
    // Two lines found: one of them is not `j`.
    return f.second >= 0 || (f.first >= 0 && f.first !== j);
  };
}

/**
 * The tables of contents among the lines not `excluded`. `runKeys` is filled with the title keys of the runs that
 * could be tables; `headingKeys` gives the keys of headings known otherwise (Markdown's `#` lines), which are no
 * entries but which entries name.
 */
export function detectTocs(text: string, scanned: readonly ScannedLine[], excluded: LineLookup, keyOfLine: (l: ScannedLine) => string = (l) => titleKey(entryTitle(l.title)), runKeys?: Set<string>, headingKeys?: ReadonlyMap<number, string>): TocDraft[] {
  // Index the titles of every title-like line, to see whether an entry names something elsewhere.
  const linesByKey = new Map<string, number[]>();
  // Key of each candidate line ('' for lines that cannot be entries), indexed by line.
  const keyOf: string[] = new Array(scanned.length).fill('');
  let candidates: number[] = [];
  // Lines that carry on the title of the line before them (see continuesEntry), by that line.
  const continuations = new Map<number, number>();
  const continued = new Set<number>();
  // The key of a wrapped line's own title, which a heading over a short line of text goes by.
  const ownKeyOf = new Map<number, string>();
  const indexKey = (key: string, line: number) => {
    const list = linesByKey.get(key);
    if (list) list.push(line);
    else linesByKey.set(key, [line]);
  };
  for (let atLine = 0; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    // Headings written with a colon ("1. Introduction:") are sections an entry may name, and entries of a table
    // that copies them.
    // (Nor is a line holding an email address an entry, "Email: privacy@example.com": a contact detail.)
    if (!(isTitleLike(l) || isTitleWithColon(l)) || excluded.has(l.index) || l.title.includes('@')) continue;
    if (endsWithFullStop(l.title)) {
      // A sentence is no entry; but a heading may end with a full stop ("3. How We Share Your Information."), and
      // an entry name it.
      if ((l.marker || l.end - l.start <= MAX_STOPPED_HEADING) && !continued.has(l.index)) {
        const key = keyOfLine(l);
        if (key) indexKey(key, l.index);
      }
      continue;
    }
    if (continued.has(l.index)) continue;
    const next = scanned[l.index + 1];
    // A line carried on in lower case by one as long as a paragraph's lines is a paragraph's, broken where it was
    // full (a PDF's copy): no entry, and no heading an entry names.
    if (l.end - l.start >= MIN_TEXT_LINE && carriedOnAsText(next)) continue;
    const wraps = !!next && !excluded.has(next.index) && continuesEntry(l, next);
    if (wraps) { continuations.set(l.index, next.index); continued.add(next.index); }
    const own = keyOfLine(l);
    const key = wraps ? wrappedKey(l.title, next.title) : own;
    if (!key) continue;
    keyOf[l.index] = key;
    if (wraps) ownKeyOf.set(l.index, own);
    candidates.push(l.index);
    // A wrapped line names a section by its whole title, or (a heading over a short line of text) by its own.
    indexKey(key, l.index);
    if (wraps && own && own !== key) indexKey(own, l.index);
  }

  if (headingKeys) for (const [line, key] of headingKeys) if (key) indexKey(key, line);

  // Page numbers after a single space ("1. Introduction 2" / "2. Data We Collect 3" / …): three title-like lines in a
  // row or more (a blank line or two between them, as a page copied from the web spaces them), each ending with a
  // number no smaller than the one before, are keyed without them.
  const pageNumbered = new Set<number>();
  {
    let block: number[] = [];
    let last = -1;
    const flush = () => { if (block.length >= 3) for (const i of block) pageNumbered.add(i); block = []; };
    const follows = (i: number, before: number) => {
      if (i - before > 3) return false;
      for (let k = before + 1; k < i; k++) if (!scanned[k].blank) return false;
      return true;
    };
    for (const i of candidates) {
      const m = RE_PAGE_AFTER_SPACE.exec(scanned[i].title);
      const page = m ? Number(m[1]) : -1;
      if (m && block.length && follows(i, block[block.length - 1]) && page >= last) block.push(i);
      else { flush(); if (m) block = [i]; }
      last = page;
    }
    flush();
    for (const i of pageNumbered) {
      const key = titleKey(entryTitle(scanned[i].title.replace(RE_PAGE_AFTER_SPACE, '')));
      if (!key) continue;
      keyOf[i] = key;
      indexKey(key, i);
    }
  }

  // An entry wrapped in title case ("1. How We Collect and Use Your Personal" / "Information"): two title-like
  // lines in a row whose joined title is a heading's elsewhere, where the first alone names nothing else. Or
  // another such pair's, both wrapped (a table and its heading, copied from a PDF: "How we share … your personal" /
  // "information").
  // (Lines carrying on an entry are no candidates: neither `i` nor `j` is one.)
  const mayJoin = (i: number, j: number) => j === i + 1 && !continuations.has(i) && mayCarryTitleOn(scanned[i], scanned[j]);
  // The first lines of such pairs, by their joined key, and the joined key of each pair by its first line.
  const pairsByKey = new Map<string, Set<number>>();
  const joinedKeys = new Map<number, string>();
  for (let k = 0; k + 1 < candidates.length; k++) {
    if (!mayJoin(candidates[k], candidates[k + 1])) continue;
    const joined = wrappedKey(scanned[candidates[k]].title, scanned[candidates[k + 1]].title);
    joinedKeys.set(candidates[k], joined);
    const pairs = pairsByKey.get(joined);
    if (pairs) pairs.add(candidates[k]);
    else pairsByKey.set(joined, new Set([candidates[k]]));
  }
  // (The first line of another pair so joined names that pair's title, not its own.)
  const namedOutside = linesOutsidePairs(linesByKey, pairsByKey);
  // The candidates that stay so: a pair's second line carries the first on, and is none.
  const unjoined: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k];
    unjoined.push(i);
    const j = candidates[k + 1];
    const joined = joinedKeys.get(i);
    if (j === undefined || joined === undefined || !mayJoin(i, j)) continue;
    if (!(namedOutside(joined, joined, j) || pairsByKey.get(joined)!.size > 1) || namedOutside(keyOf[i], joined, j)) continue;
    continuations.set(i, j);
    continued.add(j);
    ownKeyOf.set(i, keyOf[i]);
    keyOf[i] = joined;
    keyOf[j] = '';
    indexKey(joined, i);
    k++;
  }
  candidates = unjoined;

  const runs: number[][] = [];
  /** The pairs whose second line has the text of a section right under it, as near as the first is to the second. */
  const pairsOverText = new Set<number[]>();
  let run: number[] = [];
  /** The numbering style of the run's first entry (see entryStyle). */
  let runStyle = '';
  let blanks = 0;
  /** The blank lines between the run's first two entries: a table spaced by two keeps going over two. */
  let runGap = -1;
  const close = (overText = false) => {
    if (run.length >= 2) {
      // Cut at the first repeated entry, or the first number of the first entry's style repeated (the sections'
      // titles drifted from the table's): the document proper starts there. Not at a number written twice in a
      // row ("Ⅳ. How we protect …" / "Ⅳ. Your rights"), a table's slip, where the document starts again from its
      // first numbers.
      const seen = new Set<string>();
      const topStyle = scanned[run[0]].marker;
      const numbersSeen = new Set<number>();
      let lastNumber = -1;
      let cut = run.length;
      for (let i = 0; i < run.length; i++) {
        const key = keyOf[run[i]];
        const own = ownKeyOf.get(run[i]);
        if (seen.has(key) || (own !== undefined && seen.has(own))) { cut = i; break; }
        seen.add(key);
        const m = scanned[run[i]].marker;
        if (topStyle && m && m.decoration !== 'multi' && sameStyle(m, topStyle)) {
          if (numbersSeen.has(m.value) && m.value !== lastNumber) { cut = i; break; }
          numbersSeen.add(m.value);
          lastNumber = m.value;
        }
      }
      if (cut >= 2) runs.push(run.slice(0, cut));
      if (cut === 2 && run.length === 2 && overText) pairsOverText.add(runs[runs.length - 1]);
    }
    run = [];
    blanks = 0;
    runGap = -1;
  };
  const inSomeRun = new Set<number>();
  const linesOutsideRuns = new Map<string, number>();
  const drafts: TocDraft[] = [];
  // Numbered title-like lines by number, to recognise a numbered entry whose wording drifted from its heading.
  const numbered = new Map<number, number[]>();
  for (const i of candidates) {
    const m = scanned[i].marker;
    if (!m || m.decoration === 'multi') continue;
    const list = numbered.get(m.value);
    if (list) list.push(i);
    else numbered.set(m.value, [i]);
  }
  // Word sets of the lines compared below, each made once.
  const wordSets = new Map<number, Set<string>>();
  const wordsOf = (i: number): Set<string> => {
    let words = wordSets.get(i);
    if (!words) { words = new Set(keyOf[i].split(' ')); wordSets.set(i, words); }
    return words;
  };
  // The answer depends only on the entry's number and title key: asked once per pair, so that a policy repeating
  // its tables (and so its numbers) many times is not compared line against line for each of them.
  const looseAnswers = new Map<string, boolean>();
  const looselyMatched = (i: number): boolean => {
    const m = scanned[i].marker;
    if (!m) return false;
    const pair = `${m.value} ${keyOf[i]}`;
    let answer = looseAnswers.get(pair);
    if (answer === undefined) {
      answer = (numbered.get(m.value) ?? []).some((j) => !inSomeRun.has(j) && namesLikeItsNumber(m, scanned[j].marker!) && wordSetSimilarity(wordsOf(i), wordsOf(j)) >= 0.3);
      looseAnswers.set(pair, answer);
    }
    return answer;
  };
  const considerRun = (run: number[]) => {
    // An unnumbered line ending with a colon before numbered or bulleted entries introduces them ("Below you will
    // find:", "In this notice:"); before unnumbered ones, when it names no section ("This policy answers these
    // questions:" / "What do we collect?" / …).
    const first = scanned[run[0]];
    const colonIntro = run.length > 2 && !first.marker && !first.bullet && RE_END_COLON.test(first.title)
      && (run.slice(1).every((i) => scanned[i].marker || scanned[i].bullet) || (unnamed(run[0]) && run.slice(1).every((i) => !scanned[i].marker && !scanned[i].bullet)));
    const kept = colonIntro ? run.slice(1) : run;
    // Numbered entries of one table share one numbering style (multi-level numbers aside).
    const styles = new Set(kept.map((i) => entryStyle(scanned[i])).filter((style) => style !== '' && style !== MULTI));
    if (styles.size > 1) return;
    const numberLines = kept.filter((i) => i > 0 && isNumberOnly(scanned[i - 1])).map((i) => i - 1);
    const intro = colonIntro ? run[0] : introLineBefore(numberLines[0] === kept[0] - 1 ? kept[0] - 1 : kept[0]);
    // Links to places in the document make a table whatever they name.
    const pageNumbers = kept.every((i) => pageNumbered.has(i));
    const draft = (): TocDraft => ({ introLine: intro, lines: kept, numberLines, subEntryLines: subEntries(text, scanned, kept), continuations: continuationsOf(kept), ...(pageNumbers ? { pageNumbers } : {}) });
    if (kept.every((i) => RE_ANCHOR_LINK.test(scanned[i].title))) {
      drafts.push(draft());
      return;
    }
    // An entry that names nothing may name a paragraph by the title it leads with (a heading run into its text,
    // "2. How We Use Cookies. We use …"): those titles are read once, only for such a table.
    if (!runInsRead && kept.some(unnamed)) readRunIns();
    // An entry names a line other than itself (a pair's lines are no list's, see inSomeRun: they count themselves).
    let matched = 0;
    for (const i of kept) if ((linesOutsideRuns.get(keyOf[i]) ?? 0) > (inSomeRun.has(i) ? 0 : 1)) matched++;
    const ratio = matched / kept.length;
    const numberedFromOne = scanned[kept[0]].marker?.value === 1 && kept.every((i, k) => scanned[i].marker?.value === k + 1);
    // Two entries make a table only when a line introduces them and one names a section at least (the other may
    // have drifted from its heading); not when a line of text follows the second at once ("… understand the
    // following:" / "1 How We Collect…" / "1.1 Definitions" / its text): those are the first headings.
    if (kept.length < 3 && (intro === undefined || ratio < 0.5 || pairsOverText.has(run))) return;
    const loose = numberedFromOne ? kept.filter(looselyMatched).length / kept.length : 0;
    // Numbered from 1 after a cue ("Contents"), a table even where every entry drifted from its heading; after any
    // other line ending with a colon, only where entries name sections ("您可以通过以下方式与我们联系：" / "1、邮箱：…" /
    // "2、电话：…" are contact details).
    if (ratio >= 0.5 || loose >= 0.6 || (intro !== undefined && (ratio >= 0.25 || (numberedFromOne && !colonIntro)))) {
      drafts.push(draft());
    }
  };
  let runInsRead = false;
  const unnamed = (i: number) => !linesOutsideRuns.get(keyOf[i]);
  const readRunIns = () => {
    runInsRead = true;
    const titles = runs.flatMap((r) => r.filter(unnamed).map((i) => entryTitle(scanned[i].title)));
    runInEntries(scanned, excluded, titles, (_l, _title, key) => linesOutsideRuns.set(key, (linesOutsideRuns.get(key) ?? 0) + 1));
  };
  const continuationsOf = (kept: readonly number[]): Map<number, number> => {
    const out = new Map<number, number>();
    for (const i of kept) { const c = continuations.get(i); if (c !== undefined) out.set(i, c); }
    return out;
  };
  const introLineBefore = (first: number): number | undefined => {
    for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
      const l = scanned[j];
      if (l.blank) continue;
      return isTocCue(text, l) ? j : undefined;
    }
    return undefined;
  };

  for (let atLine = 0; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank) {
      // One blank line between entries, or two where the table is spaced so (a PDF's copy).
      if (run.length && ++blanks > (runGap === 2 || (run.length === 1 && runGap === -1) ? 2 : 1)) close();
      continue;
    }
    // A run does not start with its own heading ("Table of Contents"): that line introduces it (introLineBefore),
    // and ends the lines before it (a table at the bottom, after the last section's heading and text).
    if (keyOf[l.index] !== '' && (l.marker?.decoration !== 'bracket') && !isTocCue(text, l)) {
      // After a blank line, a line numbered in another style than the run's is the document's first heading
      // (`五、如何联系我们` / blank / `第一部分 定义`), not one more entry (the run would mix styles, and be no table);
      // unless it numbers its own place in a run of unnumbered entries: a table that kept a few of its numbers
      // (`5. …` as the fifth entry), spaced out when pasted from a web page.
      const style = entryStyle(l);
      const numbersItsPlace = runStyle === '' && l.marker?.value === run.length + 1;
      if (blanks > 0 && run.length && style !== MULTI && style !== runStyle && !numbersItsPlace) close();
      if (run.length === 0) runStyle = style;
      if (run.length === 1) runGap = blanks;
      run.push(l.index);
      blanks = 0;
    } else if (isNumberOnly(l) && l.index + 1 < scanned.length && keyOf[l.index + 1] !== '' && !scanned[l.index + 1].marker) {
      // An entry's number on a line of its own, its title on the next: the run goes on.
      blanks = 0;
    } else if (continued.has(l.index) && run[run.length - 1] === l.index - 1) {
      // The rest of the run's last entry, wrapped: the run goes on.
    } else close(blanks <= Math.max(runGap, 0) && isTextLine(l) && !excluded.has(l.index));
  }
  close();
  // Lines of other lists do not confirm an entry; pairs are too common among real headings to count as lists.
  for (const r of runs) if (r.length >= 3) for (const i of r) inSomeRun.add(i);
  // For each key, how many of its lines are not entries of a list: an entry names a section when one is left.
  for (const [key, list] of linesByKey) {
    let outside = 0;
    for (const j of list) if (!inSomeRun.has(j)) outside++;
    linesOutsideRuns.set(key, outside);
  }
  for (const r of runs) considerRun(r);
  // The keys of every run's lines, tables or not: a line given one of them may make a run a table.
  if (runKeys) for (const r of runs) for (const i of r) runKeys.add(keyOf[i]);
  return drafts;
}
