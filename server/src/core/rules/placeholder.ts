/**
 * placeholder: an unfilled value such as [*], [***], [TBD], XXX, 【】, {{name}}, <company email> or ____.
 * Fixes fill it from the policy facts (.privacypolicy.json or the privacyPolicy.facts setting) or ask for it.
 */
import type { ContactInfo } from '../contact';
import { fieldKindOfLabel } from '../text/contactTitle';
import type { MetadataField, MetadataKey, PolicyDocument } from '../model';
import type { PolicyFacts } from '../settings';
import { Match, RE_DATE_TEMPLATE, RE_UNFILLED_VALUE, findPlaceholders, placeholdersAfterEdit } from '../text/patterns';
import { lineOf } from '../text/lines';
import { firstAfter } from '../sections';
import { keepsLines } from '../reuse';
import type { CodeFix, Edit, PreviousVersion, Rule, RuleContext } from './types';

/** What each policy fact is called in messages. */
export const FIELD_NAMES: Record<keyof PolicyFacts, string> = {
  company: 'company name', address: 'postal address', email: 'email address', phone: 'phone number', website: 'website address',
  feedbackUrl: 'online feedback form', protectionOfficer: 'data protection officer', effectiveDate: 'effective date',
};

/** What each date field is called in messages (the effective date is a fact: FIELD_NAMES). */
const METADATA_NAMES: Record<Exclude<MetadataKey, 'effectiveDate'>, string> = {
  lastUpdated: 'date of the last update', established: 'date the policy was first made', version: 'version',
};

/**
 * The date field (or version) whose value holds offset `at`, if any ("Fecha de entrada en vigor: [FECHA]"): the last
 * field starting at or before it (fields are in the text's order; a policy repeated a hundred times has hundreds).
 */
function dateFieldAt(doc: PolicyDocument, at: number): MetadataField | undefined {
  const f = doc.metadata[firstAfter(doc.metadata, at, valueStart) - 1];
  return f && at < f.valueStart + f.value.length ? f : undefined;
}

const valueStart = (f: MetadataField) => f.valueStart;

/** The fact a label or a few words name ("Email", "Our DPO is"), if any. */
function fieldOfWords(words: string): keyof PolicyFacts | undefined {
  if (/effective|生效/i.test(words)) return 'effectiveDate';
  switch (fieldKindOfLabel(words)) {
    case 'email': return 'email';
    case 'phone': return 'phone';
    case 'address': return 'address';
    case 'form': return 'feedbackUrl';
    case 'website': return 'website';
    case 'officer': return 'protectionOfficer';
    case 'company': return 'company';
    default: return undefined;
  }
}

/**
 * The fact a placeholder stands for: from the label before it on its line ("Email:[*]" → email); else from its
 * own words ("<insert email>", "[Company Name]"); else from the words just before it in its sentence ("Our DPO is
 * [insert name]"). A date is the effective date only where the words say so. Undefined when nothing names it.
 */
export function placeholderField(doc: PolicyDocument, start: number): keyof PolicyFacts | undefined {
  if (dateFieldAt(doc, start)?.key === 'effectiveDate') return 'effectiveDate';
  const line = lineOf(doc.lines, start);
  const before = doc.text.slice(Math.max(doc.lines.starts[line], start - 80), start);
  // The label is the text before the last colon, when only spaces stand between the colon and the placeholder;
  // from the end of the field or the sentence before it on the same line, if any ("Email: [email] Address: [*]",
  // "Email us at a@b.example. Address: [*]"; a full stop inside a label, "Tel.", is kept).
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
  const head = before.slice(Math.max(0, colon - 40), colon);
  const labelled = colon >= 0 && before.slice(colon + 1).trim() === '' ? fieldOfWords(head.slice(head.search(/(?:[^:：\]】|｜;；。.]|\.(?!\s))*$/))) : undefined;
  if (labelled) return labelled;
  const m = /^(?:\{\{\s*([\w .-]+?)\s*\}\}|<\s*([^<>]+?)\s*>|\[\s*([^\]]+?)\s*\])/.exec(doc.text.slice(start, start + 60));
  const inner = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase();
  // The words of its sentence right before it, after any placeholder before it ("at [EMAIL] or on [●]": "or on").
  const sentence = before.slice(Math.max(0, before.search(/[^.;!?。；！？\]>}】]*$/))).slice(-40);
  if (/mail/.test(inner) || /^x+@/i.test(doc.text.slice(start, start + 20))) return 'email';
  if (/phone|tel|fax/.test(inner)) return 'phone';
  if (/address/.test(inner)) return 'address';
  if (/url|website|site/.test(inner)) return 'website';
  if (/company/.test(inner)) return 'company';
  if (/\bdpo\b|officer/.test(inner)) return 'protectionOfficer';
  if (/date/.test(inner)) return /effective|生效/i.test(sentence) ? 'effectiveDate' : undefined;
  return fieldOfWords(sentence) ?? (/name/.test(inner) ? 'company' : undefined);
}

