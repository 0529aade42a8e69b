/** Whether a section's title says it is about contacting the company (in many languages), and what a contact field's label names. */
import type { ContactChannel } from '../settings';
import { normalizeTitle } from './titles';

// English, Chinese, Japanese and Korean, and the words European and other policies use (Kontakt, Kontakta oss,
// Contactgegevens, Contacto, Contáctanos, Nous contacter, Contatti, Contato, Fale conosco, İletişim, Yhteystiedot,
// Kapcsolat, Επικοινωνία, Контакты, Liên hệ, Hubungi kami, Kontak; Arabic اتصل بنا, Persian تماس با ما, Hebrew צור
// קשר, Hindi संपर्क), but not "Contacts", which is the data of a phone's
// address book. "Inquiries" also as the "Inquiry Desk" or "Inquiries Regarding This Policy" of translated Japanese and
// Korean policies, and "Complaints and Enquiries" as British ones title it.
const RE_CONTACT_TITLE = /\bcontact(ing|gegevens|informatie)?\b|\breach(?:ing)? (?:us|our (?:privacy |data protection |support )?(?:team|office|officer))\b|\btalk to us\b|^(?:any |your )?queries\b|^(?:your )?(?:privacy|data protection) (?:questions?|(?:in|en)quir(?:y|ies))$|\breach(ing)? out\b|\bwrite to us\b|\bget in touch\b|^(any |have |your )?questions?\b|^(comments|concerns) and questions$|^(?:in|en)quir(?:y|ies)\b|^(?:complaints|comments|feedback) and (?:in|en)quir(?:y|ies)$|\bkontakt(a|ieren|daten|uppgifter|oplysninger|informasjon|informationen)?\b|\bkontak( kami)?\b|\bcont[aá]ct(o|enos|anos)\b|\bcontact(er|ez)\b|\bcontatt[io]\b|\bcontattaci\b|\bcontato\b|\bfale conosco\b|i\u0307?leti\u0307?[şs]i\u0307?m|yhteystiedot|ota yhteytt|kapcsolat|επικοινων|контакт|связ[аь]т|liên hệ|hubungi kami|ติดต่อ|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처|اتصل بنا|الاتصال بنا|تواصل معنا|التواصل معنا|معلومات الاتصال|تماس با ما|צור קשר|יצירת קשר|פרטי התקשרות|संपर्क/i;

// Every contact title has one of these words as written: a cheap test before normalising the title.
const RE_CONTACT_WORDS = /cont[aá]ct|contat|kontak|reach|touch|question|quir|queries|talk to|write to|conosco|yhteys|yhteytt|kapcsolat|hubungi/i;
// And those written with letters outside ASCII, looked for only in a title that has one.
const RE_CONTACT_WORDS_OTHER = /leti[şs]im|let[iİ][şs][iİ]m|liên hệ|επικοινων|контакт|связ|ติดต่อ|联系|联络|聯絡|聯繫|問い合わせ|連絡先|문의|연락처|اتصال|اتصل|تواصل|تماس|קשר|התקשרות|संपर्क/i;
const RE_NOT_ASCII = /[^\x00-\x7f]/;

export function isContactTitle(title: string): boolean {
  if (!RE_CONTACT_WORDS.test(title) && !(RE_NOT_ASCII.test(title) && RE_CONTACT_WORDS_OTHER.test(title))) return false;
  const n = normalizeTitle(title);
  return RE_CONTACT_TITLE.test(n) && n.split(' ').length <= 8 && !RE_CONTACTING_READERS.test(n);
}

/**
 * The company contacting its readers ("Contacting the User", "Contacting You", "How We May Contact You"): its
 * messages, not its address. Not a reader asking how to reach it ("How can I contact you?").
 */
const RE_CONTACTING_READERS = /\bcontact(?:ing)? (?:the )?(?:users?|customers?|members?)\b|\bcontacting you\b|\bwe (?:may |will |might |can )?contact you\b/;

export type FieldKind = ContactChannel | 'website' | 'company' | 'officer' | 'other';

/** The kind of a field from its label. "Email address" is email, not address. */
// Chinese labels in simplified and traditional characters; Japanese (メール, 電話, 住所…) and Korean (이메일, 전화, 주소…).
export function fieldKindOfLabel(label: string): FieldKind | undefined {
  const l = label.toLowerCase();
  if (/e-?mail|\bmailbox\b|\b(correo|courriel|e-posta|surel)\b|электронн|почта|电子邮件|电子邮箱|邮箱|電子郵件|電子信箱|郵箱|メール|이메일|전자\s*우편|البريد|بريد إلكتروني|ایمیل|דוא"ל|דואר אלקטרוני|אימייל|ईमेल/.test(l)) return 'email';
  if (/\b(tel|telephone|phone|hotline|mobile|mob|cell|cellphone|whatsapp|fax|telefon|tel[eé]fono|t[eé]l[eé]phone|telefone|telefoon|telepon)\b|contact (number|no\b)|điện thoại|телефон|电话|手机|热线|座机|電話|手機|熱線|ファックス|전화|팩스|휴대폰|هاتف|الهاتف|جوال|تلفن|טלפון|फ़ोन|फोन|दूरभाष/.test(l)) return 'phone';
  if (/online (feedback|form|submission)|feedback|web ?form|contact form|request form|formular|formulaire|formulario|formul[aá]rio|modulo (?:online|web)|在线|反馈|表单|線上|表單|フォーム|양식/.test(l)) return 'form';
  if (/address|\baddr?\.?$|adresse|\badres\b|anschrift|direcci[oó]n|indirizzo|endere[cç]o|\balamat\b|địa chỉ|адрес|mailing|postal|\bpost\b|^(?:by )?mail$|\boffices?\b|headquarters|地址|邮寄|郵寄|住所|所在地|주소|عنوان|نشانی|כתובת|पता/.test(l)) return 'address';
  if (/website|web site|^web$|\burl\b|webseite|site web|sitio web|sito web|^site$|网址|网站|官网|網址|網站|ウェブサイト|ホームページ|웹사이트|홈페이지/.test(l)) return 'website';
  if (/officer|\bdpo\b|specialist|representative|beauftragte|d[ée]l[ée]gu[ée]|delegado|encarregado|responsabile della protezione|负责人|专员|負責人|專員|責任者|担当者|책임자|담당자/.test(l)) return 'officer';
  if (/company|name|\bentity\b|controller|unternehmen|\bfirma\b|soci[ée]t[ée]|\bempresa\b|societ[àa]|ragione sociale|raz[ãa]o social|公司|名称|主体|名稱|主體|会社|事業者|社名|회사|상호/.test(l)) return 'company';
  if (/contact|联系|聯絡|聯繫|連絡|問い合わせ|연락처|문의/.test(l)) return 'other';
  return undefined;
}
