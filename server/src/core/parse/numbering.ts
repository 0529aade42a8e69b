/**
 * Heading and list markers: `1.`, `1.Title`, `1 Title`, `1.2.1`, `IX.`, `(1)`, `(a)`, `A.`, `a)`, `Section 4.`,
 * `Article 12`, `Appendix 2:`, `【For APP】`, `一、`, `（一）`, `第一条`, `1、`, and bullets.
 *
 * A marker knows its counter (Arabic, Roman, letters, Chinese numerals), its decoration (the punctuation around
 * the number) and its value, so that siblings can be compared whatever the style.
 */

/** `cjk-formal`: the financial numerals (`壹、` `貳、` `參、`) that Taiwanese and some mainland documents number their top level with. */
export type CounterKind = 'arabic' | 'roman-upper' | 'roman-lower' | 'alpha-upper' | 'alpha-lower' | 'cjk' | 'cjk-formal' | 'none';

/** How the number is dressed: `1.` dot, `1 ` space, `(1)` paren, `1)` half-paren, `1、` dun, `1.2.1` multi… */
export type Decoration = 'dot' | 'space' | 'paren' | 'half-paren' | 'dun' | 'chapter' | 'keyword' | 'multi' | 'bracket' | 'bullet' | 'enclosed' | 'square';

export interface Marker {
  /** The marker as written, without surrounding spaces: `1.`, `(a)`, `Appendix 2:`, `第一条`. */
  readonly text: string;
  /** The number as a reader names it: `1`, `(a)`, `IX`, `Appendix 2`, `1.2.1`, `第一条`. */
  readonly label: string;
  readonly kind: CounterKind;
  readonly decoration: Decoration;
  /** Lower-case keyword for `Section`/`Article`/`Appendix`… or the Chinese unit (`条`, `章`). */
  readonly keyword?: string;
  /** Numeric value of every level: `[1, 2, 1]` for `1.2.1`, `[9]` for `IX`. */
  readonly path: readonly number[];
  /** Value of the last level. */
  readonly value: number;
  /** A second reading of an ambiguous marker (`I.` Roman one or letter nine; `(i)` likewise). */
  readonly alt?: { readonly kind: CounterKind; readonly value: number };
  /** Characters from the marker's start to the title's start (marker plus following spaces). */
  readonly length: number;
  /** The capital letter a multi-level number starts with (`B` of `B.1`, under "Section B"), its value path[0]. */
  readonly head?: string;
}

/** Every field a number may have, as sameMarker compares them (a unit test checks that numbers have no others). */
export const MARKER_FIELDS = ['text', 'label', 'kind', 'decoration', 'keyword', 'path', 'value', 'alt', 'length', 'head'] as const;

/** Whether two numbers are the same, field by field (the same object, or equal values). */
export function sameMarker(a: Marker | undefined, b: Marker | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.text !== b.text || a.label !== b.label || a.kind !== b.kind || a.decoration !== b.decoration || a.keyword !== b.keyword
    || a.value !== b.value || a.length !== b.length || a.head !== b.head || a.path.length !== b.path.length) return false;
  for (let k = 0; k < a.path.length; k++) if (a.path[k] !== b.path[k]) return false;
  return a.alt === b.alt || (!!a.alt && !!b.alt && a.alt.kind === b.alt.kind && a.alt.value === b.alt.value);
}

export const APPENDIX_KEYWORDS = new Set(['appendix', 'annex', 'schedule', 'exhibit', 'attachment', '附录', '附件']);
/** Keywords of the divisions that hold articles and sections. */
const CONTAINER_KEYWORDS = new Set(['part', 'chapter']);

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function romanValue(s: string): number | undefined {
  const up = s.toUpperCase();
  if (!ROMAN.test(up)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = values[up[i]];
    const next = values[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

const CJK_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function cjkValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CJK_DIGITS) { digit = CJK_DIGITS[ch]; seen = true; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; seen = true; }
    else if (ch === '百') { total += (digit || 1) * 100; digit = 0; seen = true; }
    else return undefined;
  }
  return seen ? total + digit : undefined;
}

/** The financial numerals (traditional and simplified), each followed by the numeral it stands for. */
const FORMAL_PAIRS = '壹一贰二貳二叁三参三參三肆四伍五陆六陸六柒七捌八玖九拾十佰百';
/** The financial numerals alone (`壹贰貳…`), for patterns and character tests. */
export const FORMAL_NUMERALS = FORMAL_PAIRS.replace(/(.)./g, '$1');
const FORMAL_TO_PLAIN = new Map<string, string>();
const PLAIN_TO_FORMAL = new Map<string, string>();
for (let k = 0; k < FORMAL_PAIRS.length; k += 2) {
  FORMAL_TO_PLAIN.set(FORMAL_PAIRS[k], FORMAL_PAIRS[k + 1]);
  // (The traditional forms, listed after the simplified, are the ones written.)
  PLAIN_TO_FORMAL.set(FORMAL_PAIRS[k + 1], FORMAL_PAIRS[k]);
}

