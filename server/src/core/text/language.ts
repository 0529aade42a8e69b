/**
 * The language of a policy, for the text that quick fixes and completions write into it: labels, headings and
 * blanks in English, Chinese, Japanese, Korean, German, French, Spanish, Portuguese or Italian.
 */
import type { PolicyFacts } from '../settings';

/** The language a policy is written in, as far as the text that fixes and completions insert goes. */
export type PolicyLanguage = 'en' | 'zh' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt' | 'it';

/**
 * Words each language of Latin script writes often and the others rarely, to tell them apart (German, French,
 * Spanish, Portuguese, Italian; English otherwise).
 */
const LATIN_WORDS: [PolicyLanguage, RegExp][] = [
  ['en', /\b(?:the|and|you|your|we|our|with|this|that|is|are)\b/gi],
  ['de', /\b(?:der|die|und|sie|ihre|wir|werden|nicht|oder|daten|zur|mit)\b/gi],
  ['fr', /\b(?:les|vous|nous|vos|des|sont|aux|cette|donn[ée]es|est|avec)\b/gi],
  ['es', /\b(?:los|las|usted|sus|del|nosotros|datos|tambi[ée]n|cuando|puede|con)\b/gi],
  ['pt', /(?<![\p{L}])(?:voc[êe]|seus|suas|dos|n[ãa]o|s[ãa]o|tamb[ée]m|pelo|pela|n[óo]s|dados|para)(?![\p{L}])/giu],
  ['it', /\b(?:il|gli|della|delle|sono|nostri|vostri|anche|essere|dati|dei|per)\b/gi],
];

/**
 * Whether text[start, end) is mostly Chinese, Japanese or Korean (their punctuation and ideographs, kana, Hangul,
 * full-width forms), from three characters sampled across it: such a text says as much as an English one some two
 * and a half times as long. Three reads, nothing allocated: callers ask it of many lines.
 */
export function mostlyCjk(text: string, start: number, end: number): boolean {
  const n = end - start;
  return cjkAt(text, start + (n >> 2)) + cjkAt(text, start + (n >> 1)) + cjkAt(text, start + ((3 * n) >> 2)) >= 2;
}

function cjkAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef) ? 1 : 0;
}

const RE_HAN = /[\u3400-\u9fff]/g;
const RE_KANA = /[\u3040-\u30ff]/g;
const RE_HANGUL = /[\uac00-\ud7af]/g;
const RE_LATIN = /[A-Za-z]/g;

const MIN_LANGUAGE_WORDS = 5;

/**
 * Chinese, Japanese or Korean where the policy's opening is written more in those scripts than in Latin letters
 * (Japanese by its kana, Korean by its Hangul); else the language of Latin script whose common words it writes most
 * (see LATIN_WORDS); English otherwise.
 */
export function policyLanguage(text: string): PolicyLanguage {
  const sample = text.slice(0, 4000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const han = count(RE_HAN);
  const kana = count(RE_KANA);
  const hangul = count(RE_HANGUL);
  if (han + kana + hangul <= count(RE_LATIN)) {
    // (A few words prove nothing: "com" of a domain, a name. English unless one language has five at least.)
    let best: PolicyLanguage = 'en';
    let most = MIN_LANGUAGE_WORDS - 1;
    for (const [language, words] of LATIN_WORDS) {
      const n = count(words);
      if (n > most) { best = language; most = n; }
    }
    return best;
  }
  if (hangul > han + kana) return 'ko';
  // Japanese writes its particles in kana between the Han characters: a tenth of the text and more.
  return kana * 10 >= han + kana ? 'ja' : 'zh';
}

/** How each contact fact is labelled in each language. */
export const CONTACT_LABELS: Record<PolicyLanguage, Record<keyof PolicyFacts, string>> = {
  en: { company: 'Company', address: 'Address', email: 'Email', phone: 'Telephone', feedbackUrl: 'Online form', website: 'Website', protectionOfficer: 'Data protection officer', effectiveDate: 'Effective date' },
  zh: { company: '公司名称', address: '联系地址', email: '电子邮箱', phone: '联系电话', feedbackUrl: '在线反馈', website: '网站', protectionOfficer: '个人信息保护负责人', effectiveDate: '生效日期' },
  ja: { company: '会社名', address: '住所', email: 'メールアドレス', phone: '電話番号', feedbackUrl: 'お問い合わせフォーム', website: 'ウェブサイト', protectionOfficer: '個人情報保護責任者', effectiveDate: '施行日' },
  ko: { company: '회사명', address: '주소', email: '이메일', phone: '전화번호', feedbackUrl: '문의 양식', website: '웹사이트', protectionOfficer: '개인정보 보호책임자', effectiveDate: '시행일' },
  de: { company: 'Unternehmen', address: 'Anschrift', email: 'E-Mail', phone: 'Telefon', feedbackUrl: 'Online-Formular', website: 'Website', protectionOfficer: 'Datenschutzbeauftragter', effectiveDate: 'Gültig ab' },
  fr: { company: 'Société', address: 'Adresse', email: 'E-mail', phone: 'Téléphone', feedbackUrl: 'Formulaire en ligne', website: 'Site web', protectionOfficer: 'Délégué à la protection des données', effectiveDate: 'Date d\'entrée en vigueur' },
  es: { company: 'Empresa', address: 'Dirección', email: 'Correo electrónico', phone: 'Teléfono', feedbackUrl: 'Formulario en línea', website: 'Sitio web', protectionOfficer: 'Delegado de protección de datos', effectiveDate: 'Fecha de entrada en vigor' },
  pt: { company: 'Empresa', address: 'Endereço', email: 'E-mail', phone: 'Telefone', feedbackUrl: 'Formulário online', website: 'Site', protectionOfficer: 'Encarregado', effectiveDate: 'Data de vigência' },
  it: { company: 'Società', address: 'Indirizzo', email: 'E-mail', phone: 'Telefono', feedbackUrl: 'Modulo online', website: 'Sito web', protectionOfficer: 'Responsabile della protezione dei dati', effectiveDate: 'Data di entrata in vigore' },
};

/** What follows a label: Chinese and Japanese write the full-width colon, with no space after it. */
export function labelSeparator(language: PolicyLanguage): string {
  // French sets a space before the colon.
  return language === 'zh' || language === 'ja' ? '：' : language === 'fr' ? ' : ' : ': ';
}
