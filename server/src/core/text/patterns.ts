/**
 * Recognisers for values that policies contain: placeholders, email addresses, phone numbers, URLs and dates.
 * All patterns are linear (no nested quantifiers) and are applied to bounded slices where they could run long.
 */
import { ENGLISH_MONTH_STEMS } from './dates';
import { detached } from './detached';
import { LineIndex, hasLoneCarriageReturn, lineOf, linesAway, splicedSpans } from './lines';

/**
 * Unfilled values: [*], [***], [TBD], XXX, 【】, {{name}}, ${company}, %COMPANY%, <company email>, <<EMAIL>>,
 * (insert list), ____, info@yourdomain.com and the like.
 */
/** A Chinese template's blank: two or more X or ×, half-width or full-width (the two first, as searched for). */
const CJK_BLANK_PAIRS = ['XX', '××', 'ＸＸ'];
const CJK_BLANK = `(?:${CJK_BLANK_PAIRS.map((pair) => `${pair}${pair[0]}*`).join('|')})`;

export const RE_PLACEHOLDER = new RegExp([
  // The bullets lawyers' templates mark blanks with too ("[●]", "[•]").
  '\\[\\s*(?:\\*{1,5}|TBD|TBC|TODO|TO BE (?:CONFIRMED|DETERMINED)|X{2,}|x{2,}|\\.{3}|…|_{2,}|\\?{1,3}|-{2,}|[●•■▪◼]{1,5})\\s*\\]',
  // Not the text of a Markdown link (`[Contact Us](#contact-us)`, `[email us][1]`).
  '\\[\\s*(?:insert|enter|add|specify|describe|your|company|date|month|day|year|name|email|e-mail|address|postal|mailing|registered|street|city|post ?code|zip|state|province|county|country|countries|jurisdiction|phone|telephone|website|url|domain|contact|dpo|officer|representative|organi[sz]ation|business|brand|product|app|number|registration|retention|period)\\b[^\\]\\n]{0,40}\\](?![(\\[])',
  // The same blanks in Spanish, Portuguese, French, Italian and German templates ("[TELÉFONO]", "[Nombre de la
  // empresa]", "[insérer l'adresse]", "[Anschrift einfügen]").
  '\\[\\s*(?:nombre|fecha|direcci[oó]n|tel[eé]fono|correo|empresa|insertar|introducir|endere[cç]o|telefone|inserir|soci[eé]t[eé]|ins[eé]rer|adresse|t[eé]l[eé]phone|indirizzo|inserire|societ[aà]|anschrift|telefon|telefonnummer|unternehmen|firma|datum|einf[uü]gen)(?![\\p{L}])[^\\]\\n]{0,40}\\](?![(\\[])',
  // Empty brackets in a sentence, a blank left for a figure ("for [  ] years", "within [] days"); not a checkbox
  // starting a line or an item ("[ ] I agree", "- [ ] task"): a letter, a digit or a colon before it.
  '(?<=[\\p{L}\\p{N},:：][ \\t\\u00a0]{0,3})\\[[ \\t\\u00a0\\u3000]{0,8}\\]',
  // "(insert list)"; not "(enter …)", which instructions write ("press the button (enter key)").
  '\\(\\s*insert\\s[^()\\n]{1,40}\\)',
  '<<\\s*[^<>\\n]{1,40}?\\s*>>',
  // A value written as groups of them is one placeholder ("400-XXX-XXXX", "XXX XXX XXXX", "xxx@xxx.com").
  '(?<![\\p{L}\\p{N}])(?:x{2,}@x{2,}(?:\\.[a-z]{2,}){1,2}\\b|(?:XXX+|xxx+)(?:[ .-](?:XXX+|xxx+))*(?![\\p{L}\\p{N}]))',
  // A Chinese template's blanks, X or × run into the words: "XX科技有限公司", "XX省XX市XX区XX路XX号" (one placeholder),
  // "联系人：张XX"; not "XXL" or a blank in Latin words.
  `(?<![A-Za-z0-9])${CJK_BLANK}(?:[\\u4e00-\\u9fff]{1,2}${CJK_BLANK})*(?=[\\u4e00-\\u9fff])|(?<=[\\u4e00-\\u9fff])${CJK_BLANK}(?![A-Za-z0-9])`,
  // Chinese, Japanese and Korean blanks: "【填写联系地址】", "【住所を記入】", "【주소 입력】".
  '【\\s*(?:\\*{0,5}|X{0,5}|…{0,2}|填写[^】\\n]{0,20}|待定|待补充|[^】\\n]{1,20}(?:を記入|を入力|입력))\\s*】',
  '\\{\\{\\s*[\\w .-]{1,40}\\s*\\}\\}',
  // Variables of the template a policy was generated from: "${company}", "%COMPANY_NAME%", "{company}".
  '\\$\\{\\s*[A-Za-z_][\\w.]{0,40}\\s*\\}',
  '(?<![\\p{L}\\p{N}])%[A-Z][A-Z_]{2,40}%',
  '\\{\\s*(?:company|your|insert|enter|email|address|phone|name|date|website|url|contact|app)[\\w .-]{0,40}\\}',
  // A template's email address at the company's own domain ("info@yourdomain.com"), from the `@`.
  '@your[-_]?(?:domain|company|website|site|business|app)(?:\\.[a-z]{2,}){1,2}\\b',
  '<\\s*(?:company|your|insert|enter|email|e-mail|address|postal|mailing|registered|street|phone|telephone|name|date|website|url|domain|contact|app|brand|product|business|organi[sz]ation|city|country|dpo|officer)\\b[^<>\\n]{0,40}>',
  '_{4,}',
  // Dummy text a template or a layout left in ("Lorem ipsum dolor sit amet").
  '\\blorem ipsum(?: dolor(?: sit amet)?)?\\b',
].join('|'), 'giu');

