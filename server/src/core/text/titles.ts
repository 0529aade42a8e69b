/**
 * Comparing section titles as a reader would: case, punctuation, typographic quotes and small words do not
 * make two titles different; word endings ("share"/"sharing", "disclose"/"disclosure") count as the same word.
 */
import { withCharacterReferences } from './entities';

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as',
  'do', 'does', 'we', 'us', 'our', 'you', 'your', 'i', 'my', 'how', 'what', 'this', 'that', 'these', 'its', 'is',
  'are', 'be', 'can', 'will', 'may', 'to', 'it', 'their', 'they', 'which', 'who', 'whom', 'when', 'where', 'why',
  '的', '和', '与', '及', '我们', '您', '你',
]);
const MAX_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

/** Lower-case, letters and digits only (any script), single spaces; possessive 's dropped. */
export function normalizeTitle(title: string): string {
  return asciiWords(title, false) ?? rawWords(title).join(' ');
}

// Whether a UTF-16 code unit is a letter or digit, filled in on first use (1 yes, 2 no).
const WORD_CHAR = new Uint8Array(65536);
const RE_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = WORD_CHAR[c];
  if (v === 0) {
    // Surrogate halves count as word characters: emoji and rare CJK stay inside words, not split apart.
    v = (c >= 0xd800 && c <= 0xdfff) || RE_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = v;
  }
  return v === 1;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x201b || c === 0x2032 || c === 96 || c === 0xb4;
}

/** The lower-case words of any title, in one pass over its characters (exported for the tests: see asciiWords). */
export function rawWords(title: string): string[] {
  const words: string[] = [];
  const lower = title.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) { if (start < 0) start = i; continue; }
    if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
    // "minor's", "minors’": the possessive s is not a word.
    if (isApostrophe(c) && lower.charCodeAt(i + 1) === 115 && !isWordChar(i + 2 < lower.length ? lower.charCodeAt(i + 2) : 32) && words.length) i++;
  }
  return words;
}

/** The suffixes the stemmer removes, first match wins; grouped by last character so a word tries only its own. */
const SUFFIXES = ['ation', 'ition', 'ion', 'ments', 'ment', 'ings', 'ing', 'ures', 'ure', 'ers', 'ed', 'ly', 'es', 'er', 's', 'e'];
const SUFFIXES_BY_LAST_CHAR = new Map<number, string[]>();
for (const suffix of SUFFIXES) {
  const c = suffix.charCodeAt(suffix.length - 1);
  SUFFIXES_BY_LAST_CHAR.set(c, [...(SUFFIXES_BY_LAST_CHAR.get(c) ?? []), suffix]);
}

/** Crude English stemmer: enough to equate "sharing"/"share", "disclosure"/"disclose", "minors'"/"minor". */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // "policies", "cookie", "modified" end as "policy", "cooky", "modify": a plural in -ies is its singular's word.
  const y = yEnding(w);
  if (y) return w.slice(0, -y) + 'y';
  // Short plurals ("SDKs", "apps") lose their s; longer words go through the suffix list.
  if (w.length <= 5 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  for (const suffix of SUFFIXES_BY_LAST_CHAR.get(w.charCodeAt(w.length - 1)) ?? []) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** How many letters at the end of `w` stand for a "y" (`-ies`, `-ied`: 3; `-ie`: 2), or 0. */
function yEnding(w: string): number {
  const n = w.length;
  if (n >= 6 && w.charCodeAt(n - 3) === 105 /* i */ && w.charCodeAt(n - 2) === 101 /* e */ && (w.charCodeAt(n - 1) === 115 /* s */ || w.charCodeAt(n - 1) === 100 /* d */)) return 3;
  return n >= 5 && w.charCodeAt(n - 2) === 105 && w.charCodeAt(n - 1) === 101 ? 2 : 0;
}

/** The meaningful words of a title, stemmed, in order (all its words if none is meaningful). CJK text is split into characters. */
export function titleWords(title: string): string[] {
  const key = asciiWords(title, true);
  return key !== undefined ? key.split(' ') : wordsOfAnyTitle(title);
}

/** titleWords read the general way, for any title: what asciiWords must agree with (exported for the tests). */
export function wordsOfAnyTitle(title: string): string[] {
  const out: string[] = [];
  const raws = rawWords(title);
  for (const raw of raws) {
    // Words longer than every stop word skip the lookup (and the hashing of a fresh string it costs).
    if (raw.length <= MAX_STOPWORD && STOPWORDS.has(raw)) continue;
    const c = raw.charCodeAt(0);
    if (c >= 0x3400 && /[\u3400-\u9fff]/.test(raw)) {
      for (const ch of raw) if (!STOPWORDS.has(ch)) out.push(ch);
    } else out.push(c < 128 ? stem(raw) : raw);
  }
  // A title of small words only ("Who We Are", "About Us") is those words: without them it would have no key, and
  // equal every other such title.
  return out.length > 0 ? out : raws;
}

/** A key under which titles that differ only in case, punctuation and small words are equal. */
export function titleKey(title: string): string {
  return asciiWords(title, true) ?? wordsOfAnyTitle(title).join(' ');
}

// The words of a title whose words are all ASCII, the common case, read in one pass into a buffer without making
// a string per word: titles are keyed for every short line of a policy (tables of contents, headings). Equal to
// wordsOfAnyTitle(title).join(' ') (the key) or rawWords(title).join(' '), which serve every other title
// (test/unit/titles.test.ts compares them).
// Only ASCII is written to the buffer: one byte per character, decoded into the key's string natively (building it
// with String.fromCharCode.apply made an argument list per key, twice the garbage).
const KEY_BUFFER = new Uint8Array(512);
/** Views of the buffer's first n bytes, by n, made once each. */
const KEY_VIEWS: Uint8Array[] = [];
const ASCII = new TextDecoder('latin1');
const STOPWORDS_BY_HASH = new Map<number, string[]>();
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
for (const w of STOPWORDS) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  STOPWORDS_BY_HASH.set(h, [...(STOPWORDS_BY_HASH.get(h) ?? []), w]);
}

