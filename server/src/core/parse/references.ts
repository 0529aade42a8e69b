/**
 * Cross-references: places in the body that name another section.
 * - quoted: `"XII. Contact Us"`, `see the "How We Collect…" section`;
 * - numbered: `Appendix 1`, `Article 12`, `Section 4.2`, `§ 4`, `第十二条`, `附录一`.
 * Each is resolved to a section by its number first, then by its title.
 */
import type { CrossReference, Section } from '../model';
import { detached } from '../text/detached';
import { LineIndex, Span, hasLoneCarriageReturn, lineOf, linesAway, splicedSpans } from '../text/lines';
import { titleIndex } from '../text/titleIndex';
import { titleSimilarity } from '../text/titles';
import type { SectionAnchors } from './markdown';
import { APPENDIX_KEYWORDS, Marker, RUSSIAN_UNIT_WORDS, numberPath, parseMarker } from './numbering';

const RE_PAIRED = /“([^“”\n]{1,160})”|「([^」\n]{1,80})」|『([^』\n]{1,80})』|《([^》\n]{1,80})》/g;
// Lower case too for the words prose writes so ("see section 5"), not for those it uses in other senses ("in part 2").
// The number in figures, Roman numerals, a letter, or a word ("Part Two", "see section three").
const RE_NUMBERED_WORD = /\b(?:Section|Sections|Article|Clause|Appendix|Annex|Schedule|Exhibit|Chapter|Part|Attachment|section|sections|article|clause|appendix|chapter|[Pp]aragraph|PARAGRAPH|SECTIONS?|ARTICLE|CLAUSE|APPENDIX|ANNEX|SCHEDULE|EXHIBIT|CHAPTER|PART|ATTACHMENT|[Aa]rt(?:ikel|[íi]culo|icolo|igo)|[Aa]bschnitt|[Ss]e(?:cci[óo]n|zione|c?[çc][ãa]o)|[Cc]l[áa]usula|[Kk]apitel|[Cc]ap(?:[íi]tulo|itolo)|[Cc]hapitre)\s+(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[A-Z]|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve))(?![\p{L}\p{N}])/gu;
// Chinese and Korean references, in a pattern of their own: a text without 第, 附 or 제 is not read for them at all
// (one pattern for both kinds reads every text a third slower).
// (Digits full-width too, as Japanese writes them: `第３条`.)
const RE_NUMBERED_CJK = /第\s*[一二三四五六七八九十百零〇两\d０-９]{1,6}\s*(?:[条章节]|部分)|(?:附录|附件)\s*[一二三四五六七八九十\d]{1,3}|제\s*[\d０-９]{1,3}\s*[조장절]/g;
// "§ 4", "§4", "§ 4.2": German and Polish policies number their sections so (and cite laws so, "§ 26 BDSG", another
// text: see RE_EXTERNAL_AFTER). Likewise a pattern of its own, for texts with a "§" (as an alternative of the
// pattern above it slowed that by a third).
const RE_NUMBERED_SIGN = /§\s?\d{1,3}(?:\.\d{1,3}){0,2}(?![\p{L}\p{N}])/gu;
// Russian sections and clauses ("в разделе 3", "согласно пункту 2.1"), for texts that name one.
const RE_NUMBERED_RUSSIAN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${RUSSIAN_UNIT_WORDS})\\s+\\d{1,3}(?:\\.\\d{1,3}){0,3}(?![\\p{L}\\p{N}])`, 'gu');

/** A letter: after a closing single quote, it makes the mark an apostrophe. */
const RE_LETTER_AT = /^\p{L}$/u;
const RE_WORD_CHAR_AT = /^[\p{L}\p{N}]$/u;
/** Whether text[k] is a letter or a digit (most apostrophes follow an ASCII letter: read without a pattern). */
function isWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k) | 32;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === text.charCodeAt(k)) || (text.charCodeAt(k) > 127 && RE_WORD_CHAR_AT.test(text[k]));
}
const RE_TITLE_START_AT = /^[\p{Lu}\p{N}]$/u;

interface QuotedSpan extends Span { readonly inner: string }
interface NumberedMatch extends Span { readonly text: string }

/**
 * What the scans of the text find before any section is looked at: quoted passages and numbered-reference
 * matches, each sorted by offset. Kept with each document, so that an edit rescans only its neighbourhood.
 */
export interface ReferenceCandidates {
  readonly quoted: readonly QuotedSpan[];
  readonly numbered: readonly NumberedMatch[];
  /** Lines broken by a lone carriage return, which quoted passages may run over: no partial rescans then. */
  readonly loneCarriageReturns: boolean;
}

export function referenceCandidates(text: string, lines: LineIndex): ReferenceCandidates {
  return { ...scanCandidates(text, lines, 0, text.length), loneCarriageReturns: hasLoneCarriageReturn(text) };
}

/**
 * The candidates that start in [from, to): quoted passages, line by line, and numbered matches. Straight quotes
 * pair in order of appearance (the first opens, the second closes), so a short "we" cannot pair with the next
 * quotation's opening mark; curly and CJK quotes pair by shape.
 */
function scanCandidates(text: string, lines: LineIndex, from: number, to: number): { quoted: QuotedSpan[]; numbered: NumberedMatch[] } {
  const quoted: QuotedSpan[] = [];
  // One pass over the straight quote marks; a mark on a later line starts a new pair.
  let open = -1;
  let openLine = -1;
  for (let k = text.indexOf('"', from); k >= 0 && k < to; k = text.indexOf('"', k + 1)) {
    const line = lineOf(lines, k);
    if (open < 0 || line !== openLine) { open = k; openLine = line; continue; }
    if (k - open - 1 <= 160) quoted.push({ start: open, end: k + 1, inner: text.slice(open + 1, k) });
    open = -1;
  }
  let m: RegExpExecArray | null;
  RE_PAIRED.lastIndex = from;
  while ((m = RE_PAIRED.exec(text)) && m.index < to) quoted.push({ start: m.index, end: m.index + m[0].length, inner: m[1] ?? m[2] ?? m[3] ?? m[4] });
  // Single curly quotes, as British English writes them (see the section ‘Your rights’), and straight ones (see the
  // section 'Your Rights'), the straight opening mark after no letter and before a capital letter or a number (not
  // "we'll").
  singleQuoted(text, from, to, '‘', '’', () => true, quoted);
  singleQuoted(text, from, to, "'", "'", (k) => !(k > 0 && isWordCharAt(text, k - 1)) && RE_TITLE_START_AT.test(text[k + 1] ?? ''), quoted);
  quoted.sort((a, b) => a.start - b.start);
  const numbered = matchesIn(RE_NUMBERED_WORD, text, from, to);
  // Searched for in the scanned stretch only: an edit rescans a few lines, not the rest of the text.
  const stretch = text.slice(from, to);
  // (Korean articles too: `제5조`.)
  const cjk = stretch.includes('第') || stretch.includes('附') || stretch.includes('제');
  const sign = stretch.includes('§');
  const russian = stretch.includes('аздел') || stretch.includes('ункт');
  // The patterns' matches cannot overlap (none holds another's first characters): merged by offset.
  if (cjk) numbered.push(...matchesIn(RE_NUMBERED_CJK, text, from, to));
  if (sign) numbered.push(...matchesIn(RE_NUMBERED_SIGN, text, from, to));
  if (russian) numbered.push(...matchesIn(RE_NUMBERED_RUSSIAN, text, from, to));
  if (cjk || sign || russian) numbered.sort((a, b) => a.start - b.start);
  return { quoted, numbered };
}

/**
 * Passages in single quotes opening in [from, to): an opening mark (that `opens` accepts), and the first closing one
 * on its line that no letter follows (not an apostrophe inside a word, 'Children's Privacy'). Looked for within the
 * 160 characters after the opening mark: a text of opening marks alone is read once.
 */
function singleQuoted(text: string, from: number, to: number, open: string, close: string, opens: (k: number) => boolean, out: QuotedSpan[]): void {
  for (let k = text.indexOf(open, from); k >= 0 && k < to; k = text.indexOf(open, k + 1)) {
    if (!opens(k)) continue;
    const after = text.slice(k + 1, k + 162);
    let end = after.indexOf(close);
    while (end >= 0 && RE_LETTER_AT.test(text[k + end + 2] ?? '')) end = after.indexOf(close, end + 1);
    if (end < 2) continue;
    const inner = after.slice(0, end);
    if (!inner.includes('\n')) out.push({ start: k, end: k + end + 2, inner });
  }
}

function matchesIn(re: RegExp, text: string, from: number, to: number): NumberedMatch[] {
  const out: NumberedMatch[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = from;
  while ((m = re.exec(text)) && m.index < to) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * The candidates after a change inside line `line` that moved later text by `delta` (no line break added or
 * removed), from the previous ones. Only where a match that reads the changed line could start is scanned again:
 * from the start of the second non-blank line before it (a numbered reference runs over line breaks, `第\n三\n条`,
 * but through at most two earlier lines) to the end of the changed line. Undefined when a match crosses the edges
 * of that stretch, or the text has lone carriage returns (quoted passages may run over them): scan everything.
 */
export function movedCandidates(previous: ReferenceCandidates, text: string, lines: LineIndex, isBlank: (line: number) => boolean, line: number, delta: number): ReferenceCandidates | undefined {
  // The change kept every line break, so the previous answer about lone carriage returns still holds.
  if (previous.loneCarriageReturns) return undefined;
  const from = lines.starts[linesAway(lines, line, -1, 2, isBlank)];
  const to = line + 1 < lines.length ? lines.starts[line + 1] : text.length;
  const fresh = scanCandidates(text, lines, from, to);
  // Carried on to later versions of the text: their strings must not keep this version alive (see detached).
  const quoted = splicedSpans(previous.quoted, fresh.quoted.map((q) => ({ ...q, inner: detached(q.inner) })), from, to, delta);
  const numbered = quoted && splicedSpans(previous.numbered, fresh.numbered.map((n) => ({ ...n, text: detached(n.text) })), from, to, delta);
  return quoted && numbered ? { quoted, numbered, loneCarriageReturns: false } : undefined;
}

/**
 * What follows a number of another text: its sub-numbers (`(1)(b)`, `(1) lit. f`, `para. 2`, `Abs. 1 Satz 1`), then
 * "of/under/in" and a name ("Article 6 of the GDPR"), or the law's abbreviation ("Article 6(1)(b) GDPR", "§ 26
 * BDSG", "Section 1798.100 CCPA"). A word in capitals that could be this policy's own ("SEE SECTION 2 ABOVE") is none.
 */
/** The end of a law's name right before a number: `《…》`, `…法`, `…条例`, `…规定`, `…办法`; Korean `「…」`, `…법`, `…령` (see findReferences). */
const RE_EXTERNAL_BEFORE = /(?:》|法|条例|规定|办法|规则|准则|标准|」|법|령|규칙)[ \t\u3000]*$/;

const RE_EXTERNAL_AFTER = new RegExp(
  // (Its sub-points first: "(1)(b)", "lit. f", "Abs. 1 Satz 1", a letter as in "article 6.1.b du RGPD", "artículo
  // 6.1.b) del RGPD", "artículo 6.1 b) del RGPD".)
  '^\\s*(?:\\(\\s*\\d+\\s*\\)\\s*|\\(\\s*[a-z]\\s*\\)\\s*|\\.?[a-z]\\)\\s*|\\.[a-z](?![\\p{L}\\p{N}])\\s*|(?:lit|para|sentence|sent|no|subsec|subpara|Abs|Satz|Nr|S)\\.?\\s*[a-z0-9]{1,3}\\b,?\\s*|(?:,|and|or|&)\\s*(?=\\(\\s*[a-z0-9]{1,3}\\s*\\))' +
  // More numbers of the same text listed before its name ("Article 13 and 14 GDPR", "Articles 15, 16 and 17 GDPR").
  '|(?:,|and|or|&)\\s*\\d{1,4}\\b\\s*)*' +
  // "Schedule 2 to the Data Protection Act 2018", as UK law names the schedules of an Act.
  '(?:(?:of|under|in|to|OF|UNDER|IN|TO)\\s+(?:the\\s+|THE\\s+)?(?!this\\b|our\\b|these\\b|THIS\\b|OUR\\b|THESE\\b)[\\p{Lu}\\u4e00-\\u9fff]' +
  // The company's other terms ("section 9 of our Terms of Use", "clause 4 of our user agreement").
  '|(?:of|under|in|OF|UNDER|IN)\\s+(?:our|OUR)\\s+(?:[Tt]erms|TERMS|[Uu]ser [Aa]greement|USER AGREEMENT|EULA|[Ee]nd[- ][Uu]ser [Ll]icen[cs]e|[Ll]icen[cs]e [Aa]greement|[Cc]ookie [Pp]olicy|COOKIE POLICY)' +
  // "artículo 6 del RGPD", "Artikel 6 der DSGVO", "articolo 13 del Regolamento", "artigo 7 da LGPD": a law's name in
  // capitals after "of", or a law named in lower case ("article 32 de la loi Informatique et Libertés"); not "de esta
  // política", "dieser Erklärung".
  '|(?:der|des|del|de\\s+la|de|du|della|dello|do|da|dos|das)\\s+(?:\\p{Lu}|(?:loi|ley|lei|legge|r[èe]glement|reglamento|regolamento|regulamento|directive|directiva|direttiva|decreto|d[ée]cret|code|c[óo]digo|codice)\\b)' +
  // A Russian law's clause ("пункт 1 статьи 6 Федерального закона", "пункт 7 части 1 статьи 6", "раздела 2 ГК РФ").
  '|(?:части|ч\\.|статьи|ст\\.)\\s*\\d|(?:Федеральн|[Зз]акон|ФЗ|ГК|[Кк]одекс|Регламент|№)' +
  '|(?:EU\\s+|UK\\s+)?(?!(?:OF|AND|OR|TO|IN|ON|AT|BY|FOR|THE|THIS|ABOVE|BELOW)\\b)[A-Z]{2,8}\\b)', 'u');
const RE_SEE_BEFORE = /\b(see|refer to|in|under|described in|set out in|according to|as stated in|specified in|detailed in|listed in|per)\s+(the\s+)?$/i;
const RE_SECTION_AFTER = /^\s*(section|chapter|part|clause|article|paragraph|below|above|of this (privacy )?(policy|notice|statement))/i;
/** The word that says a quoted title names a section, before it: `the section "Data Retention"`, `section titled "…"`. */
const RE_SECTION_BEFORE = /\b(section|chapter|clause|heading)\s+((en)?titled\s+|called\s+|named\s+)?$/i;

/**
 * A path through an app's menus ("Me > Settings", "Me - Settings - Cancel account"): what a user taps, in the app,
 * not a section of the policy ("in "…"" names both). One arrow, or two dashes or slashes between words.
 */
const RE_INTERFACE_PATH = /\s[>›»→]\s|\s[-–—/]\s.*\s[-–—/]\s/;

/** A line break and the spaces around it. */
const RE_LINE_BREAK = /[ \t]*\r?\n[ \t]*/g;
/** What follows a number that starts a numbered line: its stop or a space, then a capital. */
const RE_NUMBERED_LINE_REST = /^[.)：:]?[ \t]+\p{Lu}/u;
/** A plural that lists numbers after it ("Sections 2 and 7"). */
const RE_PLURAL_WORD = /^(?:Sections|sections|SECTIONS)\b/;
/** One more number of a list: after a comma, "and", "or" or "&" (`, 4`, ` and 7`, `, or 6.1`). */
const RE_LISTED_NUMBER = /^(?:\s*,\s*(?:(?:and|or|AND|OR)\s+)?|\s+(?:and|or|AND|OR|&)\s+)(\d{1,3}(?:\.\d{1,3}){0,3})(?![\p{L}\p{N}]|\.\d)/u;

/** "paragraph 7", "PARAGRAPH 2.1": as UK policies, numbered by paragraph, name their sections. */
const RE_PARAGRAPH_WORD = /^(?:[Pp]aragraph|PARAGRAPH)\s+(\d{1,3}(?:\.\d{1,3}){0,3})$/;

/**
 * The number a reference names: its section's marker ("Section 4", "Sections 2" as "Section 2"), or a paragraph's
 * number ("paragraph 7"), which no heading is written with.
 */
function referenceMarker(written: string): Marker | undefined {
  const marker = parseMarker(singular(written));
  if (marker) return marker;
  const m = RE_PARAGRAPH_WORD.exec(written);
  if (!m) return undefined;
  const path = numberPath(m[1]);
  return { text: written, label: `Paragraph ${m[1]}`, kind: 'arabic', decoration: 'keyword', keyword: 'paragraph', path, value: path[path.length - 1], length: written.length };
}

/** A plural's first number read as the singular's ("Sections 2" as "Section 2"). */
function singular(written: string): string {
  return RE_PLURAL_WORD.test(written) ? written.replace(RE_PLURAL_WORD, (w) => w.slice(0, -1)) : written;
}

/** The numbers listed after a plural's first number, which ends at `from` (at most ten). */
function listedNumbers(text: string, from: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let at = from;
  for (let m = RE_LISTED_NUMBER.exec(text.slice(at, at + 40)); m && out.length < 10; m = RE_LISTED_NUMBER.exec(text.slice(at, at + 40))) {
    const start = at + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, text: m[1] });
    at = start + m[1].length;
  }
  return out;
}

/** Finds the section a marker names: the top-level one (the first of them) if several share the number. */
export function sectionByMarker(sections: readonly Section[], m: Marker, previousSections?: readonly Section[]): Section | undefined {
  const group = numberIndex(sections, previousSections).get(numberKey(m));
  if (!group) return undefined;
  // A chapter number (第三章) names a chapter or a plain number, not an article (第三条) with that number.
  const at = m.decoration === 'chapter' ? earlier(sections, group.notChapter, group.chapterByKeyword.get(m.keyword ?? '')) : group.any;
  return at === undefined ? undefined : sections[at];
}

/**
 * The sections numbered alike, reduced to the one a reference picks: the highest level, the first on a tie. By
 * index, so that the versions of a document whose sections are numbered the same share one index.
 */
interface NumberGroup {
  any: number;
  notChapter: number | undefined;
  chapterByKeyword: Map<string, number>;
}

const numberIndexes = new WeakMap<readonly Section[], Map<string, NumberGroup>>();

function isAppendix(m: Marker): boolean {
  return m.decoration === 'keyword' && APPENDIX_KEYWORDS.has(m.keyword!);
}

/** Appendices and sections are numbered separately: `Appendix 1` never names section 1. */
function numberKey(m: Marker): string {
  return `${isAppendix(m) ? 'appendix ' : ''}${m.path.join('.')}`;
}

/** Of two sections (by index), the one a reference picks: the higher level, the first on a tie. */
function earlier(sections: readonly Section[], a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return sections[b].level < sections[a].level || (sections[b].level === sections[a].level && b < a) ? b : a;
}

/**
 * Sections by number, built once per list of sections, so resolving a reference does not scan them; the previous
 * version's index when its sections have the same numbers (the same marker objects, as an edit that kept the
 * headings leaves them) at the same levels.
 */
function numberIndex(sections: readonly Section[], previousSections?: readonly Section[]): Map<string, NumberGroup> {
  let index = numberIndexes.get(sections);
  if (index) return index;
  const previous = previousSections && numberIndexes.get(previousSections);
  if (previous && sameNumbering(previousSections!, sections)) index = previous;
  else {
    index = new Map();
    for (const s of sections) {
      if (!s.marker) continue;
      const key = numberKey(s.marker);
      let group = index.get(key);
      if (!group) { group = { any: s.index, notChapter: undefined, chapterByKeyword: new Map() }; index.set(key, group); }
      group.any = earlier(sections, group.any, s.index)!;
      if (s.marker.decoration !== 'chapter') group.notChapter = earlier(sections, group.notChapter, s.index);
      else {
        const k = s.marker.keyword ?? '';
        group.chapterByKeyword.set(k, earlier(sections, group.chapterByKeyword.get(k), s.index)!);
      }
    }
  }
  numberIndexes.set(sections, index);
  return index;
}

/** Whether two lists of sections have the same numbers (marker objects) at the same levels, in the same order. */
function sameNumbering(a: readonly Section[], b: readonly Section[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].marker !== b[i].marker || a[i].level !== b[i].level) return false;
  return true;
}

/** The section whose title best matches `title` (similarity at least `min`). */
export function sectionByTitle(sections: readonly Section[], title: string, min = 0.6): Section | undefined {
  return titleIndex(sections).best(title, min);
}

/**
 * How far from its candidate's start a reference reads the text: 40 characters before it, and after it a quoted
 * passage (up to 162), the numbers listed after a plural (ten, each within 40 characters of the one before) and 40
 * characters more, or the start of a list on the lines after it (NEXT_NUMBER_REACH and 32); with room to spare.
 */
const READ_REACH = 1000;

/**
 * The references of the version before an edit that moved later text by `delta`, when the sections, the headings'
 * and tables' lines and the numbers starting lines are as they were (an edit that reused the line stages): those
 * that read no text of [`editStart`, `editEnd`) are kept (moved), the others found again. That stretch of the
 * previous text is the whole edited line, not only the edit: a straight quote mark typed or removed pairs the
 * others after it on its line differently.
 */
export interface KeptReferences {
  readonly references: readonly CrossReference[];
  readonly editStart: number;
  readonly editEnd: number;
  readonly delta: number;
}

/**
 * The cross-references of the text. `lineMarkers` gives the numbers that start lines (headings or not): a
 * multi-level number that names no section but starts a numbered paragraph ("see Section 2.2" where `2.2.` opens
 * a clause of section 2) names that paragraph, and is no section reference.
 */
export function findReferences(text: string, lines: LineIndex, sections: readonly Section[], isHeadingOrToc: (offset: number) => boolean, candidates: ReferenceCandidates, lineMarkers: () => Iterable<Marker> = () => [], previousSections?: readonly Section[], kept?: KeptReferences): CrossReference[] {
  if (sections.length === 0) return [];
  if (!kept) return resolvedReferences(text, lines, sections, isHeadingOrToc, candidates, lineMarkers, previousSections);
  // A reference starting before `from` or after `until` (in the previous text) reads nothing the edit changed;
  // those between are found again, from the candidates that could make them (a plural's numbers follow it).
  const from = kept.editStart - READ_REACH;
  const until = kept.editEnd + READ_REACH;
  const near = (c: Span) => c.start >= from - READ_REACH && c.start <= until + kept.delta;
  const found = resolvedReferences(text, lines, sections, isHeadingOrToc, { quoted: candidates.quoted.filter(near), numbered: candidates.numbered.filter(near), loneCarriageReturns: candidates.loneCarriageReturns }, lineMarkers, previousSections);
  const out: CrossReference[] = [];
  for (const r of kept.references) if (r.start < from) out.push(r);
  for (const r of found) if (r.start >= from && r.start <= until + kept.delta) out.push(r);
  for (const r of kept.references) if (r.start > until) out.push({ kind: r.kind, start: r.start + kept.delta, end: r.end + kept.delta, line: r.line, text: r.text, marker: r.marker, title: r.title, target: r.target });
  return out;
}

/** How many lines after a numbered line nextNumberFollows looks for the next number of its list. */
const LIST_REACH = 3;

/** How far after a reference nextNumberFollows reads (within READ_REACH, which edits keep references by). */
const NEXT_NUMBER_REACH = 500;

/** Whether one of the few lines after the one holding `offset`, starting near it, starts with the number `value + 1`. */
function nextNumberFollows(text: string, lines: LineIndex, offset: number, value: number): boolean {
  const line = lineOf(lines, offset);
  for (let k = line + 1; k < Math.min(lines.length, line + 1 + LIST_REACH) && lines.starts[k] <= offset + NEXT_NUMBER_REACH; k++) {
    const next = parseMarker(text.slice(lines.starts[k], Math.min(lines.ends[k], lines.starts[k] + 32)).trimStart());
    if (next) return next.value === value + 1;
  }
  return false;
}

function resolvedReferences(text: string, lines: LineIndex, sections: readonly Section[], isHeadingOrToc: (offset: number) => boolean, candidates: ReferenceCandidates, lineMarkers: () => Iterable<Marker>, previousSections?: readonly Section[]): CrossReference[] {
  const out: CrossReference[] = [];
  let paragraphNumbers: Set<string> | undefined;
  // A section's number names a paragraph at two levels or more; "paragraph 2" one numbered at any level ("(2)", "2.").
  const namesParagraph = (m: Marker): boolean => {
    if (m.path.length < 2 && m.keyword !== 'paragraph') return false;
    if (!paragraphNumbers) {
      paragraphNumbers = new Set();
      for (const lm of lineMarkers()) if (lm.path.length >= 2 || lm.kind === 'arabic') paragraphNumbers.add(numberKey(lm));
    }
    return paragraphNumbers.has(numberKey(m));
  };
  const taken: [number, number][] = [];
  for (const q of candidates.quoted) {
    const inner = q.inner.trim();
    if (inner.length < 2) continue;
    const start = q.start + 1 + q.inner.indexOf(inner); // after the opening quote mark
    if (isHeadingOrToc(start)) continue;
    const cleaned = inner.replace(/[.,;:。，；：]+$/, '');
    const marker = parseMarker(cleaned);
    let target: Section | undefined;
    let title = cleaned;
    if (marker && marker.decoration !== 'bracket' && marker.decoration !== 'bullet') {
      title = cleaned.slice(marker.length).trim();
      target = sectionByMarker(sections, marker, previousSections);
      if (!title && !target) continue;
    } else {
      const before = text.slice(Math.max(0, q.start - 40), q.start);
      const after = text.slice(q.end, q.end + 40);
      const namedSection = RE_SECTION_AFTER.test(after) || RE_SECTION_BEFORE.test(before);
      if ((!RE_SEE_BEFORE.test(before) || RE_INTERFACE_PATH.test(cleaned)) && !namedSection) continue;
      target = sectionByTitle(sections, cleaned, 0.6);
      // A quoted phrase that names no section is no reference ("see our "Cookie Policy""), unless it says it names
      // one (`the "Sub-processors" section`): that section is missing.
      if (!target && !namedSection) continue;
    }
    out.push({ kind: 'quoted', start, end: start + cleaned.length, line: lineOf(lines, start), text: cleaned, marker, title, target: target?.index });
    taken.push([q.start, q.end]);
  }
  let t = 0;
  taken.sort((a, b) => a[0] - b[0]);
  for (const { start, end, text: written } of candidates.numbered) {
    while (t < taken.length && taken[t][1] <= start) t++;
    if (t < taken.length && taken[t][0] <= start) continue;
    if (isHeadingOrToc(start)) continue;
    // "Sections 2 and 7", "Sections 3, 4 or 6": the numbers listed after a plural name sections too.
    const listed = RE_PLURAL_WORD.test(written) ? listedNumbers(text, end) : [];
    const listEnd = listed.length ? listed[listed.length - 1].end : end;
    // "Article 6 of the GDPR", "Section 1798.100 of the California Civil Code": another text, not this policy.
    if (RE_EXTERNAL_AFTER.test(text.slice(listEnd, listEnd + 40))) continue;
    // Chinese names the law first: `《个人信息保护法》第十三条`, `网络安全法第二十一条`.
    if (RE_EXTERNAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    let marker = referenceMarker(written);
    // A word and its number on two lines ("see section" / "8."), as a hard-wrapped text breaks them, read as written
    // on one: over one line break, not a paragraph's; the number no heading's ("… in this section" / "8. Contact
    // Us"); nor the first of a list starting that line ("… in this section" / "4. Service providers …" / "5. …").
    if (!marker && written.includes('\n') && written.indexOf('\n') === written.lastIndexOf('\n') && !isHeadingOrToc(end - 1)) {
      marker = referenceMarker(written.replace(RE_LINE_BREAK, ' '));
      if (marker && RE_NUMBERED_LINE_REST.test(text.slice(end, end + 8)) && nextNumberFollows(text, lines, end, marker.value)) continue;
    }
    if (!marker) continue;
    const target = sectionByMarker(sections, marker, previousSections);
    if (!target && namesParagraph(marker)) continue;
    const title = listed.length ? '' : titleAfterNumber(text, end, sections, target);
    out.push({ kind: 'numbered', start, end, line: lineOf(lines, start), text: written, marker, title, target: target?.index });
    for (const n of listed) {
      const path = numberPath(n.text);
      // Written as the number alone: renumbering and renaming change the number, in the reference's place.
      const bare: Marker = { text: n.text, label: n.text, kind: 'arabic', decoration: n.text.includes('.') ? 'multi' : 'space', path, value: path[path.length - 1], length: n.text.length };
      const listedTarget = sectionByMarker(sections, bare, previousSections);
      if (!listedTarget && namesParagraph(bare)) continue;
      out.push({ kind: 'numbered', start: n.start, end: n.end, line: lineOf(lines, n.start), text: n.text, marker: bare, title: '', target: listedTarget?.index });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * A title written after a reference's number: quoted (`Section 4 "Sharing"`, `section 6, "Contact Us"`, `Section 4
 * ("Sharing")`), or in brackets (`Section 4 (Sharing)`). Group 1 the quoted title, group 2 the bracketed words.
 */
const RE_TITLE_AFTER_NUMBER = /^,?[ \t]*(?:\([ \t]*)?["“]([^"“”\n]{2,80})["”]|^[ \t]*\(([^()"“”\n]{2,80})\)/;
const RE_TITLE_START = /^[\p{Lu}\p{Lo}\d]/u;

/**
 * The title written after a numbered reference ending at `end` (see RE_TITLE_AFTER_NUMBER), which broken-reference
 * holds against the heading of the section numbered so, or ''. A quoted title is the heading's, as written; words
 * in brackets only when they name another section and not that one ("Section 4 (Sharing)" where 4 is "Your
 * Rights" and 5 "Sharing"), as brackets also hold other words ("Section 4 (above)", "Section 2 (Your Choices)" for
 * "Your Choices and Rights").
 */
function titleAfterNumber(text: string, end: number, sections: readonly Section[], target: Section | undefined): string {
  const c = text.charCodeAt(end);
  // (Most references are followed by a space and a word, or a full stop: no pattern is run for them.)
  if (c !== 32 && c !== 44 && c !== 40 && c !== 9) return '';
  const m = RE_TITLE_AFTER_NUMBER.exec(text.slice(end, end + 100));
  if (!m) return '';
  const title = (m[1] ?? m[2]).trim().replace(/[.,;:]+$/, '');
  if (!RE_TITLE_START.test(title)) return '';
  if (m[1] !== undefined) return detached(title);
  const named = sectionByTitle(sections, title, 0.6);
  return named && named !== target && !(target && titleSimilarity(title, target.title) >= 0.6) ? detached(title) : '';
}

/** A link to a place in the document: `[text](#contact)`, `[text](<#contact>)`, `href="#contact"`. */
// Bounded, so that a text of unclosed links is read once, not once per link.
const RE_ANCHOR_LINK = /\]\([ \t]*<?(#[^\s)>]{0,300})>?(?:[ \t]+["'(][^)\n]{0,300})?\)|\bhref\s*=\s*["'](#[^"'\n]{0,300})["']/g;

/**
 * The links of a Markdown policy to its own headings' anchors (`[see Contact](#contact-us)`), each resolved to
 * the section whose heading sets or has that anchor by `sectionOf` (see anchorLookup); none on the lines `skip`
 * says are code.
 */
export function findAnchorLinks(text: string, lines: LineIndex, sections: readonly Section[], sectionOf: (id: string) => number | undefined, skip: (line: number) => boolean): CrossReference[] {
  if (!text.includes('#')) return [];
  const out: CrossReference[] = [];
  for (const m of text.matchAll(RE_ANCHOR_LINK)) {
    const written = m[1] ?? m[2];
    if (written.length < 2) continue;
    const start = m.index! + m[0].indexOf(written);
    const line = lineOf(lines, start);
    if (skip(line)) continue;
    const target = sectionOf(written.slice(1));
    out.push({ kind: 'anchor', start, end: start + written.length, line, text: written, title: '', target: target === undefined ? undefined : sections[target].index });
  }
  return out;
}

/** The section (by index) whose heading sets or has an anchor: as written, then ignoring case and percent-encoding. */
export function anchorLookup(anchors: readonly SectionAnchors[]): (id: string) => number | undefined {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  anchors.forEach((a, i) => {
    for (const id of [...a.ids, a.slug]) {
      if (!exact.has(id)) exact.set(id, i);
      const key = looseAnchor(id);
      if (!loose.has(key)) loose.set(key, i);
    }
  });
  return (id) => exact.get(id) ?? loose.get(looseAnchor(id));
}

function looseAnchor(id: string): string {
  let decoded = id;
  try { decoded = decodeURIComponent(id); } catch { /* a stray % is kept as written */ }
  return decoded.toLowerCase();
}