/**
 * A field's whole value saying it is still to be filled in: "TBD", "to be added", "(to be confirmed)", "待定", or
 * marks standing for it ("***", "__", "?"), or a blank in brackets in any language ("Adres: [vul adres in]"; not an
 * address in brackets that holds an email address or a web address).
 * Read only as a labelled value's whole: in running text these words are prose ("TODO" is Spanish for "all").
 */
export const RE_UNFILLED_VALUE = /^(?:\*{1,5}|_{2,}|\?{1,3}|\[(?![^\]]*(?:@|:\/\/|www\.))[^\]\n]{1,60}\][.。]?|[(\[（【]?\s*(?:TBD|TBC|TODO|to be (?:added|confirmed|determined|provided|announced|updated|completed)|待定|待补充|待填写)\s*[)\]）】]?[.。]?)$/i;

/**
 * A blank written in capitals in brackets, in any language ("[ADRES]", "[NOM DE LA SOCIÉTÉ]", "[LEGAL ENTITY]"):
 * templates write their blanks so. Case-sensitive, so apart from RE_PLACEHOLDER (whose words match in any case):
 * a word of three capitals or two words at least, on one line; not a Roman numeral ("[XII]"), a Markdown link
 * ("[FAQ](…)", "[FAQ][1]") or a link definition ("[FAQ]: …").
 */
export const RE_CAPS_PLACEHOLDER = /\[[ \t]*(?![IVXLCDM]{1,12}[ \t]*\])(?:\p{Lu}{3}[\p{Lu}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]*(?=[ _/&'’.-]{1,3}\p{Lu}))(?:[ _/&'’.-]{1,3}\p{Lu}[\p{Lu}\p{M}]*){0,6}[ \t]*\](?![(\[:])/gu;
const RE_CAPS_PLACEHOLDER_AT = new RegExp(RE_CAPS_PLACEHOLDER.source, 'uy');

/** Every placeholder starts with one of these: where they are is found by substring search, which is much
 * faster than running the whole pattern over every position of a long policy. */
// Each search costs little when its first character is rare, as these are (one for a word starting with a common
// lower-case letter costs twenty times more); a template's domain is looked for in its three cases, as runs of X are.
const PLACEHOLDER_STARTS = ['[', '【', '{', '<', '____', ...CJK_BLANK_PAIRS, 'xxx', '${', '%', '@your', '@Your', '@YOUR'];
const RE_PLACEHOLDER_AT = new RegExp(RE_PLACEHOLDER.source, 'iuy');

/**
 * The placeholders of `text`: from left to right, at each position a match of RE_PLACEHOLDER or else of
 * RE_CAPS_PLACEHOLDER, none overlapping (found faster than running them over every position).
 */
export function findPlaceholders(text: string, offset = 0): Match[] {
  const starts: number[] = [];
  for (const s of PLACEHOLDER_STARTS) for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) starts.push(k);
  // "(insert list)": brackets are too common to try the pattern at each one; each is visited (a search for one
  // character is fast, one for a word starting with a common lower-case letter five times slower) and the word
  // after it read.
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    let j = k + 1;
    while (j < text.length && isJsWhitespace(text.charCodeAt(j))) j++;
    if ((text.charCodeAt(j) | 32) === 105 /* i */ && text.slice(j + 1, j + 6).toLowerCase() === 'nsert') starts.push(k);
  }
  // "Lorem ipsum", in its three cases (mixed case, as for XXX, is left out).
  for (const word of ['Lorem', 'lorem', 'LOREM']) for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) starts.push(k);
  starts.sort((a, b) => a - b);
  const out: Match[] = [];
  let end = 0;
  for (const k of starts) {
    if (k < end) continue;
    RE_PLACEHOLDER_AT.lastIndex = k;
    let m = RE_PLACEHOLDER_AT.exec(text);
    if (!m && text.charCodeAt(k) === 91 /* [ */) {
      RE_CAPS_PLACEHOLDER_AT.lastIndex = k;
      m = RE_CAPS_PLACEHOLDER_AT.exec(text);
    }
    if (!m || m[0].length === 0) continue;
    end = k + m[0].length;
    out.push({ start: offset + k, end: offset + end, text: m[0] });
  }
  return out;
}