/** The value of a number written in financial numerals (`參` 3, `拾壹` 11): read as the same number in plain ones. */
function formalValue(s: string): number | undefined {
  let plain = '';
  for (const ch of s) plain += FORMAL_TO_PLAIN.get(ch) ?? ch;
  return cjkValue(plain);
}

/** `n` in financial numerals (`參`, `拾壹`). */
function toFormal(n: number): string {
  return toCjk(n).replace(/./g, (ch) => PLAIN_TO_FORMAL.get(ch) ?? ch);
}

export function toCjk(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

const SPACE = '[ \\t\\u00a0\\u3000]';
const CJK_NUM = '[一二三四五六七八九十百零〇两]';

// Each pattern is anchored, has bounded repetitions and no nested quantifiers, so it runs in time linear in the
// (short) prefix it is given.
const RE_CHAPTER = new RegExp(`^第${SPACE}*(${CJK_NUM}{1,6}|\\d{1,3})${SPACE}*(条|章|节|部分|款|篇)${SPACE}*`);
/** Korean articles and chapters: `제1조`, `제2장`, `제3절`. */
const RE_KOREAN_CHAPTER = new RegExp(`^제${SPACE}*(\\d{1,3})${SPACE}*(조|장|절)${SPACE}*`);
/** Numbers written as words after a keyword ("Part One", "Chapter Twelve"), their values by position. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
// A number of one letter stands apart from the word: one joined to it is a plural or another word ("Parts of this
// policy", "Sections 2 and 3", "Articles of association").
// Also the words of German, Dutch, French, Spanish, Italian and Portuguese policies, and their ordinals (`1er`, `1.º`).
/** Russian sections and clauses, in the cases a reference puts them in ("в разделе 3", "согласно пункту 2.1"). */
export const RUSSIAN_UNIT_WORDS = '[Рр]аздел(?:а|е|у|ом)?|[Пп]ункт(?:а|е|у|ом)?';
const RE_KEYWORD = new RegExp(
  `^(section|article|clause|part|chapter|appendix|annex|schedule|exhibit|attachment|附录|附件|§|` +
  `artikel|art[íi]culo|articolo|artigo|kapitel|cap[íi]tulo|capitolo|chapitre|hoofdstuk|abschnitt|secci[óo]n|sezione|sec[çc][ãa]o|se[çc][ãa]o|` +
  // "Art. 1" (as Italian, Spanish and Polish policies shorten it), "Sec. 1" (as American statutes and contracts do),
  // Portuguese, Turkish, Indonesian (chapters `BAB I` holding articles `Pasal 1`), Vietnamese and Polish.
  `art\\.|sec\\.|cl[áa]usula|madde|pasal|bab|[đd]i[ềe]u|rozdzia[łl]|` +
  `${RUSSIAN_UNIT_WORDS})${SPACE}*` +
  `(\\d{1,3}(?:\\.\\d{1,3}){0,3}(?:\\.?[ºª°]|er)?|${NUMBER_WORDS.join('|')}|[IVXLC]{2,6}|(?<=${SPACE})[A-Z]|${CJK_NUM}{1,4})(?![\\p{L}\\p{N}])${SPACE}*([.:：\\-–—]?)${SPACE}*`, 'iu');
/** The English keyword a policy's word stands for, written without accents: the kinds of unit are told by it. */
const KEYWORD_ALIASES: Record<string, string> = {
  artikel: 'article', articulo: 'article', articolo: 'article', artigo: 'article',
  kapitel: 'chapter', capitulo: 'chapter', capitolo: 'chapter', chapitre: 'chapter', hoofdstuk: 'chapter',
  abschnitt: 'section', seccion: 'section', sezione: 'section', seccao: 'section', secao: 'section',
  'art.': 'article', 'sec.': 'section', bab: 'chapter', clausula: 'clause', madde: 'article', pasal: 'article', đieu: 'article', dieu: 'article', rozdział: 'chapter', rozdzial: 'chapter',
  // Russian words by their first five letters, whatever their case ending ("разделе", "пункту").
  разде: 'section', пункт: 'clause',
};
/** The word in lower case without its accents (`Sección` → `seccion`, `secção` → `seccao`). */
function withoutAccents(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
const RE_ORDINAL_END = /(?:\.?[ºª°]|er)$/;
// A dash may set the title apart (`2.1 - Account data`): no part of the number as written, nor of its title.
const DASH_AFTER = `(?:[-–—]${SPACE}+(?=[^\\s\\d]))?`;
// Its closing mark as the sections' (`2.1.`, `2.1:`, `2.1)`) is part of it.
const RE_MULTI = new RegExp(`^(\\d{1,3}(?:[.．]\\d{1,3}){1,7}[.．:：)）]?)(?![\\d.．])${SPACE}*${DASH_AFTER}`);
// `1.`, `1、` and `1:` (as some policies number their sections, "1: Introduction").
// `A.1`, `B.2.1`: the sections of a part or appendix numbered by its letter.
const RE_LETTER_MULTI = new RegExp(`^(([A-Z])[.．](\\d{1,3}(?:[.．]\\d{1,3}){0,6})[.．]?)(?![\\d.．])${SPACE}*${DASH_AFTER}`);
// `1.a`, `2.b)`, `1(a)`: the items of section 1 and 2 lettered, a letter after the number (a Roman numeral of one
// letter reads as a letter: `1.i` follows `1.h`); `1(ii)`: numbered with a Roman numeral in parentheses.
const RE_MULTI_LETTER = new RegExp(`^(\\d{1,3}(?:[.．]\\d{1,3}){0,5})(?:[.．]([a-zA-Z])(?![\\p{L}\\p{N}])[.．)）]?|[(（]([a-z]|[ivx]{2,5})[)）])(?:${SPACE}+|$)`, 'u');
const RE_ARABIC_DOT = new RegExp(`^(\\d{1,3})([.．、:：])(?![\\d])${SPACE}*`);
const RE_ARABIC_SPACE = new RegExp(`^(\\d{1,2})${SPACE}+(?=[A-Z\\u4e00-\\u9fff"“'‘])`);
// `1 - Introduction`, `IV – VOS DROITS`: a number set off from its title by a dash.
// Not a range ("3 - 5 days"): a title starts after the dash.
const RE_DASHED = new RegExp(`^(\\d{1,3}|[IVXLC]{1,6})${SPACE}*[-–—]${SPACE}+(?=[^\\s\\d])`);
const RE_CJK_DUN = new RegExp(`^(${CJK_NUM}{1,4})([、.．])${SPACE}*`);
const RE_FORMAL_DUN = new RegExp(`^([${FORMAL_NUMERALS}零]{1,4})([、.．])${SPACE}*`);
const RE_SQUARE = new RegExp(`^(?:\\[${SPACE}*(\\d{1,3})${SPACE}*\\]|【${SPACE}*(\\d{1,3})${SPACE}*】)${SPACE}*(?=[^\\s:(\\[])`);
// (Roman numerals of their own characters too: `（Ⅱ）`, `(ⅲ)`.)
const RE_PAREN = new RegExp(`^[(（]${SPACE}*(\\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|${CJK_NUM}{1,4}|[\\u2160-\\u216b\\u2170-\\u217b])${SPACE}*[)）]${SPACE}*`);
// `1) Scope`, and without the space before a capital or a Chinese character (`1）我们如何收集`, `a)Account`).
// Letters and Roman numerals in either case (`a)`, `A)`, `iii)`, `II)`), and a slash as French policies write it
// (`1/ Qui sommes-nous ?`), a space after it.
const RE_HALF_PAREN = new RegExp(`^(\\d{1,3}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})(?:[)）](?:${SPACE}+|(?=[A-Z\\u4e00-\\u9fff"“]))|/${SPACE}+(?=\\S))`);
// Alone on its line too (`II.`, its title on the next line).
const RE_LETTER_DOT = new RegExp(`^([A-Za-z]|[IVXLCDM]{1,6}|[ivxlcdm]{1,6})[.．](?![\\p{L}][.．])${SPACE}*(?=\\S|$)`, 'u');
const RE_BRACKET = /^【([^】\n]{1,60})】[ \t\u3000]*$/;
// Roman numerals of their own characters (`Ⅳ.`, `ⅱ、`), as Chinese and Japanese documents write them: one
// character for each of 1 to 12, upper case from U+2160, lower case from U+2170.
const RE_ROMAN_CHAR = new RegExp(`^([\\u2160-\\u216b\\u2170-\\u217b])(?:([.．、])${SPACE}*|${SPACE}+(?=[A-Z\\u4e00-\\u9fff"“'‘]))`);
// Numbers of one character each, as Chinese and Japanese documents write them: circled ①–⑳ (U+2460), in
// parentheses ⑴–⒇ (U+2474), with a full stop ⒈–⒛ (U+2488).
const RE_ENCLOSED = new RegExp(`^([\\u2460-\\u249b])[.．、]?${SPACE}*`);
/** The first character of the series of one-character numbers that `c` belongs to. */
function enclosedBase(c: number): number {
  return c >= 0x2488 ? 0x2488 : c >= 0x2474 ? 0x2474 : 0x2460;
}
// `・` (U+30FB) as Japanese lists write it. Lists pasted from Word keep its bullets as characters of the Symbol and
// Wingdings fonts, in the private use area (U+F0B7 `•`, U+F0A7 `▪`, U+F0D8 `➢`, U+F076 `❖`, U+F0FC `✓`, U+F06E `■`),
// and its second-level `o` (of Courier New) before a tab.
const RE_BULLET = new RegExp(`^(?:[·•●○◦▪■□◆◇►▶➢✓・★☆\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e]|[-*+–—](?=${SPACE})|o(?=\t))${SPACE}*`);

function letterValue(ch: string): number {
  return ch.toLowerCase().charCodeAt(0) - 96;
}

/**
 * Reads a marker at the start of `s` (already left-trimmed). Returns undefined for plain text.
 * Only the first few dozen characters matter; callers may pass a prefix of a long line.
 */
/**
 * The levels of a written number (`1.2` → [1, 2], `１．２` too). `2.0` numbers the top-level section 2 (whose
 * sub-sections are `2.1`, `2.2`): the trailing zeros add no level, in a heading or a reference ("see section 2.0").
 */
export function numberPath(written: string): number[] {
  const path = written.split(/[.．]/).map(Number);
  while (path.length > 1 && path[path.length - 1] === 0) path.pop();
  return path;
}

export function parseMarker(s: string): Marker | undefined {
  const m = readMarker(s);
  return m && fullMarker(m);
}

/**
 * A marker with every field of one, those it does not have undefined: markers written with and without a keyword,
 * an alternative reading or a head, in differing orders, took several hidden classes in V8, and the passes reading
 * them were compiled again each time a new one came by.
 */
function fullMarker(m: Marker): Marker {
  return { text: m.text, label: m.label, kind: m.kind, decoration: m.decoration, keyword: m.keyword, path: sharedPath(m.path), value: m.value, alt: m.alt, length: m.length, head: m.head };
}

/** One array for each path of one small value, shared by the numbers that have it (paths are never changed). */
const ONE_LEVEL_PATHS: (readonly number[])[] = Array.from({ length: 256 }, (_, value) => [value]);

/** A path of one small value as the shared array of that value (a long policy has tens of thousands of numbers). */
function sharedPath(path: readonly number[]): readonly number[] {
  return path.length === 1 && Number.isInteger(path[0]) && path[0] >= 0 && path[0] < ONE_LEVEL_PATHS.length ? ONE_LEVEL_PATHS[path[0]] : path;
}

function readMarker(s: string): Marker | undefined {
  if (s.length === 0) return undefined;
  const c = s.charCodeAt(0);
  let m: RegExpExecArray | null;
  // Full-width digits (`１．個人情報の取得`, `（２）`), as Japanese and Chinese documents write them: read as ASCII
  // digits, which take as many characters; the marker keeps them as written.
  // (Also after the article's 第 or 제: `第１条（目的）`.)
  if (isWideDigit(c) || ((c === 40 || c === 0xff08 || c === 0x7b2c || c === 0xc81c) && isWideDigit(s.charCodeAt(1)))) {
    const marker = parseMarker(s.slice(0, 24).replace(RE_WIDE_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - WIDE_DIGIT_OFFSET)));
    if (!marker) return undefined;
    const text = s.slice(0, marker.text.length);
    // (An article's label is its text, `第５条`, as written.)
    return { ...marker, text, label: marker.decoration === 'chapter' ? text : marker.label };
  }

  if ((c === 0x7b2c /* 第 */ && (m = RE_CHAPTER.exec(s))) || (c === 0xc81c /* 제 */ && (m = RE_KOREAN_CHAPTER.exec(s)))) {
    const value = cjkValue(m[1]);
    if (value !== undefined) {
      const text = m[0].trimEnd();
      return { text, label: text, kind: /\d/.test(m[1]) ? 'arabic' : 'cjk', decoration: 'chapter', keyword: m[2], path: [value], value, length: m[0].length };
    }
  }
  if (c === 0x3010 /* 【 */ && (m = RE_BRACKET.exec(s))) {
    return { text: '', label: '', kind: 'none', decoration: 'bracket', path: [], value: 0, length: 0 };
  }
  if (mayStartKeyword(c) && (m = RE_KEYWORD.exec(s))) {
    const plain = withoutAccents(m[1]);
    const keyword = KEYWORD_ALIASES[plain] ?? KEYWORD_ALIASES[plain.slice(0, 5)] ?? m[1].toLowerCase();
    // `1er`, `1.º`: the ordinal's ending is no part of the number.
    const raw = /^\d/.test(m[2]) ? m[2].replace(RE_ORDINAL_END, '') : m[2];
    let kind: CounterKind = 'arabic';
    let path: number[];
    const word = NUMBER_WORDS.indexOf(raw.toLowerCase()) + 1;
    if (/^\d/.test(raw)) path = numberPath(raw);
    else if (word > 0) path = [word];
    else if (romanValue(raw) !== undefined && (raw.length > 1 || 'IVX'.includes(raw))) { kind = 'roman-upper'; path = [romanValue(raw)!]; }
    else if (/^[A-Za-z]$/.test(raw)) { kind = 'alpha-upper'; path = [letterValue(raw)]; }
    else { kind = 'cjk'; path = [cjkValue(raw) ?? 0]; }
    const name = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
    const number = word > 0 ? raw[0].toUpperCase() + raw.slice(1).toLowerCase() : raw;
    const label = /[\u4e00-\u9fff]/.test(m[1]) ? `${m[1]}${raw}` : `${name} ${number}`;
    const text = m[0].trimEnd();
    return { text, label, kind, decoration: 'keyword', keyword, path, value: path[path.length - 1], length: m[0].length };
  }
  if (c >= 48 && c <= 57) {
    m = RE_MULTI_LETTER.exec(s);
    const roman = m?.[3] && /^[ivx]+$/.test(m[3]) ? romanValue(m[3]) : undefined;
    // (Letters in parentheses that make no Roman numeral, `1(vvv)`, number nothing.)
    if (m && (roman !== undefined || m[3] === undefined || m[3].length === 1)) {
      const letter = m[2] ?? m[3];
      // In parentheses, `(ii)` is a Roman numeral, and so are `(i)`, `(v)` and `(x)` unless the letter before them
      // says otherwise (`1(h)` then `1(i)`, see resolveAmbiguous).
      const value = roman ?? letterValue(letter);
      const path = [...m[1].split(/[.．]/).map(Number), value];
      const kind: CounterKind = roman !== undefined ? 'roman-lower' : letter <= 'Z' ? 'alpha-upper' : 'alpha-lower';
      const alt = roman !== undefined && letter.length === 1 ? { kind: 'alpha-lower' as const, value: letterValue(letter) } : undefined;
      return { text: m[0].trimEnd(), label: `${m[1].replace(/．/g, '.')}${m[2] ? `.${letter}` : `(${letter})`}`, kind, decoration: 'multi', path, value, alt, length: m[0].length };
    }
    if ((m = RE_MULTI.exec(s))) {
      const number = m[1].replace(RE_MULTI_CLOSE, '');
      const path = numberPath(number);
      return { text: m[1], label: number.replace(/．/g, '.'), kind: 'arabic', decoration: 'multi', path, value: path[path.length - 1], length: m[0].length };
    }
    if ((m = RE_ARABIC_DOT.exec(s))) {
      const value = Number(m[1]);
      return { text: m[1] + m[2], label: m[1], kind: 'arabic', decoration: m[2] === '、' ? 'dun' : 'dot', path: [value], value, length: m[0].length };
    }
    if ((m = RE_HALF_PAREN.exec(s))) {
      const value = Number(m[1]);
      return { text: m[0].trimEnd(), label: m[0].trimEnd(), kind: 'arabic', decoration: 'half-paren', path: [value], value, length: m[0].length };
    }
    if ((m = RE_ARABIC_SPACE.exec(s))) {
      const value = Number(m[1]);
      return { text: m[1], label: m[1], kind: 'arabic', decoration: 'space', path: [value], value, length: m[0].length };
    }
    if ((m = RE_DASHED.exec(s))) return dashedMarker(m);
    return undefined;
  }
  // `[1] Scope`, and `【1】Scope` as Chinese policies write it: not a Markdown link's reference (`[1]: https://…`,
  // `[1](…)`).
  if ((c === 91 || c === 0x3010) && (m = RE_SQUARE.exec(s))) return counterMarker(m, m[1] ?? m[2], 'square');
  if (c === 40 || c === 0xff08) {
    // "(206) 555-0100" is a telephone number: digits in brackets followed by more digits number nothing.
    if ((m = RE_PAREN.exec(s)) && !(/^\d/.test(m[1]) && /^\d/.test(s.slice(m[0].length)))) return counterMarker(m, m[1], 'paren');
    return undefined;
  }
  if (c >= 0x2460 && c <= 0x249b && (m = RE_ENCLOSED.exec(s))) {
    const value = c - enclosedBase(c) + 1;
    return { text: m[0].trimEnd(), label: m[1], kind: 'arabic', decoration: 'enclosed', path: [value], value, length: m[0].length };
  }
  if (c >= 0x2160 && c <= 0x217b && (m = RE_ROMAN_CHAR.exec(s))) {
    const upper = c <= 0x216b;
    const value = c - (upper ? 0x2160 : 0x2170) + 1;
    const punctuation = m[2] ?? '';
    const decoration: Decoration = punctuation === '、' ? 'dun' : punctuation ? 'dot' : 'space';
    return { text: m[1] + punctuation, label: m[1], kind: upper ? 'roman-upper' : 'roman-lower', decoration, path: [value], value, length: m[0].length };
  }
  if (c >= 0x4e00 && c <= 0x9fff && (m = RE_CJK_DUN.exec(s))) {
    const value = cjkValue(m[1]);
    if (value !== undefined) return { text: m[1] + m[2], label: m[1], kind: 'cjk', decoration: 'dun', path: [value], value, length: m[0].length };
  }
  if (c >= 0x4e00 && c <= 0x9fff && (m = RE_FORMAL_DUN.exec(s))) {
    const value = formalValue(m[1]);
    if (value !== undefined) return { text: m[1] + m[2], label: m[1], kind: 'cjk-formal', decoration: 'dun', path: [value], value, length: m[0].length };
  }
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && mayBeLetterMarker(s, c)) {
    if (c <= 90 && (m = RE_LETTER_MULTI.exec(s))) {
      const path = [letterValue(m[2]), ...m[3].split(/[.．]/).map(Number)];
      return { text: m[1], label: `${m[2]}.${m[3].replace(/．/g, '.')}`, kind: 'arabic', decoration: 'multi', path, value: path[path.length - 1], length: m[0].length, head: m[2] };
    }
    if ((m = RE_HALF_PAREN.exec(s))) return counterMarker(m, m[1], 'half-paren');
    if ((m = RE_LETTER_DOT.exec(s))) {
      const rest = s.slice(m[0].length);
      // "e.g.", "U.S." and initials are not markers.
      if (/^[\p{L}][.．]/u.test(rest)) return undefined;
      if (m[1].length === 1 && /^[a-z]/.test(m[1]) && m[0].length === 2) return undefined; // "a.b" without space
      return counterMarker(m, m[1], 'dot');
    }
    if ((m = RE_DASHED.exec(s))) return dashedMarker(m);
  }
  return undefined;
}

