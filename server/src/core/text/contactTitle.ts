/** Whether a section's title says it is about contacting the company (in many languages). */
import { normalizeTitle } from './titles';

// English, Chinese, Japanese and Korean, and the words European policies use (Kontakt, Contacto, Contáctenos,
// Nous contacter, Contatti, Contato, Fale conosco), but not "Contacts", which is the data of a phone's address book.
const RE_CONTACT_TITLE = /\bcontact(ing)?\b|\breach us\b|\bget in touch\b|^(any |have |your )?questions?\b|^(comments|concerns) and questions$|^(inquiries|enquiries)$|\bkontakt(ieren)?\b|\bcont[aá]ct(o|enos)\b|\bcontact(er|ez)\b|\bcontatt[io]\b|\bcontattaci\b|\bcontato\b|\bfale conosco\b|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처/i;

// Every contact title has one of these words as written: a cheap test before normalising the title.
const RE_CONTACT_WORDS = /cont[aá]ct|contat|kontakt|reach|touch|question|quiries|conosco|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처/i;

export function isContactTitle(title: string): boolean {
  if (!RE_CONTACT_WORDS.test(title)) return false;
  const n = normalizeTitle(title);
  return RE_CONTACT_TITLE.test(n) && n.split(' ').length <= 8;
}