/**
 * Non-blank lines a placeholder may reach over besides its own: one may open on one line, hold its word on the next
 * and close on a third (`[` / `*` / `]`, `(` / `insert` / `list)`), with blank lines between (RE_PLACEHOLDER's
 * only way across a line feed is its `\s*` around the word).
 */
const PLACEHOLDER_LINE_REACH = 2;

/**
 * The placeholders of `text` after one change (`change`, in the previous text's offsets, adding or removing no line
 * break), from those of the previous text (`previous`): those far from the change kept (moved by its length), the
 * lines around it searched again. Equal to findPlaceholders(text); undefined when a placeholder crosses the edge of
 * the lines searched again (search the whole text instead).
 */
export function placeholdersAfterEdit(previous: readonly Match[], text: string, lines: LineIndex, change: { readonly start: number; readonly end: number; readonly newText: string }): Match[] | undefined {
  // A lone carriage return breaks a line (see buildLineIndex) but not the patterns' `[^…\n]` runs, which may then
  // reach over any number of lines: search the whole text.
  if (hasLoneCarriageReturn(text)) return undefined;
  const blank = (i: number) => isBlankText(text, lines.starts[i], lines.ends[i]);
  const line = lineOf(lines, change.start);
  // Searched again: the placeholders that start within reach of the changed line (`from` to `to`), read as far again
  // past it, so that one starting there is read whole (one longer than that crosses `to`: all is searched again).
  const from = lines.starts[linesAway(lines, line, -1, PLACEHOLDER_LINE_REACH, blank)];
  const to = lines.ends[linesAway(lines, line, 1, PLACEHOLDER_LINE_REACH, blank)];
  const readTo = lines.ends[linesAway(lines, line, 1, 2 * PLACEHOLDER_LINE_REACH, blank)];
  const rescanned: Match[] = [];
  for (const m of findPlaceholders(text.slice(from, readTo), from)) {
    if (m.start >= to) break;
    // Carried on to later versions of the text: its string must not keep this version alive (see detached).
    rescanned.push({ start: m.start, end: m.end, text: detached(m.text) });
  }
  return splicedSpans(previous, rescanned, from, to, change.newText.length - (change.end - change.start));
}

/**
 * A date written as a template ("XX/XX/20XX", "MM/DD/YYYY", "20XX"): a placeholder where a date is expected (the
 * values of date fields are read for it; in running text "20XX" may be a model name).
 */
