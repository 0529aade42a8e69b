/**
 * The contact section and what it offers: labelled fields ("Email: …", "Tel: …", "Address: …") and channels
 * found in its text (an address written in a sentence, "contact us through online submission"). A channel only
 * counts when its value is usable: not a placeholder and well-formed.
 */
import type { PolicyDocument, Section } from './model';
import { isCanonicalTitle } from './parse/headings';
import type { ContactChannel } from './settings';
import { FieldKind, fieldKindOfLabel, isContactTitle } from './text/contactTitle';
import { titleIndex } from './text/titleIndex';
import { normalizeTitle } from './text/titles';
import { withCharacterReferences } from './text/entities';
import { Match, RE_EMAIL, RE_PHONE, RE_POSTAL_ADDRESS, RE_UNFILLED_VALUE, RE_URL, digitCount, findAll, findPlaceholders, hasEmail, hasUrl, isServiceNumber, isValidEmail, isValidPhone, isValidUrl, isVanityNumber, unobfuscatedEmail } from './text/patterns';

export interface ContactField {
  readonly kind: FieldKind;
  readonly label: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly placeholder: boolean;
  /** False for a value that is present but malformed. */
  readonly valid: boolean;
}

export interface ContactInfo {
  readonly section: Section | undefined;
  readonly fields: readonly ContactField[];
  /** Channels with a usable value, from fields or from the section's text. */
  readonly channels: ReadonlySet<ContactChannel>;
}

export function findContactSection(doc: PolicyDocument): Section | undefined {
  const candidates = sectionsTitled(doc, isContactTitle);
  if (candidates.length === 0) return controllerSection(doc);
  // A section about contact alone ("Contact", "How to contact us") before one that also holds other matters
  // ("Your rights and contact", whose "Contact" article is the one readers look for); the least nested first (not
  // "### Contact Information", the data collected, under "## Information We Collect", before "## Contact Us").
  const own = candidates.filter((s) => isCanonicalTitle(s.title));
  const pool = own.length ? own : candidates;
  let top = pool[0];
  for (const s of pool) if (s.level < top.level) top = s;
  return top;
}

/**
 * Without a section about contact, the section naming who is responsible for the data ("Hinweis zur
 * verantwortlichen Stelle", "¿Quién es el responsable del tratamiento…?", "Data Controller"), or else the one naming
 * the officer who answers for it ("Data Protection Officer", "개인정보 보호책임자"), is where readers find how to reach
 * them, as GDPR and Korean policies write it, when it gives an email address or a phone number (an address
 * alone, in an article naming the controller, tells who is responsible rather than how to ask a question).
 */
function controllerSection(doc: PolicyDocument): Section | undefined {
  const reachable = (s: Section) => {
    const channels = new Set<ContactChannel>();
    addChannelsOfText(doc.text.slice(s.headingEnd, s.end), channels);
    return channels.has('email') || channels.has('phone');
  };
  // Or the section naming the officer who answers for it ("Data Protection Officer", "개인정보 보호책임자").
  return sectionsTitled(doc, isControllerTitle).find((s) => !s.inline && reachable(s)) ?? sectionsTitled(doc, isOfficerTitle).find((s) => !s.inline && reachable(s));
}

/**
 * The sections whose titles pass `test`, in order. Read from the titles alone (see TitleIndex.matching): asked once
 * for all the versions of a document typed without changing a heading.
 */
function sectionsTitled(doc: PolicyDocument, test: (title: string) => boolean): Section[] {
  return titleIndex(doc.sections).matching(test).map((i) => doc.sections[i]);
}

/**
 * Titles of the section naming the person responsible for privacy, in the languages above and Korean and Japanese,
 * and as Korean policies are translated ("Personal Information Protection Officer"); the "Grievance Officer" Indian
 * policies name, as the law there asks.
 */
