/**
 * Every rule: fixtures that must trigger it (at the line marked with ⟨!⟩) and look-alikes that must not.
 * Every fix: applied, re-analysed: its finding is gone, nothing new appeared, and the text outside it is unchanged.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Analysis, analyzePolicy, applyEdits, fixAll, fixesFor } from '../../server/src/core/analyze';
import { RULES } from '../../server/src/core/rules/registry';
import { readSettings } from '../../server/src/core/settings';
import { positionAt } from '../../server/src/core/positions';
import { outline } from '../../server/src/core/features/outline';
import { markerWithValue, parseMarker } from '../../server/src/core/parse/numbering';

const TODAY = new Date(Date.UTC(2026, 10, 22));
const MARK = '⟨!⟩';

function analyze(text: string, settings?: unknown): Analysis {
  return analyzePolicy(text, { today: TODAY, settings: readSettings(settings ?? undefined) });
}

/** Lines (0-based) marked with ⟨!⟩, and the text without the marks. */
function marked(source: string): { text: string; lines: number[] } {
  const raw = source.replace(/^\n/, '').split('\n');
  const lines = raw.flatMap((l, i) => (l.includes(MARK) ? [i] : []));
  return { text: raw.map((l) => l.split(MARK).join('')).join('\n'), lines };
}

function linesOf(a: Analysis, code: string): number[] {
  return a.findings.filter((f) => f.code === code).map((f) => positionAt(a.doc.lines, f.start).line);
}

const CONTACT_OK = 'Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
/** Sections 2 and 3 for references to name, then a contact section with nothing missing. */
const SECTIONS_2_3 = `2. Data\nText.\n3. Use\nText.\n${CONTACT_OK}`;

interface Case { code: string; triggers: string[]; lookAlikes: string[] }