// The day and month left blank before a year written out count too ("XX/XX/2026", "XX March 2026", "March XX, 2026").
// And a Chinese or Japanese date with a blank for its year, month or day ("XXXX年XX月XX日", "2026年××月××日").
const CJK_DATE_BLANK = `(?:${CJK_BLANK_PAIRS.join('|')})`;
const RE_CJK_DATE_TEMPLATE = `(?=[^日\\n]{0,14}${CJK_DATE_BLANK})(?:${CJK_DATE_BLANK}{2}|(?:19|20)(?:XX|\\d\\d))\\s*年\\s*(?:${CJK_DATE_BLANK}|\\d{1,2})\\s*月\\s*(?:${CJK_DATE_BLANK}|\\d{1,2})\\s*日`;
export const RE_DATE_TEMPLATE = new RegExp(`${RE_CJK_DATE_TEMPLATE}|(?<![\\p{L}\\p{N}])(?:(?:XX|MM|DD)[/.\\-](?:XX|MM|DD)[/.\\-](?:XXXX|YYYY|YY|(?:19|20)(?:XX|\\d\\d))|(?:YYYY|XXXX)[/.\\-](?:XX|MM)[/.\\-](?:XX|DD)|(?:19|20)XX|XX\\s+(?:${ENGLISH_MONTH_STEMS})[a-z]*\\.?,?\\s+(?:19|20)\\d\\d|(?:${ENGLISH_MONTH_STEMS})[a-z]*\\.?\\s+XX,?\\s+(?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'iu');

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every match of `re` in `text`. A global pattern is used as it is (from the start); others are compiled once. */
export function findAll(re: RegExp, text: string, offset = 0): Match[] {
  const out: Match[] = [];
  const g = re.global ? re : globalCopy(re);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (m[0].length === 0) { g.lastIndex++; continue; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const globalCopies = new WeakMap<RegExp, RegExp>();
function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) { g = new RegExp(re.source, re.flags + 'g'); globalCopies.set(re, g); }
  return g;
}

/** The kinds of street an English address names ("1 Main Street", "12 Harbour Rd."), as a pattern's alternatives. */
export const STREET_TYPES = "Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Drive|Way|Place|Square|Court|Parkway|Highway|Terrace|Quay|Plaza|Crescent|Row|Close|Mews|Walk|Gardens|Grove|Hill|Wharf|Parade|Esplanade|Embankment";

/**
 * A postal address written without a label ("123 Market Street, San Francisco", "P.O. Box 12", "Hauptstraße 1",
 * "深圳市南山区科技园路1号"): a house number and a street word, a post-office box, or a Chinese city and street.
 */
export const RE_POSTAL_ADDRESS = new RegExp([
  `\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][A-Za-z'’.-]*\\s+){1,4}(?:${STREET_TYPES})(?![\\p{L}])`,
  '\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}',
  '[A-ZÄÖÜ][a-zäöüß]{1,30}(?:straße|strasse|str\\.|gasse|weg|platz|allee)\\s+\\d{1,4}',
  // Dutch and Nordic streets ("Keizersgracht 100", "Storgatan 1", "Nørregade 7"); Turkish ones by their number
  // ("Atatürk Cad. No:10").
  '[A-ZÅÄÖÆØ][a-zåäöæø]{1,30}(?:straat|gracht|laan|plein|kade|singel|gatan|gata|vägen|gade|vej|veien|gate)\\s+\\d{1,4}\\b',
  '\\b(?:Cad|Cd|Sok|Sk|Mah|Blv|Bulvarı|Caddesi|Sokak|Sokağı)\\.?\\s+No\\s?:\\s?\\d{1,4}',
  // Spanish, Portuguese, Catalan and Italian streets, the street's word first and the number after its name ("Calle
  // Mayor 1", "Av. Paulista 1000", "Rua Augusta, 1500", "Via Roma 1"); French ones after the number ("12 rue de la Paix").
  "\\b(?:Av\\.|Avda\\.|Avenida|Rua|Calle|C/|Carrer|Via|Viale|Piazza|Corso|Paseo|Travessa|Alameda)\\s+[\\p{Lu}\\d][\\p{L}\\d'’ .-]{0,40}?,?\\s+(?:n[ºo°.]\\s?)?\\d{1,5}\\b",
  '\\b\\d{1,5}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|place|allée|chemin|quai|impasse|cours)\\s+\\p{L}',
  '[\\u4e00-\\u9fff]{1,10}[省市][\\u4e00-\\u9fff\\d]{1,20}(?:路|街|大道|号|大厦)',
  // A room, floor or building, then the rest of the address ("Building 5, Science Park", "Room 1201, Tower A"), and
  // a district or province before the city, as Chinese companies write their addresses in English ("Nanshan
  // District, Shenzhen").
  '\\b(?:Room|Rm\\.|Floor|Building|Bldg\\.|Tower|Block|Unit|Suite|Level)\\s+[A-Z0-9][A-Z0-9-]{0,5},\\s*[A-Z0-9]',
  '\\b[A-Z][a-z]+\\s(?:District|Province),\\s*[A-Z]',
  // Russian: a street, then the house ("ул. Ленина, д. 1", "проспект Мира, дом 5"), or a postcode before the town
  // ("123456, г. Москва"); Indonesian and Malay: "Jl. Sudirman No. 1", "Jalan Ampang No 5"; a Brazilian CEP.
  '(?:ул\\.|улица|просп\\.|проспект|пр-т|пер\\.|переулок|наб\\.|набережная|ш\\.|шоссе|бульвар|б-р)\\s*[\\p{L}\\d][^,\\n]{0,40},\\s*(?:д\\.|дом)\\s*\\d{1,4}',
  '\\b\\d{6},\\s*(?:г\\.|город)\\s*[А-ЯЁ]',
  '\\b(?:Jl\\.?|Jalan)\\s+[\\p{Lu}\\d][^,\\n]{0,40}?\\s+No\\.?\\s?\\d{1,4}',
  '\\bCEP:?\\s?\\d{5}-?\\d{3}\\b',
  // Vietnamese: the district or ward after the street ("12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh").
  ',\\s*(?:Quận|Huyện|Phường|Thị xã)\\s+[\\p{Lu}\\d]',
  // Polish: a street after its abbreviation ("ul. Marszałkowska 1", "al. Jerozolimskie 65"), a postcode before the
  // town ("00-001 Warszawa").
  '\\b(?:ul|al|pl|os)\\.\\s?\\p{Lu}[\\p{L} .-]{0,40}?\\s\\d{1,4}\\b',
  '\\b\\d{2}-\\d{3}\\s+\\p{Lu}\\p{Ll}+',
  // Japan: the postcode mark (〒100-0005), or a prefecture then a city or ward (東京都千代田区); Korea: a city or
  // province, a district, then a road or street and its number (서울특별시 중구 세종대로 110).
  '〒\\s?\\d{3}-?\\d{4}',
  '(?:東京都|北海道|京都府|大阪府|[\\u4e00-\\u9fff]{2,3}県)[\\u4e00-\\u9fff]{1,6}[市区町村郡]',
  '[가-힣]{2,6}(?:특별시|광역시|특별자치시|도)\\s?[가-힣]{1,6}[구시군]\\s?[가-힣0-9]{1,10}(?:로|길)\\s?\\d{1,4}',
  // Postcodes placed as addresses place them: British ("Leeds LS1 4AB"), American after the state (", IL 62701"),
  // Canadian ("K1A 0B1"), and five digits before a city name ("10115 Berlin", "75008 Paris").
  '\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b',
  ',\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b',
  '\\b[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b',
  '\\b\\d{5}\\s+[A-ZÄÖÜÉİÇŞ][a-zäöüßéèàçışğ]+(?:[ -][A-Z][a-zäöüßéèàçışğ]+)?\\b(?!\\s+[a-z])',
  // A Dutch postcode starting its line ("1015 AA Amsterdam"), a Swedish one ("111 22 Stockholm").
  '^\\d{4}\\s?[A-Z]{2}\\s+[A-Z][a-z]+',
  '\\b\\d{3}\\s\\d{2}\\s+[A-ZÅÄÖ][a-zåäö]+\\b',
  // Four digits before a city, after a comma (", 0155 Oslo,", ", 8001 Zürich", Dutch ", 1012 AB Amsterdam"): a
  // year before a capitalised word stands so only rarely.
  ',\\s*\\d{4}\\s?(?:[A-Z]{2}\\s+)?[A-ZÄÖÜÆØÅÉ][a-zäöüßæøåéèàç]+(?:[ -][A-Z][a-zäöüßæøåéèàç]+)?\\s*(?:[,.]|$)',
].join('|'), 'um');