/** The placeholders written in each document's text, kept so that the version after an edit searches only near it. */
const inText = new WeakMap<PolicyDocument, readonly Match[]>();

/**
 * The placeholders written in a document's text (findPlaceholders): from those of the version before, when it is
 * given and was searched, the lines around the change searched again (typing in a long policy reads a few lines,
 * not the whole text, on each keystroke).
 */
export function textPlaceholders(doc: PolicyDocument, previous?: PreviousVersion): readonly Match[] {
  let found = inText.get(doc);
  if (found) return found;
  if (previous && keepsLines(previous.doc, doc, previous.change)) {
    const before = inText.get(previous.doc);
    found = before && placeholdersAfterEdit(before, doc.text, doc.lines, previous.change);
  }
  found ??= findPlaceholders(doc.text);
  inText.set(doc, found);
  return found;
}

/**
 * The placeholders of a policy: unfilled values in its text, dates written as templates in its date fields, and
 * contact fields whose whole value says it is still to be filled in ("Phone: TBD").
 */
function placeholdersOf(doc: PolicyDocument, contact: ContactInfo, previous?: PreviousVersion): readonly Match[] {
  const searched = shownPlaceholders(doc, previous);
  const written = searched.some((m) => omissionInQuotation(doc, m)) ? searched.filter((m) => !omissionInQuotation(doc, m)) : searched;
  let found: Match[] | undefined;
  // A field's whole value takes the place of the placeholders inside it ("2026年XX月XX日" of "XX月XX"); one crossing its
  // edge is kept instead.
  const add = (start: number, text: string) => {
    const end = start + text.length;
    const list = found ?? written;
    const inside = (f: Match) => f.start >= start && f.end <= end;
    if (list.some((f) => f.start < end && start < f.end && !inside(f))) return;
    found = list.some(inside) ? list.filter((f) => !inside(f)) : list.slice();
    found.push({ start, end, text });
  };
  for (const field of doc.metadata) {
    const t = RE_DATE_TEMPLATE.exec(field.value);
    if (t) add(field.valueStart + t.index, t[0]);
  }
  for (const field of contact.fields) if (RE_UNFILLED_VALUE.test(field.value)) add(field.valueStart, field.value);
  return found ? found.sort((a, b) => a.start - b.start) : written;
}

/**
 * The placeholders written in a document's text that a reader sees as such: in Markdown, not inside HTML comments
 * and not a link's label (see withoutLinkLabels).
 */
export function shownPlaceholders(doc: PolicyDocument, previous?: PreviousVersion): readonly Match[] {
  return withoutLinkLabels(doc, withoutCommented(doc, textPlaceholders(doc, previous)));
}

/** A link reference definition of Markdown (`[retention]: #retention`, up to three spaces before it): its label. */
const RE_LINK_DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*\S/gm;

/** A link label as CommonMark matches labels: spaces collapsed, case folded. */
function linkLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Without the labels of a Markdown policy's reference links (`[Retention][retention]`, `[retention]` alone, and
 * the definition `[retention]: #retention`): brackets around a label that a definition gives a destination are a
 * link, not a blank to fill in.
 */