const CASES: Case[] = [
  {
    code: 'duplicate-section',
    triggers: [`
1. Scope
This covers the site.
2. Retention
We keep data for a year.
⟨!⟩2. Retention
We keep data for a year.
${CONTACT_OK}`, `
1. How we use your data
We use it to run the service.
2. Retention
We keep data for a year.
⟨!⟩3. How we use data?
We use it to run the service.
${CONTACT_OK}`],
    lookAlikes: [`
1. Sharing
(1) Overview
We share data with processors.
2. Transfers
(1) Overview
We transfer data abroad under contracts.
${CONTACT_OK}`, `
# Privacy Policy

**What we collect**

- Your name and email address
- The notes you store

**Why we collect it**

We use this information to run the service.

**Contact**

Email privacy@example.com, write to 1 Main Street, Springfield, or call +1 415 555 0100.
`],
  },
  {
    code: 'duplicate-text',
    triggers: [`
1. Scope
This policy explains how we collect, use and protect the personal information of our customers.
2. Purpose
⟨!⟩This policy explains how we collect, use and protect the personal information of our customers.
${CONTACT_OK}`],
    lookAlikes: [`
1. Scope
(1) To comply with our legal obligations, including tax, accounting and anti-money-laundering laws;
2. Exceptions
A. To comply with our legal obligations, including tax, accounting and anti-money-laundering laws;
Short line repeated.
Short line repeated.
${CONTACT_OK}`],
  },
  {
    code: 'numbering-gap',
    triggers: [`
I. Scope
Text.
II. Data
Text.
⟨!⟩V. Sharing
Text.
${CONTACT_OK}`, `
1 - Scope
Text.
2 - Data
Text.
⟨!⟩4 - Sharing
Text.
${CONTACT_OK}`],
    lookAlikes: [`
I. Scope
Text.
II. Data
Text.
III. Sharing
Text.
Appendix 1: Processors
List.
Appendix 2: Periods
List.
${CONTACT_OK}`, `
1. Scope
Text.
3. Sharing
Text.
2. Data
Text.
4. Security
Text.
${CONTACT_OK}`],
  },
  {
    code: 'numbering-order',
    triggers: [`
1. Scope
Text.
3. Data
Text.
⟨!⟩2. Sharing
Text.
${CONTACT_OK}`, `
1. Scope
Text.
2. Data
Text.
⟨!⟩2. Sharing
Text.
${CONTACT_OK}`,
    // A sub-section numbered under another section than the one it stands in.
    `
1. Scope
Text.
2. Sharing
2.1 Processors
Text.
⟨!⟩3.2 Authorities
Text.
2.3 Buyers
Text.
${CONTACT_OK}`],
    lookAlikes: [`
1. Scope
(1) Websites
Text.
(2) Apps
Text.
2. Data
(1) Accounts
Text.
${CONTACT_OK}`, `
1. Scope
Our processors are in Annex 1 and retention periods in Schedule A.
${CONTACT_OK}

Annex 1 – List of Processors
Cloudhost, hosting, EU.

Schedule A: Retention Periods
Logs: 30 days.`,
    // Sub-sections numbered on their own, under a heading numbered otherwise (an article, a letter).
    `
Article 3 – Sharing
1.1 Processors
Text.
1.2 Authorities
Text.
A. Annexes
A.1 Processors
Text.
${CONTACT_OK}`],
  },
  {
    code: 'numbering-style',
    triggers: [`
I. Scope
Text.
II. Data
Text.
⟨!⟩3. Sharing
Text.
IV. Rights
Text.
${CONTACT_OK}`],
    lookAlikes: [
      // Further notices after the policy, each holding sections numbered from 1 of its own.
      `
1. Information We Collect
We collect your name.
2. How We Use Information
We use it to provide our services.
3. ${CONTACT_OK}

ADDITIONAL NOTICE FOR CALIFORNIA RESIDENTS

1. Categories of Personal Information
We collect identifiers.
2. Your Rights
You may ask for a copy.

NOTICE TO EUROPEAN USERS

1. Legal Basis
We process your data to perform our contract.
2. Data Transfers
We transfer data under standard contractual clauses.`, `
1. Scope
Text.
2. Data
Text.
3. Sharing
Text.
Appendix 1: Processors
List.
${CONTACT_OK}`],
  },
  {
    code: 'toc-mismatch',
    triggers: [`
This policy helps you understand the following:
1. Scope
2. Data We Collect
⟨!⟩3. Cookie Banner Settings
1. Scope
Text.
2. Data We Collect
Text.
3. Contact Us
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`,
    // Wording that drifted by small words only.
    `
Contents
⟨!⟩1. How We Use Information
⟨!⟩2. Sharing Your Information
⟨!⟩3. Contact
1. How We Use Your Information
Text.
2. Sharing of Your Information
Text.
3. Contact Us
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`],
    lookAlikes: [`
This policy helps you understand the following:
1. Scope
2. Data We Collect
3. Contact Us
1. Scope
Text.
2. Data We Collect
Text.
3. Contact Us
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`, `
Contents
1. CHILDREN'S PRIVACY
2. Cookies & Tracking
3. Contact us?
1. Children’s Privacy
Text.
2. Cookies and Tracking
Text.
3. Contact Us
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`],
  },
  {
    code: 'broken-reference',
    triggers: [`
1. Scope
(1) This policy covers the app, as paragraph 2 and paragraph 1(1) explain.
⟨!⟩(2) Marketing is described in paragraph 9, the website in paragraph 2.4.
${SECTIONS_2_3}`, `
一、适用范围
本政策适用于我们的应用，详见⟨!⟩第六部分。
二、联系我们
电子邮箱：privacy@example.com
联系地址：上海市浦东新区张江路88号
电话：021-12345678`, `
1. Scope
This policy covers the app, as Sections 2 and ⟨!⟩7 explain, and sections 2, 3 or ⟨!⟩9.
${SECTIONS_2_3}`, `
1. Scope
This policy covers the app. We share data with vendors, as described in the ⟨!⟩"Sub-processors" section, and as set out in ⟨!⟩"Retention" below.
${CONTACT_OK}`, `
1. Scope
This policy covers the app. For how long we keep data, read the section ⟨!⟩"Data Retention", or the section titled ⟨!⟩"Storage".
${CONTACT_OK}`, `
1. Scope
This policy covers the app. For how long we keep data, see the section ⟨!⟩‘Data Retention’; for children, the section ⟨!⟩‘Children’s Data’.
${CONTACT_OK}`, `
1. Scope
We'll keep it short. See the section ⟨!⟩'Data Retention' below; for children, the section titled ⟨!⟩'Children's Data'.
${CONTACT_OK}`, `
第一条 总则
本政策适用于星河App，详见本政策⟨!⟩第九条。
第二条 联系我们
电子邮件：privacy@xinghe.example
电话：400-123-4567
地址：北京市海淀区中关村大街1号`, `
1. Scope
⟨!⟩Questions? See "3. Contact Us" below, or Appendix 1.
2. Data
Text.
3. Contact Information
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`, `
1. Scope
⟨!⟩The processors are listed in Appendix 4.
Appendix 1: Processors
List.
${CONTACT_OK}`, `
1. Scope
1.1. This policy covers the app. It does not cover the website.
⟨!⟩1.2. See Section 1.3 for the website.
${CONTACT_OK}`, `
1. Scope
⟨!⟩This applies to all data; see section 4 below.
Under section 230 of the Communications Decency Act, and article 6 of the GDPR, other rules apply, in part 2 of which nothing is said.
${CONTACT_OK}`, `
§ 1 Geltungsbereich
Diese Erklärung gilt für die Website. Ihre Rechte stehen in ⟨!⟩§ 4, die Speicherdauer in ⟨!⟩§5.
§ 2 Kontakt
Beispiel GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@beispiel.example, Tel. 030 123456.`, `
1. Responsable
⟨!⟩Ejemplo S.L. es el responsable conforme al artículo 4 del RGPD. Consulte la sección 7, y el ⟨!⟩Abschnitt 9 dieser Erklärung.
2. Contacto
${CONTACT_OK}`, `
제1조(목적)
⟨!⟩회사는 개인정보를 처리합니다. 자세한 내용은 제5조를 참고하십시오.
제2조(연락처)
${CONTACT_OK}`, `
SECTION 1 - SCOPE
⟨!⟩THIS POLICY COVERS THE APP. SEE SECTION 6, AND SECTIONS 2 AND 9 OF THIS POLICY.
SECTION 2 - CONTACT
${CONTACT_OK}`, `
1. Общие положения
⟨!⟩Оператор обрабатывает данные в целях, указанных в разделе 5.
2. Контакты
${CONTACT_OK}`, `
1. Scope
⟨!⟩This policy covers the app and the website. To learn which rights you have and how to use them, please see section
8. It also covers our support desk.
2. Contact
${CONTACT_OK}`],
    lookAlikes: [`
1. Scope
We process data as permitted by Schedule 2 to the Data Protection Act 2018, and pursuant to Article 13 and 14 GDPR.
${SECTIONS_2_3}`, `
1. Scope
Disputes are settled as section 9 of our Terms of Use and clause 14 of our user agreement say; cookies as Section 7 of our Cookie Policy says.
${SECTIONS_2_3}`, `
1. Scope
We’re glad you’re here: see the section ‘Data’ below, and ‘Use’. Our users’ data stays theirs, in the ‘rock ‘n’ roll’ spirit of the ’90s.
${SECTIONS_2_3}`, `
1. Scope
We're glad you're here: see the section 'Data' below, and 'Use'. Click 'Accept' to agree. Our users' data stays theirs, in the 'rock 'n' roll' spirit of the '90s.
${SECTIONS_2_3}`, `
1. Scope
(1) This policy covers the app.
(2) It does not cover the website: see paragraph 3 of Article 6 GDPR, and paragraph 1 above.
${CONTACT_OK}`, `
1. Sharing
We share data with the parties listed in this section, who may only use it on our instructions and for this section
4. Service providers who host our data and answer our emails.
5. Payment processors who take your payments.
2. Contact
${CONTACT_OK}`, `
1. Scope
YOU WAIVE THE BENEFIT OF SECTION 1542 OF THE CALIFORNIA CIVIL CODE. SEE SECTIONS 2 AND 3 OF THIS POLICY.
${SECTIONS_2_3}`, `
1. Responsable
Conforme al artículo 13 del Reglamento (UE) 2016/679, l'article 6.1.b du RGPD, el artículo 6.1.b) del RGPD, el artículo 9.2 a) del RGPD, Artikel 6 der DSGVO, Artikel 13 DSGVO, artigo 7 da LGPD, articolo 13 del Regolamento y article 32 de la loi Informatique et Libertés, véase la sección 2.
2. Contacto
${CONTACT_OK}`, `
제1조(목적)
회사는 「개인정보 보호법」 제15조, 개인정보 보호법 시행령 제14조에 따라 개인정보를 처리합니다. 자세한 내용은 제2조를 참고하십시오.
제2조(연락처)
${CONTACT_OK}`, `
1. Общие положения
1.1. Оператор обрабатывает данные согласно пункту 1 статьи 6 Федерального закона № 152-ФЗ и пункту 5 части 1 статьи 6 того же закона, в целях, указанных в разделе 2 и в пункте 1.1.
2. Контакты
${CONTACT_OK}`, `
1. Your Rights
(I) Cancel your account
You can cancel your account in "Me - Settings - Cancel account", or in "Account > Delete account" on the web.
${CONTACT_OK}`, `
1. Scope
In this section, "personal data" means any information about you. The section "Scope" sets out what this covers.
${CONTACT_OK}`, `
一、适用范围
本政策适用于我们的应用，详见第二部分。
二、联系我们
电子邮箱：privacy@example.com
联系地址：上海市浦东新区张江路88号
电话：021-12345678`, `
1. Scope
Sections 2 and 7 of the Act apply, and Sections 2 and 3 govern this policy.
${SECTIONS_2_3}`, `
1. Scope
1.1. This policy covers the app. It does not cover the website.
1.2. Section 1.1 says what this policy covers, and the website has its own.
${CONTACT_OK}`, `
1. Scope
We rely on Article 6 of the GDPR and on "legitimate interests". See "2. Contact Information" and Appendix 1.
2. Contact Information
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100
Appendix 1: Processors
List.`, `
1. Scope
We process account data under Article 6(1)(b) GDPR, logs under Article 6 (1) lit. f GDPR and Art. 6 para. 1 UK GDPR, health data under Article 9 DSGVO and staff data under Section 26 BDSG.
We rely on Article 6(1)(b) and (f) GDPR, and on Article 9(2)(a), (e) GDPR.
${CONTACT_OK}`, `
第一条 总则
本政策适用于星河App，详见本政策第二条。我们遵守《中华人民共和国个人信息保护法》第十三条及网络安全法第二十一条的规定。
第二条 联系我们
电子邮件：privacy@xinghe.example
电话：400-123-4567
地址：北京市海淀区中关村大街1号`, `
§ 1 Geltungsbereich
Wir verarbeiten Daten nach § 26 BDSG und § 25 Abs. 1 TTDSG; was wir speichern, steht in § 2 Abs. 1 dieser Erklärung.
§ 2 Kontakt
Beispiel GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@beispiel.example, Tel. 030 123456.`],
  },
  {
    code: 'missing-contact-section',
    triggers: [`
⟨!⟩Privacy Policy
1. Scope
This covers the app.
2. Data
We collect your name.`,
    // A section about the company contacting its readers is no contact section.
    `
⟨!⟩Privacy Policy
1. Scope
This covers the app.
2. Contacting the User
By registering for the newsletter, your email address is added to our mailing list.
3. How We May Contact You
We send you messages about your account and, with your consent, offers.`, `
⟨!⟩Data Protection Notice
Article 1
Controller
Harbor Analytics GmbH, Kaistraße 12, 20457 Hamburg, is the controller of your personal data.
Article 2
Data we collect
Your name and the shipment numbers you track.`, `
Rules of Jade Mobile
Chapter I General Provisions
Article 1 These rules protect the personal information of our users.
Chapter II Supplementary Provisions
Article 2 For questions, write to ⟨!⟩privacy@jade.example or call 400-800-1234.`],
    lookAlikes: [
      // Contact sections titled otherwise: in English, French, Portuguese and traditional Chinese.
      ...['Comments and Questions', 'Enquiries', 'Reach Out to Us', 'Write to Us', 'Nous contacter', 'Contactez-nous', 'Fale conosco', '聯絡我們', 'Contactgegevens', 'Kontakta oss',
        'İLETİŞİM', 'Yhteystiedot', 'Επικοινωνία', 'Контакты', 'Liên hệ', 'Hubungi Kami', 'Contáctanos', 'اتصل بنا', 'تواصل معنا', 'تماس با ما', 'צור קשר', 'हमसे संपर्क करें',
        'Inquiry Desk', 'Inquiries Regarding This Policy', 'How can I contact you?', 'Complaints and Enquiries', 'Feedback and Inquiries', 'Reaching Us', 'Privacy Questions', 'Data Protection Enquiries', 'Talk to us', 'Queries', 'How to reach our privacy team'].map((title) => `
Privacy Policy
1. Scope
This covers the app.
2. ${title}
Email: privacy@example.com`), `
Privacy Policy
1. Scope
This covers the app.
2. How to contact us
Email: privacy@example.com`, `
Privacy Policy
1. Scope
This covers the app.
2. Contacting Us
Email: privacy@example.com`, `
Privacy Policy

What We Collect

Your name and email address.

Questions?

Email privacy@example.com.`, `
Privacy Policy
1. Scope
This covers the app.
2. Questions About This Policy
Email: privacy@example.com`, `
プライバシーポリシー
第1条（目的）
本ポリシーは、当社の個人情報の取扱いについて定めます。
第2条（お問い合わせ）
privacy@example.com までご連絡ください。`, `
Datenschutzerklärung
1) Verantwortlicher
Beispiel GmbH.
2) Kontakt
E-Mail: datenschutz@beispiel.de`, `
Política de privacidad
1. Alcance
Esta política cubre la aplicación.
2. Contacto
Correo: privacidad@ejemplo.es`,
      // No section about contact, but the one naming the privacy officer says how to reach them (as Korean policies do).
      `
개인정보 처리방침
제1조(개인정보의 처리 목적)
회사는 회원 관리를 위하여 개인정보를 처리합니다.
제2조(개인정보 보호책임자)
성명: 홍길동
연락처: 02-123-4567
이메일: privacy@example.co.kr`,
      // The same in English, as Korean policies are translated.
      `
Privacy Policy
Article 1 (Purpose of Processing)
The Company processes personal information to manage memberships.
Article 2 (Personal Information Protection Officer)
Name: Kim Minsu
Contact: 02-1234-5678, privacy@example.co.kr
Address: 110 Sejong-daero, Jung-gu, Seoul`,
      // The officer whom Indian policies name for grievances, as the law there asks.
      `
Privacy Policy
1. Information We Collect
We collect your name and mobile number.
2. Grievance Officer
Name: Asha Rao
Email: grievance@example.in`,
      // No section about contact, but the one naming the controller says how to reach it (as GDPR policies do).
      ...['Personuppgiftsansvarig', 'Veri Sorumlusu', 'Verwerkingsverantwoordelijke', 'Dataansvarlig', 'Rekisterinpitäjä'].map((title) => `
Privacy Policy
1. ${title}
Example AB, Storgatan 1, 111 22 Stockholm. E-post: privacy@example.se
2. Data
Text.`),
      `
Datenschutzerklärung

1. Allgemeine Hinweise

Hinweis zur verantwortlichen Stelle

Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist die Beispiel GmbH.

Telefon: +49 30 1234567
E-Mail: datenschutz@beispiel.de

Speicherdauer

Wir speichern Ihre Daten, bis der Zweck für die Datenverarbeitung entfällt.`, `
POLÍTICA DE PRIVACIDAD

¿Quién es el responsable del tratamiento de sus datos?

Ejemplo S.L., Calle Mayor 1, 28013 Madrid. Correo electrónico: privacidad@ejemplo.es

¿Con qué finalidad tratamos sus datos personales?

Tratamos la información que nos facilitan para gestionar su solicitud.`],
  },
  {
    code: 'missing-contact-field',
    triggers: [`
1. Scope
Text.
⟨!⟩2. Contact Us
Email: privacy@example.jp
Address: 〒150-0002 Tokyo, Shibuya-ku, Shibuya 2-21-1; Av. Paulista, 1000, São Paulo – SP, CEP 01310-100; 12 MG Road, Bengaluru, PIN 560001`, `
1. Scope
Text.
⟨!⟩2. Kontakta oss
Ek AB, org.nr 556000-0000, Storgatan 1, 111 22 Stockholm. Company No. 01234567, VAT GB 123456789.
E-post: integritet@ek.example`, `
1. Scope
Text.
⟨!⟩2. Contact Us
Telephone: 020-3201 6009`, `
1. Scope
Text.
⟨!⟩2. Contact Us
Visit https://company.example for more about us, or write to 1 Main Street, Springfield. Email privacy@company.example.`, `
1. Scope
Text.
⟨!⟩2. Contact Us
Email privacy@example.com or call 020-3201 6009. We answer within 15 Business Days, and in 1 Way only.`, `
1. Scope
Text.
2. Your Rights and Contact
You may ask us for a copy of your data.
⟨!⟩2.1 Contact
Email: privacy@example.com`, `
1. Scope
Text.
⟨!⟩2. Contact Us
Mail: privacy@example.com
Phone: +1 415 555 0100`, `
1. Data Transfers
Our servers stand at 1 Server Road, Dublin D02 X285, Ireland.
⟨!⟩2. Contact Us
Email: privacy@example.com`],
    lookAlikes: [
      // A phone number under an address that ends with a postal code: the two are not read as one number.
      `
1. Scope
Text.
2. Contact Us
Orchard Retail, Inc.
400 Broadway, New York, NY 10012
1-800-555-0199
privacy@orchard.example`,
      // The address given in another section, which the contact section refers readers to.
      `
Article 1 – Definitions
1.1 "We" means Orbis Travel B.V., Keizersgracht 100, 1015 CJ Amsterdam.
Article 2 – Contact
2.1 Write to privacy@orbis.example, call +31 20 123 4567, or write to us at the address in Article 1.`,
      // Japanese and Korean postal addresses, unlabelled.
      `
第1条（目的）
本ポリシーは当社の方針を定めます。
第2条（お問い合わせ窓口）
〒100-0005 東京都千代田区丸の内1-1-1
メール：privacy@sample.co.jp
電話：03-1234-5678`, `
제1조(목적)
회사는 개인정보를 처리합니다.
제2조(문의처)
서울특별시 중구 세종대로 110
이메일: privacy@example.co.kr
전화: 02-123-4567`,
      // The app's feedback function and an online customer service count as an online form.
      `
1. Scope
Text.
2. Contact Us
Email privacy@company.example, write to 1 Main Street, Springfield, or use the Feedback function in the App.`, `
1. Scope
Text.
2. Contact Us
Email privacy@company.example, write to 1 Main Street, Springfield, or reach our online customer service.`,
      // A web address where requests are taken counts as an online form.
      `
1. Scope
Text.
2. Contact Us
Email privacy@company.example, write to 1 Main Street, Springfield, or submit a request at https://company.example/privacy-request.`,
      // A street's kind abbreviated without its full stop ("St", "Rd", "Ave"), as American addresses are written.
      `
1.0 Purpose
Text.
2.0 Contact
HR Privacy Team, hr-privacy@globex.example, +1 555 0100, 100 Main St, Springfield.`, `
1. Scope
Text.
2. Contact Us
privacy@company.example, +1 415 555 0100, 455 Market Ave San Francisco CA.`, `
1. Scope
Text.
2. Contact Us
Use the form on our Contact page (https://company.example/contact) or write to 1 Main Street, Springfield. Email privacy@company.example.`,`
1. Who we are
Nordlys AS, Storgata 1, 0155 Oslo, Norway, is the controller of your personal data. Phone +47 22 00 00 00.
2. Contact
Questions? Write to privacy@nordlys.example.`, `
1. Scope
Text.
2. Contact Us
Email: privacy@example.nl
Phone: +31 20 123 4567
Example B.V., Keizersgracht 1, 1015 CJ Amsterdam`, `
1. Verantwortlicher
Verantwortlich ist die Beispiel GmbH, Musterstraße 1, 10115 Berlin, Telefon +49 30 1234567.
2. Kontakt
Bei Fragen schreiben Sie an datenschutz@beispiel.de.`, `
1. Who We Are
Example Ltd, 10 Downing St, London SW1A 2AA, is the controller of your data. Call us on +44 20 7946 0000.
2. Contact Us
Email: privacy@example.co.uk`, `
1. Scope
Text.
2. Contact Us
You can write to privacy@example.com or fill in our online form.
Address: 1 Main Street, Springfield`, `
1. Scope
Text.
2. Contact Us
Acme Corp.
123 Market Street, San Francisco, CA 94105
privacy@example.com
1-800-555-0199`, `
1. 范围
文本。
2. 联系我们
邮箱：privacy@example.com
电话：0755-26656380
我们的地址是广东省深圳市南山区科技园路1号。`, `
1. Scope
Text.
2. Contact Us
Email: privacy@example.com | Tel: +44 20 7946 0000 | Address: 10 Downing St, London`, `
1. Scope
Text.
2. Contact Us
Email: privacy@example.co.uk | Post: Example Ltd, Unit 4, Riverside Park, Leeds LS1 4AB | Tel: 0113 496 0000`, `
1. Scope
Text.
2. Contact Us
Email privacy@example.com, call +1 415 555 0100 or write to Example Inc, Attn: Privacy, Springfield, IL 62701.`, `
1. Scope
Text.
2. Contact Us
Email datenschutz@example.de or call +49 30 123456. Example GmbH, 10115 Berlin, Germany.`, `
1. Scope
Text.
2. Contact
Example GmbH, Hauptstr. 1, 10115 Berlin, Germany. E-mail: dpo@example.de. Phone: +49 30 123456.`, `
1) Geltungsbereich
Text.
2) Kontakt
E-Mail: datenschutz@beispiel.de
Telefon: +49 30 1234567
Anschrift: Beispiel GmbH, Postfach 1234, 10115 Berlin`, `
1. Alcance
Texto.
2. Contáctenos
Correo electrónico: privacidad@ejemplo.es
Teléfono: +34 912 345 678
Dirección: Calle Mayor 1, 28013 Madrid`, `
§ 1. Postanowienia ogólne
Tekst.
§ 2. Kontakt
Adres: ul. Marszałkowska 1, 00-001 Warszawa
E-mail: prywatnosc@przyklad.pl
Telefon: +48 22 000 00 00`, `
Điều 1. Phạm vi
Văn bản.
Điều 2. Liên hệ
Địa chỉ: 1 Lê Lợi, Quận 1, TP. Hồ Chí Minh
Email: privacy@vidu.vn
Điện thoại: +84 28 0000 0000`, `
Pasal 1 Ketentuan Umum
Teks.
Pasal 2 Kontak
Alamat: Gedung Contoh Lt. 5, Jakarta Selatan
Surel: privasi@contoh.co.id
Telepon: +62 21 000 0000`,
    // Dutch, Swedish and Turkish addresses written without a label.
    `
1. Scope
Text.
2. Contactgegevens
Beuk B.V.
Keizersgracht 100
1015 AA Amsterdam
privacy@beuk.example
+31 20 123 4567`, `
1. Scope
Text.
2. Kontakta oss
Ek AB, Storgatan 1, 111 22 Stockholm
E-post: integritet@ek.example, telefon 08-123 456 78`, `
1. Scope
Text.
2. İletişim
Çınar A.Ş., Atatürk Cad. No:10, 34000 İstanbul
E-posta: kvkk@cinar.example, Telefon: +90 212 555 00 00`, `
第1条（目的）
本文。
第2条（お問い合わせ窓口）
住所：東京都千代田区丸の内1-1-1
電話番号：03-1234-5678
Eメールアドレス：privacy@sample.example`, `
제1조(목적)
본문.
제2조(문의처)
주소: 서울특별시 중구 세종대로 110
전화: 02-1234-5678
이메일: privacy@example.kr`, `
1. النطاق
نص.
2. اتصل بنا
البريد الإلكتروني: privacy@example.ae
الهاتف: +971 4 000 0000
العنوان: شارع الشيخ زايد، دبي`, `
1. היקף
טקסט.
2. צור קשר
דוא"ל: privacy@example.co.il
טלפון: 03-0000000
כתובת: רחוב הרצל 1, תל אביב`, `
1. दायरा
पाठ।
2. हमसे संपर्क करें
ईमेल: privacy@example.in
फ़ोन: +91 22 0000 0000
पता: 1 एमजी रोड, बेंगलुरु`, `
一、範圍
本文。
二、聯絡我們
通訊地址：台北市信義區市府路1號
電子郵件：privacy@example.tw
客服電話：02-2345-6789`,
    // Addresses of Chinese companies written in English: a building or room, a district before the city.
    `
1. Scope
Text.
2. Contact Us
Dreamwave, Building 5, Science Park, Nanshan District, Shenzhen, Guangdong, China. privacy@dreamwave.example. +86 755 1234 5678.`, `
1. Scope
Text.
2. Contact Us
Write to Room 1201, Tower A, Kerry Centre, Beijing, or email privacy@example.cn, or call 400-123-4567.`,
    // Russian, Indonesian and Brazilian addresses written without a label.
    `
1. Общие положения
Текст.
2. Контакты
ООО «Ромашка», 123456, г. Москва, ул. Ленина, д. 1. Электронная почта: privacy@romashka.example. Телефон: +7 495 123-45-67.`, `
1. Общие положения
Текст.
2. Контакты
Адрес для писем: проспект Мира, дом 5. Почта: privacy@romashka.example, телефон +7 495 123-45-67.`, `
1. Pendahuluan
Teks.
2. Hubungi Kami
PT Sinar Digital, Jl. Sudirman No. 1, Jakarta 10220. Email: privasi@sinar.example. Telepon: +62 21 555 0100.`, `
Điều 1. Phạm vi áp dụng
Văn bản.
Điều 2. Liên hệ
Công ty TNHH Sen Vàng, 12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh
Email: baomat@senvang.example
Điện thoại: 028 3822 0000`, `
1. Scope
Text.
2. Contact Us
Write to privacy [at] example [dot] com, call 1-800-555-0100 or write to 1 Main Street, Springfield.`, `
1. Escopo
Texto.
2. Fale Conosco
Exemplo Ltda., Av. Paulista, 1000, São Paulo, CEP 01310-100. E-mail: privacidade@exemplo.example. Telefone: +55 11 5555-0100.`,
    // Spanish, Portuguese, Italian and French streets, without a postcode.
    ...['Calle Mayor 1, Madrid', 'Av. Paulista 1000, São Paulo', 'Rua Augusta, 1500, São Paulo', 'Via Roma 1, Milano', '12 rue de la Paix, Paris', 'ul. Marszałkowska 1', '00-001 Warszawa'].map((address) => `
1. Escopo
Texto.
2. Contacto
Ejemplo S.L., ${address}. Correo: privacidad@ejemplo.example. Teléfono: +34 910 000 000.`)],
  },
  {
    code: 'placeholder',
    triggers: [`
1. Contact Us
⟨!⟩Our office is at […], as "our address" says.
Email: privacy@example.com
⟨!⟩Phone: TBD
⟨!⟩Address: (to be added)
⟨!⟩电话：待定`, `
⟨!⟩Effective Date: [***]
1. Contact Us
⟨!⟩Email: [*]
⟨!⟩Address: <company address>
The ⟨!⟩<App Name> app and ⟨!⟩<Brand> are ⟨!⟩<Business Name>'s, in ⟨!⟩<Country>.
⟨!⟩Phone: XXX
⟨!⟩Company: {{company_name}}
⟨!⟩Signed: ________`, `
Last updated: ⟨!⟩MM/DD/YYYY
Effective Date: ⟨!⟩XX/XX/20XX
1. Data
We collect the data listed in ⟨!⟩(insert list), as of ⟨!⟩[Month Day, Year].
2. Contact Us
Email: ⟨!⟩<<EMAIL>>`, `
Effective Date: ⟨!⟩XX/XX/2026
Last updated: ⟨!⟩March XX, 2026
1. Contact Us
Email: privacy@⟨!⟩<domain>.com
Address: 1 Main Street, ⟨!⟩[CITY], ⟨!⟩[STATE] ⟨!⟩[ZIP CODE]; ⟨!⟩[POSTCODE]
Phone: +1 415 555 0100`, `
1. Scope
⟨!⟩Lorem ipsum dolor sit amet, consectetur adipiscing elit.
${CONTACT_OK}`, `
Last updated: ⟨!⟩[●] 2025
1. About Us
⟨!⟩[Company Name] Limited, registered under number ⟨!⟩[•], transfers data to ⟨!⟩[countries] and keeps it for ⟨!⟩[retention period].
2. Data
Identity data, contact data and ⟨!⟩[specify other categories].
${CONTACT_OK}`, `
1. About Us
⟨!⟩\${company} runs the ⟨!⟩{app name} app for ⟨!⟩%COMPANY_NAME%.
2. Contact Us
Email: info⟨!⟩@yourdomain.com
Address: 1 Main Street, Springfield, IL 62701
Phone: +1 415 555 0100`, `
1. Responsable del tratamiento
⟨!⟩[Nombre de la empresa], con domicilio en ⟨!⟩[DIRECCIÓN].
2. Contacto
Correo electrónico: privacidad@tiendasol.example
Teléfono: ⟨!⟩[TELÉFONO]
§ 3 Verantwortlicher
⟨!⟩[Firma], ⟨!⟩[Anschrift einfügen], ⟨!⟩[insérer l'adresse].`, `
1. Storage
We keep your data for ⟨!⟩[  ] years and your logs within ⟨!⟩[] days.
2. Contact Us
Email: privacy@example.com
⟨!⟩Address: ***
⟨!⟩Fax: __
Phone: +1 415 555 0100`,
    // Blanks in capitals in any language, and a contact field whose whole value is a blank in brackets.
    `
1. Wie zijn wij?
⟨!⟩[BEDRIJFSNAAM] is verantwoordelijk, vertegenwoordigd door ⟨!⟩[NAAM FUNCTIONARIS].
2. Contact
⟨!⟩Adres: [vul het adres in]
⟨!⟩Telefoon: [NUMMER]
E-mail: privacy@tulpweg.example`],
    lookAlikes: [`
1. Scope
The regulator's guidance says the policy "applies to all […] services", and that “personal data [...] must be protected”.
${CONTACT_OK}`, `
1. Data
We collect device identifiers (IMEI [for Android 9 and earlier], IDFA) and the [optional] nickname.
Use <b>bold</b> sparingly; XXL sizes are excluded.
${CONTACT_OK}`, `
1. Data
Questions? See [Contact Us](#contact-us) or [email us][1].
${CONTACT_OK}`, `
1. Access
Sign in (enter your password, or insert your security key) to download your data.
${CONTACT_OK}`, `
1. Cookies
Our typography cookie remembers whether you chose the Loremark or the Ipsum font.
About 40% of visitors accept them; {a}, {b} and {c} name our three servers, 100%ANONYMOUS% aside.
${CONTACT_OK}`, `
1. Datenschutz
Siehe [Datenschutzerklärung](#datenschutz), [Firmenprofil] und [Nombres] in der Liste.
${CONTACT_OK}`, `
1. Links
See [FAQ](#faq), [HELP CENTER][1], section [XII] and [OK], or ask a [Privacy Champion].

[LEGAL NOTICE]: https://example.com/legal
2. Contact Us
Website: [www.example.com]
Email: [privacy@example.com]
Address: 1 Main Street, Springfield, IL 62701
Phone: +1 415 555 0100`, `
1. Consent
[ ] I agree to receive newsletters.
- [ ] I have read the policy.
1. [ ] Send me offers.
Stars mark required fields below.
***
${CONTACT_OK}`],
  },
  {
    code: 'invalid-contact',
    triggers: [`
1. Contact Us
⟨!⟩Email: privacy@example
⟨!⟩Phone: 12-34
Address: 1 Main Street, Springfield`, `
1. Contact Us
⟨!⟩Email: privacy@example.com | Phone: 12-34; Address: 1 Main Street, Springfield`, `
1. Contact Us
⟨!⟩Email: privacy at example dot com
⟨!⟩Phone: 12345
Address: 1 Main Street, Springfield`, `
1. Contact Us
Email: privacy@example.com
⟨!⟩Website: example
Address: 1 Main Street, Springfield`],
    lookAlikes: [`
1. Contact Us
Email: privacy@example.co.uk
Phone: +(86)400-104-0808
Address: 1 Main Street, Springfield`,
    // A domain written without its scheme; office hours in brackets after a number; a fax said not to exist; a
    // value still to be filled in, which is the placeholder rule's.
    `
1. Contact Us
Email: privacy@example.com
Phone: 400-800-8888 (9:00-18:00, Monday to Friday)
Fax: N/A
Mobile: TBD
Website: example.com/contact
Online form: privacy.example.co.uk/request
Address: 1 Main Street, Springfield`,
    // An address written against harvesting robots, a number in keypad letters, a Chinese service number, a web
    // address in Chinese characters.
    `
1. Contact Us
Email: privacy@example.com
Online form: https://例子.中国/联系
Address: 1 Main Street, Springfield`, `
1. Contact Us
Email: privacy [at] example [dot] com
Phone: 1-800-PRIVACY
Address: 1 Main Street, Springfield`,
    // Character references, as a page's source writes them: the number and the address as the page shows them.
    `
1. Contact Us
Email: privacy&#64;example.com
Phone: +1&nbsp;212&nbsp;555&nbsp;0100
Address: 1 Main Street, Springfield`, `
1. 联系我们
邮箱：privacy@example.cn
客服电话：95188
地址：北京市海淀区中关村大街1号`],
  },
  {
    code: 'inline-heading',
    triggers: [`
This policy helps you understand the following:
1. Collection of Information
2. Protection of Information
3. Your Rights Regarding Information
1. Collection of Information
We collect what you give us and nothing else, and we say so plainly in this section of the policy.
⟨!⟩We keep it safe with encryption and access controls that are reviewed every year by auditors. 2. Protection of Information We encrypt data at rest and in transit. 3. Your Rights Regarding Information You may ask for a copy of your data.
${CONTACT_OK}`, `
1. Collection
We collect what you give us.
2. Protection
⟨!⟩We keep it safe with encryption and access controls that are reviewed every year by auditors. 3. Your Rights Regarding Information You may ask for a copy of your data at any time, and we answer within a month. 4. CHANGES We post every change here first.
${CONTACT_OK}`],
    lookAlikes: [`
1. Collection
We collect information. As we explain in 2. Protection below, data is encrypted at rest and in transit, always, and access is limited to the staff who need it.
2. Protection
Text.
${CONTACT_OK}`, `
1. Collection
We collect what you give us.
2. Protection
We keep it safe with encryption and access controls that are reviewed every year by auditors. 3. Your rights are set out in our help centre, which we update every year. We keep logs for 3. Months At most, and then delete them.
4. Rights
You may ask for a copy.
${CONTACT_OK}`],
  },
  {
    code: 'empty-section',
    triggers: [`
1. Data
⟨!⟩1.1
We collect data.
⟨!⟩1.2 Cookies
2. Sharing
We share data.
${CONTACT_OK}`, `
1. Data
We collect data.

⟨!⟩2. Sharing

3. Security
We protect data.
${CONTACT_OK}`],
    lookAlikes: [`
1. Data
1.1 Accounts
We collect data.
第一条 本政策适用于全部服务。
${CONTACT_OK}`, `
1. Sharing
We share data with:
(a) Service providers
(b) Affiliates
(c) Authorities

2. Security
We protect data.
${CONTACT_OK}`],
  },
  {
    code: 'date-inconsistent',
    triggers: [
      '⟨!⟩Effective Date: August 31, 2022\nLast updated: January 30, 2023\n' + CONTACT_OK,
      '⟨!⟩Last updated: 3 March 2031\n' + CONTACT_OK,
      '⟨!⟩Effective date: sometime in spring\n' + CONTACT_OK,
      '⟨!⟩Gültig ab: 1. Februar 2024\nStand: 1. März 2024\n' + CONTACT_OK,
      '⟨!⟩En vigueur le 1er février 2024\nDernière mise à jour : 1er mars 2024\n' + CONTACT_OK,
      '⟨!⟩Fecha de entrada en vigor: 1 de febrero de 2024\nÚltima actualización: 1 de marzo de 2024\n' + CONTACT_OK,
      // Korean dates and labels.
      '⟨!⟩시행일자: 2025년 1월 1일\n최종 변경일: 2025. 2. 1.\n' + CONTACT_OK,
      // Dates in sentences.
      'This Privacy Policy was last updated on March 1, 2025.\n⟨!⟩This notice is effective as of February 1, 2025.\n' + CONTACT_OK,
      // A weekday that is not the date's (March 4, 2025 is a Tuesday).
      '⟨!⟩Last updated: Monday, March 4, 2025\n' + CONTACT_OK,
      // Two last updates that differ: one is left from another version.
      'Last updated: February 1, 2025\n\n1. Introduction\n⟨!⟩This policy was last revised on 14 January 2024.\n' + CONTACT_OK,
    ],
    lookAlikes: ['Effective Date: 2023-02-01\nLast updated: January 30, 2023\nVersion: 2.1\n' + CONTACT_OK, 'Effective Date: [***]\n' + CONTACT_OK,
      // A date template is the placeholder rule's.
      'Effective Date: XX/XX/20XX\nLast updated: MM/DD/YYYY\n' + CONTACT_OK,
      // Day and month alike, a year and month, "the 5th of March".
      'Effective Date: 03/03/2025\nLast updated: 2025-03\n' + CONTACT_OK, 'Last updated: 5th of March, 2025\n' + CONTACT_OK,
      // A contract's formula: "the 1st day of March, 2025".
      'Effective as of the 1st day of March, 2025.\nLast updated: March 1, 2025\n' + CONTACT_OK,
      // Dots write the day first; Dutch and Italian months.
      'Effective Date: 01.03.2024\nLast updated: 1. 3. 2024\n' + CONTACT_OK, 'Ingangsdatum: 1 maart 2024\nUltimo aggiornamento: 1 marzo 2024\n' + CONTACT_OK,
      // A Korean date is a date ("2025년 1월 1일" was reported as one it could not read).
      '시행일자: 2025년 1월 1일\n' + CONTACT_OK,
      // A Japanese policy's date of first making, before its last revision, is no effective date.
      '制定日：2020年4月1日\n最終改定日：2025年1月10日\n' + CONTACT_OK,
      // Day-month-year with dashes, and a weekday before the date.
      'Effective Date: 5-Mar-2025\nLast updated: Monday, March 3, 2025\n' + CONTACT_OK,
      // The same date twice, written differently; earlier versions' dates in a version history.
      'Last updated: February 1, 2025\n\n1. Introduction\nThis policy was last revised on 1 February 2025.\n' + CONTACT_OK,
      'Effective date: March 1, 2025\n\n1. Scope\nThis covers the app.\n\n2. Version History\nVersion 2\nEffective date: March 1, 2025\nVersion 1\nEffective date: January 1, 2024\n\n' + CONTACT_OK],
  },
  {
    code: 'inconsistent-name',
    triggers: [`
Kestrel Data Ltd. ("Kestrel Company" or "we") respects your privacy.
1. Data
We protect data managed by acquired companies to the same standard as ⟨!⟩Falconi's own data.
⟨!⟩Kestral will never sell it.
${CONTACT_OK}`, `
Northwind Traders Ltd ("Northwind", "we") runs the Northwind app.
1. Partners
⟨!⟩Nrothwind never sells data.
${CONTACT_OK}`, `
Shenzhen Dreamwave Robotics Co., Ltd. (hereinafter referred to as "Dreamwave" or "we") makes robot vacuums.
1. Data
⟨!⟩Dream Wave collects device data, and ⟨!⟩DreamWave uses it to improve the robots.
${CONTACT_OK}`, `
Kimmely Trading Ltd ("Kimmely", "we") sells tea.
1. Orders
⟨!⟩Kim Mely ships your orders.
${CONTACT_OK}`],
    lookAlikes: [`
Welcome to the SmartLife APP (hereinafter "this APP"). This APP is operated by Yunju Technology Co., Ltd. (hereinafter "we").
1. Data
This policy explains what this APP collects. These are the Platform's settings (the "Platform").
${CONTACT_OK}`, `
Dream Wave Robotics Co., Ltd. ("Dreamwave", "we") makes robot vacuums.
1. Data
Dream Wave Robotics, as its legal name is written, collects device data.
${CONTACT_OK}`, `
Shanghai Jingdigital Network Technology Co., LTD. ("JINGdigital" or "we") respects your privacy.
1. JINGDIGITAL SERVICES
Jingdigital, as its legal name writes it, and JINGdigital, as the policy calls it, are one organisation.
${CONTACT_OK}`, `
Kestrel Data Ltd. ("Kestrel Company" or "we") respects your privacy in the People's Republic of China.
1. Data
Here's how Kestrel Company uses Google's analytics service.
${CONTACT_OK}`, `
Northwind Traders Ltd ("Northwind", "we") runs the Northwind app.
1. Partners
Our partners include Northwood Logistics and Northwind's own shops.
${CONTACT_OK}`, `
Birchwood Software Ltd ("Birchwood", "we") respects your privacy.
1. Sharing
Data shared with Oakridge Partners is handled under the same standards as Oakridge's own data.
${CONTACT_OK}`],
  },
  {
    code: 'dangling-reference',
    triggers: [
      // Ended by a full stop after each last letter a promise's word can have (s, g, n, w), in either case.
      ...['We share your data in the following ways.', 'We collect the following.', 'We also collect the following information.',
        'The recipients are listed below.', 'WE USE IT AS FOLLOWS .'].map((promise) => `
1. Use
⟨!⟩${promise}
2. Security
We encrypt data.
3. ${CONTACT_OK}`), `
1. Rights
⟨!⟩If you would like to exercise your rights, please contact us as follows.
You may also withdraw consent at any time.
2. Security
We encrypt data.`, `
1. Rights
⟨!⟩To exercise them, please contact us as follows.
2. Security
We encrypt data.
3. ${CONTACT_OK}`, `
一、共享
（一）共享
⟨!⟩我们不会与第三方共享您的个人信息，但以下情况除外：
（二）转让
我们不会转让您的个人信息。
二、联系我们
电子邮件：privacy@xinghe.example`, `
1. Retention
⟨!⟩We keep your information for the periods set out in the table below.
2. Security
We encrypt data.
3. ${CONTACT_OK}`, `
Acme Privacy Policy
⟨!⟩When you register, we collect the following:
1. Security
We encrypt data.
2. ${CONTACT_OK}`],
    lookAlikes: [`
Acme Privacy Policy
This policy will help you understand the following:
1. What We Collect
Your name and email address.
2. ${CONTACT_OK}`, `
1. Retention
We keep your information for the periods set out in the table below.
Account data | until you close your account
Orders | seven years
2. ${CONTACT_OK}`, `
一、共享
我们不会与第三方共享您的个人信息，但以下情况除外：
1、获得您的明确同意；
2、根据法律法规的要求。
二、联系我们
电子邮件：privacy@xinghe.example`, `
1. Rights
To exercise your rights, contact us through the following channels:
Email: privacy@example.com
2. Collection
We collect data in the following ways:
2.1 Directly
From you.
${CONTACT_OK}`, `
1. Rights
To exercise them, contact us as described below.
2. Security
We encrypt data.
3. ${CONTACT_OK}`, `
1. Rights
To exercise them, please contact us as follows.
2. Contact Us
Email: privacy@example.com
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100`],
  },
  {
    code: 'missing-title',
    triggers: [`
⟨!⟩Effective Date: 1 March 2025
Example Ltd ("we") respects your privacy. This policy explains how we handle your personal information.
1. Scope
Text.
2. ${CONTACT_OK}`, `

⟨!⟩Example Ltd ("we") respects your privacy. This policy explains how we handle your personal information.
1. Scope
Text.
2. ${CONTACT_OK}`],
    lookAlikes: [`
Privacy Policy
Example Ltd ("we") respects your privacy.
1. ${CONTACT_OK}`, `
Effective Date: 1 March 2025

Personal Information Protection Policy of Example Ltd
Example Ltd ("we") respects your privacy.
1. ${CONTACT_OK}`, `
隐私政策
一、联系我们
电子邮件：privacy@xinghe.example`, `
Data Protection Information for Customers
Example GmbH processes your personal data as described here.
1. ${CONTACT_OK}`, `
Personal Information Processing Rules of Example App
Example Ltd processes your personal information as described here.
1. ${CONTACT_OK}`, `
   `],
  },
  {
    code: 'duplicate-title',
    triggers: [`
Privacy Policy

Personal Information Protection Policy

⟨!⟩PRIVACY POLICY

Example Ltd attaches great importance to your personal information.
1. ${CONTACT_OK}`, `
Privacy Policy of Example Ltd
1. Scope
This policy covers our website.
⟨!⟩Privacy Policy of Example Ltd
2. ${CONTACT_OK}`, `
Privacy Policy
Personal Information Protection Policy
⟨!⟩Privacy Policy
Example Ltd attaches great importance to your personal information.
1. ${CONTACT_OK}`],
    lookAlikes: [
    // The title's words inside a sentence, or as part of a longer line; another title under it.
    `
Privacy Policy
Personal Information Protection Policy
This Privacy Policy applies to our website.
Privacy Policy updates are announced by email.
1. ${CONTACT_OK}`,
    // A web page's footer links pasted after the policy: they name the page, not its title again.
    `
Privacy Policy

1. ${CONTACT_OK}

Home
Privacy Policy
Terms of Service
Cookie Settings
© 2025 Example Ltd`],
  },
  {
    code: 'truncated-sentence',
    triggers: [`
1. Information We Collect from Third Parties

⟨!⟩If you reach our website through a third party (such as email or a social network), or share our website content

If we use social media services, the provider sends us some of your personal information.
2. ${CONTACT_OK}`, `
1. Retention
We keep your personal information for as long as your account exists.

⟨!⟩When you delete your account we remove your personal information from our systems within thirty

2. ${CONTACT_OK}`, `
1. Retention
We keep your personal information for as long as your account exists.

⟨!⟩We keep your data for as long as necessary to provide the services, after which we

2. ${CONTACT_OK}`, `
1. Sharing
We do not sell your personal information to anyone.

⟨!⟩We may share your personal information with our affiliates, our service providers and with

We require all of them to keep your personal information safe.
2. ${CONTACT_OK}`, `
1. Device Information
When you bind a device, we collect its serial number and firmware version.
⟨!⟩When you connect it to your network, we collect its serial number and the Wi-Fi name, and
2. Sharing
We do not share your information.
3. ${CONTACT_OK}`],
    lookAlikes: [
    // A line wrapped inside its paragraph, before a line starting with a capital.
    `
1. Sharing
We share your personal information with the service providers that host our website and send our emails for
Example Mail Ltd. They may not use it for anything else.
2. ${CONTACT_OK}`,
    // A label and its value.
    `
1. Sharing
We share your personal information only with the service providers named below.

Our service providers: Example Hosting Ltd hosts the website and Example Mail Ltd sends the newsletters for us

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // A finished sentence whose full stop was forgotten; a clause opening a sentence whose main clause comes.
    `
1. Sharing
We share your personal information only with the service providers named below.

Please check this page regularly for the latest version of our list of service providers

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    `
1. Sharing
We share your personal information only with the service providers named below.

If you want to know which service providers we use for this, you can ask us at any time by post or by email

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // A policy pasted from a PDF with a blank line after every line it wraps.
    `
1. Sharing
We share your personal information only with the service providers named below.

We share your personal information with the companies that host our website and

send our newsletters for us, and with the payment processors that take your payments.

We also share it with the delivery companies that bring you your orders, among them

the national postal services of the countries we deliver to, who need your address.

We use analytics services to understand how visitors use our website, including those of

Example Analytics Ltd and Example Metrics Inc., which receive your device identifiers.
2. ${CONTACT_OK}`,
    // A list's item, lettered.
    `
1. Sharing
We share your personal information only with the service providers named below.

A. Service providers that host our website and send our newsletters on our behalf every month

B. Payment processors that take your payments when you buy from our online shop in any country

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // A title in title case.
    `
1. Sharing
We share your personal information only with the service providers named below.

How We Share Your Personal Information With Service Providers And Other Third Parties

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // Ending with a web address.
    `
1. Sharing
We share your personal information only with the service providers named below.

You can read more about the service providers we use and the data they receive at www.example.com/providers

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // Ending with "etc".
    `
1. Sharing
We share your personal information only with the service providers named below.

We share data with hosting providers, email services, payment processors, delivery companies etc

They may not use your personal information for anything else.
2. ${CONTACT_OK}`,
    // A table's cell after another cell (a line that is no sentence).
    `
1. Sharing
Push SDK

Integrated SDK; used to send push notifications to the app on your phone and to count them

We never share your personal information with advertisers or data brokers.
2. ${CONTACT_OK}`],
  },
];

