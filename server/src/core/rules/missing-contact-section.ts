/** missing-contact-section: the policy never says how to reach the organisation. */
import { contactInPassing } from '../contact';
import { atxMarks } from '../parse/markdown';
import { markerWithValue } from '../parse/numbering';
import { markerStart } from '../sections';
import type { PolicyDocument, TableOfContents } from '../model';
import type { PolicyFacts } from '../settings';
import type { Edit, Rule } from './types';
import { CONTACT_LABELS, PolicyLanguage, labelSeparator, policyLanguage } from '../text/language';
import { eolOf, isBlankLine, lastTextLineBeforeFooter, lineNumber, nextTextLine, oneLine } from './util';

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'The policy has no contact section, so readers cannot exercise their rights or ask questions.';

export const missingContactSection: Rule = {
  code: 'missing-contact-section',
  defaultSeverity: 'error',
  check({ doc, contact }) {
    if (contact.section || doc.text.trim().length === 0) return [];
    // Details given in passing reach readers who read that far: said more mildly, where they are.
    const passing = contactInPassing(doc);
    if (passing) {
      return [{ start: passing.start, end: passing.end, severity: 'warning', message: `This policy has no contact section: it gives "${oneLine(passing.text, 60)}" only in passing, at line ${lineNumber(doc, passing.start)}. Put the contact details in a section of their own ("Contact Us"), where readers look for them.` }];
    }
    const at = doc.title ?? doc.sections[0];
    const start = at ? ('headingStart' in at ? at.headingStart : at.start) : 0;
    const end = at ? ('headingEnd' in at ? at.headingEnd : at.end) : 0;
    return [{ start, end, message: 'This policy has no contact section. Add one that tells readers how to reach you: email, postal address, and a phone number or online form.' }];
  },
  fixes({ doc, settings }) {
    const eol = eolOf(doc.text);
    // The policy's sections: the top level, or the level under a Markdown title heading (`# Privacy Policy`).
    const single = doc.roots.length === 1 ? doc.sections[doc.roots[0]] : undefined;
    const level = (single?.source === 'markdown' && single.children.length ? single.children : doc.roots).map((i) => doc.sections[i]);
    const roots = level.filter((s) => !s.appendix);
    const last = [...roots].reverse().find((s) => s.marker);
    const number = last?.marker ? markerWithValue(last.marker, last.marker.value + 1) : '';
    const spaced = !!last?.marker && last.titleStart > markerStart(doc.text, last) + last.marker.text.length;
    // Titles in brackets after their numbers ("第1条（目的）", "Article 1 (Purpose)") are written so again.
    const brackets = last?.marker ? /^([（(]).*([）)])$/.exec(last.title.trim()) : null;
    const gap = spaced ? ' ' : (number && !brackets && !/[.、)）]$/.test(number) ? ' ' : '');
    // In Markdown, a heading of the same level as the others (`## 5. Contact Us`), written with `#` marks also where
    // they are underlined or HTML headings (the level is the author's there).
    const lastRoot = roots.length ? roots[roots.length - 1] : undefined;
    const marks = lastRoot?.source === 'markdown' ? atxMarks(lastRoot.heading) ?? '#'.repeat(Math.min(6, Math.max(1, lastRoot.level))) : undefined;
    const language = policyLanguage(doc.text);
    const title = brackets ? `${brackets[1]}${SECTION[language].title}${brackets[2]}` : SECTION[language].title;
    const heading = `${marks ? `${marks} ` : ''}${number}${number ? gap : ''}${title}`;
    // After the last section: before the appendices, or before a table of contents that closes the policy (two blank
    // lines apart, so that the new section's lines are not read as more of its entries).
    // (The tables whose last entry names the last section: the first gets the new section's entry.)
    const listing = lastRoot ? doc.tocs.filter((t) => t.entries[t.entries.length - 1]?.target === lastRoot.index) : [];
    const closingToc = lastRoot && listing.find((t) => t.startLine > lastRoot.line);
    const appendix = level.find((s) => s.appendix);
    // Or before a page's footer pasted after the text ("© 2026 Example, Inc. All rights reserved."), a blank line apart.
    const footer = appendix || closingToc ? -1 : nextTextLine(doc, lastTextLineBeforeFooter(doc, doc.lines.length - 1, lastRoot?.line ?? 0) + 1);
    const insertAt = appendix?.start ?? (closingToc ? doc.lines.starts[closingToc.introLine ?? closingToc.startLine] : footer >= 0 ? doc.lines.starts[footer] : doc.text.length);
    const before = insertAt === doc.text.length ? (doc.text.endsWith('\n') || doc.text.endsWith('\r') ? '' : eol) + eol : footer >= 0 && !isBlankLine(doc, footer - 1) ? eol : '';
    const after = insertAt === doc.text.length ? eol : !appendix && closingToc ? eol + eol + eol : eol + eol;
    // The required channels; an online form only when one is known (a phone number satisfies the same need).
    const keys: (keyof PolicyFacts)[] = [...(settings.facts.company ? ['company' as const] : []), 'address', 'email', 'phone', ...(settings.facts.feedbackUrl ? ['feedbackUrl' as const] : [])];
    const body = contactLines(settings.facts, keys, language).join(eol);
    const text = `${before}${heading}${eol}${SECTION[language].intro}${eol}${body}${after}`;
    const edits = [{ start: insertAt, end: insertAt, newText: text }];
    // A table of contents that lists the last section gets an entry for the new one, written as its last entry is.
    const entry = listing.length ? tocEntryAfter(doc, listing[0], title, eol) : undefined;
    if (entry) edits.push(entry);
    edits.sort((a, b) => a.start - b.start);
    return [{ title: entry ? 'Add a contact section and its table-of-contents entry' : 'Add a contact section', edits, preferred: true }];
  },
};

