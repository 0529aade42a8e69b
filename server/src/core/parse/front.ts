/**
 * The title and the metadata lines (Effective date, Last updated, Version). They are recognised wherever they
 * stand (000 opens with "Effective Date:", 004 ends with "Last updated:") and are never sections.
 */
import type { MetadataField, MetadataKey, TitleLine } from '../model';
import { withoutHeadingAnchor } from './markdown';
import { ScannedLine, inMenuColumn, isPageNumberLine, mayBeMenuItem, menuColumnEnd, titleEnding } from './scan';
import { RE_EMAIL, RE_URL, isJsWhitespace, withPlainSpaces } from '../text/patterns';
import { ENGLISH_MONTH_STEMS } from '../text/dates';

const RE_METADATA = new RegExp(
  // "Effective 1 May 2026" without a colon only before a whole date: "Effective 30 days after …" is a sentence.
  '^(effective\\s+(?:date|from|as\\s+of|on|time)|effective(?=[ \\t]*[:：]|[ \\t]+(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:' + ENGLISH_MONTH_STEMS + ')|(?:' + ENGLISH_MONTH_STEMS + ')[a-z]*\\.?[ \\t]+\\d{1,2}\\b|\\d{4}-\\d{1,2}-\\d{1,2}))|date\\s+effective|date\\s+of\\s+(?:entry\\s+into\\s+)?effect|' +
  'last\\s+(?:updated?|modified|revised|amended|changed)(?:\\s+on)?|(?:date\\s+)?updated(?:\\s+on)?|revised(?:\\s+on)?|' +
  // And as translations of Chinese policies write them (更新时间, 发布日期, 版本更新日期).
  '(?:version\\s+)?update\\s+(?:date|time)|revision\\s+date|release\\s+date|publication\\s+date|issue\\s+date|' +
  'date\\s+of\\s+(?:release|publication|issue|(?:last\\s+)?(?:revision|update|modification))|last\\s+revision(?:\\s+date)?|published(?:\\s+on)?|posted(?:\\s+on)?|version(?:\\s+date)?|' +
  '生效日期|生效时间|更新日期|更新时间|最近更新(?:日期|时间)?|最后更新(?:日期|时间)?|发布日期|修订日期|版本(?:号|日期)?|' +
  // German, French, Spanish, Italian, Portuguese, Dutch, Japanese and Korean.
  'stand|zuletzt\\s+(?:aktualisiert|geändert)|letzte\\s+(?:aktualisierung|änderung)|gültig\\s+ab|inkrafttreten|' +
  'derni[eè]re\\s+mise\\s+[aà]\\s+jour|mise\\s+[aà]\\s+jour|date\\s+d[\'’]entr[ée]e\\s+en\\s+vigueur|en\\s+vigueur\\s+(?:le|depuis|à\\s+compter\\s+du)|' +
  '[úu]ltima\\s+(?:actualizaci[óo]n|modificaci[óo]n|atualiza[çc][ãa]o|altera[çc][ãa]o)|fecha\\s+de\\s+(?:entrada\\s+en\\s+vigor|actualizaci[óo]n)|vigente\\s+desde|' +
  'ultimo\\s+aggiornamento|data\\s+di\\s+entrata\\s+in\\s+vigore|in\\s+vigore\\s+dal|data\\s+de\\s+(?:vig[êe]ncia|atualiza[çc][ãa]o)|em\\s+vigor\\s+desde|' +
  'laatst\\s+bijgewerkt|laatste\\s+wijziging|ingangsdatum|' +
  // Indonesian and Turkish.
  'tanggal\\s+(?:berlaku|efektif|pembaruan)|berlaku\\s+(?:sejak|mulai)(?:\\s+tanggal)?|terakhir\\s+diperbarui(?:\\s+pada)?|diperbarui(?:\\s+terakhir)?(?:\\s+pada)?|pembaruan\\s+terakhir|' +
  // (The dotted capital İ has no case-insensitive match for i: "YÜRÜRLÜK TARİHİ".)
  'yürürlük\\s+tar[iİ]h[iİ]|son\\s+güncelleme(?:\\s+tar[iİ]h[iİ])?|güncelleme\\s+tar[iİ]h[iİ]|' +
  '最終更新日|最終改定日|制定日|施行日|改定日|시행일(?:자)?|최종\\s*(?:수정|변경|개정)일(?:자)?|개정일(?:자)?|변경일(?:자)?|공고일(?:자)?)' +
  '[ \\t\\u3000]*(?:[:：][ \\t\\u3000]*|(?=\\d|(?:' + ENGLISH_MONTH_STEMS + ')[a-z]*\\b))',
  'iu');

