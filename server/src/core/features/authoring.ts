/**
 * Authoring aids from the policy model: completions (next heading number, sections to refer to, missing contact
 * fields, standard titles), hover, rename and references of sections, formatting, and semantic tokens.
 * Everything is offsets in, offsets out; the LSP adapter converts positions.
 */
import type { ContactInfo } from '../contact';
import type { PolicyDocument, Section } from '../model';
import { FORMAL_NUMERALS, Marker, familyKey, markerWithValue, spaceAfterMarker, styleKey } from '../parse/numbering';
import { headingName, headingWords, slugLinkEdit, withoutHeadingAnchor } from '../parse/markdown';
import { markerStart } from '../sections';
import type { ContactChannel, PolicySettings, PolicyFacts } from '../settings';
import { CONTACT_LABELS, PolicyLanguage, labelSeparator, policyLanguage } from '../text/language';
import { findPlaceholders, isBlankText } from '../text/patterns';
import { lineOf } from '../text/lines';
import type { Edit } from '../rules/types';
import { FIELD_NAMES, placeholderField, shownPlaceholders } from '../rules/placeholder';
import { mainStyle } from '../rules/numbering';
import { siblingGroups } from '../rules/util';
import { sectionLinks } from './outline';

// ---- completions ------------------------------------------------------------------------------------------------

export type CompletionKind = 'number' | 'section' | 'field' | 'title' | 'snippet';

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  /** Text to insert; a snippet (with ${1:…} tab stops) when `snippet` is true. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** The text the completion replaces: from `replaceStart` to the cursor. */
  readonly replaceStart: number;
  readonly sortText?: string;
  readonly documentation?: string;
}

export interface ClauseSnippet {
  readonly name: string;
  readonly prefix: string;
  readonly description: string;
  readonly body: string;
}

const ENGLISH_TITLES = [
  'How We Collect and Use Your Personal Information', 'How We Use Cookies and Similar Technologies',
  'How We Share, Transfer and Publicly Disclose Your Personal Information', 'How We Protect Your Personal Information',
  'How Long We Keep Your Personal Information', 'Your Rights', "Children's Personal Information",
  'Transfers of Personal Information Abroad', 'Changes to This Policy', 'Contact Us',
];
const CHINESE_TITLES = [
  '我们如何收集和使用您的个人信息', '我们如何使用Cookie和同类技术', '我们如何共享、转让、公开披露您的个人信息', '我们如何保护您的个人信息',
  '您的权利', '未成年人个人信息保护', '本政策如何更新', '如何联系我们',
];
/** The standard titles offered in a policy of each language: its own; both where there are none in it. */
const STANDARD_TITLES: Record<PolicyLanguage, readonly string[]> = {
  en: ENGLISH_TITLES, zh: CHINESE_TITLES, ja: [...ENGLISH_TITLES, ...CHINESE_TITLES], ko: [...ENGLISH_TITLES, ...CHINESE_TITLES],
  de: [
    'Welche Daten wir erheben und wie wir sie verwenden', 'Cookies und ähnliche Technologien', 'Weitergabe Ihrer Daten', 'Wie wir Ihre Daten schützen',
    'Speicherdauer', 'Ihre Rechte', 'Daten von Kindern', 'Übermittlung in Drittländer', 'Änderungen dieser Datenschutzerklärung', 'Kontakt',
  ],
  fr: [
    'Données que nous collectons et leur utilisation', 'Cookies et technologies similaires', 'Partage de vos données', 'Sécurité de vos données',
    'Durée de conservation', 'Vos droits', 'Données des enfants', 'Transferts hors de l\'Union européenne', 'Modifications de cette politique', 'Nous contacter',
  ],
  es: [
    'Datos que recopilamos y cómo los usamos', 'Cookies y tecnologías similares', 'Cómo compartimos sus datos', 'Cómo protegemos sus datos',
    'Plazo de conservación', 'Sus derechos', 'Datos de menores', 'Transferencias internacionales', 'Cambios en esta política', 'Contacto',
  ],
  pt: [
    'Dados que coletamos e como os usamos', 'Cookies e tecnologias semelhantes', 'Compartilhamento de dados', 'Como protegemos seus dados',
    'Prazo de armazenamento', 'Seus direitos', 'Dados de crianças e adolescentes', 'Transferência internacional de dados', 'Alterações desta política', 'Contato',
  ],
  it: [
    'Dati che raccogliamo e come li utilizziamo', 'Cookie e tecnologie simili', 'Comunicazione dei dati', 'Come proteggiamo i tuoi dati',
    'Periodo di conservazione', 'I tuoi diritti', 'Dati dei minori', 'Trasferimenti verso paesi terzi', 'Modifiche a questa informativa', 'Contatti',
  ],
};