/**
 * An entry for a new section after the last entry of `toc`: its indentation, its number (the next of the entries'
 * own) and the title.
 */
function tocEntryAfter(doc: PolicyDocument, toc: TableOfContents, title: string, eol: string): Edit | undefined {
  const entry = toc.entries[toc.entries.length - 1];
  // A table run into a line gets the entry after its last, parted as its entries are ("Use | Sharing | Contact Us"),
  // when they are titles alone; one whose entries are numbered is left to toc-mismatch's fix.
  if (toc.runIn) {
    const previous = toc.entries[toc.entries.length - 2];
    return previous && !entry.marker ? { start: entry.end, end: entry.end, newText: `${doc.text.slice(previous.end, entry.start)}${title}` } : undefined;
  }
  const lead = doc.text.slice(doc.lines.starts[entry.line], entry.marker ? entry.start : entry.titleStart);
  // Only an entry that is its number and title: one with a page number, dot leaders or a link after its title, or
  // a link's bracket before it, is left to toc-mismatch's fix, which writes tables whole.
  const rest = doc.text.slice(entry.titleStart + entry.title.length, doc.lines.ends[entry.line]);
  if (rest.trim() !== '' || lead.includes('[')) return undefined;
  const number = entry.marker ? markerWithValue(entry.marker, entry.marker.value + 1) : '';
  const between = entry.marker ? doc.text.slice(entry.start + entry.marker.text.length, entry.titleStart) : '';
  const at = doc.lines.ends[entry.line];
  return { start: at, end: at, newText: `${eol}${lead}${number}${between}${title}` };
}