/** Full-width digits ０–９ (U+FF10–U+FF19), and how far they stand from ASCII's. */
const RE_WIDE_DIGIT = /[\uff10-\uff19]/g;
const WIDE_DIGIT_OFFSET = 0xff10 - 48;
function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** A number set off by a dash: written as the number alone (renumbering keeps the dash), its title after the dash. */
function dashedMarker(m: RegExpExecArray): Marker | undefined {
  const marker = counterMarker(m, m[1], 'space');
  return marker && { ...marker, text: m[1], label: m[1] };
}

// Cheap tests on the first characters that let most lines of prose skip the patterns (every body line starts here).
/** Whether a keyword marker can start with this character: `section`, `article`, `clause`, `part`, `chapter`,
 * `appendix`, `annex`, `schedule`, `exhibit`, `attachment` (either case), `附录`, `附件`, `§`, and the words of other
 * languages (see RE_KEYWORD). */
function mayStartKeyword(c: number): boolean {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return lower === 115 || lower === 97 || lower === 99 || lower === 112 || lower === 101 || lower === 107 /* kapitel */ || lower === 104 /* hoofdstuk */ || c === 0x9644 /* 附 */ || c === 0xa7 /* § */
    || lower === 109 /* madde */ || lower === 98 /* bab */ || lower === 100 || c === 0x110 || c === 0x111 /* điều */ || lower === 114 /* rozdział */
    || c === 0x420 || c === 0x440 || c === 0x41f || c === 0x43f /* раздел, пункт */;
}