/** The contact facts a contact section may lack, with the channel each gives. */
const FIELD_CHANNELS: [keyof PolicyFacts, ContactChannel][] = [['email', 'email'], ['address', 'address'], ['phone', 'phone'], ['feedbackUrl', 'form']];

/** The next number after `s` in its own style, written as its marker is (`IX.` → `X.`, `3.2` → `3.3`). */
export function nextMarkerText(m: Marker): string {
  return markerWithValue(m, m.value + 1);
}

/** Heading markers that could come next at `offset`: a sibling at each open level, and a first child. */
function nextNumbers(doc: PolicyDocument, offset: number): { text: string; detail: string }[] {
  const out: { text: string; detail: string }[] = [];
  const seen = new Set<string>();
  const add = (text: string, detail: string) => { if (text && !seen.has(text)) { seen.add(text); out.push({ text, detail }); } };
  // The last heading before the cursor, and its ancestors: continue each of their sequences.
  let last: Section | undefined;
  for (const s of doc.sections) { if (s.headingStart >= offset) break; last = s; }
  for (let s = last; s; s = s.parent !== undefined ? doc.sections[s.parent] : undefined) {
    if (s.marker && s.marker.decoration !== 'bracket') add(nextMarkerText(s.marker), `next heading at level ${s.level}, after ${s.marker.label}`);
  }
  if (last?.marker?.decoration === 'multi' && last.marker.kind === 'arabic') {
    // `2.0` → `2.1` (its zero adds no level), `B.1` → `B.1.1`.
    const m = last.marker;
    add(`${(m.head ? [m.head, ...m.path.slice(1)] : m.path).join('.')}.1`, `first sub-heading of ${m.label}`);
  }
  if (!last) add('1.', 'first heading');
  return out;
}

/** Completions at `offset`, given the text of the line before the cursor. */
export function completionsAt(doc: PolicyDocument, contact: ContactInfo, offset: number, snippets: readonly ClauseSnippet[] = []): Completion[] {
  const line = lineOf(doc.lines, offset);
  const lineStart = doc.lines.starts[line];
  const before = doc.text.slice(lineStart, offset);
  const out: Completion[] = [];

  // After "see", "Section", "Article", "Appendix": the sections that exist.
  const ref = /(\b(?:see|refer to|in)\s+(?:the\s+)?["“]?|\b(?:section|article|appendix|clause)\s+)([^\s"“”]*)$/i.exec(before);
  if (ref && doc.sections.length) {
    const keyword = /section|article|appendix|clause/i.exec(ref[1])?.[0].toLowerCase();
    const quoted = /["“]$/.test(ref[1]);
    const replaceStart = offset - ref[2].length;
    doc.sections.forEach((s, k) => {
      if (keyword === 'appendix' && !s.appendix) return;
      const heading = s.heading.replace(/\s+/g, ' ').trim();
      const numberOnly = keyword && s.marker ? s.marker.label.replace(/^(appendix|section|article|clause)\s+/i, '') : undefined;
      const insertText = numberOnly ?? (quoted ? heading : `"${heading}"`);
      out.push({ label: heading, kind: 'section', detail: `line ${s.line + 1}`, insertText, replaceStart, sortText: String(k).padStart(6, '0'), documentation: firstSentence(doc, s) });
    });
    return out;
  }

  if (before.trim() !== '' && !/^\s*[\w.()（）、\u4e00-\u9fff]{0,12}$/.test(before)) return out;
  const replaceStart = lineStart + (before.length - before.trimStart().length);
  const numbers = nextNumbers(doc, offset);

  // At the start of a line: the next heading number, in the style and level in use there.
  numbers.forEach((n, k) => out.push({ label: n.text, kind: 'number', detail: n.detail, insertText: n.text + spaceAfterMarker(n.text), replaceStart, sortText: `0${k}` }));
  const language = policyLanguage(doc.text);

  // Inside the contact section: the labels of the channels it lacks.
  // The section being written: the last heading before the cursor (blank lines after a section still belong to it).
  let here: Section | undefined;
  for (const s of doc.sections) { if (s.headingStart > offset) break; here = s; }
  if (contact.section && here && (here.index === contact.section.index || isInside(doc, here, contact.section))) {
    for (const [fact, channel] of FIELD_CHANNELS) {
      if (contact.channels.has(channel)) continue;
      const label = `${CONTACT_LABELS[language][fact]}${labelSeparator(language)}`;
      out.push({ label, kind: 'field', detail: 'missing contact field', insertText: `${label}\${1}`, snippet: true, replaceStart, sortText: `1${label}` });
    }
  }

  // Standard section titles, numbered as the next heading would be.
  const top = numbers[numbers.length - 1]?.text ?? '';
  for (const title of STANDARD_TITLES[language]) {
    out.push({ label: title, kind: 'title', detail: 'standard section title', insertText: top ? `${top}${spaceAfterMarker(top)}${title}` : title, replaceStart, sortText: `2${title}` });
  }
  // Clause snippets, with the correct next top-level number.
  const nextTop = nextTopNumber(doc, offset);
  for (const s of snippets) {
    out.push({ label: s.prefix, kind: 'snippet', detail: s.name, documentation: s.description, insertText: s.body.replace(/^\$\{1:[^}]*\}/, `\${1:${nextTop}}`), snippet: true, replaceStart, sortText: `3${s.prefix}` });
  }
  return out;
}