const RE_OFFICER_TITLE = /\b(?:data protection|privacy|data privacy|information protection|grievance|nodal) officer\b|\bDPO\b|datenschutzbeauftragte|délégué à la protection des données|delegado de protección de datos|encarregado|responsabile della protezione dei dati|个人信息保护负责人|個人情報保護管理者|個人情報保護責任者|개인정보\s*보호\s*책임자/i;

function isOfficerTitle(title: string): boolean {
  return RE_OFFICER_TITLE.test(title);
}

const RE_FIELD = /^([^:：\n]{1,40}?)[ \t\u3000]*[:：][ \t\u3000]*(.*)$/;

/**
 * Where a field may start after another on the same line: after a separator (`|`, `;`, a tab, two spaces) or the
 * end of a sentence or clause, before a label and its colon ("Email: … | Tel: …", "… Berlin. E-mail: …"); or after
 * one space, before a label of one or two words that starts with a capital ("Email: [email] Address: [*]").
 */
const RE_FIELD_BOUNDARY = /(?:[ \t\u3000]*[|｜;；\t][ \t\u3000]*|[ \u3000]{2,}|(?<=[.,，。、])[ \u3000]+|(?<=\S) )(?=([^\s:：|｜;；][^:：|｜;；\n]{0,39}?)[ \t\u3000]*[:：])/g;
/** A label set apart by one space only: one or two words, the first capitalised ("Address", "Phone number"). */
const RE_SPACED_LABEL = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+)?$/u;

/**
 * The parts of a line that may each hold a field: the whole line, unless further labels of a known kind (not
 * "contact", which a sentence may hold) follow a separator, where the line is cut.
 */