/** Whether a line starting with the letter `c` can start with a letter or Roman numeral marker (`a)`, `B.`, `iv)`, `XII.`). */
function mayBeLetterMarker(s: string, c: number): boolean {
  const next = s.charCodeAt(1);
  if (next === 46 /* . */ || next === 41 /* ) */ || next === 0xff0e /* ． */ || next === 0xff09 /* ） */) return true;
  const upper = c >= 97 ? c - 32 : c;
  // I V X L C D M: the start of a Roman numeral of several characters.
  return upper === 73 || upper === 86 || upper === 88 || upper === 76 || upper === 67 || upper === 68 || upper === 77;
}

function counterMarker(m: RegExpExecArray, raw: string, decoration: Decoration): Marker | undefined {
  const text = m[0].trimEnd();
  const label = decoration === 'dot' ? raw : text;
  const length = m[0].length;
  const make = (kind: CounterKind, value: number, alt?: Marker['alt']): Marker => (alt
    ? { text, label, decoration, length, kind, path: [value], value, alt }
    : { text, label, decoration, length, kind, path: [value], value });
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return make('arabic', Number(raw));
  if (c >= 0x2160 && c <= 0x217b) return c <= 0x216b ? make('roman-upper', c - 0x2160 + 1) : make('roman-lower', c - 0x2170 + 1);
  if (c >= 0x4e00) {
    const cjk = cjkValue(raw);
    return cjk === undefined ? undefined : make('cjk', cjk);
  }
  const upper = c >= 65 && c <= 90;
  if (raw.length === 1) {
    const letter = letterValue(raw);
    const alphaKind: CounterKind = upper ? 'alpha-upper' : 'alpha-lower';
    const romanKind: CounterKind = upper ? 'roman-upper' : 'roman-lower';
    // I, V and X read as Roman numerals unless the neighbours say otherwise; C, D, L, M as letters.
    const single = ROMAN_SINGLE[raw.toUpperCase()];
    if (single !== undefined && 'IVXivx'.includes(raw)) return make(romanKind, single, { kind: alphaKind, value: letter });
    if (single !== undefined) return make(alphaKind, letter, { kind: romanKind, value: single });
    return make(alphaKind, letter);
  }
  const roman = romanValue(raw);
  if (roman === undefined) return undefined;
  return make(upper ? 'roman-upper' : 'roman-lower', roman);
}