function metadataKey(label: string): MetadataKey {
  const l = label.toLowerCase();
  // Japanese policies date their first making (制定日) and their last revision (最終改定日): the first is no
  // version's effective date.
  if (l.startsWith('制定')) return 'established';
  if (/effect|生效|gültig|inkraft|vigueur|vigor|vigente|vigore|vigência|vigencia|ingang|施行|시행|berlaku|efektif|yürürlük/.test(l)) return 'effectiveDate';
  // "Version date" dates the version: its last update.
  if (/version|版本/.test(l) && !/update|更新|date|日期/.test(l)) return 'version';
  return 'lastUpdated';
}

// Metadata labels start with one of these letters or a CJK or Hangul character; in Markdown, after emphasis or a
// quote mark.
const METADATA_START = new Set([...'eludrvptoELUDRVPTOszgimfSZGIMFúÚ*_>'].map((ch) => ch.charCodeAt(0)));
/** The labels that start with t (Indonesian "Tanggal berlaku", "Terakhir diperbarui"): other lines so starting are read as sentences only. */
const RE_T_LABEL = /^t(?:anggal|erakhir)\s/i;
/**
 * The labels that start with b or y (Indonesian "Berlaku sejak", Turkish "Yürürlük tarihi"), read where a line starts
 * (sticky): most lines so starting ("You", "By") are not read further.
 */
const RE_B_Y_LABEL = /(?:berlaku|yürürlük)\s/iy;

/** Whether the line starting at `at` starts with a label RE_B_Y_LABEL knows. */
function startsBYLabel(text: string, at: number): boolean {
  RE_B_Y_LABEL.lastIndex = at;
  return RE_B_Y_LABEL.test(text);
}
/** Markdown around a metadata line: `_Last updated: 1 March 2024_`, `**Effective date:** March 1`, `> Updated: …`. */
const RE_MARKDOWN_LEAD = /^(?:>[ \t]*)?(?:\*\*|__|\*|_)?(?=[^\s*_])/;
const RE_EMPHASIS_AROUND_VALUE = /^[*_]{1,2}[ \t]*|[ \t]*[*_]{1,2}$/g;

export function findMetadata(text: string, scanned: readonly ScannedLine[]): MetadataField[] {
  const out: MetadataField[] = [];
  for (let atLine = 0; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank || l.end - l.start > 160) continue;
    const c = text.charCodeAt(l.start);
    const labelFirst = c >= 0x4e00 || METADATA_START.has(c) || ((c === 98 || c === 66 || c === 121 || c === 89) && startsBYLabel(text, l.start));
    if (!labelFirst && !mayDateTitle(l, c)) continue;
    const s = withPlainSpaces(text.slice(l.start, l.end));
    const found = out.length;
    if (labelFirst) {
      const lead = c === 42 || c === 95 || c === 62 ? RE_MARKDOWN_LEAD.exec(s)?.[0].length ?? 0 : 0;
      // No label starts with o, nor with t but two Indonesian ones: such lines can only be sentences that date the
      // policy ("This policy was …").
      const sentenceOnly = c === 111 || c === 79 || ((c === 116 || c === 84) && !RE_T_LABEL.test(s));
      if (sentenceOnly) {
        const m = dateSentence(s);
        if (m) pushField(m, s.slice(m[0].length), l, 0, 0, out);
      } else fieldsFrom(lead ? s.slice(lead) : s, l, lead, lead, out);
    }
    // The policy's title with its dates run into its line ("Privacy Policy Last updated: March 1, 2025"). (A line
    // whose first letter starts no label was let through for that alone.)
    if (out.length === found && (!labelFirst || mayDateTitle(l, c))) {
      const at = labelAfterTitle(s);
      if (at > 0) fieldsFrom(s.slice(at), l, at, 0, out);
    }
  }
  return out;
}