function isInside(doc: PolicyDocument, s: Section, ancestor: Section): boolean {
  for (let p = s.parent; p !== undefined; p = doc.sections[p].parent) if (p === ancestor.index) return true;
  return false;
}

/** The number a new top-level section at `offset` would get, without its punctuation ("11", "XII", "十一"). */
function nextTopNumber(doc: PolicyDocument, offset: number): string {
  const roots = doc.roots.map((i) => doc.sections[i]).filter((s) => !s.appendix && s.marker && s.marker.decoration !== 'bracket');
  const before = roots.filter((s) => s.start < offset);
  const last = before[before.length - 1] ?? roots[roots.length - 1];
  if (!last?.marker) return '1.';
  const style = roots.length >= 2 ? mainStyle(roots) : styleKey(last.marker);
  const model = roots.find((s) => styleKey(s.marker!) === style)?.marker ?? last.marker;
  return markerWithValue(model, last.marker.value + 1);
}

// ---- hover -------------------------------------------------------------------------------------------------------

export interface HoverInfo {
  readonly start: number;
  readonly end: number;
  /** Markdown. */
  readonly contents: string;
}

export function firstSentence(doc: PolicyDocument, s: Section): string {
  const body = doc.text.slice(s.headingEnd, Math.min(s.end, s.headingEnd + 600)).replace(/\s+/g, ' ').trim();
  const m = /^.*?[.。!?！？](\s|$)/.exec(body);
  return (m ? m[0] : body.slice(0, 200)).trim();
}

export function hoverAt(doc: PolicyDocument, settings: PolicySettings, offset: number): HoverInfo | undefined {
  const link = sectionLinks(doc).find((l) => offset >= l.start && offset <= l.end);
  if (link) {
    const s = link.target;
    const sentence = firstSentence(doc, s);
    // A Markdown heading by its words: its # marks would show in the bold text.
    const heading = s.source === 'markdown' ? headingWords(s.heading) : s.heading.replace(/\s+/g, ' ').trim();
    return { start: link.start, end: link.end, contents: `**${heading}** (line ${s.line + 1})${sentence ? `\n\n${sentence}` : ''}` };
  }
  const line = lineOf(doc.lines, offset);
  const lineStart = doc.lines.starts[line];
  for (const p of findPlaceholders(doc.text.slice(lineStart, doc.lines.ends[line]), lineStart)) {
    if (offset < p.start || offset > p.end) continue;
    const field = placeholderField(doc, p.start);
    const value = field ? settings.facts[field] : undefined;
    const what = field ? `the ${FIELD_NAMES[field]}` : 'a value';
    const how = value
      ? `The policy facts give \`${value}\`: use the quick fix **Fill with ${value}**.`
      : field ? `Add \`"${field}"\` to \`facts\` in \`.privacypolicy.json\` to fill it everywhere, or use the quick fix **Fill in ${FIELD_NAMES[field]}…**.` : 'Replace it with the real text.';
    return { start: p.start, end: p.end, contents: `**Placeholder** for ${what}.\n\n${how}` };
  }
  return undefined;
}

// ---- rename and references -----------------------------------------------------------------------------------------