const ROMAN_SINGLE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Length of a bullet prefix (`·`, `•`, `- `…) at the start of `s`, or 0. */
export function bulletLength(s: string): number {
  // The only ASCII bullets are `-`, `*`, `+` and Word's `o` before a tab: a line starting with any other ASCII
  // character has none.
  const c = s.charCodeAt(0);
  if (c < 128 && c !== 45 && c !== 42 && c !== 43 && !(c === 111 && s.charCodeAt(1) === 9)) return 0;
  const m = RE_BULLET.exec(s);
  return m ? m[0].length : 0;
}

/** Title of a bracket heading such as `【For APP】`. */
export function bracketTitle(s: string): string | undefined {
  const m = RE_BRACKET.exec(s);
  return m ? m[0].trim() : undefined;
}

/** Counters that can continue each other's sequence at one level (a policy that writes `IV.` then `5.`). */
function counterFamily(kind: CounterKind): string {
  return kind === 'arabic' || kind === 'roman-upper' || kind === 'roman-lower' || kind === 'cjk' ? 'number' : kind;
}

/** Key of a marker's exact style: two markers with the same key are written the same way. */
export function styleKey(m: Marker): string {
  if (m.decoration === 'keyword' || m.decoration === 'chapter') return `${m.decoration}:${m.keyword}`;
  if (m.decoration === 'multi') return `multi:${m.head ? 'letter:' : ''}${m.kind === 'arabic' ? '' : `${m.kind}:`}${m.path.length}`;
  if (m.decoration === 'bracket') return 'bracket';
  if (m.decoration === 'enclosed') return `enclosed:${enclosedBase(m.text.charCodeAt(0)).toString(16)}`;
  return `${m.decoration}:${m.kind}`;
}

