/** Whether a section's title says it is about contacting the company (in many languages). */
import { normalizeTitle } from './titles';

// English, Chinese, Japanese and Korean, and the words European and other policies use (Kontakt, Kontakta oss,
// Contactgegevens, Contacto, Contáctanos, Nous contacter, Contatti, Contato, Fale conosco, İletişim, Yhteystiedot,
// Kapcsolat, Επικοινωνία, Контакты, Liên hệ, Hubungi kami), but not "Contacts", which is the data of a phone's
// address book.
const RE_CONTACT_TITLE = /\bcontact(ing|gegevens|informatie)?\b|\breach us\b|\bget in touch\b|^(any |have |your )?questions?\b|^(comments|concerns) and questions$|^(inquiries|enquiries)$|\bkontakt(a|ieren|daten|uppgifter|oplysninger|informasjon|informationen)?\b|\bcont[aá]ct(o|enos|anos)\b|\bcontact(er|ez)\b|\bcontatt[io]\b|\bcontattaci\b|\bcontato\b|\bfale conosco\b|i\u0307?leti\u0307?[şs]i\u0307?m|yhteystiedot|ota yhteytt|kapcsolat|επικοινων|контакт|связ[аь]т|liên hệ|hubungi kami|ติดต่อ|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처/i;

// Every contact title has one of these words as written: a cheap test before normalising the title.
const RE_CONTACT_WORDS = /cont[aá]ct|contat|kontakt|reach|touch|question|quiries|conosco|yhteys|yhteytt|kapcsolat|hubungi/i;
// And those written with letters outside ASCII, looked for only in a title that has one.
const RE_CONTACT_WORDS_OTHER = /leti[şs]im|let[iİ][şs][iİ]m|liên hệ|επικοινων|контакт|связ|ติดต่อ|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처/i;
const RE_NOT_ASCII = /[^\x00-\x7f]/;

export function isContactTitle(title: string): boolean {
  if (!RE_CONTACT_WORDS.test(title) && !(RE_NOT_ASCII.test(title) && RE_CONTACT_WORDS_OTHER.test(title))) return false;
  const n = normalizeTitle(title);
  return RE_CONTACT_TITLE.test(n) && n.split(' ').length <= 8;
}