/**
 * A title whose letters are all ASCII: its key (`reduce`: small words left out, words stemmed) or its lower-case
 * words. Undefined for any other title (a letter outside ASCII, or one longer than the buffer), and for a key of
 * small words only, which the general readers then read.
 */
function asciiWords(title: string, reduce: boolean): string | undefined {
  const n = title.length;
  const buf = KEY_BUFFER;
  if (n >= buf.length) return undefined;
  let length = 0; // of the key written so far
  let kept = 0; // meaningful words in it
  let words = 0; // words read, small ones too
  let start = -1; // where the current word is being written, or -1 between words
  let end = 0;
  let hash = 0;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? title.charCodeAt(i) : 32;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        // Written after the key and its separating space; kept there only if it is no small word.
        if (start < 0) { start = end = kept > 0 ? length + 1 : length; hash = 0; }
        buf[end++] = c;
        hash = hashStep(hash, c);
        continue;
      }
    } else if (isWordChar(c)) return undefined;
    if (start >= 0) {
      words++;
      if (!reduce || end - start > MAX_STOPWORD || !isStopword(buf, start, end, hash)) {
        if (kept > 0) buf[length] = 32;
        length = reduce ? stemmedEnd(buf, start, end) : end;
        kept++;
      }
      start = -1;
    }
    // "minor's": the possessive s is not a word (as in rawWords).
    if (isApostrophe(c) && i + 1 < n && (title.charCodeAt(i + 1) | 32) === 115 && !isWordChar(i + 2 < n ? title.charCodeAt(i + 2) : 32) && words > 0) i++;
  }
  if (kept === 0) return reduce ? undefined : '';
  return ASCII.decode(KEY_VIEWS[length] ??= buf.subarray(0, length));
}

function isStopword(buf: Uint8Array, start: number, end: number, hash: number): boolean {
  const candidates = STOPWORDS_BY_HASH.get(hash);
  if (!candidates) return false;
  // Plain loops here and below: this runs for every short word of every title, and allocates nothing.
  for (let k = 0; k < candidates.length; k++) if (candidates[k].length === end - start && sameChars(buf, start, candidates[k])) return true;
  return false;
}

function sameChars(buf: Uint8Array, at: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (buf[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Where the word buf[start, end) ends once stemmed (as stem does). */
function stemmedEnd(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 3) return end;
  const last = buf[end - 1];
  // (As yEnding reads a word: its "y" written in place.)
  const y = n >= 6 && buf[end - 3] === 105 && buf[end - 2] === 101 && (last === 115 || last === 100) ? 3 : n >= 5 && buf[end - 2] === 105 && last === 101 ? 2 : 0;
  if (y) { buf[end - y] = 121; return end - y + 1; }
  if (n <= 5 && last === 115 && buf[end - 2] !== 115) return end - 1;
  const suffixes = SUFFIXES_BY_LAST_CHAR.get(last);
  if (!suffixes) return end;
  for (let k = 0; k < suffixes.length; k++) {
    const suffix = suffixes[k];
    if (n - suffix.length >= 4 && sameChars(buf, end - suffix.length, suffix)) return end - suffix.length;
  }
  return end;
}

/** Dice coefficient of the two titles' word sets, 0..1. */
export function titleSimilarity(a: string, b: string): number {
  return similarityOfWords(a, new Set(titleWords(a)), b, new Set(titleWords(b)));
}

/** titleSimilarity of two titles whose word sets (`new Set(titleWords(title))`) the caller keeps. */
export function similarityOfWords(a: string, wa: ReadonlySet<string>, b: string, wb: ReadonlySet<string>): number {
  if (wa.size === 0 && wb.size === 0) return normalizeTitle(a) === normalizeTitle(b) ? 1 : 0;
  return wordSetSimilarity(wa, wb);
}

/** Dice coefficient of two word sets (for callers that keep the sets of titles they compare often). */
export function wordSetSimilarity(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (wa.size + wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Whether every word of title `part` is one of title `whole`'s ("Sharing" in "How we share, transfer and disclose…"). */
export function wordsWithin(part: string, whole: string): boolean {
  const words = new Set(titleWords(whole));
  return titleWords(part).every((w) => words.has(w));
}

/**
 * The same wording: equal words as written, in order, whatever their case, the punctuation and spacing between
 * them, `&` for "and" and character references for their characters ("Children’s Privacy" / "CHILDREN'S
 * PRIVACY", "Cookies &amp; Tracking" / "Cookies and Tracking"; not "Contact" / "Contact Us").
 */
export function sameWording(a: string, b: string): boolean {
  return a === b || wording(a) === wording(b);
}

function wording(title: string): string {
  return normalizeTitle(withCharacterReferences(title).normalize('NFKC').replace(/&/g, ' and '));
}

/** Same title for a reader: equal words, in any order ("SDK Description" / "Description of SDKs"). */
export function sameTitle(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.join(' ') === wb.join(' ')) return true;
  return wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ');
}