/** Whether two markers are written the same way (equal styleKey), compared without building the keys. */
export function sameStyle(a: Marker, b: Marker): boolean {
  if (a.decoration !== b.decoration) return false;
  if (a.decoration === 'keyword' || a.decoration === 'chapter') return a.keyword === b.keyword;
  if (a.decoration === 'multi') return a.path.length === b.path.length && !a.head === !b.head && a.kind === b.kind;
  if (a.decoration === 'enclosed') return enclosedBase(a.text.charCodeAt(0)) === enclosedBase(b.text.charCodeAt(0));
  return a.decoration === 'bracket' || a.kind === b.kind;
}

/** Key of a marker's decoration and counter family: `5.` and `IV.` share it; `(5)` does not. */
/** Chinese and Korean words of the divisions that hold sections: 章 (chapter), 部分 (part), 篇, 장 (chapter). */
const CJK_CONTAINER_WORDS = new Set(['章', '部分', '篇', '장']);

/** A part or a chapter (`Part 2`, `CHAPTER II`, `第二部分`, `第三章`): a division that holds sections. */
export function isContainerMarker(m: Marker): boolean {
  return (m.decoration === 'keyword' && CONTAINER_KEYWORDS.has(m.keyword!)) || (m.decoration === 'chapter' && CJK_CONTAINER_WORDS.has(m.keyword!));
}