export interface RenameTarget {
  readonly section: Section;
  readonly part: 'title' | 'number';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The section title or number at `offset`: on its heading, a table-of-contents entry or a reference. */
export function renameTargetAt(doc: PolicyDocument, offset: number): RenameTarget | undefined {
  for (const s of doc.sections) {
    if (offset < s.headingStart || offset > s.headingEnd) continue;
    const numberAt = markerStart(doc.text, s);
    if (s.marker && s.marker.text && offset >= numberAt && offset <= numberAt + s.marker.text.length) {
      const label = numberSpan(doc, numberAt, s.marker);
      return { section: s, part: 'number', ...label };
    }
    return titleTarget(doc, s);
  }
  const link = sectionLinks(doc).find((l) => offset >= l.start && offset <= l.end);
  return link && titleTarget(doc, link.target);
}

/**
 * The title of `s` as written, to rename: its words, or a Markdown heading's words with their markup and character
 * references (`_Sharing_ of Data` for "Sharing of Data"), up to a closing `#` run or anchor; undefined when the
 * words cannot be told apart from the rest of the line.
 */
function titleTarget(doc: PolicyDocument, s: Section): RenameTarget | undefined {
  if (!s.title) return undefined;
  const end = s.titleStart + s.title.length;
  if (doc.text.slice(s.titleStart, end).toLowerCase() === s.title.toLowerCase()) return { section: s, part: 'title', start: s.titleStart, end, text: s.title };
  if (s.source !== 'markdown') return undefined;
  const written = doc.text.slice(s.titleStart, doc.lines.ends[s.line]).replace(/[ \t]+#+[ \t]*$/, '').trimEnd();
  const words = withoutHeadingAnchor(written);
  return words && written.startsWith(words) && headingName(words) === s.title
    ? { section: s, part: 'title', start: s.titleStart, end: s.titleStart + words.length, text: s.title }
    : undefined;
}

const RE_NUMBER_IN_MARKER = new RegExp(`[\\dIVXLCDMivxlcdmA-Za-z一二三四五六七八九十百零〇两${FORMAL_NUMERALS}]+(?:\\.(?:\\d+|[A-Za-z]))*(?=[.、)）:：]?$)`, 'u');

/** The number itself within a marker (`IX` in `IX.`, `2` in `Appendix 2:`). */
function numberSpan(doc: PolicyDocument, start: number, m: Marker): { start: number; end: number; text: string } {
  const text = doc.text.slice(start, start + m.text.length);
  const match = RE_NUMBER_IN_MARKER.exec(text.replace(/^(appendix|section|article|clause|annex|schedule|part|chapter)\s+/i, (w) => ' '.repeat(w.length)));
  if (!match) return { start, end: start + m.text.length, text };
  return { start: start + match.index, end: start + match.index + match[0].length, text: match[0] };
}

/** Every place that names `s`: its heading, its table-of-contents entries, and cross-references to it. */
export function referencesTo(doc: PolicyDocument, s: Section): { start: number; end: number; kind: 'heading' | 'toc' | 'reference' }[] {
  const out: { start: number; end: number; kind: 'heading' | 'toc' | 'reference' }[] = [{ start: s.headingStart, end: s.headingEnd, kind: 'heading' }];
  for (const l of sectionLinks(doc)) if (l.target.index === s.index) out.push({ start: l.start, end: l.end, kind: l.from === 'toc' ? 'toc' : 'reference' });
  return out;
}

/** Edits that rename a section's title or number in its heading, its TOC entries and the references to it. */
export function renameEdits(doc: PolicyDocument, target: RenameTarget, newText: string): Edit[] {
  const s = target.section;
  const edits: Edit[] = [{ start: target.start, end: target.end, newText }];
  const replaceIn = (start: number, end: number) => {
    const text = doc.text.slice(start, end);
    const at = target.part === 'title' ? text.toLowerCase().indexOf(target.text.toLowerCase()) : text.indexOf(target.text);
    if (at >= 0) edits.push({ start: start + at, end: start + at + target.text.length, newText });
  };
  for (const t of doc.tocs) for (const e of t.entries) if (e.target === s.index) replaceIn(e.start, e.end);
  for (const r of doc.references) {
    if (r.target !== s.index) continue;
    // A link by the heading's slug gets the new heading's slug; the words of others are the heading's own.
    if (r.kind === 'anchor') {
      const edit = slugLinkEdit(doc, s, r, target.start, target.end, newText);
      if (edit) edits.push(edit);
    } else replaceIn(r.start, r.end);
  }
  return dedupe(edits);
}

function dedupe(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return sorted.filter((e, i) => i === 0 || e.start >= sorted[i - 1].end);
}

// ---- formatting --------------------------------------------------------------------------------------------------

/**
 * Formatting that never changes a word: a space between a heading's number and its title (`1.How` → `1. How`),
 * one numbering style per level (an Arabic `5.` among Roman `IV.`, `VI.` becomes `V.`: the same number, written
 * in the level's style; renumbering is the numbering rules' quick fix), and no trailing spaces.
 */
export function formatEdits(doc: PolicyDocument): Edit[] {
  const edits: Edit[] = [];
  for (const group of siblingGroups(doc)) {
    const numbered = group.filter((s) => s.marker && !s.appendix && !s.inline && s.source !== 'markdown' && s.marker.decoration !== 'bracket' && s.marker.decoration !== 'multi');
    if (numbered.length < 3) continue;
    const main = mainStyle(numbered);
    const model = numbered.find((s) => styleKey(s.marker!) === main)!.marker!;
    for (const s of numbered) {
      if (styleKey(s.marker!) === main || familyKey(s.marker!) !== familyKey(model)) continue;
      const text = markerWithValue(model, s.marker!.value);
      if (text !== s.marker!.text) edits.push({ start: s.headingStart, end: s.headingStart + s.marker!.text.length, newText: text });
    }
  }
  for (const s of doc.sections) {
    if (!s.marker || s.inline || !s.title || s.source === 'markdown') continue;
    const markerEnd = s.headingStart + s.marker.text.length;
    const gap = doc.text.slice(markerEnd, s.titleStart);
    const cjk = /^[\u4e00-\u9fff]/.test(s.title) || /[、）]$/.test(s.marker.text);
    if (gap === '' && !cjk && /[.:：)]$/.test(s.marker.text)) edits.push({ start: markerEnd, end: markerEnd, newText: ' ' });
    else if (gap.length > 1 && /^[ \t]+$/.test(gap)) edits.push({ start: markerEnd, end: s.titleStart, newText: cjk ? '' : ' ' });
  }
  for (let i = 0; i < doc.lines.length; i++) {
    const end = doc.lines.ends[i];
    let start = end;
    while (start > doc.lines.starts[i] && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
    if (start < end && doc.format !== 'markdown') edits.push({ start, end, newText: '' });
    else if (start < end && doc.format === 'markdown' && end - start !== 2) edits.push({ start, end, newText: '' }); // two spaces are a Markdown line break
  }
  return dedupe(edits);
}

// ---- semantic tokens ----------------------------------------------------------------------------------------------

export const SEMANTIC_TOKEN_TYPES = ['heading', 'sectionNumber', 'tocEntry', 'reference', 'placeholder'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export interface SemanticToken {
  readonly start: number;
  readonly end: number;
  readonly type: SemanticTokenType;
}

/** What the grammar cannot see: headings the parser recognised, their numbers, TOC entries, references, placeholders. */
export function semanticTokens(doc: PolicyDocument): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const s of doc.sections) {
    if (s.marker && s.marker.text) {
      const numberAt = markerStart(doc.text, s);
      out.push({ start: numberAt, end: numberAt + s.marker.text.length, type: 'sectionNumber' });
      if (s.headingEnd > s.titleStart) out.push({ start: s.titleStart, end: s.headingEnd, type: 'heading' });
    } else out.push({ start: s.headingStart, end: s.headingEnd, type: 'heading' });
  }
  for (const t of doc.tocs) for (const e of t.entries) out.push({ start: e.start, end: e.end, type: 'tocEntry' });
  for (const r of doc.references) out.push({ start: r.start, end: r.end, type: 'reference' });
  for (const p of shownPlaceholders(doc)) out.push({ start: p.start, end: p.end, type: 'placeholder' });
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Tokens may not overlap or span lines: keep the first of overlapping ones, one token per line it spans (a
  // heading wrapped onto a second line, a title on the line under its number).
  const kept: SemanticToken[] = [];
  let keptEnd = 0;
  for (const t of out) {
    if (t.start < keptEnd) continue;
    for (let line = lineOf(doc.lines, t.start); line < doc.lines.length && doc.lines.starts[line] < t.end; line++) {
      const start = Math.max(t.start, doc.lines.starts[line]);
      const end = Math.min(t.end, doc.lines.ends[line]);
      if (end > start && !isBlankText(doc.text, start, end)) kept.push({ start, end, type: t.type });
    }
    keptEnd = t.end;
  }
  return kept;
}