export const RE_EMAIL = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,5}/gu;
export const RE_EMAIL_VALID = /^[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?){0,5}\.\p{L}{2,24}$/u;
export const RE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”'(),，。；;]{2,300}/giu;
/**
 * A run that looks like a phone number: optional +, digits with spaces, dots, dashes or parentheses, on one line
 * (a postal code ending the line above, "NY 10012" / "1-800-555-0199", is no part of it).
 */
export const RE_PHONE = /(?<![\p{L}\p{N}])\+?(?:\([ \t]*\+?\d{1,4}[ \t]*\)|\d)[\d \t\u00a0\u2009\u202f\u3000().\-–]{5,24}\d(?![\p{L}\p{N}])/gu;

// What each pattern cannot match without: looked for first, since the patterns are slow to fail over long text
// (an email pattern tries every word as the part before an @).
const RE_URL_START = /https?:\/\/|www\./i;
const RE_DIGIT = /\d/;

/** Whether `text` holds something RE_EMAIL matches. */
export function hasEmail(text: string): boolean {
  return text.includes('@') && findAll(RE_EMAIL, text).length > 0;
}

/** Whether `text` holds something RE_URL matches. */
export function hasUrl(text: string): boolean {
  return RE_URL_START.test(text) && findAll(RE_URL, text).length > 0;
}