describe('rules', () => {
  it('every rule has a test case here', () => {
    assert.deepEqual(CASES.map((c) => c.code).sort(), RULES.map((r) => r.code).sort());
  });
  for (const c of CASES) {
    describe(c.code, () => {
      c.triggers.forEach((source, k) => {
        it(`triggers on fixture ${k + 1}`, () => {
          const { text, lines } = marked(source);
          assert.deepEqual([...new Set(linesOf(analyze(text), c.code))], lines);
        });
      });
      c.lookAlikes.forEach((source, k) => {
        it(`stays quiet on look-alike ${k + 1}`, () => {
          const a = analyze(marked(source).text);
          assert.deepEqual(a.findings.filter((f) => f.code === c.code).map((f) => f.message), []);
        });
      });
    });
  }
});

describe('contact details written on one line with one space between them', () => {
  const contactLine = (line: string) => analyze(`Privacy Policy\n\n1. Information We Collect\nWe collect your name.\n\n2. Contact Us\n${line}\n`);
  const messages = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code).map((f) => f.message);

  it('are fields of their own: a malformed one is quoted alone', () => {
    const a = contactLine('Email: privacy@@example.com Tel: +86 21 5555 0000 Address: Room 5, 88 Keyuan Road, Shenzhen');
    assert.deepEqual(a.contact.fields.map((f) => [f.kind, f.value]), [['email', 'privacy@@example.com'], ['phone', '+86 21 5555 0000'], ['address', 'Room 5, 88 Keyuan Road, Shenzhen']]);
    assert.deepEqual(messages(a, 'invalid-contact'), ['"privacy@@example.com" is not a valid email address. Correct the Email field.']);
  });

  it('a word before a label that names nothing ends the value before it; one that belongs to the label stays with it', () => {
    const fields = (line: string) => contactLine(line).contact.fields.map((f) => [f.label, f.value]);
    assert.deepEqual(fields('Address: Room 5, 88 Keyuan Road, Shenzhen Tel: +86 21 5555 0000'), [['Address', 'Room 5, 88 Keyuan Road, Shenzhen'], ['Tel', '+86 21 5555 0000']]);
    assert.deepEqual(fields('Tel: +86 21 5555 0000, Postal address: Room 5, 88 Keyuan Road, Shenzhen'), [['Tel', '+86 21 5555 0000'], ['Postal address', 'Room 5, 88 Keyuan Road, Shenzhen']]);
  });

  it('"Add:" and "Addr.:", as Chinese companies\' websites abbreviate "Address", label a postal address; their other labels are read too', () => {
    for (const label of ['Add', 'Add.', 'ADD', 'Addr.']) {
      const a = contactLine(`Tel: +86-574-0000-0000\nE-mail: info@example.com\n${label}: No. 99 Industrial Zone, Yuyao, Ningbo, Zhejiang, China`);
      assert.deepEqual(a.contact.fields.map((f) => f.kind), ['phone', 'email', 'address'], label);
      assert.deepEqual(a.findings.filter((f) => f.code === 'missing-contact-field'), [], label);
    }
    // Not a word that starts so ("Additional information:").
    assert.deepEqual(contactLine('Email: info@example.com\nAdditional information: We reply within a week.').contact.fields.map((f) => f.kind), ['email']);
    // Nor are the other labels such websites write missed: "Mob.", "Cell", "WhatsApp", "Contact number", "Mailbox", "Web".
    const a = contactLine('Mob.: +86 138 0000 0000\nWhatsApp: +86 138 0000 0001\nContact number: 0574-0000-0000\nMailbox: sales@example.com\nWeb: www.example.com\nFactory Add: No. 8 Keji Road, Cixi, Ningbo');
    assert.deepEqual(a.contact.fields.map((f) => f.kind), ['phone', 'phone', 'phone', 'email', 'website', 'address']);
  });

  it('the comma or semicolon between two fields is no part of the value before it', () => {
    const a = contactLine('Email: privacy@@example.com; Address: 18 Keji Road, Shenzhen, Tel: [*],');
    assert.deepEqual(a.contact.fields.map((f) => [f.kind, f.value, a.doc.text.slice(f.valueStart, f.valueEnd)]), [
      ['email', 'privacy@@example.com', 'privacy@@example.com'], ['address', '18 Keji Road, Shenzhen', '18 Keji Road, Shenzhen'], ['phone', '[*]', '[*]'],
    ]);
    assert.deepEqual(messages(a, 'invalid-contact'), ['"privacy@@example.com" is not a valid email address. Correct the Email field.']);
  });

  it('a placeholder in a sentence is named by the words since the one before it, whole words only', () => {
    const a = contactLine('Our Data Protection Officer is [NAME], who can be reached at [EMAIL ADDRESS] or on [●]. Identity data and [specify].');
    assert.deepEqual(messages(a, 'placeholder'), [
      '"[NAME]" is a placeholder: fill in the data protection officer.', '"[EMAIL ADDRESS]" is a placeholder: fill in the email address.',
      '"[●]" is a placeholder: replace it with the real text.', '"[specify]" is a placeholder: replace it with the real text.',
    ]);
  });

  it('a placeholder is named by its own label, not by the field before it', () => {
    const a = contactLine('Email: [email] Address: [*]');
    assert.deepEqual(messages(a, 'placeholder'), ['"[email]" is a placeholder: fill in the email address.', '"[*]" is a placeholder: fill in the postal address.']);
    // Nor by the sentence before its label; a full stop inside a label ("Tel.") is part of it.
    const b = contactLine('Email us at privacy@example.com. Address: [*] Tel.: [*]');
    assert.deepEqual(messages(b, 'placeholder'), ['"[*]" is a placeholder: fill in the postal address.', '"[*]" is a placeholder: fill in the phone number.']);
  });

  it('a lower-case word and a colon in a sentence start no field', () => {
    const a = contactLine('Email: privacy@example.com and we will reply by phone: usually within a day.');
    assert.deepEqual(a.contact.fields.map((f) => f.kind), ['email']);
  });

  it('the title of a section run into a collapsed paragraph ends where its first contact detail starts', () => {
    const text = 'Privacy Policy\n\n1. Information We Collect\nWe collect your name.\n\n2. How We Use Information\nWe use it to deliver your orders and to answer your questions about them. 3. Your Rights You can ask us to see, correct or delete your data at any time. 4. Contact Us Email: privacy@example.com Address: 1 Main Street, Springfield Tel: +1 415 555 0100\n';
    const a = analyze(text);
    assert.deepEqual(a.doc.sections.map((s) => s.title), ['Information We Collect', 'How We Use Information', 'Your Rights', 'Contact Us']);
    assert.deepEqual(a.findings.filter((f) => f.code.startsWith('missing-contact')).map((f) => f.code), []);
  });
});