function fieldSegments(line: string): { start: number; text: string }[] {
  const cuts: { start: number; end: number }[] = [];
  if (line.includes(':') || line.includes('：')) {
    for (const m of line.matchAll(RE_FIELD_BOUNDARY)) {
      const label = m[1].trim();
      if (m[0] === ' ' && !RE_SPACED_LABEL.test(label)) continue;
      const kind = fieldKindOfLabel(label);
      if (m.index! <= 0 || kind === undefined || kind === 'other') continue;
      // A word that names nothing before the label ends the value before it ("…, Shenzhen Tel: …": the address
      // ends with "Shenzhen"); one that belongs to the label stays with it ("Postal address", "Contact email").
      const space = label.indexOf(' ');
      if (space > 0 && fieldKindOfLabel(label.slice(0, space)) === undefined && fieldKindOfLabel(label.slice(space + 1)) === kind) {
        const rest = m.index! + m[0].length + space + 1;
        cuts.push({ start: rest - 1, end: rest });
      } else cuts.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  const segments: { start: number; text: string }[] = [];
  let start = 0;
  for (const cut of cuts) {
    segments.push({ start, text: line.slice(start, cut.start) });
    start = cut.end;
  }
  segments.push({ start, text: line.slice(start) });
  return segments;
}

function kindOfValue(value: string): ContactChannel | 'website' | undefined {
  if (hasEmail(value)) return 'email';
  if (hasUrl(value)) return 'website';
  const phone = findAll(RE_PHONE, value)[0];
  if (phone && digitCount(phone.text) >= 7) return 'phone';
  return undefined;
}

/** A value saying a channel does not exist: "N/A", "none", "not applicable", "—", "无". */
const RE_NOT_APPLICABLE = /^(?:n\/?a|none|not applicable|nil|[-—–]|无|なし|없음)\.?$/i;

/** Brackets holding words or times, not digits of a number: office hours and remarks after a phone number. */
const RE_BRACKETED_REMARK = /[(（][^()（）]*[\p{L}:：][^()（）]*[)）]/gu;

/** A domain name, with a path or not, and nothing else: `example.com`, `privacy.example.co.uk/request`. */
const RE_BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:\/[^\s]*)?$/i;

function validValue(kind: FieldKind, value: string): boolean {
  if (!value) return false;
  switch (kind) {
    case 'email': { const e = findAll(RE_EMAIL, unobfuscatedEmail(value)); return e.length > 0 && e.every((m) => isValidEmail(m.text)); }
    case 'phone': {
      if (isServiceNumber(value) || isVanityNumber(value)) return true;
      // A remark in brackets is no part of the number: "(9:00-18:00, Monday to Friday)", "(toll free)".
      const p = findAll(RE_PHONE, value.replace(RE_BRACKETED_REMARK, ' '));
      return p.length > 0 && p.every((m) => isValidPhone(m.text));
    }
    case 'website': case 'form': {
      const u = findAll(RE_URL, value);
      // A domain written without its scheme ("example.com/contact") is an address browsers open.
      if (u.length === 0 && RE_BARE_DOMAIN.test(value.trim())) return isValidUrl(`https://${value.trim()}`);
      return kind === 'form' && u.length === 0 ? value.length > 3 : u.length > 0 && u.every((m) => isValidUrl(m.text));
    }
    default: return value.length > 0;
  }
}

export function analyzeContact(doc: PolicyDocument): ContactInfo {
  const section = findContactSection(doc);
  const channels = new Set<ContactChannel>();
  const fields: ContactField[] = [];
  if (!section) return { section, fields, channels };
  const { text, lines } = doc;
  const firstLine = section.line + (section.inline ? 0 : 1);
  const endOffset = section.end;
  for (let i = firstLine; i < lines.length && lines.starts[i] < endOffset; i++) {
    const s = lines.starts[i];
    const e = Math.min(lines.ends[i], endOffset);
    if (e - s > 400) continue;
    for (const segment of fieldSegments(text.slice(s, e))) {
      const m = RE_FIELD.exec(segment.text.trim());
      if (!m) continue;
      const at = s + segment.start + segment.text.length - segment.text.trimStart().length;
      const label = m[1].trim().replace(/^[-*·•\d.()（）\s]+/, '');
      // A separator left after the value where the next field starts ("Address: 1 Main St, Springfield, Tel: …") is
      // no part of it.
      const value = m[2].trim().replace(RE_TRAILING_SEPARATOR, '');
      let kind = fieldKindOfLabel(label);
      if (!kind) continue;
      // "Mail: privacy@…" (and an address field holding an email address) is an email field.
      if (kind === 'other' || kind === 'company' || kind === 'officer' || (kind === 'address' && kindOfValue(value) === 'email')) kind = kindOfValue(value) ?? kind;
      // "Fax: N/A" says there is none: no channel, and nothing malformed.
      if (RE_NOT_APPLICABLE.test(value)) continue;
      const valueStart = at + m[0].length - m[2].length + (m[2].length - m[2].trimStart().length);
      const placeholder = findPlaceholders(value).length > 0 || RE_UNFILLED_VALUE.test(value);
      // (As a page shows it: `+1&nbsp;212…`, `privacy&#64;example.com` are a phone number and an address.)
      const valid = !placeholder && validValue(kind, withCharacterReferences(value));
      fields.push({ kind, label, line: i, start: at, end: at + m[0].trimEnd().length, value, valueStart, valueEnd: valueStart + value.length, placeholder, valid });
      if (valid && (kind === 'email' || kind === 'phone' || kind === 'address' || kind === 'form')) channels.add(kind);
    }
  }
  // Channels written in sentences: "can be contacted at: 0755-…", "write to us at privacy@…".
  addChannelsOfText(text.slice(section.headingEnd, endOffset), channels);
  // The section naming who is responsible ("1. Controller", "Verantwortlicher", "Who we are") gives details readers
  // can use as well: GDPR policies write the address there, and only an email under "Contact".
  if (channels.size < 4) {
    for (const s of sectionsTitled(doc, isControllerTitle)) if (s !== section && !s.inline) addChannelsOfText(text.slice(s.headingEnd, s.end), channels);
  }
  // So does a section the contact section refers readers to ("by post to the address in Article 1").
  for (const r of doc.references) {
    if (channels.size >= 4 || r.start >= endOffset) break;
    const target = r.target === undefined ? undefined : doc.sections[r.target];
    if (r.start >= section.headingEnd && target && target !== section) addChannelsOfText(text.slice(target.headingEnd, target.end), channels);
  }
  return { section, fields, channels };
}

const RE_TRAILING_SEPARATOR = /[\s,;，；、]+$/;

/**
 * Titles of the section that names the company responsible for the data, in English, German, French, Spanish,
 * Italian, Dutch, the Nordic languages, Finnish, Polish, Turkish and Portuguese.
 */
const RE_CONTROLLER_TITLE = /\bcontroller\b|\bresponsible (?:party|entity|body)\b|^(?:who we are|about us)$|verantwortlich(?:e[nr]?)?\b|responsable (?:du|del) tratamiento|responsable du traitement|titolare del trattamento|verwerkingsverantwoordelijke|^wie zijn wij$|personuppgiftsansvarig|dataansvarlig|behandlingsansvarlig|rekisterinpitäjä|administrator danych|veri sorumlusu|controlador/;
// Every such title has one of these words as written: a cheap test before normalising the title (every section's).
const RE_CONTROLLER_WORDS = /controller|responsib|who we are|about us|verantwortlich|responsable|titolare|verantwoordelijk|wie zijn wij|ansvar|rekisterinpit|administrator|sorumlu|controlador/i;

function isControllerTitle(title: string): boolean {
  return RE_CONTROLLER_WORDS.test(title) && RE_CONTROLLER_TITLE.test(normalizeTitle(title));
}

/** The channels a passage names in its sentences: valid email addresses, phone numbers, a postal address, a form. */
function addChannelsOfText(body: string, channels: Set<ContactChannel>): void {
  const bodyWithoutPlaceholders = withoutPlaceholders(body);
  // (Also one written against harvesting robots, "privacy [at] example [dot] com".)
  if (firstEmail(unobfuscatedEmail(bodyWithoutPlaceholders))) channels.add('email');
  if (firstPhone(bodyWithoutPlaceholders)) channels.add('phone');
  if (RE_POSTAL_ADDRESS.test(bodyWithoutPlaceholders)) channels.add('address');
  if (RE_FORM_WORDS.test(bodyWithoutPlaceholders)) channels.add('form');
  // A web address for requests ("submit a request at https://…/privacy-request", "the form on our Contact page (https://…)").
  else if (RE_REQUEST_WORDS.test(bodyWithoutPlaceholders) && hasUrl(bodyWithoutPlaceholders) && findAll(RE_URL, bodyWithoutPlaceholders).some((m) => isValidUrl(m.text))) channels.add('form');
}

/** The first valid email address written in a text (without placeholders), if any. */
function firstEmail(text: string): Match | undefined {
  return text.includes('@') ? findAll(RE_EMAIL, text).find((m) => isValidEmail(m.text)) : undefined;
}

/** The first phone number written in a text (without placeholders), if any: not a company's registration number,
 * which the label before its digits names. */
function firstPhone(text: string): Match | undefined {
  if (!/\d/.test(text)) return undefined;
  return findAll(RE_PHONE, text).find((m) => {
    if (!isValidPhone(m.text) || digitCount(m.text) < 7) return false;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return !RE_REGISTRATION_BEFORE.test(before) && !RE_POSTAL_CODE_BEFORE.test(before);
  });
}

/** The title of the section that says how to make a request ("How to Exercise Your Rights", "Making a request"). */
const RE_REQUEST_TITLE = /\bexercis(?:e|ing)\b.{0,20}\brights?\b|\b(?:making|make|submit(?:ting)?)\s+(?:a\s+)?requests?\b/i;
/** One function for every analysis: TitleIndex.matching keeps its answers by the test asked. */
const isRequestTitle = (title: string): boolean => RE_REQUEST_TITLE.test(title);

/** How much of the opening and of the last section contactInPassing reads (a long policy is not read whole). */
const MAX_PASSING_READ = 20000;

/**
 * In a policy without a contact section, an email address or a phone number given in passing, where policies put
 * one without a heading: in the opening text before the first section, in the last top-level section ("Article
 * 6 For questions, contact privacy@… or call …" under "Supplementary Provisions"), or in the section that says how
 * to make a request ("How to Exercise Your Rights" / "Email privacy@… or call …"); undefined when there is none.
 */
export function contactInPassing(doc: PolicyDocument): Match | undefined {
  const first = doc.sections.find((s) => !s.inline);
  const lastRoot = doc.roots.length ? doc.sections[doc.roots[doc.roots.length - 1]] : undefined;
  const stretches: [number, number][] = [[0, Math.min(first ? first.start : doc.text.length, MAX_PASSING_READ)]];
  if (lastRoot) stretches.push([lastRoot.headingEnd, Math.min(lastRoot.end, lastRoot.headingEnd + MAX_PASSING_READ)]);
  for (const s of sectionsTitled(doc, isRequestTitle)) {
    if (!s.inline && s !== lastRoot) stretches.push([s.headingEnd, Math.min(s.end, s.headingEnd + MAX_PASSING_READ)]);
  }
  for (const [start, end] of stretches) {
    const body = withoutPlaceholders(doc.text.slice(start, end));
    const email = firstEmail(body);
    const phone = firstPhone(body);
    const found = email && phone ? (email.start < phone.start ? email : phone) : email ?? phone;
    if (found) return { start: start + found.start, end: start + found.end, text: found.text };
  }
  return undefined;
}

/**
 * The label of a company's registration, tax or VAT number right before its digits ("org.nr 556000-0000", "Company
 * No. 01234567", "HRB 12345", "VAT GB123456789", "统一社会信用代码 91310000…"): those digits are no phone number.
 */
const RE_REGISTRATION_BEFORE = /(?:\b(?:org\.?\s?-?nr|reg(?:istration)?\.?\s?(?:no|number|nr)|company (?:no|number|registration number)|registered (?:number|no)|vat(?: reg(?:istration)?)?(?: (?:no|number|id))?|ust-?idnr|hrb|hra|kvk(?:-nummer)?|cvr(?:-nr)?|siren|siret|rcs|cif|nif|p\.?\s?iva|partita iva|abn|acn|ein|cnpj|crn)|统一社会信用代码)\.?\s*[:：]?\s*[A-Z]{0,3}\s?$/iu;

/**
 * The mark or label of a postal code right before its digits ("〒150-0002", "CEP 01310-100", "PIN 560001",
 * "邮编 200120"): a postal code of seven digits or more is no phone number.
 */
const RE_POSTAL_CODE_BEFORE = /(?:〒|\b(?:cep|pin(?: ?code)?|zip(?: ?code)?|postal code|post ?code|plz|c\.p\.|c[óo]digo postal|code postal)|邮编|邮政编码|郵便番号|우편번호)\s*[:：.]?\s*$/iu;

/** `text` with its placeholders blanked out (found by findPlaceholders' substring search, not by running the pattern over it). */
function withoutPlaceholders(text: string): string {
  const found = findPlaceholders(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of found) { out += text.slice(at, p.start) + ' '; at = p.end; }
  return out + text.slice(at);
}

// (An app's "Feedback function" and an "online customer service" are where Chinese and Japanese apps take requests.)
const RE_FORM_WORDS = /online (form|submission|feedback|customer service)|web ?form|contact form|feedback (form|page|function|feature|entry|channel)|in-app feedback|在线(提交|反馈|表单|客服)|反馈(页面|功能|入口)|意见反馈/i;
/** Words that say a web address takes requests: a form, a portal, a request to submit, a contact page. */
const RE_REQUEST_WORDS = /\b(?:form|portal|submit|request|contact page)\b|表单|提交|申请/i;