export function familyKey(m: Marker): string {
  // "Article 3" then "Section 4": units of the same document level, whatever the word. Parts and chapters hold
  // them ("CHAPTER II" then "Article 3", numbered on from the articles of chapter I, opens chapter II's first).
  if (m.decoration === 'keyword' && !APPENDIX_KEYWORDS.has(m.keyword!) && !CONTAINER_KEYWORDS.has(m.keyword!) && m.path.length === 1) return 'keyword:unit';
  if (m.decoration === 'keyword' || m.decoration === 'chapter' || m.decoration === 'multi' || m.decoration === 'bracket' || m.decoration === 'enclosed') return styleKey(m);
  const deco = m.decoration === 'space' || m.decoration === 'dun' ? 'dot' : m.decoration;
  return `${deco}:${counterFamily(m.kind)}`;
}

/** The levels of a multi-level number above its last, as written: `[1, 2]` of `1.2.3`, `['B']` of `B.1`. */
export function multiPrefix(m: Marker): readonly (string | number)[] {
  return m.head ? [m.head, ...m.path.slice(1, -1)] : m.path.slice(0, -1);
}

/**
 * Whether `parent` numbers the section that multi-level number `m` is a sub-section of: `1.2` of `1.2.3`, `1.` of
 * `1.1`, `IV.` of `4.1`; for `B.1`, the letter B (`B.`, `Section B`, `Appendix B`) or `B.2` of `B.2.1`.
 */
export function isParentNumber(parent: Marker, m: Marker): boolean {
  if (m.decoration !== 'multi' || parent.path.length !== m.path.length - 1) return false;
  if (m.head) {
    if (parent.decoration === 'multi') return parent.head === m.head && parent.path.every((v, k) => v === m.path[k]);
    return parent.kind === 'alpha-upper' && parent.value === m.path[0];
  }
  // Not a number in brackets or circled (`(ii)`, `②`): an item's, not a section's whose sub-sections are `2.1`, `2.2`.
  return !parent.head && (parent.kind === 'arabic' || parent.kind.startsWith('roman')) && !ITEM_DECORATIONS.has(parent.decoration)
    && parent.path.every((v, k) => v === m.path[k]);
}
const ITEM_DECORATIONS: ReadonlySet<Decoration> = new Set(['paren', 'enclosed', 'square', 'bullet']);

/** The marker read with its alternative counter (`I.` as the letter after `H.`). */
export function withAlternative(m: Marker): Marker | undefined {
  if (!m.alt) return undefined;
  return { ...m, kind: m.alt.kind, value: m.alt.value, path: [...m.path.slice(0, -1), m.alt.value], alt: { kind: m.kind, value: m.value } };
}