describe('duplicate-text compares paragraphs with their spacing normalised', () => {
  const paragraph = 'We keep your account details for as long as your account is open, and delete them within thirty days.';
  const policy = (...paragraphs: string[]) => `1. Retention\n${paragraphs.map((p, k) => `${p}\n${k + 2}. Part ${k + 2}\n`).join('')}${CONTACT_OK}`;
  const found = (text: string) => analyze(text).findings.filter((f) => f.code === 'duplicate-text').map((f) => [positionAt(analyze(text).doc.lines, f.start).line, f.message]);

  for (const [name, space] of [['two spaces', '  '], ['a tab', '\t'], ['a no-break space', '\u00a0'], ['an ideographic space', '\u3000']]) {
    it(`a copy with ${name} between two words is a copy`, () => {
      assert.deepEqual(found(policy(paragraph, paragraph.replace(' account is', `${space}account is`))), [[3, 'This paragraph repeats line 2 word for word. Remove one copy, or say it once and refer to it.']]);
      // And the other way round: the first occurrence is the one with odd spacing.
      assert.deepEqual(found(policy(paragraph.replace(' thirty', `${space}thirty`), paragraph)).length, 1);
    });
  }

  it('a sentence of a long pasted line repeating a paragraph, with other spacing, is a copy', () => {
    const long = `Our service is offered to customers in many countries and this part explains how it works for them all.  ${paragraph.replace(' them', '\tthem')} ${'More text about the service follows here. '.repeat(22)}`;
    assert.deepEqual(found(policy(paragraph, long)).map(([line]) => line), [3]);
  });

  it('copies of sentences of a long line holding many of them are found, early and late ones alike', () => {
    // Thirty sentences, each long enough to compare: more units than the table first makes room for.
    const sentences = Array.from({ length: 30 }, (_, k) => `Clause number ${k + 1} of this long pasted line says something of its own about how we treat your data.`);
    const text = `1. Retention\n${sentences.join(' ')}\n2. Copies\n${sentences[2]}\n3. More\n${sentences[27]}\n${CONTACT_OK}`;
    assert.deepEqual(found(text), [
      [3, 'This paragraph repeats line 2 word for word. Remove one copy, or say it once and refer to it.'],
      [5, 'This paragraph repeats line 2 word for word. Remove one copy, or say it once and refer to it.'],
    ]);
    const a = analyze(text);
    const related = a.findings.filter((f) => f.code === 'duplicate-text').map((f) => a.doc.text.slice(f.related![0].start, f.related![0].end));
    assert.deepEqual(related, [sentences[2], sentences[27]]);
  });

  it('a paragraph of Chinese is compared from 32 characters on, which say as much as 80 of English', () => {
    const chinese = '除非获得您的单独同意，我们不会与任何公司、组织和个人共享您的个人信息。详见第七条。';
    assert.deepEqual(found(policy(chinese, chinese)), [[3, 'This paragraph repeats line 2 word for word. Remove one copy, or say it once and refer to it.']]);
    // Shorter, a label or a sentence that sections each repeat: not compared; nor that many characters of English.
    assert.deepEqual(found(policy('如您有任何疑问，请通过以下方式与我们联系：', '如您有任何疑问，请通过以下方式与我们联系：')), []);
    assert.deepEqual(found(policy('We keep your account details for as long as it is open.', 'We keep your account details for as long as it is open.')), []);
  });

  it('paragraphs that start and end alike but differ in the middle are no copies, however many there are', () => {
    const words = ['name', 'email', 'address', 'phone', 'history', 'orders', 'payments', 'settings', 'messages', 'photos', 'contacts', 'files'];
    const variants = words.map((word) => paragraph.replace('details', word));
    assert.deepEqual(found(policy(...variants)), []);
    // Past the crowded hash's first eight texts, a copy with other spacing is still found.
    assert.deepEqual(found(policy(...variants, variants[10].replace(' open', '  open'))).map(([line]) => line), [25]);
  });
});

describe('duplicate-text reports paragraphs copied together as one finding', () => {
  const [one, two, three] = [
    'We keep your account details for as long as your account is open, and delete them within thirty days.',
    'We keep order records for seven years because tax law requires it, and then delete them for good.',
    'Backups are kept for ninety days and are overwritten in turn, so deleted data leaves them by then.',
  ];
  const found = (text: string) => {
    const a = analyze(text);
    return a.findings.filter((f) => f.code === 'duplicate-text').map((f) => ({
      lines: [positionAt(a.doc.lines, f.start).line + 1, positionAt(a.doc.lines, f.end).line + 1],
      message: f.message,
      first: f.related!.map((r) => [positionAt(a.doc.lines, r.start).line + 1, positionAt(a.doc.lines, r.end).line + 1]),
    }));
  };

  it('a passage pasted again is one finding over its paragraphs, linked to the whole first copy', () => {
    const text = `1. Retention\n\n${one}\n\n${two}\n\n${three}\n\n2. Backups\n\nWe explain backups here.\n\n${one}\n\n${two}\n\n${three}\n\n${CONTACT_OK}`;
    assert.deepEqual(found(text), [{ lines: [13, 17], first: [[3, 7]], message: 'Lines 13–17 repeat lines 3–7 word for word. Remove one copy, or say it once and refer to it.' }]);
  });

  it('a paragraph broken where its lines were full and copied is one finding, its short last line included', () => {
    const wrapped = 'Please be aware that, in accordance with applicable laws, if we take technical measures and other\nnecessary measures to process personal information so that the data recipient cannot identify a\nspecific individual, the sharing of such data does not need your consent.';
    const text = `1. Sharing\n\n${wrapped}\n\n2. Transfers\n\nWe transfer data abroad under contracts.\n\n${wrapped}\n\n${CONTACT_OK}`;
    assert.deepEqual(found(text).map((f) => [f.lines, f.first, f.message.slice(0, 25)]), [[[11, 13], [[3, 5]], 'Lines 11–13 repeat lines ']]);
    // A short line that is not the first copy's next line ends the run there.
    const otherEnd = text.slice(0, text.lastIndexOf('specific individual')) + 'specific individual.\n\n' + CONTACT_OK;
    assert.deepEqual(found(otherEnd).map((f) => f.lines), [[11, 12]]);
  });

  it('not across a heading, nor when the first copies are not one after another', () => {
    const acrossHeading = `1. Retention\n${one}\n${two}\n2. Backups\nWe explain backups here.\n${one}\n3. More\n${two}\n${CONTACT_OK}`;
    assert.deepEqual(found(acrossHeading).map((f) => f.lines), [[6, 6], [8, 8]]);
    const firstsApart = `1. Retention\n${one}\nSomething else entirely.\n${two}\n2. Backups\n${one}\n${two}\n${CONTACT_OK}`;
    assert.deepEqual(found(firstsApart).map((f) => f.lines), [[6, 6], [7, 7]]);
    // A copy whose first occurrence comes before the other's is a finding of its own: no finding holds another.
    const firstEarlier = `1. Retention\n${two}\n${one}\n${two}\n2. Backups\nWe explain backups here.\n${one}\n${two}\n${CONTACT_OK}`;
    assert.deepEqual(found(firstEarlier).map((f) => [f.lines, f.first]), [[[4, 4], [[2, 2]]], [[7, 7], [[3, 3]]], [[8, 8], [[2, 2]]]]);
    // A paragraph pasted again and again is one finding over its copies, linked to the first.
    const again = `1. Retention\n${one}\n2. Backups\nWe explain backups here.\n${one}\n${one}\n${one}\n${CONTACT_OK}`;
    assert.deepEqual(found(again), [{ lines: [5, 7], first: [[2, 2]], message: 'Lines 5–7 repeat line 2 word for word. Remove one copy, or say it once and refer to it.' }]);
    assert.equal(checkFix(again, 'duplicate-text', /^Remove the repeated lines 5–7$/), `1. Retention\n${one}\n2. Backups\nWe explain backups here.\n${CONTACT_OK}`);
    // Not across a heading.
    assert.deepEqual(found(again.replace(`${one}\n${one}\n${CONTACT_OK}`, `${one}\n3. More\n${one}\n${CONTACT_OK}`)).map((f) => f.lines), [[5, 6], [8, 8]]);
  });

  it('its fix removes the copied paragraphs, the blank lines between them and one around them, nothing else', () => {
    const text = `1. Retention\n\n${one}\n\n${two}\n\n2. Backups\n\nWe explain backups here.\n\n${one}\n\n${two}\n\nThat is all.\n\n${CONTACT_OK}`;
    assert.equal(checkFix(text, 'duplicate-text', /^Remove the repeated lines 11–13$/), `1. Retention\n\n${one}\n\n${two}\n\n2. Backups\n\nWe explain backups here.\n\nThat is all.\n\n${CONTACT_OK}`);
    // A section holding only the copies keeps them: duplicate-section's fix removes a copied section whole.
    const onlyText = `1. Retention\n${one}\n${two}\n2. Retention\n${one}\n${two}\n3. ${CONTACT_OK}`;
    const a = analyze(onlyText);
    assert.deepEqual(a.findings.filter((f) => f.code === 'duplicate-text').map((f) => fixesFor(a, f)), [[]]);
  });
});

describe('date-inconsistent reads dates written in numbers', () => {
  it('a date whose day and month cannot be told apart is reported with both readings', () => {
    const messages = analyze('Last updated: 3/1/2025\n' + CONTACT_OK).findings.filter((f) => f.code === 'date-inconsistent').map((f) => f.message);
    assert.deepEqual(messages, ['"3/1/2025" reads as March 1, 2025 where the month is written first, and as January 3, 2025 where the day is. Write the month as a word ("March 1, 2025") or the date as 2025-03-01.']);
  });

  it('a day its month does not have is reported as such, not as a date written in an unknown way', () => {
    const messages = (date: string) => analyze(`Last updated: ${date}\n` + CONTACT_OK).findings.filter((f) => f.code === 'date-inconsistent').map((f) => f.message);
    assert.deepEqual(messages('31 February 2024'), ['"31 February 2024" is no date: February 2024 has 29 days. Correct the day.']);
    assert.deepEqual(messages('2023-02-29'), ['"2023-02-29" is no date: February 2023 has 28 days. Correct the day.']);
    assert.deepEqual(messages('April 31, 2024'), ['"April 31, 2024" is no date: April 2024 has 30 days. Correct the day.']);
    assert.deepEqual(messages('February 29, 2024'), []);
    assert.deepEqual(messages('Smarch 3, 2024'), ['"Smarch 3, 2024" is not a date this checker can read. Write it like "March 3, 2025" or "2025-03-03".']);
  });

  it('a line that gives the label again, in another language or for another date, is read date by date', () => {
    const messages = (line: string) => analyze(`${line}\n` + CONTACT_OK).findings.filter((f) => f.code === 'date-inconsistent').map((f) => f.message);
    assert.deepEqual(messages('更新日期：2024年8月1日 Update date: August 1, 2024'), []);
    assert.deepEqual(messages('Last updated: 31 February 2024 更新日期：2024年2月31日'), [
      '"31 February 2024" is no date: February 2024 has 29 days. Correct the day.',
      '"2024年2月31日" is no date: February 2024 has 29 days. Correct the day.',
    ]);
    // Two labels on one line, as a web page's header has them: the effective date before the update is reported.
    assert.deepEqual(messages('Update Date: 2024/05/12 Effective Date: 2024/05/01'), [
      'The effective date (May 1, 2024) is earlier than the last update (May 12, 2024): the updated text cannot have taken effect before it was written. Set the effective date of this version.',
    ]);
  });
});

describe('toc-mismatch links entries to sections by their titles', () => {
  it('an entry naming no section is reported as such, not linked to a copy of a section another entry names', () => {
    const text = 'Contents\n1. Who We Are\n2. How We Use Information\n3. Sharing Your Information\n4. Contact Us\n\n1. Who We Are\nText.\n\n2. How We Use Information\nText.\n\n2. How We Use Information\nText.\n\n4. ' + CONTACT_OK;
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), [
      'The table of contents lists "Sharing Your Information", but no section has that title. Update the table of contents from the headings.',
    ]);
  });
  it('a table whose number is written twice in a row (after the section it listed was removed and the rest renumbered) is one table', () => {
    const text = 'Contents\nI. Who We Are\nII. How We Use Information\nIII. Sharing Your Information\nIII. Your Rights\nIV. Contact Us\n\nI. Who We Are\nText.\n\nII. How We Use Information\nText.\n\nIII. Your Rights\nText.\n\nIV. ' + CONTACT_OK;
    const a = analyze(text);
    assert.deepEqual(a.doc.tocs.map((t) => t.entries.length), [5]);
    assert.deepEqual(a.doc.sections.map((s) => s.line), [7, 10, 13, 16]);
    assert.deepEqual(a.findings.filter((f) => f.code !== 'missing-title').map((f) => f.message), [
      'The table of contents lists "Sharing Your Information", but no section has that title. Update the table of contents from the headings.',
    ]);
  });
});

describe('toc-mismatch: entries out of order', () => {
  const headings = '\nWhat We Collect\nWe collect your email address.\n\nRetention\nWe keep it for a year.\n\nSecurity\nWe encrypt it.\n\n' + CONTACT_OK;
  const withTable = (entries: string[]) => `Privacy Policy\n\nContents\n${entries.join('\n')}\n${headings}`;
  const outOfOrder = (text: string) => analyze(text).findings.filter((f) => f.code === 'toc-mismatch').map((f) => [text.slice(0, f.start).split('\n').length, f.message]);
  it('an entry moved up the table names its section still and is the one reported, not every entry it passed', () => {
    const text = withTable(['What We Collect', 'Contact Us', 'Retention', 'Security']);
    const a = analyze(text);
    assert.deepEqual(a.doc.tocs[0].entries.map((e) => (e.target === undefined ? undefined : a.doc.sections[e.target].title)), ['What We Collect', 'Contact Us', 'Retention', 'Security']);
    assert.deepEqual(outOfOrder(text), [
      [5, 'This entry is out of order: its section (line 18) comes after "Retention" (line 12), which the table lists below it. Update the table of contents from the headings.'],
    ]);
  });
  it('in Markdown, an entry that links to a heading names that one, whatever its words', () => {
    const text = '# Privacy Policy\n\n- [What we collect](#what-we-collect)\n- [Contact](#contact)\n- [Contact in the EU](#contact-1)\n\n## What we collect\n\nYour email address.\n\n## Contact\n\nEmail privacy@example.com, 1 Main Street, Springfield, +1 415 555 0100.\n\n## Contact\n\nEmail eu@example.com, 2 Rue de la Paix, Paris, +33 1 55 55 01 00.\n';
    const a = analyzePolicy(text, { format: 'markdown', today: TODAY });
    assert.deepEqual(a.doc.tocs[0].entries.map((e) => (e.target === undefined ? undefined : a.doc.sections[e.target].line + 1)), [7, 11, 15]);
    assert.deepEqual(a.findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), [
      'The entry "Contact in the EU" is worded differently from its heading "Contact" (line 15). Update the table of contents from the headings.',
    ]);
  });
  it('an entry moved down the table is reported against the entry in order above it', () => {
    assert.deepEqual(outOfOrder(withTable(['Retention', 'Security', 'What We Collect', 'Contact Us'])), [
      [6, 'This entry is out of order: its section (line 9) comes before "Security" (line 15), which the table lists above it. Update the table of contents from the headings.'],
    ]);
    assert.deepEqual(outOfOrder(withTable(['What We Collect', 'Retention', 'Security', 'Contact Us'])), []);
  });
});

