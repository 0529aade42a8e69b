/**
 * The language of a policy, for the text that quick fixes and completions write into it: labels, headings and
 * blanks in English, Chinese, Japanese or Korean.
 */
import type { PolicyFacts } from '../settings';

/** The language a policy is written in, as far as the text that fixes and completions insert goes. */
export type PolicyLanguage = 'en' | 'zh' | 'ja' | 'ko';

const RE_HAN = /[\u3400-\u9fff]/g;
const RE_KANA = /[\u3040-\u30ff]/g;
const RE_HANGUL = /[\uac00-\ud7af]/g;
const RE_LATIN = /[A-Za-z]/g;

/**
 * Chinese, Japanese or Korean where the policy's opening is written more in those scripts than in Latin letters
 * (Japanese by its kana, Korean by its Hangul); English otherwise.
 */
export function policyLanguage(text: string): PolicyLanguage {
  const sample = text.slice(0, 4000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const han = count(RE_HAN);
  const kana = count(RE_KANA);
  const hangul = count(RE_HANGUL);
  if (han + kana + hangul <= count(RE_LATIN)) return 'en';
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
};

/** What follows a label: Chinese and Japanese write the full-width colon, with no space after it. */
export function labelSeparator(language: PolicyLanguage): string {
  return language === 'zh' || language === 'ja' ? '：' : ': ';
}