function withoutLinkLabels(doc: PolicyDocument, found: readonly Match[]): readonly Match[] {
  if (doc.format !== 'markdown' || found.length === 0 || !doc.text.includes(']:')) return found;
  const labels = new Set<string>();
  for (const m of doc.text.matchAll(RE_LINK_DEFINITION)) labels.add(linkLabel(m[1]));
  if (labels.size === 0) return found;
  return found.filter((f) => !(f.text.startsWith('[') && f.text.endsWith(']') && labels.has(linkLabel(f.text.slice(1, -1)))));
}

/** An HTML comment in a Markdown policy, closed or running to the end of the text, as CommonMark reads one. */
const RE_HTML_COMMENT = /<!--[^]*?(?:-->|$)/g;

/**
 * The placeholders outside a Markdown policy's HTML comments: a note to the authors ("<!-- TODO: fill in [*] -->")
 * is not published, nor is a passage commented out.
 */
function withoutCommented(doc: PolicyDocument, found: readonly Match[]): readonly Match[] {
  if (doc.format !== 'markdown' || found.length === 0 || !doc.text.includes('<!--')) return found;
  // Both in the text's order: one walk through them.
  const comments = [...doc.text.matchAll(RE_HTML_COMMENT)];
  let c = 0;
  return found.filter((f) => {
    while (c < comments.length && comments[c].index! + comments[c][0].length <= f.start) c++;
    return !(c < comments.length && comments[c].index! <= f.start);
  });
}

const RE_BRACKETED_ELLIPSIS = /^\[\s*(?:…|\.{3})\s*\]$/;

/**
 * An ellipsis in brackets inside a quotation on its line ("the policy "applies to all […] services""): words left
 * out of the text quoted, no blank to fill in.
 */
function omissionInQuotation(doc: PolicyDocument, m: Match): boolean {
  if (!RE_BRACKETED_ELLIPSIS.test(m.text)) return false;
  const line = lineOf(doc.lines, m.start);
  const before = doc.text.slice(doc.lines.starts[line], m.start);
  const after = doc.text.slice(m.end, doc.lines.ends[line]);
  const straight = before.split('"').length % 2 === 0 && after.includes('"');
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && after.includes('”');
  return straight || curly;
}

function fillEdits(ctx: RuleContext): Edit[] {
  const edits: Edit[] = [];
  for (const f of placeholdersOf(ctx.doc, ctx.contact)) {
    const field = placeholderField(ctx.doc, f.start);
    const value = field ? ctx.settings.facts[field] : undefined;
    if (value) edits.push({ start: f.start, end: f.end, newText: value });
  }
  return edits;
}

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'An unfilled placeholder such as [*], [TBD], XXX, {{name}} or <company email> left in the policy.';

export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'error',
  check({ doc, contact }, previous) {
    return placeholdersOf(doc, contact, previous).map((m) => {
      const field = placeholderField(doc, m.start);
      // Not a fact the settings could fill in, but named all the same: a date field's value, or a date's blank.
      const dated = field ? undefined : dateFieldAt(doc, m.start);
      const name = field ? FIELD_NAMES[field] : dated ? METADATA_NAMES[dated.key as keyof typeof METADATA_NAMES] : /date/i.test(m.text) ? 'date' : undefined;
      return {
        start: m.start, end: m.end,
        message: name ? `"${m.text}" is a placeholder: fill in the ${name}.` : `"${m.text}" is a placeholder: replace it with the real text.`,
        data: { field },
      };
    });
  },
  fixes(ctx, finding) {
    const field = finding.data?.field as keyof PolicyFacts | undefined;
    const fixes: CodeFix[] = [];
    const value = field ? ctx.settings.facts[field] : undefined;
    if (value) fixes.push({ title: `Fill with ${value}`, edits: [{ start: finding.start, end: finding.end, newText: value }], preferred: true, safe: true });
    else fixes.push({ title: `Fill in ${field ? FIELD_NAMES[field] : 'the value'}…`, edits: [], command: { name: 'privacyPolicy.fillPlaceholder', start: finding.start, end: finding.end, field: field ?? 'text' } });
    const all = fillEdits(ctx);
    if (all.length > 1) fixes.push({ title: `Fill all placeholders in this file that have a known value (${all.length})`, edits: all });
    return fixes;
  },
};