describe('Markdown policies', () => {
  it('empty-section: the # title right above the first # section is the document\'s title, no empty section', () => {
    const text = '# Privacy Policy\n\n# 1. Introduction\nWe publish books.\n\n# 2. Data\n\n# 3. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    const empty = analyzePolicy(text, { format: 'markdown', today: TODAY }).findings.filter((f) => f.code === 'empty-section').map((f) => f.message);
    assert.deepEqual(empty, ['Section 2 has no text. Write the section or remove the heading.']);
  });

  it('toc-mismatch: a table under the # title lists its ## sections and leaves out nothing; a wrong number is still found', () => {
    const text = '# Privacy Policy\n\n## Contents\n1. [What We Collect](#what-we-collect)\n2. [Contact Us](#contact-us)\n\n## 1. What We Collect\nYour email.\n\n## 2. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    assert.deepEqual(analyzePolicy(text, { format: 'markdown' }).findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), []);
    const renumbered = text.replace('## 2. Contact Us', '## 3. Contact Us');
    assert.deepEqual(analyzePolicy(renumbered, { format: 'markdown' }).findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), ['The entry is numbered 2 but its section is numbered 3 (line 10). Update the table of contents from the headings.']);
    // With an entry nested under another (a ### sub-section), the table still stands for the title's ## sections.
    const nested = '# Privacy Policy\n\n## Contents\n- [What We Collect](#what-we-collect)\n  - [Cookies](#cookies)\n- [Contact Us](#contact-us)\n\n## What We Collect\nYour email.\n\n### Cookies\nA session cookie.\n\n## Sharing\nWith processors only.\n\n## Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    assert.deepEqual(analyzePolicy(nested, { format: 'markdown' }).findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), ['The table of contents leaves out a top-level section: "## Sharing" (line 14). Update the table of contents from the headings.']);
  });

  it('an entry of the table that names no section is reported once, by toc-mismatch, and a wrong link of an entry that does by broken-reference', () => {
    const text = '# Privacy Policy\n\n## Contents\n- [What We Collect](#what-we-collect)\n- [Sharing](#sharing)\n- [Contact Us](#contact)\n\n## What We Collect\nYour email.\n\n## Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    const findings = analyzePolicy(text, { format: 'markdown', today: TODAY }).findings.filter((f) => f.code === 'toc-mismatch' || f.code === 'broken-reference');
    assert.deepEqual(findings.map((f) => [f.code, text.slice(0, f.start).split('\n').length]), [['toc-mismatch', 5], ['broken-reference', 6]]);
  });

  it('toc-mismatch: the table is rewritten as Markdown, links to the headings\' anchors, without their # marks', () => {
    const md = (t: string) => analyzePolicy(t, { format: 'markdown', today: TODAY });
    const fix = (t: string) => {
      const a = md(t);
      const edits = fixesFor(a, a.findings.find((f) => f.code === 'toc-mismatch')!).find((f) => /^Update the table of contents/.test(f.title))!.edits;
      return applyEdits(t, edits);
    };
    const contact = '\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    const linked = `# Privacy Policy\n\n## Contents\n1. [What We Collect](#what-we-collect)\n2. [Contact Us](#contact-us)\n\n## 1. What We Collect\nYour email.\n\n## 2. Cookies\nSession cookies.\n\n## 3. Contact Us${contact}`;
    const after = fix(linked);
    assert.match(after, /## Contents\n1\. \[What We Collect\]\(#1-what-we-collect\)\n2\. \[Cookies\]\(#2-cookies\)\n3\. \[Contact Us\]\(#3-contact-us\)\n\n## 1\./);
    assert.deepEqual(md(after).findings.filter((f) => f.code === 'toc-mismatch' || f.code === 'broken-reference'), []);
    const bulleted = fix(`# Privacy Policy\n\n## Contents\n- [Collection](#collection)\n- [Contact Us](#contact)\n\n## Collection\nYour email.\n\n## Cookies\nSession cookies.\n\n## Contact Us {#contact}${contact}`);
    assert.match(bulleted, /## Contents\n- \[Collection\]\(#collection\)\n- \[Cookies\]\(#cookies\)\n- \[Contact Us\]\(#contact\)\n/);
    const plainList = fix(`# Privacy Policy\n\n## Contents\n1. What We Collect\n2. Contact Us\n\n## 1. What We Collect\nYour email.\n\n## 2. Cookies\nSession cookies.\n\n## 3. Contact Us${contact}`);
    assert.match(plainList, /## Contents\n1\. What We Collect\n2\. Cookies\n3\. Contact Us\n/);
  });
});

describe('Markdown comments and code', () => {
  it('placeholders in a comment are not published text; references in code or a comment name no section', () => {
    const text = '# Privacy Policy\n\n<!--\nTODO: fill in [*], see Section 9.\n-->\n\n## 1. Scope\n\nText for [TBD]. <!-- [company name] -->\n\n```\nsee Section 7\n```\n\n## 2. Contact\n\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n';
    const a = analyzePolicy(text, { format: 'markdown', today: TODAY });
    assert.deepEqual(a.findings.filter((f) => f.code === 'placeholder' || f.code === 'broken-reference').map((f) => [f.code, text.slice(f.start, f.end)]), [['placeholder', '[TBD]']]);
    // In plain text a comment is text like any other.
    const plain = analyzePolicy(text, { format: 'plain', today: TODAY });
    assert.ok(plain.findings.some((f) => f.code === 'placeholder' && text.slice(f.start, f.end) === '[*]'));
  });
});

describe('Markdown reference links', () => {
  it('are no placeholders: a label a definition gives a destination, full, shortcut or in the definition itself', () => {
    const text = '# Privacy Policy\n\n- [Retention][retention]\n- [Contact] (no definition: a blank)\n\n## Retention\n\nSee [the retention period] and [THE RETENTION PERIOD] for [company name].\n\n## Contact\n\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100\n\n[retention]: #retention\n  [The  Retention period]: #retention "Retention"\n';
    const a = analyzePolicy(text, { format: 'markdown', today: TODAY });
    // (Labels match as CommonMark matches them: case and runs of spaces aside.) A blank no definition names stays one.
    assert.deepEqual(a.findings.filter((f) => f.code === 'placeholder').map((f) => text.slice(f.start, f.end)), ['[Contact]', '[company name]']);
    // In plain text, brackets are no link.
    assert.ok(analyzePolicy(text, { format: 'plain', today: TODAY }).findings.some((f) => f.code === 'placeholder' && text.slice(f.start, f.end) === '[retention]'));
  });
});

describe('Markdown links to no heading', () => {
  it('are offered the heading whose words are most like theirs, singular and plural alike', () => {
    const text = '# Privacy Policy\n\n## Table of contents\n\n- [Cookies](#cookies)\n- [Contact](#contact)\n\n## Cookies\n\nSee the [cookie table](#cookie-table).\n\n## Contact\n\nEmail privacy@example.com, call +1 415 555 0100, or write to 1 Main Street, Springfield.\n';
    const a = analyzePolicy(text, { format: 'markdown', today: TODAY });
    assert.deepEqual(a.findings.filter((f) => f.code === 'broken-reference').map((f) => f.message), ['The link "#cookie-table" leads to no heading of this policy. Did you mean "#cookies" ("Cookies", line 8)?']);
  });

  it('are reported once where the link\'s text numbers a section that does not exist either ("[section 5](#5-retention)")', () => {
    const text = '# Privacy Policy\n\n## 1. Data\n\nWe keep it as [section 5](#5-retention) says, and as section 6 says.\n\n## 2. Contact\n\nEmail privacy@example.com.\n';
    const a = analyzePolicy(text, { format: 'markdown', today: TODAY });
    assert.deepEqual(a.findings.filter((f) => f.code === 'broken-reference').map((f) => text.slice(f.start, f.end)), ['#5-retention', 'section 6']);
    // A link that leads to a heading, its text numbering none: the number is the mistake.
    const linked = text.replace('#5-retention', '#2-contact');
    assert.deepEqual(analyzePolicy(linked, { format: 'markdown', today: TODAY }).findings.filter((f) => f.code === 'broken-reference').map((f) => linked.slice(f.start, f.end)), ['section 5', 'section 6']);
  });
});

describe('Markdown links to headings', () => {
  const POLICY_MD = [
    '# Privacy Policy', '', 'See [your rights](#2-your-rights), [how to reach us](#contact-us) and [retention](#retention).', '',
    '## 1. Data We Collect', '', 'Your email. [Rights](<#2-Your-Rights>) again.', '',
    '```md', '[not a link](#nowhere)', '```', '',
    '## 2. Your Rights', '', 'You may ask for a copy.', '',
    '## 4. Contact {#contact}', '', 'Email privacy@example.com, call +1 415 555 0100, or write to 1 Main Street, Springfield.', '',
  ].join('\n');
  const analyzeMd = (text: string) => analyzePolicy(text, { format: 'markdown', today: TODAY });

  it('resolve to the heading by its slug or the anchor it sets; broken-reference reports the others, with the closest heading', () => {
    const a = analyzeMd(POLICY_MD);
    assert.deepEqual(a.doc.references.map((r) => [r.kind, r.text, r.target === undefined ? null : a.doc.sections[r.target].title]), [
      ['anchor', '#2-your-rights', 'Your Rights'], ['anchor', '#contact-us', null], ['anchor', '#retention', null], ['anchor', '#2-Your-Rights', 'Your Rights'],
    ]);
    assert.deepEqual(a.findings.filter((f) => f.code === 'broken-reference').map((f) => [positionAt(a.doc.lines, f.start).line, f.message]), [
      [2, 'The link "#contact-us" leads to no heading of this policy. Did you mean "#contact" ("4. Contact", line 17)?'],
      [2, 'The link "#retention" leads to no heading of this policy. Correct the link or add the heading.'],
    ]);
    const finding = a.findings.find((f) => f.code === 'broken-reference')!;
    const after = applyEdits(POLICY_MD, fixesFor(a, finding)[0].edits);
    assert.ok(after.includes('[how to reach us](#contact)'), after);
    // A repeated heading's slug is suffixed, as GitHub writes it.
    const twice = analyzeMd('# P\n\n[second](#cookies-1)\n\n## Cookies\n\nText.\n\n## Cookies\n\nMore text.\n');
    assert.deepEqual(twice.doc.references.map((r) => r.target), [2]);
    // A heading's slug and name are made from its words as Markdown shows them: a link by its text, no emphasis marks.
    const marked = analyzeMd('# P\n\n[a](#1-data-we-collect), [b](#2-sharing-of-data), [c](#3-rights)\n\n## 1. [Data We Collect](#data)\n\nText.\n\n## 2. _Sharing_ of Data\n\nText.\n\n## 3. `Rights`\n\nText.\n');
    assert.deepEqual(marked.doc.references.map((r) => [r.text, r.target]), [['#1-data-we-collect', 1], ['#2-sharing-of-data', 2], ['#3-rights', 3], ['#data', undefined]]);
    assert.deepEqual(outline(marked.doc)[0].children.map((n) => n.name), ['1. Data We Collect', '2. Sharing of Data', '3. Rights']);
    // And with its character references read (`&nbsp;`, `&amp;`, `&#8217;`): numbered, named and slugged as shown.
    const referenced = analyzeMd('# P\n\n[a](#1-information-we-collect), [b](#2-terms--conditions), [c](#3-childrens-data), [d](#4-a-b)\n\n## 1.&nbsp;Information we collect\n\nText.\n\n## 2.&nbsp;Terms &amp; conditions\n\nText.\n\n## 3. Children&#8217;s data\n\nText.\n\n## 4. &lt;a&gt; b &#x0; &bogus;\n\nText.\n');
    assert.deepEqual(referenced.doc.references.map((r) => [r.text, r.target]), [['#1-information-we-collect', 1], ['#2-terms--conditions', 2], ['#3-childrens-data', 3], ['#4-a-b', undefined]]);
    assert.deepEqual(outline(referenced.doc)[0].children.map((n) => n.name), ['1. Information we collect', '2. Terms & conditions', '3. Children’s data', '4. <a> b &#x0; &bogus;']);
    assert.deepEqual(referenced.doc.sections.slice(1).map((s) => s.marker?.value), [1, 2, 3, 4]);
    // An HTML anchor on a line of its own right above a heading is that heading's (a blank line between them, or not).
    const above = analyzeMd('# P\n\n[intro](#introduction), [rights](#rights), [none](#elsewhere)\n\n<a name="introduction"></a>\n## 1. Introduction\n\nText.\n\n<a id="rights"></a>\n\n## 2. Your Rights\n\nMore.\n\n<a id="elsewhere"></a>\nA paragraph, then:\n\n## 3. Other\n\nText.\n');
    assert.deepEqual(above.doc.references.map((r) => (r.target === undefined ? null : above.doc.sections[r.target].title)), ['Introduction', 'Your Rights', null]);
  });

  it('renumbering a level changes the numbers after a symbol marking the headings, not the symbols', () => {
    const text = 'Privacy Policy\n\n■ 1. Information We Collect\nWe collect your name.\n\n■ 3. How We Use It\nTo answer you.\n\n■ 4. Contact Us\nEmail: a@example.com\n';
    const a = analyzePolicy(text);
    const gap = a.findings.find((f) => f.code === 'numbering-gap')!;
    assert.equal(applyEdits(text, fixesFor(a, gap)[0].edits), text.replace('■ 3.', '■ 2.').replace('■ 4.', '■ 3.'));
  });

  it('renumbering a level changes the numbers after the # marks, and the links by slug follow', () => {
    const a = analyzeMd(POLICY_MD);
    const gap = a.findings.find((f) => f.code === 'numbering-gap')!;
    const after = applyEdits(POLICY_MD, fixesFor(a, gap)[0].edits);
    assert.ok(after.includes('\n## 3. Contact {#contact}\n'), after);
    assert.ok(after.includes('\n## 2. Your Rights\n'), after);
    const byNumber = POLICY_MD.replace('#contact-us', '#4-contact').replace(' {#contact}', '');
    const b = analyzeMd(byNumber);
    const fixed = applyEdits(byNumber, fixesFor(b, b.findings.find((f) => f.code === 'numbering-gap')!)[0].edits);
    assert.ok(fixed.includes('[how to reach us](#3-contact)') && fixed.includes('\n## 3. Contact\n'), fixed);
    assert.deepEqual(analyzeMd(fixed).findings.filter((f) => f.code === 'broken-reference').map((f) => f.message), ['The link "#retention" leads to no heading of this policy. Correct the link or add the heading.']);
  });
});

describe('settings', () => {
  it('missing-contact-section: contact details given in passing (the opening, the last section, how to make a request) are said more mildly, where they are', () => {
    const passing = analyze('Privacy Policy\nQuestions? Email privacy@acme.example.\n1. Scope\nThis covers the app.\n2. Data\nWe collect your name.').findings.filter((f) => f.code === 'missing-contact-section');
    assert.deepEqual(passing.map((f) => [f.severity, f.message.slice(0, 80)]), [['warning', 'This policy has no contact section: it gives "privacy@acme.example" only in pass']]);
    // A placeholder or a registration number is no contact detail; neither is an email in a middle section.
    for (const text of [
      'Privacy Policy\n1. Scope\nThis covers the app.\n2. Data\nWe collect your name.\n3. About us\nEmail: [*]',
      'Privacy Policy\n1. Scope\nThis covers the app.\n2. About us\nCompany No. 01234567',
      'Privacy Policy\n1. Scope\nWe answer at help@acme.example.\n2. Data\nWe collect your name.',
    ]) assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'missing-contact-section').map((f) => f.severity), ['error'], text);
    // The section that says how to make a request gives them where readers look for them too.
    const rights = 'Privacy Notice\n1. Scope\nThis covers the app.\n2. How to Exercise Your Rights\nEmail privacy@acme.example or call 1-800-000-0000.\n3. Changes\nWe may update this notice.';
    const request = analyze(rights).findings.filter((f) => f.code === 'missing-contact-section');
    assert.deepEqual(request.map((f) => [f.severity, f.message.slice(0, 80)]), [['warning', 'This policy has no contact section: it gives "privacy@acme.example" only in pass']]);
    assert.deepEqual(analyze(rights.replace('How to Exercise Your Rights', 'Your Choices')).findings.filter((f) => f.code === 'missing-contact-section').map((f) => f.severity), ['error']);
  });
  it('privacyPolicy.rules turns a rule off or changes its severity', () => {
    const text = 'Effective Date: [***]\n' + CONTACT_OK;
    assert.equal(analyze(text).findings.find((f) => f.code === 'placeholder')?.severity, 'error');
    assert.equal(analyze(text, { rules: { placeholder: 'hint' } }).findings.find((f) => f.code === 'placeholder')?.severity, 'hint');
    assert.equal(analyze(text, { rules: { placeholder: 'off' } }).findings.find((f) => f.code === 'placeholder'), undefined);
  });
  it('required contact channels are configurable', () => {
    const text = '1. Contact Us\nTelephone: 020-3201 6009';
    assert.equal(linesOf(analyze(text), 'missing-contact-field').length, 1);
    assert.equal(linesOf(analyze(text, { requiredContactFields: ['phone'] }), 'missing-contact-field').length, 0);
  });
  it('malformed settings fall back to defaults with a message', () => {
    const problems: string[] = [];
    const s = readSettings({ rules: { placeholder: 'loud' }, files: 'x', facts: [] }, undefined, (m) => problems.push(m));
    assert.equal(s.rules.placeholder, undefined);
    assert.equal(problems.length, 3);
  });
});

/** Applies `fix` and checks what the rule promises: its finding is gone, nothing new, the rest unchanged. */
function checkFix(text: string, code: string, title: RegExp, settings?: unknown): string {
  const before = analyze(text, settings);
  const finding = before.findings.find((f) => f.code === code);
  assert.ok(finding, `a ${code} finding to fix`);
  const fix = fixesFor(before, finding).find((f) => title.test(f.title));
  assert.ok(fix, `a fix titled ${title} among ${fixesFor(before, finding).map((f) => f.title).join(' | ')}`);
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, 'edits do not overlap');
  const after = applyEdits(text, edits);
  assert.equal(after.slice(0, edits[0].start), text.slice(0, edits[0].start), 'text before the fix unchanged');
  const tail = text.length - edits[edits.length - 1].end;
  assert.equal(after.slice(after.length - tail), text.slice(text.length - tail), 'text after the fix unchanged');
  const reanalysed = analyze(after, settings);
  const count = (a: Analysis, c: string) => a.findings.filter((f) => f.code === c).length;
  assert.ok(count(reanalysed, code) < count(before, code), `the ${code} finding is gone`);
  for (const f of reanalysed.findings) assert.ok(count(reanalysed, f.code) <= count(before, f.code) || (code === 'missing-contact-field' && f.code === 'placeholder'), `no new ${f.code} finding: ${f.message}`);
  return after;
}