/** Writes value `n` in a marker's counter. */
export function formatCounter(kind: CounterKind, n: number): string {
  switch (kind) {
    case 'roman-upper': return toRoman(n);
    case 'roman-lower': return toRoman(n).toLowerCase();
    case 'alpha-upper': return n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : String(n);
    case 'alpha-lower': return n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : String(n);
    case 'cjk': return toCjk(n);
    case 'cjk-formal': return toFormal(n);
    default: return String(n);
  }
}

/** The marker text for value `n` in the same style as `m` (`IX.` → `X.`, `(3)` → `(4)`, `1.2` → `1.3`). */
/** What a number is written with before its title: a space, but none after Chinese numbering's own marks ("二、", "（三）"). */
export function spaceAfterMarker(written: string): string {
  return /[、）]$/.test(written) ? '' : ' ';
}

export function markerWithValue(m: Marker, n: number): string {
  // (`１．２．` → `１．３．`: full-width stops stay so too.)
  const written = m.decoration === 'multi' && m.text.includes('．') ? writtenWithValue(m, n).replace(/\./g, '．') : writtenWithValue(m, n);
  // `１．` → `２．`: digits written full-width stay so.
  return /[\uff10-\uff19]/.test(m.text) ? written.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + WIDE_DIGIT_OFFSET)) : written;
}

const RE_ROMAN_NUMERAL_CHAR = /[\u2160-\u217b]/;

/** The number `n` as `m` writes its own (`Ⅸ.` → `Ⅹ`, `IX.` → `X`, `(c)` → `d`): without its stop or brackets. */
export function counterWithValue(m: Marker, n: number): string {
  // `Ⅸ.` → `Ⅹ.`, `（Ⅱ）` → `（Ⅲ）`: a numeral written as one character stays one, as far as those go (12).
  const first = m.text.charCodeAt(m.decoration === 'paren' ? m.text.search(RE_ROMAN_NUMERAL_CHAR) : 0);
  const romanChar = first >= 0x2160 && first <= 0x217b && n >= 1 && n <= 12 ? String.fromCharCode((first <= 0x216b ? 0x2160 : 0x2170) + n - 1) : undefined;
  return romanChar ?? formatCounter(m.kind, n);
}

/** The mark closing a multi-level number (`2.1.`, `2.1)`). */
const RE_MULTI_CLOSE = /[.．:：)）]$/;

function writtenWithValue(m: Marker, n: number): string {
  const counter = counterWithValue(m, n);
  switch (m.decoration) {
    // `2.0` keeps its written zeros: the next is `3.0`.
    // `1(a)` → `1(b)`.
    // `2.1.` → `2.2.`, `2.1)` → `2.2)`: its closing mark stays.
    case 'multi': return m.label.endsWith(')') ? `${multiPrefix(m).join('.')}(${counter})` : [...multiPrefix(m), counter, ...new Array<number>(Math.max(0, m.label.split('.').length - m.path.length)).fill(0)].join('.') + (RE_MULTI_CLOSE.exec(m.text)?.[0] ?? '');
    // Only the number after the keyword changes, written or not with a space (`Section 4.`, `§1`, `附录一`).
    case 'keyword': {
      // "Part One" → "Part Two", in the same case.
      const word = /([A-Za-z]+)(\s*[.:：\-–—]?)$/.exec(m.text);
      if (word && NUMBER_WORDS.includes(word[1].toLowerCase()) && n >= 1 && n <= NUMBER_WORDS.length) {
        const w = NUMBER_WORDS[n - 1];
        const written = word[1] === word[1].toUpperCase() ? w.toUpperCase() : word[1][0] === word[1][0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w;
        return m.text.slice(0, word.index) + written + word[2];
      }
      return m.text.replace(/(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Z]|[一二三四五六七八九十百零〇两]{1,4})(\s*[.:：\-–—]?)$/i, `${counter}$2`);
    }
    case 'chapter': return `${m.text.startsWith('제') ? '제' : '第'}${counter}${m.keyword}`;
    case 'space': return counter;
    case 'dun': return `${counter}、`;
    case 'paren': return m.text.replace(/^([(（]\s*)[^)）\s]+(\s*[)）])$/, `$1${counter}$2`);
    case 'square': return m.text.replace(/^([[【]\s*)[^\]】\s]+(\s*[\]】])$/, `$1${counter}$2`);
    case 'half-paren': return `${counter}${m.text.slice(-1)}`;
    // `③` → `④`, as far as the series goes (20).
    case 'enclosed': return n >= 1 && n <= 20 ? String.fromCharCode(enclosedBase(m.text.charCodeAt(0)) + n - 1) + m.text.slice(1) : m.text;
    // `09.` → `10.`, `01.` → `02.`: zero-padded numbers keep their width.
    case 'dot': return `${m.kind === 'arabic' && m.label.startsWith('0') ? counter.padStart(m.label.length, '0') : counter}${m.text.slice(-1)}`;
    default: return m.text;
  }
}