/** Whether `text` holds something RE_PHONE matches. */
export function hasPhone(text: string): boolean {
  return RE_DIGIT.test(text) && findAll(RE_PHONE, text).length > 0;
}

/** JavaScript's `\s`, as a test of one character code. */
export function isJsWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) holds only whitespace (as `trim()` sees it), read in place rather than sliced and trimmed. */
export function isBlankText(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isJsWhitespace(text.charCodeAt(k))) return false;
  return true;
}

/** Whether normalising whitespace would change a text: native substring searches, faster than a regex here. */
export function hasOddSpace(text: string): boolean {
  return text.includes('  ') || text.includes('\t') || text.includes('\u00a0') || text.includes('\u3000');
}

export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) n++; }
  return n;
}

export function isValidEmail(s: string): boolean {
  return RE_EMAIL_VALID.test(s.trim());
}

/** 7 to 15 digits (E.164 allows 15), written with the usual separators only. */
export function isValidPhone(s: string): boolean {
  const t = s.trim();
  if (!/^[+\d\s().\-–\/]+$/.test(t)) return false;
  const d = digitCount(t);
  if (d < 7 || d > 15) return false;
  let depth = 0;
  for (const ch of t) { if (ch === '(') depth++; else if (ch === ')') depth--; if (depth < 0 || depth > 1) return false; }
  return depth === 0;
}

/**
 * A service number of a Chinese company: five or six digits from 95, 96, 100 or 101 (`95188`, `10086`), which its
 * customers dial as they are.
 */
export function isServiceNumber(s: string): boolean {
  return /^(?=\d{5,6}$)(?:95|96|100|101)\d+$/.test(s.trim());
}

/** A number written partly in letters, as a keypad spells them (`1-800-PRIVACY`): 7 to 15 keys in all. */
export function isVanityNumber(s: string): boolean {
  const t = s.trim();
  if (!/^\+?[\d\s().-]*[A-Z]{3,}[A-Z\d\s.-]*$/.test(t)) return false;
  const keys = t.replace(/[^\dA-Z]/g, '').length;
  return digitCount(t) >= 1 && keys >= 7 && keys <= 15;
}

/** An email address written against harvesting robots (`privacy [at] example [dot] com`) as it is meant. */
export function unobfuscatedEmail(s: string): string {
  return /[[(]\s*(?:at|dot)\s*[\])]/i.test(s) ? s.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.') : s;
}

export function isValidUrl(s: string): boolean {
  const t = s.trim();
  const withScheme = /^https?:\/\//i.test(t) ? t : /^www\./i.test(t) ? `https://${t}` : undefined;
  if (!withScheme) return false;
  try {
    const u = new URL(withScheme);
    // A domain in another script reaches here in its ASCII form (`例子.中国` → `xn--fsqu00a.xn--fiqs8s`).
    return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(u.hostname) && /\.(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u.test(u.hostname);
  } catch {
    return false;
  }
}

/**
 * A piece of text with its no-break spaces (U+00A0, which web pages put after full stops and numbers and between
 * words) as plain spaces, one for one so offsets hold: every reader of a line expects a space there. The same string
 * when it has none.
 */
export function withPlainSpaces(s: string): string {
  return s.indexOf('\u00a0') < 0 ? s : s.replace(RE_NO_BREAK_SPACE, ' ');
}
const RE_NO_BREAK_SPACE = /\u00a0/g;