/**
 * The fields of a line's text `s` from its offset `at` in the line, where a label starts (`lead`: the Markdown
 * emphasis before it): one, or several written one after the other ("Update Date: 2023/05/12 Effective Date:
 * 2023/05/19"), each its own field.
 */
function fieldsFrom(s: string, l: ScannedLine, at: number, lead: number, out: MetadataField[]): void {
  const m = RE_METADATA.exec(s) ?? dateSentence(s);
  if (!m) return;
  let rest = s.slice(m[0].length);
  // The next label, if any, ends this field's value.
  const next = labelAfterSpace(rest);
  if (next > 0) rest = rest.slice(0, next).trimEnd();
  pushField(m, rest, l, at, lead, out, next > 0 ? l.start + at + m[0].length + rest.length : l.end);
  if (next > 0) fieldsFrom(s.slice(m[0].length + next), l, at + m[0].length + next, 0, out);
}

function pushField(m: RegExpExecArray, rest: string, l: ScannedLine, at: number, lead: number, out: MetadataField[], end = l.end): void {
  let value = (lead ? rest.replace(RE_EMPHASIS_AROUND_VALUE, '') : rest).trim();
  // The bracket that closes a label's opening one is no part of the value; one the value opened is.
  if (RE_VALUE_CLOSING.test(value) && !/[(（[]/.test(value)) value = value.replace(RE_VALUE_CLOSING, '');
  if (!value) return;
  // (A field that opens its line starts there, Markdown's emphasis and all.)
  const start = at === lead ? l.start : l.start + at;
  out.push({ key: metadataKey(m[1]), label: m[1], line: l.index, start, end, value, valueStart: l.start + at + m[0].length + rest.indexOf(value) });
}

/** Lines that may hold a title and dates after it: a capital to start, and a digit (most lines are read no further). */
function mayDateTitle(l: ScannedLine, c: number): boolean {
  return !l.marker && !l.bullet && c >= 65 && c <= 90 && RE_DIGIT.test(l.title) && RE_DATE_CUE.test(l.title);
}
const RE_DIGIT = /\d/;
/** The words metadata labels are made of, in English (see RE_METADATA). */
const RE_DATE_CUE = /updat|revis|modif|amend|effective|date|version|releas|publi|posted/i;

/** Words that make a line's start a sentence, not a title ("This policy is effective from …"). */
const RE_STATEMENT = /^(?:this|our|the|we|it)\b|\b(?:is|are|was|were|has|have|been|be|will|shall)\b/i;

/** Where a metadata label starts after the policy's title in `s` ("Privacy Policy Last updated: …"), or 0. */
function labelAfterTitle(s: string): number {
  const at = labelAfterSpace(s);
  if (at < 0 || at > 101) return 0;
  const title = s.slice(0, at - 1);
  return isTitleBeforeSections(title) && !RE_STATEMENT.test(title) ? at : 0;
}

/**
 * Where the first metadata label after a space in `s` starts ("… Last updated: …"), or -1; also after a bracket or
 * a dash that sets it apart from a title ("Privacy Policy (Last updated: 1 May 2026)", "… – Effective 1 May 2026").
 */
function labelAfterSpace(s: string): number {
  for (let at = s.indexOf(' '); at > 0; at = s.indexOf(' ', at + 1)) {
    if (RE_METADATA.test(s.slice(at + 1))) return at + 1;
    const opening = RE_LABEL_OPENING.exec(s.slice(at + 1, at + 4));
    if (opening && RE_METADATA.test(s.slice(at + 1 + opening[0].length))) return at + 1 + opening[0].length;
  }
  return -1;
}
/** A bracket or a dash before a label, and the space after it ("(Last updated: …)", "– Effective …"). */
const RE_LABEL_OPENING = /^(?:[(（[]|[-–—|][ \t]+)/;
/** What a title keeps of the marks that set its dates apart: none ("Privacy Policy (" → "Privacy Policy"). */
const RE_LABEL_OPENING_END = /[ \t]*(?:[(（[]|[-–—|])?[ \t]*$/;
const RE_LABEL_OPENING_MARK = /[(（[\-–—|]/;
/** A closing bracket ending a value whose label a bracket opened ("1 May 2026)"). */
const RE_VALUE_CLOSING = /[ \t]*[)）\]]$/;

/**
 * A sentence that dates the policy ("This Privacy Policy was last updated on January 5, 2025.", "This notice is
 * effective as of 1 March 2025."): read as a label and its value when a date follows, without the full stop.
 */
const RE_DATE_SENTENCE = /^((?:this|our) (?:privacy )?(?:policy|notice|statement)(?: was| is| has been)? (?:last )?(?:updated|revised|modified|amended)(?: on| as of)?|(?:(?:this|our) (?:privacy )?(?:policy|notice|statement)(?: is| becomes| takes)? )?effective(?: as of| from| on)?)[ \t]+(?=[^\s.]*\d|\p{L}+\.? \d)(?=.{1,40}$)/iu;

const RE_DATING_WORD = /updated|revised|modified|amended|effective/i;

function dateSentence(line: string): RegExpExecArray | null {
  const c = line.charCodeAt(0) | 32;
  // t(his), o(ur), e(ffective), and the word that dates: most lines are read no further.
  if ((c !== 116 && c !== 111 && c !== 101) || !RE_DATING_WORD.test(line)) return null;
  const m = RE_DATE_SENTENCE.exec(line.replace(/\.$/, ''));
  return m && /\d/.test(line.slice(m[0].length)) ? m : null;
}

// English and Chinese, and the words of European, Japanese, Korean and other titles (Datenschutzerklärung, Politique
// de confidentialité, Política de privacidad, Informativa sulla riservatezza, Polityka prywatności, Gizlilik
// politikası, Integritetspolicy, Tietosuojaseloste, Политика конфиденциальности, プライバシーポリシー, 개인정보처리방침).
// Turkish in capitals writes a dotted İ (GİZLİLİK), which no case-insensitive pattern folds to i: written out.
const RE_TITLE_WORDS = /privacy|policy|notice|statement|data protection|personal (?:information|data) (?:protection|processing)|protection des données|protección de datos|protezione dei dati|proteção de dados|gegevensbescherming|datenschutz|confidentialit|privacidad|privacidade|riservatezza|privacybeleid|prywatno|g[iİ]zl[iİ]l[iİ]k|ki[şs]isel veri|aydınlatma|AYDINLATMA|integritet|personuppgift|personvern|persondata|tietosuoja|adatvédelm|ochran[ay] osobn|soukrom|protecția datelor|конфиденциальн|персональн|политик|quyền riêng tư|bảo mật|privasi|ความเป็นส่วนตัว|隐私|个人信息|政策|声明|プライバシー|個人情報|개인정보|الخصوصية|خصوصية|سياسة|حریم خصوصی|פרטיות|מדיניות|गोपनीयता|नीति/i;
/** Title words outside any email or web address ("Email: privacy@example.com" names no policy). */
function hasTitleWords(s: string): boolean {
  if (!RE_TITLE_WORDS.test(s)) return false;
  return !(s.includes('@') || s.includes('www.') || s.includes('://')) || RE_TITLE_WORDS.test(s.replace(RE_EMAIL, ' ').replace(RE_URL, ' '));
}

/** Chinese or Japanese at the start: a title of four characters ("隐私政策") says as much as "Privacy Policy". */
const RE_CJK_START = /^[\u3400-\u9fff]/;

/**
 * The policy's title at the start of a line whose sections follow it on the same line, numbered from 1 (a policy
 * whose line breaks were all lost: "Privacy Policy of Ripple Pay 1. Introduction …"): words naming a policy, no
 * sentence's end, at most 100 characters.
 */
export function isTitleBeforeSections(s: string): boolean {
  const t = s.trim();
  return t.length >= (RE_CJK_START.test(t) ? 4 : 5) && t.length <= 100 && !/[.!?;:,。！？；：，]$/.test(t) && hasTitleWords(t) && !RE_NAVIGATION.test(t);
}

/** Such a title without the date run into it after a label ("Privacy Policy Last updated: March 1, 2025"). */
export function withoutDateAfter(title: string): string {
  const at = labelAfterSpace(title);
  return at < 0 ? title : title.slice(0, at - 1).replace(RE_LABEL_OPENING_END, '');
}

/**
 * A line in lower case right under a line of text that does not end a sentence: the rest of a sentence broken
 * where the line was full ("… (hereinafter" / "referred to as …" / "are committed to protecting your privacy"), not
 * a title, whatever words it holds.
 */
function carriesOnLineBefore(scanned: readonly ScannedLine[], l: ScannedLine, metadataLines: ReadonlySet<number>): boolean {
  const before = scanned[l.index - 1];
  return !!before && !before.blank && !metadataLines.has(before.index) && /^[^\p{L}\p{N}]*\p{Ll}/u.test(l.title) && !/[.!?。！？]["”’)）]?$/.test(titleEnding(before));
}

/** A website's navigation or breadcrumbs pasted with the policy (`Home | Products | Privacy`, `Home › Legal ›
 * Privacy Policy`): items between two or more separators, or after the home page's (`Home > Privacy Policy`). One
 * separator is a title's otherwise (`Privacy Policy | Example`). */
const RE_NAVIGATION = /\s[|>›»\/·•]\s.*\s[|>›»\/·•]\s|^(?:home|首页|主页)\s*[|>›»\/]/i;
/** A title may end with the company's name, whose abbreviation ends with a full stop ("… of Example Inc."). */
const RE_COMPANY_END = /\b(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|Plc|S\.A|S\.L|AG|GmbH|B\.V|N\.V|Pty|Pte|K\.K)\.$/i;

/** A few words, each capitalised, and a full stop ("Privacy Policy.", "PRIVACY NOTICE."): a title, not a sentence. */
const RE_TITLE_WITH_FULL_STOP = /^(?:[\p{Lu}\d][\p{L}\d'’&-]*\s+){0,5}[\p{Lu}\d][\p{L}\d'’&-]*\.$/u;

/**
 * A line of a letterhead's address above the title ("14 Harbour Street"): a number other than 1 with only a space
 * after it, which no first section bears.
 */
function isHouseNumber(l: ScannedLine): boolean {
  return l.marker!.decoration === 'space' && l.marker!.kind === 'arabic' && l.marker!.path.length === 1 && l.marker!.value > 1;
}

/**
 * A PDF page's running header, copied with the text ("Acme Health Inc.      Privacy Notice" / "Page 1 of 3"): the
 * line right above a page number, which the policy's own title under it is not.
 */
function isPageHeader(scanned: readonly ScannedLine[], l: ScannedLine): boolean {
  const next = scanned[l.index + 1];
  return !!next && isPageNumberLine(next);
}

/** Symbols a policy sets before its title as before its headings (not a list's dot or dash). */
const RE_TITLE_SYMBOL = /^[■□◆◇●★☆▶►◼◾]/;

/** How many lines a comment above the title may take. */
const MAX_COMMENT_LINES = 30;

/**
 * The title: the first short line naming the policy, before the first paragraph. Other such lines next to it
 * (a subtitle, a repeated title) are front matter too and returned in `frontLines`.
 */
export function findTitle(text: string, scanned: readonly ScannedLine[], metadata: readonly MetadataField[], metadataLines: ReadonlySet<number>, firstLine = 0): { title: TitleLine | undefined; frontLines: Set<number>; lastLineRead: number } {
  // Lines whose dates follow a title ("Privacy Policy Last updated: …", see labelAfterTitle): where the dates start.
  const datesAfterTitle = new Map<number, number>();
  // (Fields come in the text's order: a line's first field is the one after another line's.)
  for (let k = 0; k < metadata.length; k++) {
    const m = metadata[k];
    if (m.start > scanned[m.line].start && metadata[k - 1]?.line !== m.line) datesAfterTitle.set(m.line, m.start);
  }
  const frontLines = new Set<number>();
  let title: TitleLine | undefined;
  let seen = 0;
  // The last line whose text was looked at: lines after it cannot change the title.
  let lastLineRead = scanned.length - 1;
  let menuRead = -1;
  // The last item of a menu's column that names the policy ("Home" / "Shop" / "Privacy Policy" / "Last updated …"):
  // the page's own title pasted right under its menu, when no other line is.
  let lastMenuTitle: ScannedLine | undefined;
  for (let atLine = firstLine; atLine < scanned.length; atLine++) {
    const l = scanned[atLine];
    if (l.blank) continue;
    const datesAt = datesAfterTitle.get(l.index);
    if (metadataLines.has(l.index) && datesAt === undefined) continue;
    // A comment (`<!-- generated from privacy.yml -->`, over one line or several) is not shown: never the title.
    if (text.startsWith('<!--', l.start)) {
      // Read up to MAX_COMMENT_LINES for its end: a comment left open reads no further (the title stays unknown).
      const last = Math.min(scanned.length - 1, atLine + MAX_COMMENT_LINES);
      while (atLine < last && !text.slice(scanned[atLine].start, scanned[atLine].end).includes('-->')) atLine++;
      lastLineRead = atLine;
      if (!text.slice(scanned[atLine].start, scanned[atLine].end).includes('-->')) break;
      continue;
    }
    lastLineRead = l.index;
    if (++seen > 8 || l.end - l.start > 200) break;
    // A symbol set before the first line as before the headings ("■ Acme Privacy Policy" over "■ 1. …") is no
    // list's mark there: the title is the words after it.
    const symbol = l.bullet > 0 && seen === 1 && RE_TITLE_SYMBOL.test(text.slice(l.start, l.start + l.bullet));
    if ((l.bullet && !symbol) || (l.marker && !(title === undefined && isHouseNumber(l)))) break;
    const start = symbol ? l.titleStart : l.start;
    let end = datesAt ?? l.end;
    // (Nor the bracket or dash that sets the dates apart: "Privacy Policy (Last updated: …)".)
    while (end > start && (isJsWhitespace(text.charCodeAt(end - 1)) || (datesAt !== undefined && RE_LABEL_OPENING_MARK.test(text[end - 1])))) end--;
    const s = withoutHeadingAnchor(withPlainSpaces(text.slice(start, end)).replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, ''));
    // (Whether a line is a menu's item reads the lines after it.)
    if (mayBeMenuItem(l)) menuRead = menuColumnEnd(scanned, l);
    const named = hasTitleWords(s);
    const inMenu = inMenuColumn(scanned, l);
    if (s.length > 100 || (/[.;:,。；：，]$/.test(s) && !RE_COMPANY_END.test(s) && !RE_TITLE_WITH_FULL_STOP.test(s)) || !named || RE_NAVIGATION.test(s)
      || carriesOnLineBefore(scanned, l, metadataLines) || isPageHeader(scanned, l) || inMenu) {
      if (title) break;
      if (named && inMenu && !mayBeMenuItem(scanned[l.index + 1] ?? l)) lastMenuTitle = l;
      continue;
    }
    if (!title) title = { line: l.index, start, end, text: s };
    frontLines.add(l.index);
  }
  if (!title && lastMenuTitle) {
    title = { line: lastMenuTitle.index, start: lastMenuTitle.start, end: lastMenuTitle.end, text: lastMenuTitle.title };
    frontLines.add(lastMenuTitle.index);
  }
  return { title, frontLines, lastLineRead: Math.max(lastLineRead, menuRead) };
}