describe('quick fixes', () => {
  it('duplicate-title: removes the repeated line and one of the blank lines around it', () => {
    // In Markdown, with or without closing marks.
    const markdown = analyzePolicy('# Privacy Policy #\n\nWe respect your privacy.\n\nPrivacy Policy\n\n## 1. Contact Us\n\nEmail: privacy@example.com\n', { format: 'markdown' });
    assert.deepEqual(markdown.findings.filter((f) => f.code === 'duplicate-title').map((f) => positionAt(markdown.doc.lines, f.start).line), [4]);
    const after = checkFix('Privacy Policy\n\nPersonal Information Protection Policy\n\nPrivacy Policy\n\nWe respect your privacy.\n1. ' + CONTACT_OK, 'duplicate-title', /^Remove the repeated title/);
    assert.match(after, /^Privacy Policy\n\nPersonal Information Protection Policy\n\nWe respect your privacy\.\n1\. Contact Us/);
  });
  it('missing-title: adds "Privacy Policy" at the top, after a byte order mark, as a Markdown heading in Markdown, in Chinese in a Chinese policy', () => {
    const after = checkFix('Effective Date: 1 March 2025\n1. Scope\nText.\n2. ' + CONTACT_OK, 'missing-title', /^Add the title "Privacy Policy"/);
    assert.match(after, /^Privacy Policy\n\nEffective Date: 1 March 2025\n/);
    const titled = (text: string, format?: 'markdown') => {
      const a = analyzePolicy(text, { format });
      const fix = fixesFor(a, a.findings.find((f) => f.code === 'missing-title')!)[0];
      const fixed = applyEdits(text, fix.edits);
      assert.deepEqual(analyzePolicy(fixed, { format }).findings.filter((f) => f.code === 'missing-title'), []);
      return fixed;
    };
    assert.equal(titled('\ufeff1. Scope\r\nText.\r\n'), '\ufeffPrivacy Policy\r\n\r\n1. Scope\r\nText.\r\n');
    assert.equal(titled('## 1. Scope\n\nText.\n', 'markdown'), '# Privacy Policy\n\n## 1. Scope\n\nText.\n');
    assert.equal(titled('一、我们收集的信息\n我们收集您的手机号码。\n'), '隐私政策\n\n一、我们收集的信息\n我们收集您的手机号码。\n');
    // Japanese by its kana, Korean by its Hangul.
    assert.equal(titled('第1条（目的）\n本ポリシーは、当社における個人情報の取扱いについて定めます。\n'), 'プライバシーポリシー\n\n第1条（目的）\n本ポリシーは、当社における個人情報の取扱いについて定めます。\n');
    assert.equal(titled('제1조(목적)\n회사는 이용자의 개인정보를 보호합니다.\n'), '개인정보 처리방침\n\n제1조(목적)\n회사는 이용자의 개인정보를 보호합니다.\n');
    // After Markdown's front matter, which must stay the first lines of the file; a title given there is the title.
    assert.equal(titled('---\nlayout: page\n---\n\n## 1. Scope\n\nText.\n', 'markdown'), '---\nlayout: page\n---\n\n# Privacy Policy\n\n## 1. Scope\n\nText.\n');
    assert.deepEqual(analyzePolicy('---\ntitle: Privacy Policy\n---\n\n## 1. Scope\n\nText.\n', { format: 'markdown' }).findings.filter((f) => f.code === 'missing-title'), []);
  });
  it('placeholder: fills from the policy facts', () => {
    const after = checkFix('Effective Date: [***]\n' + CONTACT_OK, 'placeholder', /^Fill with 2025-01-01/, { facts: { effectiveDate: '2025-01-01' } });
    assert.match(after, /^Effective Date: 2025-01-01\n/);
  });
  it('placeholder: names the fact from the placeholder\'s own words or its sentence, never from words elsewhere', () => {
    const text = '1. Scope\nThis policy of [Company Name] applies from <insert date>. Contact XXX. Our DPO is [insert name].\nIt is effective from <insert date>.\nQuestions: [insert email]\n' + CONTACT_OK;
    const a = analyze(text, { facts: { company: 'Acme Ltd', effectiveDate: '2025-01-01', protectionOfficer: 'Dana Smith', email: 'privacy@acme.example' } });
    const fills = a.findings.filter((f) => f.code === 'placeholder').map((f) => [text.slice(f.start, f.end), fixesFor(a, f).find((x) => x.title.startsWith('Fill with'))?.title]);
    assert.deepEqual(fills, [
      ['[Company Name]', 'Fill with Acme Ltd'], ['<insert date>', undefined], ['XXX', undefined], ['[insert name]', 'Fill with Dana Smith'], ['<insert date>', 'Fill with 2025-01-01'],
      // A label that names no fact ("Questions:") leaves the placeholder's own words to name it.
      ['[insert email]', 'Fill with privacy@acme.example'],
    ]);
  });
  it('placeholder: a date field\'s blank is named by its field, in any language; a date\'s blank elsewhere as a date', () => {
    const text = 'Política de privacidad\nFecha de entrada en vigor: [FECHA]\nLast updated: 20XX\n1. Scope\nThis applies from [insert date].\n' + CONTACT_OK;
    const a = analyze(text, { facts: { effectiveDate: '2025-01-01' } });
    const named = a.findings.filter((f) => f.code === 'placeholder').map((f) => [text.slice(f.start, f.end), f.message.slice(f.message.indexOf(': ') + 2), fixesFor(a, f)[0].title]);
    assert.deepEqual(named, [
      ['[FECHA]', 'fill in the effective date.', 'Fill with 2025-01-01'],
      ['20XX', 'fill in the date of the last update.', 'Fill in the value…'],
      ['[insert date]', 'fill in the date.', 'Fill in the value…'],
    ]);
  });
  it('placeholder: a value written as groups of X is one placeholder ("400-XXX-XXXX")', () => {
    const text = '1. Contact Us\nEmail: privacy@example.com\nTel: 400-XXX-XXXX\nFax: XXX XXX XXXX\nModel: XXL-XXX\n';
    const found = analyze(text).findings.filter((f) => f.code === 'placeholder').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['XXX-XXXX', 'XXX XXX XXXX', 'XXX']);
    // So is an email address of blanks ("xxx@xxx.com", "XX@XX.com.cn"), labelled or not, not a real address with an
    // x or two in it.
    const email = '1. Contact Us\nEmail: xxx@xxx.com\nWrite to XX@XX.com.cn or max@xxl.example.\n';
    const blanks = analyze(email).findings.filter((f) => f.code === 'placeholder');
    assert.deepEqual(blanks.map((f) => [email.slice(f.start, f.end), f.message.slice(f.message.indexOf(': ') + 2)]), [
      ['xxx@xxx.com', 'fill in the email address.'], ['XX@XX.com.cn', 'fill in the email address.'],
    ]);
  });
  it('placeholder: a Chinese template\'s blanks, X or × run into the words, and its dates with a blank, each one placeholder', () => {
    const text = 'XX科技有限公司隐私政策\n更新日期：XXXX年XX月XX日\n生效日期：2026年××月××日\n一、范围\n本政策适用于XXL尺码的说明以外的内容，联系人：张XX。\n二、联系我们\n电子邮箱：privacy@example.cn\n联系地址：XX省XX市XX区XX路XX号\n';
    const a = analyze(text);
    assert.deepEqual(a.findings.filter((f) => f.code === 'placeholder').map((f) => text.slice(f.start, f.end)),
      ['XX', 'XXXX年XX月XX日', '2026年××月××日', 'XX', 'XX省XX市XX区XX路XX']);
    // The dates are the placeholder's, not unreadable dates; the address is none given.
    assert.deepEqual(a.findings.filter((f) => f.code === 'date-inconsistent'), []);
    assert.deepEqual(a.findings.find((f) => f.code === 'missing-contact-field')?.data?.missing, ['address', 'phone']);
    // A date written out is none.
    assert.deepEqual(analyze('隐私政策\n生效日期：2026年3月1日\n一、联系我们\n电子邮箱：privacy@example.cn\n').findings.filter((f) => f.code === 'placeholder'), []);
  });
  it('placeholder: asks for the value when no fact is known', () => {
    const a = analyze('1. Contact Us\nEmail: [*]\nAddress: 1 Main St, Springfield\nPhone: +1 415 555 0100');
    const fixes = fixesFor(a, a.findings.find((f) => f.code === 'placeholder')!);
    assert.equal(fixes[0].title, 'Fill in email address…');
    assert.equal(fixes[0].command?.name, 'privacyPolicy.fillPlaceholder');
    assert.equal(fixes[0].command?.field, 'email');
  });
  it('duplicate-section: removes an identical copy', () => {
    const text = '1. Scope\nThis covers the site.\n2. Retention\nWe keep data for a year.\n\n2. Retention\nWe keep data for a year.\n\n' + CONTACT_OK;
    const after = checkFix(text, 'duplicate-section', /^Remove the repeated copy/);
    assert.equal(after, '1. Scope\nThis covers the site.\n2. Retention\nWe keep data for a year.\n\n' + CONTACT_OK);
  });
  it('numbering-gap: renumbers the level and the references to it', () => {
    const text = 'I. Scope\nSee "V. Sharing" for details.\nII. Data\nText.\nV. Sharing\nText.\n' + CONTACT_OK;
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.match(after, /\nIII\. Sharing\n/);
    assert.match(after, /See "III\. Sharing"/);
  });
  it('numbering-order: a sub-section numbered under another section takes its section\'s number', () => {
    const text = '1. Scope\nText.\n2. Sharing\n2.1 Processors\nText.\n3.2. Authorities\nText.\n3. Retention\nText.\n' + CONTACT_OK;
    const after = checkFix(text, 'numbering-order', /^Renumber as 2\.2$/);
    assert.equal(after, text.replace('3.2. Authorities', '2.2. Authorities'));
    // On three levels, the two first parts.
    const deep = '1. Scope\nText.\n2. Sharing\n2.1 Vendors\n2.1.1 Hosting\nText.\n1.4.2 Email\nText.\n2.1.3 Payments\nText.\n3. Retention\nText.\n' + CONTACT_OK;
    assert.equal(checkFix(deep, 'numbering-order', /^Renumber as 2\.1\.2$/), deep.replace('1.4.2 Email', '2.1.2 Email'));
  });
  it('numbering-gap: a lettered sub-section ("1.d" after "1.b") is renumbered with the next letter', () => {
    const text = '1. Data\n\n1.a Contact data\nYour name.\n\n1.b Payment data\nYour card.\n\n1.d Technical data\nYour browser.\n\n2. Sharing\nText.\n' + CONTACT_OK;
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.match(after, /\n1\.b Payment data\nYour card\.\n\n1\.c Technical data\n/);
  });
  it('numbering-gap: renumbers headings set in bold inside their marks', () => {
    const text = '**1. Scope**\nText.\n**3. Data**\nText.\n__4. Sharing__\nText.\n' + CONTACT_OK;
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.match(after, /^\*\*1\. Scope\*\*\nText\.\n\*\*2\. Data\*\*\nText\.\n__3\. Sharing__\n/);
  });
  it('numbering-gap: renumbers articles written without a space before their titles in brackets (第５条（…） → 第４条（…）)', () => {
    const text = 'プライバシーポリシー\n第１条（目的）\n本ポリシーの目的を定めます。\n第２条（利用目的）\nサービスの提供のため。\n第３条（第三者提供）\n提供しません。\n第５条（お問い合わせ窓口）\nEメールアドレス：privacy@sample.example\n住所：東京都千代田区１－１－１\n電話番号：03-1234-5678\n';
    assert.equal(checkFix(text, 'numbering-gap', /^Renumber/), text.replace('第５条（', '第４条（'));
    const ascii = text.replace(/第([１-９])条/g, (_, d: string) => `第${d.charCodeAt(0) - 0xff10}条`);
    assert.equal(checkFix(ascii, 'numbering-gap', /^Renumber/), ascii.replace('第5条（', '第4条（'));
  });
  it('numbering-gap and numbering-order name a number written with its word as written (§ 7, Artikel 4, 제4조), others as sections', () => {
    const gap = (first: string, second: string) => analyze(`Datenschutz\n${first} Umfang\nText hier.\n${second} Daten\nText hier.\n${CONTACT_OK}`).findings.find((f) => f.code === 'numbering-gap')?.message.replace(/:.*/, '');
    assert.equal(gap('§ 1', '§ 3'), '§ 3 follows § 1');
    assert.equal(gap('Artikel 1', 'Artikel 3'), 'Artikel 3 follows Artikel 1');
    assert.equal(gap('제1조', '제3조'), '제3조 follows 제1조');
    assert.equal(gap('1.', '3.'), 'Section 3 follows section 1');
    assert.equal(gap('I.', 'III.'), 'Section III follows section I');
    const twice = analyze(`Datenschutz\n§ 1 Umfang\nText hier.\n§ 2 Daten\nMehr Text.\n§ 2 Rechte\nNoch mehr Text.\n§ 3 ${CONTACT_OK}`).findings.find((f) => f.code === 'numbering-order');
    assert.match(twice?.message ?? '', /^§ 2 is used twice/);
  });
  it('numbering-gap: keeps a sub-section\'s closing mark (`2.3.` → `2.2.`, `2.3)` → `2.2)`), in the table of contents too, and full-width stops', () => {
    for (const close of ['.', ')', ':']) {
      const text = `Privacy Policy\n\nContents\n1. Scope\n2. Data\n2.1${close} Account\n2.3${close} Usage\n3. Contact Us\n\n1. Scope\nThis policy covers the app.\n\n2. Data\nWe collect data.\n\n2.1${close} Account\nYour name and email.\n\n2.3${close} Usage\nThe pages you visit.\n\n3. ${CONTACT_OK}`;
      assert.equal(checkFix(text, 'numbering-gap', /^Renumber/), text.replaceAll(`2.3${close} Usage`, `2.2${close} Usage`), close);
    }
    assert.equal(markerWithValue(parseMarker('１．２． 個人情報')!, 3), '１．３．');
  });
  it('numbering-gap: keeps zero-padded numbers padded, and a colon or a dash after the number', () => {
    const padded = checkFix('01. Scope\nText.\n03. Data\nText.\n04. Sharing\nText.\n' + CONTACT_OK, 'numbering-gap', /^Renumber/);
    assert.match(padded, /^01\. Scope\nText\.\n02\. Data\nText\.\n03\. Sharing\n/);
    const colon = checkFix('1: Scope\nText.\n3: Data\nText.\n' + CONTACT_OK, 'numbering-gap', /^Renumber/);
    assert.match(colon, /^1: Scope\nText\.\n2: Data\n/);
    const dashed = checkFix('I - SCOPE\nText.\nIII - DATA\nText.\n' + CONTACT_OK, 'numbering-gap', /^Renumber/);
    assert.match(dashed, /^I - SCOPE\nText\.\nII - DATA\n/);
  });
  it('numbering-gap: articles numbered on across chapters are renumbered on, and "Article 6" references follow', () => {
    const text = [
      'CHAPTER I', 'GENERAL', 'Article 1', 'Scope', 'This notice covers the app.', 'Article 2', 'Controller', 'Acme GmbH is the controller.',
      'CHAPTER II', 'PROCESSING', 'Article 3', 'Data', 'We collect your name. Retention is set out in Article 6 and rights in article 6 too.',
      'Article 4', 'Purposes', 'We provide the service.', 'Article 6', 'Retention', 'We keep data for a year.',
      'CHAPTER III', 'RIGHTS', 'Article 7', 'Your rights', 'You may delete your data.', CONTACT_OK,
    ].join('\n');
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.match(after, /\nArticle 5\nRetention\n/);
    // Those of the chapters after it too: no gap left there.
    assert.match(after, /\nArticle 6\nYour rights\n/);
    assert.match(after, /\nArticle 3\nData\n/);
    assert.match(after, /set out in Article 5 and rights in article 5 too\./);
    // Numbers listed after a plural follow theirs, the plural stays.
    const listed = checkFix(`1. Scope\nSee Sections 3 and 6, and section 4.\n3. Data\nText.\n4. Use\nText.\n6. Sharing\nText.\n${CONTACT_OK}`, 'numbering-gap', /^Renumber/);
    assert.match(listed, /^1\. Scope\nSee Sections 2 and 4, and section 3\.\n2\. Data\n/);
    // A quoted heading changes its number only, numbered without punctuation or with a word.
    const quoted = checkFix(`1 Scope\nSee "4 Sharing" below.\n2 Data\nText.\n4 Sharing\nText.\n${CONTACT_OK}`, 'numbering-gap', /^Renumber/);
    assert.match(quoted, /^1 Scope\nSee "3 Sharing" below\.\n2 Data\nText\.\n3 Sharing\n/);
    const quotedArticle = checkFix(`Article 1\nScope\nSee "Article 4 Retention" below.\nArticle 2\nData\nText.\nArticle 4\nRetention\nText.\n${CONTACT_OK}`, 'numbering-gap', /^Renumber/);
    assert.match(quotedArticle, /^Article 1\nScope\nSee "Article 3 Retention" below\.\n/);
  });
  it('renumbering after a section doubled by copy-paste numbers the copy; the table\'s entry names the first of the two, and keeps its number', () => {
    const text = `Contents\nI. Introduction\nII. Sharing\nIII. ${CONTACT_OK.split('\n')[0]}\n\nI. Introduction\nWe run the app.\n\nII. Sharing\nWith our host only.\n\nII. Sharing\nWith our host only.\n\nIV. ${CONTACT_OK}`;
    const a = analyze(text);
    assert.deepEqual(a.doc.tocs[0].entries.map((e) => e.target === undefined ? undefined : a.doc.sections[e.target].line), [5, 8, 14]);
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.equal(after, text.replace('II. Sharing\nWith our host only.\n\nIV.', 'III. Sharing\nWith our host only.\n\nIV.'));
  });
  it('numbering-gap: a sub-section missing is named by its whole number, a section numbered with a zero so too', () => {
    const text = `1. Data\n1.1 Account\nText.\n1.2 Orders\nText.\n1.4 Support\nText.\n2. ${CONTACT_OK}`;
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['Section 1.4 follows section 1.2: 1.3 is missing. Add the missing section or renumber this level.']);
    const lettered = `A. Data\nA.1 Account\nText.\nA.2 Orders\nText.\nA.4 Support\nText.\nB. ${CONTACT_OK}`;
    assert.deepEqual(analyze(lettered).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['Section A.4 follows section A.2: A.3 is missing. Add the missing section or renumber this level.']);
    // Written with a zero ("4.0 Retention"), as the siblings write theirs.
    const zeros = `1.0 Purpose\nText.\n2.0 Scope\nText.\n4.0 Retention\nText.\n5.0 ${CONTACT_OK}`;
    assert.deepEqual(analyze(zeros).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['Section 4.0 follows section 2.0: 3.0 is missing. Add the missing section or renumber this level.']);
  });
  it('numbering-gap: a Roman numeral written as one character ("Ⅲ.") names the missing number so too, and is renumbered so', () => {
    const text = 'Privacy Policy\nⅠ. Scope\nThis policy applies to the app.\nⅡ. Data\nWe collect your phone number.\nⅣ. Contact Us\nEmail: privacy@example.com\nPhone: +86 571 8888 0000\nAddress: No. 88 Wenyi Road, Hangzhou';
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['Section Ⅳ follows section Ⅱ: Ⅲ is missing. Add the missing section or renumber this level.']);
    assert.match(checkFix(text, 'numbering-gap', /^Renumber/), /\nⅢ\. Contact Us\n/);
  });
  it('numbering-gap: names the missing numbers as the sections are named, with their words and brackets', () => {
    const gapOf = (text: string) => analyze(text).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message.slice(0, f.message.indexOf(' is missing')));
    assert.deepEqual(gapOf('Privacy Policy\nSection One Scope\nThis policy applies to the app.\nSection Three Contact Us\nEmail: privacy@example.com'), ['Section Three follows Section One: Section Two']);
    assert.deepEqual(gapOf('隐私政策\n一、收集\n（一）注册\n我们收集手机号码。\n（三）客服\n我们保存通话记录。\n二、联系我们\n邮箱：privacy@example.com'), ['Section （三） follows section （一）: （二）']);
  });
  it('numbering-gap: financial numerals are renumbered in financial numerals', () => {
    const text = '隱私權政策\n壹、適用範圍\n本政策適用於本網站。\n貳、資料蒐集\n我們蒐集您的姓名。\n肆、聯絡我們\n電子郵件：service@example.tw\n電話：(02) 2345-6789\n地址：台北市信義區信義路五段7號';
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['Section 肆 follows section 貳: 參 is missing. Add the missing section or renumber this level.']);
    assert.match(checkFix(text, 'numbering-gap', /^Renumber/), /\n參、聯絡我們\n/);
  });

  it('numbering-gap: an article missing between two chapters, where articles number on through them, is found and renumbered on', () => {
    const chapters = (third: string) => [
      'CHAPTER I GENERAL', 'Article 1 Scope', 'This notice covers the app.', 'Article 2 Controller', 'Acme GmbH is the controller.',
      'CHAPTER II PROCESSING', 'Article 3 Data', 'We collect your name.', 'Article 4 Purposes', 'We provide the service.',
      'CHAPTER III RIGHTS', third, CONTACT_OK,
    ].join('\n');
    const text = chapters('Article 6 Your rights\nYou may delete your data.\nArticle 7 Complaints\nWrite to the regulator.');
    assert.deepEqual(linesOf(analyze(text), 'numbering-gap'), [11]);
    const after = checkFix(text, 'numbering-gap', /^Renumber/);
    assert.match(after, /\nArticle 5 Your rights\n[^\n]*\nArticle 6 Complaints\n/);
    // Numbered again from 1 in each chapter, a chapter's articles go on from none.
    const restarting = chapters('Article 1 Your rights\nYou may delete your data.\nArticle 2 Complaints\nWrite to the regulator.')
      .replace('Article 3 Data', 'Article 1 Data').replace('Article 4 Purposes', 'Article 2 Purposes');
    assert.deepEqual(linesOf(analyze(restarting), 'numbering-gap'), []);
    // Chinese articles (条) through chapters (章) alike.
    const chinese = '隐私政策\n第一章 总则\n第一条 本政策适用于本应用。\n第二条 我们是个人信息处理者。\n第二章 收集\n第三条 我们收集您的手机号码。\n第三章 联系我们\n第五条 请通过以下方式联系我们：\n电子邮箱：privacy@example.com\n联系地址：上海市浦东新区张江路88号\n电话：021-12345678';
    assert.deepEqual(analyze(chinese).findings.filter((f) => f.code === 'numbering-gap').map((f) => f.message), ['第五条 follows 第三条: 第四条 is missing. Add the missing section or renumber this level.']);
  });
  it('numbering-gap: references with the number in words ("see Part Four") follow their sections; a missing one is broken', () => {
    const text = `Part One General\nThis covers the app. See Part Two for details, and Part Four for contact.\n\nPart Three Data\nWe collect names.\n\nPart Four Contact Us\n${CONTACT_OK.replace(/^Contact Us\n/, '')}`;
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'broken-reference').map((f) => f.message), ['"Part Two" refers to a section that does not exist in this policy. Correct the reference or add the section.']);
    assert.match(checkFix(text, 'numbering-gap', /^Renumber/), /See Part Two for details, and Part Three for contact\.\n\nPart Two Data\n/);
  });
  it('numbering-gap: "Section 1.3" and "section 3.0" references follow their multi-level sections', () => {
    const sub = checkFix(`1. Scope\n\n1.1 Terms\nSee Section 1.3 and section 1.1.\n\n1.3 Data\nText.\n\n${CONTACT_OK}`, 'numbering-gap', /^Renumber/);
    assert.match(sub, /\nSee Section 1\.2 and section 1\.1\.\n\n1\.2 Data\n/);
    // `3.0` numbers section 3 (its sub-sections are 3.1, 3.2): "section 3.0" names it, and becomes "section 2.0" with it.
    const zero = `1.0 Scope\nText.\n\n3.0 Data\nSee section 3.0 and Sections 1.0 and 3.0.\n\n4.0 Sharing\nText.\n\n${CONTACT_OK}`;
    assert.deepEqual(linesOf(analyze(zero), 'broken-reference'), []);
    assert.match(checkFix(zero, 'numbering-gap', /^Renumber/), /\n2\.0 Data\nSee section 2\.0 and Sections 1\.0 and 2\.0\.\n\n3\.0 Sharing\n/);
  });
  it('numbering-style: rewrites the odd number in the level\'s style', () => {
    const text = 'I. Scope\nText.\nII. Data\nText.\n3. Sharing\nText.\nIV. Rights\nText.\n' + CONTACT_OK;
    assert.match(checkFix(text, 'numbering-style', /^Renumber/), /\nIII\. Sharing\n/);
  });
  it('toc-mismatch: rewrites the table of contents from the headings', () => {
    const text = 'This policy helps you understand the following:\n1. Scope\n2. Data We Collect\n3. Cookie Banner Settings\n1. Scope\nText.\n2. Data We Collect\nText.\n3. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.match(after, /following:\n1\. Scope\n2\. Data We Collect\n3\. Contact Us\n1\. Scope/);
  });
  it('toc-mismatch: a numbered table of unnumbered headings keeps its numbers', () => {
    const text = 'Privacy Policy\n\nTable of Contents\n1) Introduction\n2) Information We Collect\n3) How We Use Information\n\nIntroduction\nWe provide dashboards.\n\nInformation We Collect\nSales data.\n\nPurposes of Processing\nTo produce dashboards.\n\n' + CONTACT_OK;
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.match(after, /^Privacy Policy\n\nTable of Contents\n1\) Introduction\n2\) Information We Collect\n3\) Purposes of Processing\n4\) Contact Us\n\nIntroduction\n/);
  });
  it('toc-mismatch: a table run into the line its sections go on on is checked, and rewritten where it stands, the rest of the line as it was', () => {
    const table = 'This policy will help you understand the following: 1. How We Collect Information 2. How We Use Information; 3. Sharing Your Data; 4. Children 5. Contact Us ';
    const body = '1. How We Collect Information We collect your email address when you register. 2. How We Use Information We use it to send updates. 3. Sharing We share it with no one. 4. Your Rights You may ask for a copy. 5. Contact Us Email privacy@alder.example, write to 1 Main Street, Springfield, IL 62701 or call +1 415 555 0100.';
    const text = `Alder Audio Privacy Policy\n\nAlder Audio Ltd explains here how it handles personal information. ${table}${body}\n`;
    const messages = (x: Analysis) => x.findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message);
    const a = analyze(text);
    assert.equal(a.doc.tocs.length, 1);
    assert.deepEqual(a.doc.tocs[0].entries.map((e) => [e.title, e.target === undefined ? undefined : a.doc.sections[e.target].title]), [
      ['How We Collect Information', 'How We Collect Information'], ['How We Use Information', 'How We Use Information'], ['Sharing Your Data', 'Sharing'], ['Children', 'Your Rights'], ['Contact Us', 'Contact Us'],
    ]);
    assert.deepEqual(messages(a), [
      'The entry "Sharing Your Data" is worded differently from its heading "Sharing" (line 3). Update the table of contents from the headings.',
      'The entry "Children" is worded differently from its heading "Your Rights" (line 3). Update the table of contents from the headings.',
    ]);
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.ok(after.includes(`the following: 1. How We Collect Information 2. How We Use Information 3. Sharing 4. Your Rights 5. Contact Us ${body}`), after);
    // A section the table leaves out is found, on the same line.
    const shorter = analyze(text.replace('4. Children 5. Contact Us ', '4. Your Rights '));
    assert.match(messages(shorter).join('\n'), /leaves out a top-level section: "5\. Contact Us" \(line 3\)/);
  });

  it('toc-mismatch: a paragraph before the sections that ends with their table is a table, checked and rewritten where it stands', () => {
    const sections = '\n\n1. How we collect your information\nWe collect your phone number.\n\n2. How we use cookies\nWe use cookies to keep you signed in.\n\n3. How we share, transfer and disclose your information\nWe do not share it.\n\n4. How to contact us\n' + CONTACT_OK.replace(/^Contact Us\n/, '');
    const intro = 'Smartlink Privacy Policy\n\nThis policy includes the following: ';
    const text = `${intro}1. How we collect your information; 2. How we use cookies; 3. How we share your information; 4. How to contact us.${sections}`;
    const a = analyze(text);
    assert.deepEqual(a.doc.tocs.map((t) => [t.startLine, t.entries.map((e) => e.target)]), [[2, [0, 1, 2, 3]]]);
    assert.deepEqual(a.findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.severity), ['info']);
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.ok(after.startsWith(`${intro}1. How we collect your information; 2. How we use cookies; 3. How we share, transfer and disclose your information; 4. How to contact us.\n`), after);
    // A list in the opening paragraph that names no section is none.
    const list = analyze(`Smartlink Privacy Policy\n\nWe collect three things: 1. Your name; 2. Your email address; 3. Your phone number.${sections}`);
    assert.deepEqual(list.doc.tocs, []);
  });

  it('toc-mismatch: a web page\'s line of links to its sections is a table, checked and rewritten where it stands', () => {
    const sections = '\n\nCollection\nWe collect your name and email address when you sign up.\n\nUse\nWe use your information to provide the service.\n\nSharing\nWe share information with our hosting provider.\n\nRetention\nWe keep data for two years.\n\n';
    const text = `Privacy Policy\n\nJump to: Collection | Use | Sharing | Your Rights | ${CONTACT_OK.replace('\n', `${sections}Contact Us\n`)}`;
    const a = analyze(text);
    assert.deepEqual(a.doc.tocs.map((t) => [t.startLine, t.entries.map((e) => e.title)]), [[2, ['Collection', 'Use', 'Sharing', 'Your Rights', 'Contact Us']]]);
    assert.deepEqual(a.findings.filter((f) => f.code === 'toc-mismatch').map((f) => text.slice(f.start, f.end)), ['Collection', 'Your Rights']);
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.ok(after.startsWith('Privacy Policy\n\nJump to: Collection | Use | Sharing | Retention | Contact Us\n\nCollection\n'), after);
    // The section the contact fix adds gets its entry, parted as the others.
    const settings = { facts: { email: 'privacy@example.com', address: '1 Main St, Springfield', phone: '+1 415 555 0100' } };
    const noContact = `Privacy Policy\n\nOn this page: Collection · Use · Sharing · Retention${sections}`;
    assert.match(checkFix(noContact, 'missing-contact-section', /its table-of-contents entry$/, settings), /^Privacy Policy\n\nOn this page: Collection · Use · Sharing · Retention · Contact Us\n/);
    // A footer's links to other pages, or a line naming too few sections, is none.
    // Nor is a line of Markdown links, which are checked as links.
    for (const line of ['Home | Shop | Blog | Collection', 'Terms of Service | Cookie Policy | Contact Us | Accessibility', '[Collection](#collection) | [Use](#use) | [Sharing](#sharing) | [Retention](#retention)']) {
      assert.deepEqual(analyze(`Privacy Policy\n\n${line}${sections}${CONTACT_OK}`).doc.tocs, [], line);
    }
  });

  it('toc-mismatch: rewrites a table of two-line entries as two-line entries', () => {
    const text = 'Notice\n\nContents\nArticle 1\nDefinitions\nArticle 2\nScope of Use\n\nArticle 1\nDefinitions\nIn this notice, "we" means Acme GmbH.\n\nArticle 2\nScope\nThis notice covers the app.\n\nArticle 3\nContact\n' + CONTACT_OK.replace(/^Contact Us\n/, '');
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.match(after, /^Notice\n\nContents\nArticle 1\nDefinitions\nArticle 2\nScope\nArticle 3\nContact\n\nArticle 1\n/);
  });
  it('toc-mismatch: keeps the page numbers of the sections the table listed, their dot leaders reaching the same column', () => {
    const body = '\n\n1. Scope\nThis covers the app.\n\n2. Data we collect\nYour name.\n\n3. Sharing of data\nWith processors.\n\n4. Contact Us\n' + CONTACT_OK.replace(/^Contact Us\n/, '');
    const dots = checkFix('Contents\n1. Scope ................ 1\n2. Data we collect ...... 2\n3. Sharing .............. 3' + body, 'toc-mismatch', /^Update the table of contents/);
    // The entries the table had keep their pages; the new one has none (the fix cannot know it).
    assert.match(dots, /^Contents\n1\. Scope \.{16} 1\n2\. Data we collect \.{6} 2\n3\. Sharing of data \.{6} 3\n4\. Contact Us\n\n1\. Scope/);
    const spaced = checkFix('Contents\n1. Scope . . . . . . 1\n2. Data we collect . . . 2\n3. Sharing . . . . . . 3' + body, 'toc-mismatch', /^Update the table of contents/);
    assert.match(spaced, /^Contents\n1\. Scope \. \. \. \. \. \. 1\n2\. Data we collect \. \. \. 2\n3\. Sharing of data \. \. 3\n4\. Contact Us\n/);
    const tabs = checkFix('Contents\nScope\t1\nData we collect\t2\nSharing\t3' + body, 'toc-mismatch', /^Update the table of contents/);
    assert.match(tabs, /^Contents\n1\. Scope\t1\n2\. Data we collect\t2\n3\. Sharing of data\t3\n4\. Contact Us\n/);
    // A leader of two dots, where the title is long, is a leader too: the entry keeps its page, as written.
    const short = checkFix('Contents\n1. Scope ................ 1\n2. Data we collect .. 2\n3. Sharing .............. 3' + body, 'toc-mismatch', /^Update the table of contents/);
    assert.match(short, /^Contents\n1\. Scope \.{16} 1\n2\. Data we collect \.\. 2\n3\. Sharing of data \.{6} 3\n4\. Contact Us\n/);
  });
  it('toc-mismatch: rewrites a table with sub-entries at both levels, as indented as it was', () => {
    const text = 'Contents\nScope\nData We Collect\n    Data You Give Us\nCookie Banner Settings\n\n1. Scope\nText.\n2. Data We Collect\n2.1 Data You Give Us\nYour name.\n2.2 Data From Devices\nLogs.\n3. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    const after = checkFix(text, 'toc-mismatch', /^Update the table of contents/);
    assert.match(after, /^Contents\n1\. Scope\n2\. Data We Collect\n {4}2\.1 Data You Give Us\n {4}2\.2 Data From Devices\n3\. Contact Us\n\n1\. Scope/);
  });
  it('broken-reference: changes the reference to the existing heading', () => {
    const text = '1. Scope\nQuestions? See "2. Contact Us" below.\n2. Contact Information\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    assert.match(checkFix(text, 'broken-reference', /^Change to/), /See "2\. Contact Information" below/);
  });
  it('broken-reference: a number given another section\'s title ("Section 2 (Sharing)") is changed to that section\'s, or the title to its own', () => {
    const body = '1. Scope\nWho receives data: see Section 2 (Sharing), and Section 2 (Rights) for access. Section 2 (above) too.\n2. Your Rights\nYou may access data.\n3. Sharing\nWith processors.\n4. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    const a = analyze(body);
    // Words in brackets that name the numbered section loosely ("Rights"), or no section ("above"), are not reported.
    assert.deepEqual(a.findings.filter((f) => f.code === 'broken-reference').map((f) => [body.slice(f.start, f.end), f.message]), [
      ['Section 2 (Sharing', '"Section 2" is given the title "Sharing", but section 2\'s heading is "Your Rights" (line 3). "Sharing" is section 3 on line 5.'],
    ]);
    assert.match(checkFix(body, 'broken-reference', /^Change to 'Section 3'/), /see Section 3 \(Sharing\), and Section 2 \(Rights\)/);
    assert.match(checkFix(body, 'broken-reference', /^Change the title to 'Your Rights'/), /see Section 2 \(Your Rights\), and/);
    // A quoted title is the heading's, as written: `Section 2 "Sharing"`, `Section 2 (“Sharing”)`.
    for (const written of ['Section 2 "Sharing"', 'Section 2 (“Sharing”)', 'section 2, "Sharing"']) {
      const text = body.replace('Section 2 (Sharing)', written);
      assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'broken-reference').map((f) => text.slice(f.start, f.end)), [written.replace(/[”"]\)?$/, '')], written);
    }
  });
  it('missing-contact-field: inserts the missing field lines', () => {
    const text = '1. Scope\nText.\n2. Contact Us\nTelephone: 020-3201 6009';
    const after = checkFix(text, 'missing-contact-field', /^Add the missing contact fields/, { facts: { email: 'privacy@example.com', address: '1 Main Street, Springfield' } });
    assert.equal(after, '1. Scope\nText.\n2. Contact Us\nTelephone: 020-3201 6009\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield');
    // A fact it does not know is left as a placeholder, which the placeholder rule reports (it is no address).
    const settings = { facts: { email: 'privacy@example.com' } };
    const before = analyze(text, settings);
    const fix = fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-field')!).find((f) => /^Add the missing contact fields/.test(f.title))!;
    const partly = applyEdits(text, fix.edits);
    assert.equal(partly, '1. Scope\nText.\n2. Contact Us\nTelephone: 020-3201 6009\nEmail: privacy@example.com\nAddress: [postal address]');
    assert.deepEqual(analyze(partly, settings).findings.map((f) => [f.code, partly.slice(f.start, f.end)]).filter(([c]) => c === 'placeholder'), [['placeholder', '[postal address]']]);
  });
  it('missing-contact-field: inserts the fields under the section\'s text, not after a table of contents at the end', () => {
    const text = '1. Scope\nText.\n\n2. Contact Us\nEmail: privacy@example.com\n\nContents\n1. Scope\n2. Contact Us\n';
    const after = checkFix(text, 'missing-contact-field', /^Add the missing contact fields/, { facts: { address: '1 Main Street, Springfield', phone: '020-3201 6009' } });
    assert.equal(after, text.replace('privacy@example.com\n', 'privacy@example.com\nAddress: 1 Main Street, Springfield\nTelephone: 020-3201 6009\n'));
    const unlabelled = text.replace('Email: ', '');
    assert.equal(checkFix(unlabelled, 'missing-contact-field', /^Add the missing contact fields/, { facts: { address: '1 Main Street, Springfield', phone: '020-3201 6009' } }),
      unlabelled.replace('privacy@example.com\n', 'privacy@example.com\nAddress: 1 Main Street, Springfield\nTelephone: 020-3201 6009\n'));
  });
  it('missing-contact-field and missing-contact-section write Chinese, Japanese and Korean policies\' labels, blanks reported as placeholders', () => {
    const cases: [string, string, string][] = [
      ['一、范围\n本政策适用于星河应用。\n二、联系我们\n电子邮箱：privacy@xinghe.example', '\n联系地址：【填写联系地址】\n联系电话：【填写联系电话】', '\n二、联系我们\n如您对本政策有任何疑问'],
      ['第1条（目的）\n本ポリシーは、当社のサービスにおける個人情報の取扱いについて定めます。\n第2条（お問い合わせ窓口）\nメールアドレス：privacy@sample.example', '\n住所：【住所を記入】\n電話番号：【電話番号を記入】', '\n第2条（お問い合わせ窓口）\n'],
      ['제1조(목적)\n회사는 이용자의 개인정보를 보호합니다.\n제2조(문의처)\n이메일: privacy@example.kr', '\n주소: 【주소 입력】\n전화번호: 【전화번호 입력】', '\n제2조(문의처)\n'],
    ];
    for (const [text, fields] of cases) {
      const before = analyze(text);
      const fix = fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-field')!)[0];
      const after = applyEdits(text, fix.edits);
      assert.equal(after, text + fields);
      // Each blank is a placeholder, named for its field.
      assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'placeholder').map((f) => f.message.replace(/^.*fill in the /, '')), ['postal address.', 'phone number.']);
    }
    for (const [text, , section] of cases) {
      // Without the contact section: one in the policy's language, numbered as its sections are, found as its contact section.
      const without = text.slice(0, text.search(/\n(?:二、|第2条|제2조)/)) + '\n';
      const before = analyze(without);
      const after = applyEdits(without, fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-section')!)[0].edits);
      assert.ok(after.includes(section), after);
      assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'missing-contact-section'), [], after);
    }
  });

  it('missing-contact-field and missing-contact-section write German, French, Spanish, Portuguese and Italian policies\' labels, blanks reported as placeholders', () => {
    const cases: [string, string, string][] = [
      ['§ 1 Geltungsbereich\nDiese Erklärung gilt für die Website und die App. Wir verarbeiten Ihre Daten nur, wenn Sie zustimmen oder ein Gesetz es erlaubt, und wir geben sie nicht an Dritte weiter.\n§ 2 Kontakt\nE-Mail: datenschutz@beispiel.example',
        '\nAnschrift: [Anschrift einfügen]\nTelefon: [Telefonnummer einfügen]', '\n§ 2 Kontakt\nBei Fragen'],
      ['1. Champ d\'application\nCette politique explique comment nous traitons vos données. Nous ne vendons pas les données des utilisateurs et vous pouvez exercer vos droits à tout moment avec nous.\n2. Nous contacter\nE-mail : dpo@exemple.example',
        '\nAdresse : [insérer l\'adresse postale]\nTéléphone : [insérer le numéro de téléphone]', '\n2. Nous contacter\nPour toute question'],
      ['1. Ámbito\nEsta política explica cómo tratamos los datos de los usuarios. Usted puede ejercer sus derechos cuando lo desee, y también puede contactar con nosotros para los datos del servicio.\n2. Contacto\nCorreo electrónico: privacidad@ejemplo.example',
        '\nDirección: [dirección postal]\nTeléfono: [teléfono]', '\n2. Contacto\nSi tiene preguntas'],
      ['1. Âmbito\nEsta política explica como tratamos os dados dos usuários. Você pode exercer seus direitos a qualquer momento, e também pode falar conosco pelo site ou pela loja; não vendemos seus dados.\n2. Contato\nE-mail: privacidade@exemplo.example',
        '\nEndereço: [inserir endereço]\nTelefone: [inserir telefone]', '\n2. Contato\nSe tiver dúvidas'],
      ['1. Ambito\nQuesta informativa descrive il trattamento dei dati degli utenti. Gli utenti possono esercitare i diritti previsti per legge, anche per i dati della app e delle sue funzioni.\n2. Contatti\nE-mail: privacy@esempio.example',
        '\nIndirizzo: [inserire indirizzo]\nTelefono: [inserire telefono]', '\n2. Contatti\nPer domande'],
    ];
    for (const [text, fields] of cases) {
      const before = analyze(text);
      const fix = fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-field')!)[0];
      const after = applyEdits(text, fix.edits);
      assert.equal(after, text + fields);
      assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'placeholder').map((f) => after.slice(f.start, f.end)), fields.match(/\[[^\]]+\]/g), after);
    }
    for (const [text, , section] of cases) {
      const without = text.slice(0, text.search(/\n(?:§ 2|2\.)/)) + '\n';
      const before = analyze(without);
      const after = applyEdits(without, fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-section')!)[0].edits);
      assert.ok(after.includes(section), after);
      assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'missing-contact-section'), [], after);
    }
  });

  it('missing-contact-section: without facts, every value it leaves to fill in is reported as a placeholder', () => {
    const text = 'Privacy Policy\n1. Scope\nThis covers the app.\n';
    const before = analyze(text);
    const fix = fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-section')!)[0];
    const after = applyEdits(text, fix.edits);
    const inserted = after.match(/\[[^\]\n]+\]/g) ?? [];
    assert.ok(inserted.length >= 3, after);
    assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'placeholder').map((f) => after.slice(f.start, f.end)), inserted);
  });
  it('missing-contact-section: appends a contact section numbered in the document\'s style', () => {
    const text = 'Privacy Policy\nI. Scope\nThis covers the app.\nII. Data\nWe collect your name.\n';
    const settings = { facts: { email: 'privacy@example.com', address: '1 Main St, Springfield', phone: '+1 415 555 0100', company: 'Example Ltd' } };
    const after = checkFix(text, 'missing-contact-section', /^Add a contact section/, settings);
    assert.match(after, /\nIII\. Contact Us\n/);
    // A title in brackets after its number, as the others are.
    const bracketed = 'Privacy Policy\nArticle 1 (Scope)\nThis covers the app.\n';
    assert.match(checkFix(bracketed, 'missing-contact-section', /^Add a contact section/, settings), /\nArticle 2 \(Contact Us\)\n/);
    assert.deepEqual(analyze(after, settings).findings.map((f) => f.code), []);
    // In Markdown, a heading of the level of the others, under the title's.
    const markdown = '# Privacy Policy\n\n## 1. Scope\n\nThis covers the app.\n\n## 2. Data\n\nWe collect your name.\n';
    const md = (t: string) => analyzePolicy(t, { format: 'markdown', today: TODAY, settings: readSettings(settings) });
    const before = md(markdown);
    const added = applyEdits(markdown, fixesFor(before, before.findings.find((f) => f.code === 'missing-contact-section')!)[0].edits);
    assert.match(added, /\n## 3\. Contact Us\n/);
    assert.deepEqual(md(added).findings.map((f) => f.code), []);
    // Under headings underlined as Setext writes them, a heading of their level, with `#` marks.
    const underlined = 'Privacy Policy\n==============\n\nScope\n-----\n\nThis covers the app.\n\nData\n----\n\nWe collect your name.\n';
    const beforeUnderlined = md(underlined);
    const addedUnderlined = applyEdits(underlined, fixesFor(beforeUnderlined, beforeUnderlined.findings.find((f) => f.code === 'missing-contact-section')!)[0].edits);
    assert.match(addedUnderlined, /\n## Contact Us\n/);
    assert.deepEqual(md(addedUnderlined).findings.map((f) => f.code), []);
    // Before a page's footer pasted after the text, with or without a blank line before it.
    for (const gap of ['', '\n']) {
      const footed = `${text}${gap}© 2026 Example Ltd. All rights reserved.\nPage 3 of 3\n`;
      const withFooter = checkFix(footed, 'missing-contact-section', /^Add a contact section/, settings);
      assert.match(withFooter, /\nII\. Data\nWe collect your name\.\n\nIII\. Contact Us\n[^]*\+1 415 555 0100\n\n© 2026 Example Ltd\. All rights reserved\.\nPage 3 of 3\n$/);
    }
  });
  it('missing-contact-section: a table of contents, at the top or closing the policy, gets an entry for the section', () => {
    const settings = { facts: { email: 'privacy@example.com', address: '1 Main St, Springfield', phone: '+1 415 555 0100', company: 'Example Ltd' } };
    const top = 'Privacy Policy\nThis policy covers the following:\n1. Scope\n2. Data\n\n1. Scope\nThis covers the app.\n2. Data\nWe collect your name.\n';
    const fixedTop = checkFix(top, 'missing-contact-section', /^Add a contact section and its table-of-contents entry$/, settings);
    assert.match(fixedTop, /\n2\. Data\n3\. Contact Us\n\n1\. Scope/);
    assert.match(fixedTop, /\n3\. Contact Us\nIf you have questions/);
    // A table closing the policy keeps closing it: the section goes before it, two blank lines apart.
    const bottom = 'Privacy Policy\n\n1.Scope\nThis covers the app.\n\n2.Data\nWe collect your name.\n\n3.Security\nWe encrypt it.\n\n  1. Scope\n  2. Data\n  3. Security\nLast updated: July 2021\n';
    const fixedBottom = checkFix(bottom, 'missing-contact-section', /^Add a contact section and its table-of-contents entry$/, settings);
    assert.match(fixedBottom, /We encrypt it\.\n\n4\.Contact Us\n[^]*\n\n\n {2}1\. Scope\n {2}2\. Data\n {2}3\. Security\n {2}4\. Contact Us\nLast updated/);
    // Entries with page numbers after dot leaders are left to toc-mismatch's fix, which writes the table whole.
    const leaders = 'Privacy Policy\n\nContents\n1. Scope ........ 2\n2. Data ........ 3\n3. Security ........ 4\n\n1. Scope\nThis covers the app.\n\n2. Data\nWe collect your name.\n\n3. Security\nWe encrypt it.\n';
    const a = analyze(leaders, settings);
    assert.deepEqual(fixesFor(a, a.findings.find((f) => f.code === 'missing-contact-section')!).map((f) => f.title), ['Add a contact section']);
  });
  it('inline-heading: puts each heading on its own line, changing no word', () => {
    const text = 'This policy helps you understand the following:\n1. Collection of Information\n2. Protection of Information\n3. Your Rights Regarding Information\n1. Collection of Information\nWe collect what you give us, and we keep it safe with encryption and access controls reviewed every year by auditors. 2. Protection of Information We encrypt data at rest and in transit. 3. Your Rights Regarding Information You may ask for a copy.\n' + CONTACT_OK;
    const after = checkFix(text, 'inline-heading', /^Put each heading/);
    assert.match(after, /auditors\.\n2\. Protection of Information\nWe encrypt/);
    assert.equal(after.replace(/\s+/g, ' '), text.replace(/\s+/g, ' '));
    // A policy whose line breaks were all lost: its title stays on the first line.
    const oneLine = 'Alder Audio Privacy Policy 1. How We Collect Information We collect your email address when you register. 2. How We Use Information We use it to send firmware updates. 3. Contact Us Email privacy@alder.example, write to 1 Main Street, Springfield, or call +1 415 555 0100.';
    assert.match(checkFix(oneLine, 'inline-heading', /^Put each heading/), /^Alder Audio Privacy Policy\n1\. How We Collect Information\nWe collect/);
    // The heading that starts the line gets a line of its own too: its text after it would make its title run on.
    const runIn = 'Contents\n1. How We Collect Information\n2. How We Store and Protect Information\n3. Your Rights\n4. Contact Us\n\n1. How We Collect Information\nWe collect your email address when you register for an account with us.\n2. How We Store and Protect Information 2.1 Storage. Your data is stored in the EU on servers we run ourselves, and nowhere else. 2.2 Protection. We encrypt it at rest and in transit, and review access every year. 3. Your Rights You may ask for a copy of your data at any time, free of charge.\n4. ' + CONTACT_OK;
    // Two headings one space apart ("2. INFORMATION WE COLLECT 2.1 Information You Provide.") share one line break:
    // no edit twice, which an editor rejects as overlapping. A run-in title keeps its full stop.
    const adjacent = 'ACME PRIVACY POLICY Effective Date: March 1, 2025 1. INTRODUCTION Acme Health, Inc. respects your privacy and explains here how it uses your data. 2. INFORMATION WE COLLECT 2.1 Information You Provide. We collect your name and email address when you create an account. 2.2 Information Collected Automatically. We collect device data and logs. 3. ' + CONTACT_OK.replace(/\n/g, ' ');
    assert.match(checkFix(adjacent, 'inline-heading', /^Put each heading/), /\n2\. INFORMATION WE COLLECT\n2\.1 Information You Provide\.\nWe collect [^\n]*\n2\.2 Information Collected Automatically\.\nWe collect/);
    const split = checkFix(runIn, 'inline-heading', /^Put each heading/);
    assert.match(split, /\n2\. How We Store and Protect Information\n2\.1 Storage\. Your data[^\n]*every year\.\n3\. Your Rights\nYou may ask/);
    assert.equal(split.replace(/\s+/g, ' '), runIn.replace(/\s+/g, ' '));
  });
  it('numbering-gap: renumbering edits only the numbers that change, not a table entry already written so', () => {
    const text = 'Contents\nI. Scope\nII. Data\nIII. Contact Us\n\nI. Scope\nText.\nII. Data\nText.\nIV. Contact Us\nEmail: privacy@example.com\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    const a = analyze(text);
    const fix = fixesFor(a, a.findings.find((f) => f.code === 'numbering-gap')!)[0];
    assert.deepEqual(fix.edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['IV.', 'III.']]);
  });
  it('missing-contact-field: a field written but unfilled ("Email: [*]") gets no second line', () => {
    const text = '1. Scope\nText.\n2. Contact Us\nTelephone: 020-3201 6009\nEmail: [*]';
    const a = analyze(text);
    const fix = fixesFor(a, a.findings.find((f) => f.code === 'missing-contact-field')!)[0];
    assert.equal(fix.title, 'Add the missing contact field');
    assert.equal(applyEdits(text, fix.edits), `${text}\nAddress: [postal address]`);
  });
  it('missing-contact-field: the lines go under the section\'s text, before a page\'s footer pasted after it', () => {
    const text = '1. Scope\nText.\n2. Contact Us\nIf you have any questions, email us at privacy@example.com.\n\n© 2026 Example, Inc. All rights reserved.\n';
    const a = analyze(text);
    const fix = fixesFor(a, a.findings.find((f) => f.code === 'missing-contact-field')!)[0];
    assert.equal(applyEdits(text, fix.edits), text.replace('privacy@example.com.\n', 'privacy@example.com.\nAddress: [postal address]\nTelephone: [phone number]\n'));
  });
  it('missing-contact-field and missing-contact-section: the lines go before a web page\'s footer links pasted after the text', () => {
    // One link to a line, a blank line apart or not: the site's name and the pages a footer links to.
    for (const gap of ['\n', '\n\n']) {
      const footer = ['Orbit', 'Privacy', 'Terms', 'About'].join(gap) + '\n';
      const text = `1. Scope${gap}Text.${gap}2. Contact Us${gap}Orbit Maps Inc., 1 Orbit Way, Mountain View, CA 94043. Email privacy@orbit.example.${gap}${footer}`;
      const a = analyze(text);
      const fix = fixesFor(a, a.findings.find((f) => f.code === 'missing-contact-field')!)[0];
      const fixed = applyEdits(text, fix.edits);
      assert.equal(fixed, text.replace('privacy@orbit.example.\n', 'privacy@orbit.example.\nTelephone: [phone number]\n'));
      // The footer's links stay no section ("About" was one under the phone line).
      assert.deepEqual(analyze(fixed).doc.sections.map((s) => s.title), ['Scope', 'Contact Us']);
      const none = `1. Scope${gap}Text.${gap}2. Sharing${gap}We share nothing.${gap}${footer}`;
      const b = analyze(none);
      const added = applyEdits(none, fixesFor(b, b.findings.find((f) => f.code === 'missing-contact-section')!)[0].edits);
      assert.ok(added.endsWith(`${gap === '\n' ? '\n' : ''}${footer}`) && added.indexOf('Contact') < added.indexOf('\nOrbit'), added);
    }
    // Not an address ending the section: its lines have numbers, or name no page a footer links to.
    const address = '1. Scope\nText.\n2. Contact Us\nWrite to us:\nCopperleaf Games LLC\n200 Pine Street\nPortland\nUnited States\n';
    const c = analyze(address);
    assert.ok(applyEdits(address, fixesFor(c, c.findings.find((f) => f.code === 'missing-contact-field')!)[0].edits).endsWith('United States\nEmail: [email address]\nTelephone: [phone number]\n'));
  });
  it('numbering-style: numbers the unnumbered sections where the numbered ones count them, never renumbers those', () => {
    const text = 'Privacy Policy\n\nIntroduction\n\nThis policy covers the app.\n\nInformation We Collect\n\nYour name.\n\n3. Sharing\n\nWe share nothing.\n\n4. Contact Us\n\n' + CONTACT_OK.replace(/^[^\n]*\n/, '');
    const a = analyze(text);
    const finding = a.findings.find((f) => f.code === 'numbering-style')!;
    const fixes = fixesFor(a, finding);
    assert.deepEqual(fixes.map((f) => f.title), ['Number the unnumbered sections at this level']);
    const after = applyEdits(text, fixes[0].edits);
    assert.match(after, /\n1\. Introduction\n[\s\S]*\n2\. Information We Collect\n[\s\S]*\n3\. Sharing\n/);
    assert.deepEqual(analyze(after).findings.filter((f) => f.code === 'numbering-style'), []);
    // Numbered ones that start again at 1 after them say nothing of the others' numbers: no fix.
    const restart = text.replace('3. Sharing', '1. Sharing').replace('4. Contact Us', '2. Contact Us');
    const b = analyze(restart);
    const style = b.findings.find((f) => f.code === 'numbering-style');
    assert.ok(style, 'the mix is reported');
    assert.deepEqual(fixesFor(b, style!), []);
  });
  it('numbering-order: renumbers siblings that are out of order', () => {
    const text = '1. Scope\nText.\n3. Data\nText.\n2. Sharing\nText.\n' + CONTACT_OK;
    assert.match(checkFix(text, 'numbering-order', /^Renumber/), /^1\. Scope\nText\.\n2\. Data\nText\.\n3\. Sharing\n/);
  });
  it('duplicate-text: removes the repeated paragraph', () => {
    const text = '1. Scope\nThis policy explains how we collect, use and protect the personal information of our customers.\n2. Purpose\nThis policy explains how we collect, use and protect the personal information of our customers.\nIt applies to every service.\n' + CONTACT_OK;
    assert.equal(checkFix(text, 'duplicate-text', /^Remove the repeated paragraph/), '1. Scope\nThis policy explains how we collect, use and protect the personal information of our customers.\n2. Purpose\nIt applies to every service.\n' + CONTACT_OK);
  });
  it('duplicate-text: no removal that would leave a heading over nothing (duplicate-section removes a copied section whole)', () => {
    const text = '1. Scope\nThis policy explains how we collect, use and protect the personal information of our customers.\n2. Retention\nWe keep account data while your account is open, and delete it within thirty days after you close it.\n2. Retention\nWe keep account data while your account is open, and delete it within thirty days after you close it.\n3. ' + CONTACT_OK;
    const a = analyze(text);
    const repeated = a.findings.find((f) => f.code === 'duplicate-text')!;
    assert.deepEqual(fixesFor(a, repeated), []);
    const copy = a.findings.find((f) => f.code === 'duplicate-section')!;
    assert.ok(fixesFor(a, copy).some((f) => /^Remove the repeated copy/.test(f.title)));
  });
  it('inconsistent-name: uses the defined name', () => {
    const text = 'Kestrel Data Ltd. ("Kestrel Company" or "we") respects your privacy.\n1. Data\nWe protect it like Falconi\'s own data.\n' + CONTACT_OK;
    assert.match(checkFix(text, 'inconsistent-name', /^Change to 'Kestrel Company'/), /like Kestrel Company's own data/);
  });

  it('fix all applies every safe fix at once', () => {
    const text = 'Effective Date: [***]\n1. Contact Us\nEmail: [*]\nAddress: 1 Main Street, Springfield\nPhone: +1 415 555 0100';
    const a = analyze(text, { facts: { effectiveDate: 'March 3, 2025', email: 'privacy@example.com' } });
    const all = fixAll(a)!;
    assert.equal(all.edits.length, 2);
    assert.equal(analyze(applyEdits(text, all.edits)).findings.filter((f) => f.code === 'placeholder').length, 0);
  });
});