/** The placeholder left where a fact is not known, in each language a fix writes. */
const BLANKS: Record<PolicyLanguage, Record<keyof PolicyFacts, string>> = {
  en: { company: '[company name]', address: '[postal address]', email: '[email address]', phone: '[phone number]', feedbackUrl: '[insert form URL]', website: '[insert website URL]', protectionOfficer: '[insert name]', effectiveDate: '[date]' },
  zh: { company: '【填写公司名称】', address: '【填写联系地址】', email: '【填写电子邮箱】', phone: '【填写联系电话】', feedbackUrl: '【填写表单网址】', website: '【填写网站网址】', protectionOfficer: '【填写姓名】', effectiveDate: '【填写日期】' },
  ja: { company: '【会社名を記入】', address: '【住所を記入】', email: '【メールアドレスを記入】', phone: '【電話番号を記入】', feedbackUrl: '【フォームのURLを記入】', website: '【URLを記入】', protectionOfficer: '【氏名を記入】', effectiveDate: '【日付を記入】' },
  ko: { company: '【회사명 입력】', address: '【주소 입력】', email: '【이메일 입력】', phone: '【전화번호 입력】', feedbackUrl: '【양식 URL 입력】', website: '【URL 입력】', protectionOfficer: '【성명 입력】', effectiveDate: '【날짜 입력】' },
  de: { company: '[Unternehmen einfügen]', address: '[Anschrift einfügen]', email: '[E-Mail-Adresse einfügen]', phone: '[Telefonnummer einfügen]', feedbackUrl: '[URL des Formulars einfügen]', website: '[Website einfügen]', protectionOfficer: '[Name einfügen]', effectiveDate: '[Datum einfügen]' },
  fr: { company: '[insérer le nom de la société]', address: '[insérer l\'adresse postale]', email: '[insérer l\'adresse e-mail]', phone: '[insérer le numéro de téléphone]', feedbackUrl: '[insérer l\'URL du formulaire]', website: '[insérer l\'URL du site]', protectionOfficer: '[insérer le nom]', effectiveDate: '[insérer la date]' },
  es: { company: '[nombre de la empresa]', address: '[dirección postal]', email: '[correo electrónico]', phone: '[teléfono]', feedbackUrl: '[URL del formulario]', website: '[URL del sitio web]', protectionOfficer: '[nombre]', effectiveDate: '[fecha]' },
  pt: { company: '[inserir nome da empresa]', address: '[inserir endereço]', email: '[inserir e-mail]', phone: '[inserir telefone]', feedbackUrl: '[inserir URL do formulário]', website: '[inserir site]', protectionOfficer: '[inserir nome]', effectiveDate: '[inserir data]' },
  it: { company: '[inserire ragione sociale]', address: '[inserire indirizzo]', email: '[inserire e-mail]', phone: '[inserire telefono]', feedbackUrl: '[inserire URL del modulo]', website: '[inserire sito web]', protectionOfficer: '[inserire nome]', effectiveDate: '[inserire data]' },
};
/** The heading and the sentence of a contact section the fix adds. */
const SECTION: Record<PolicyLanguage, { title: string; intro: string }> = {
  en: { title: 'Contact Us', intro: 'If you have questions about this policy or want to exercise your rights, contact us:' },
  zh: { title: '联系我们', intro: '如您对本政策有任何疑问，或希望行使您的权利，请通过以下方式与我们联系：' },
  ja: { title: 'お問い合わせ窓口', intro: '本ポリシーに関するご質問、または権利の行使については、以下までご連絡ください。' },
  ko: { title: '문의처', intro: '본 방침에 관한 문의나 권리 행사는 아래로 연락해 주십시오.' },
  de: { title: 'Kontakt', intro: 'Bei Fragen zu dieser Datenschutzerklärung oder zur Ausübung Ihrer Rechte erreichen Sie uns unter:' },
  fr: { title: 'Nous contacter', intro: 'Pour toute question sur cette politique ou pour exercer vos droits, contactez-nous :' },
  es: { title: 'Contacto', intro: 'Si tiene preguntas sobre esta política o desea ejercer sus derechos, contáctenos:' },
  pt: { title: 'Contato', intro: 'Se tiver dúvidas sobre esta política ou quiser exercer seus direitos, entre em contato conosco:' },
  it: { title: 'Contatti', intro: 'Per domande su questa informativa o per esercitare i tuoi diritti, contattaci:' },
};

/** "Label: value" lines in the policy's language, filled from the facts where known and with a placeholder otherwise. */
export function contactLines(facts: PolicyFacts, keys: readonly (keyof PolicyFacts)[], language: PolicyLanguage = 'en'): string[] {
  return keys.map((k) => `${CONTACT_LABELS[language][k]}${labelSeparator(language)}${facts[k] ?? BLANKS[language][k]}`);
}
