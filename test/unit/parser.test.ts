/**
 * The policy parser on fixtures written for this project: every numbering style, and the look-alikes that must
 * not become sections (list items, table cells, table-of-contents lines, metadata).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatForPath, parsePolicy } from '../../server/src/core/parse';
import { compareOutline } from '../support/fixtures';
import { outline } from '../../server/src/core/features/outline';
import { analyzePolicy } from '../../server/src/core/analyze';
import { findHeadings, isCanonicalTitle } from '../../server/src/core/parse/headings';
import { findMarkdownHeadings } from '../../server/src/core/parse/markdown';
import { LineSet, scanLines } from '../../server/src/core/parse/scan';
import { buildLineIndex } from '../../server/src/core/text/lines';
import { parseDate } from '../../server/src/core/text/dates';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markerWithValue, parseMarker } from '../../server/src/core/parse/numbering';

function expectOutline(source: string, format: 'plain' | 'markdown' = 'plain') {
  const { expected, actual, doc } = compareOutline(source, format);
  assert.deepEqual(actual, expected);
  return doc;
}

describe('numbering styles', () => {
  it('Roman numerals of their own characters in brackets ("（Ⅱ）") number the sub-sections of those with a full stop ("Ⅱ.")', () => {
    expectOutline(`
Privacy Policy for Aurora Smart Home App
⟦1⟧Ⅰ. How We Collect and Use Your Personal Information
⟦2⟧（Ⅰ）Registration and login
When you register, we collect your mobile phone number.
⟦2⟧（Ⅱ）Device control
We collect the device ID and device status.
⟦1⟧Ⅱ. How to Contact Us
Email: privacy@aurora.example
`);
  });
  it('Arabic with a colon ("1: Introduction") and zero-padded ("01. Introduction")', () => {
    expectOutline(`
Acme Privacy Policy

⟦1⟧1: Introduction
We are Acme Ltd.
⟦1⟧2: Contact
Email privacy@acme.example.
`);
    expectOutline(`
Acme Privacy Policy

⟦1⟧01. Introduction
We are Acme Ltd.
⟦1⟧02. Contact
Email privacy@acme.example.
`);
  });

  it('financial numerals ("壹、" "貳、" "參、"), as Taiwanese policies number their top level, over "一、" and "（一）"', () => {
    const doc = expectOutline(`
隱私權政策

⟦1⟧壹、隱私權保護政策的適用範圍
本政策內容包括本網站如何處理在您使用網站服務時收集到的個人識別資料。

⟦1⟧貳、個人資料的蒐集、處理及利用方式
⟦2⟧一、網站服務
當您造訪本網站時，伺服器會記錄相關行徑。
⟦2⟧二、會員服務
⟦3⟧（一）註冊資料
您註冊時提供的姓名與電子郵件。

⟦1⟧參、聯絡我們
電子郵件：service@example.tw
`);
    assert.deepEqual(doc.sections.filter((s) => s.level === 1).map((s) => [s.marker?.kind, s.marker?.value, s.title]), [['cjk-formal', 1, '隱私權保護政策的適用範圍'], ['cjk-formal', 2, '個人資料的蒐集、處理及利用方式'], ['cjk-formal', 3, '聯絡我們']]);
    for (const [written, value] of [['肆、', 4], ['拾壹、', 11], ['贰、', 2], ['叁、', 3], ['陆、', 6]] as const) assert.equal(parseMarker(`${written}標題`)?.value, value, written);
  });

  it('numbers in square brackets ("[1] Scope", "【1】Scope"), with their own level; not a Markdown link\'s reference ("[1]: https://…")', () => {
    expectOutline(`
Acme Privacy Policy

⟦1⟧[1] Information We Collect
⟦2⟧(1) Information You Give Us
Your name and email address.
⟦2⟧(2) Information From Your Device
Your IP address.
⟦1⟧[2] Contact Us
Email privacy@acme.example.
`);
    const markdown = parsePolicy('# Acme Privacy Policy\n\n## Cookies\n\nSee the regulator\'s guidance [1].\n\n[1]: https://example.org/guidance\n[2](https://example.org) is our site.\n', { format: 'markdown' });
    assert.deepEqual(markdown.sections.map((s) => s.title), ['Acme Privacy Policy', 'Cookies']);
    assert.equal(parseMarker('[1]: https://example.org/guidance'), undefined);
    assert.equal(parseMarker('[2](https://example.org) is our site.'), undefined);
    assert.equal(markerWithValue(parseMarker('[3] Contact')!, 2), '[2]');
    // And in the lenticular brackets of Chinese policies ("【1】Information We Collect").
    expectOutline(`
Privacy Policy

Updated: 2025-01-10

⟦1⟧【1】Information We Collect
We collect your phone number and your orders.

⟦1⟧【2】How We Use Information
We use it to deliver your orders.

⟦1⟧【3】Contact Us
Email: privacy@shop.example
`);
    assert.equal(markerWithValue(parseMarker('【3】Contact Us')!, 4), '【4】');
  });

  it('articles as Italian, Portuguese, Turkish, Indonesian and Vietnamese policies number them, and Arabic, Persian, Hebrew and Hindi policies; their titles, contact sections and contact fields', () => {
    for (const [text, titles] of [
      ['Informativa sulla privacy\n\nArt. 1 - Titolare del trattamento\nIl titolare è Esempio S.r.l.\n\nArt. 2 - Contatti\nEmail: privacy@esempio.it\n', ['Titolare del trattamento', 'Contatti']],
      ['Política de Privacidade\n\nCláusula 1ª – Objeto\nEsta política descreve o tratamento.\n\nCláusula 2ª – Contato\nEmail: privacidade@exemplo.com.br\n', ['Objeto', 'Contato']],
      ['Gizlilik Politikası\n\nMadde 1 - Amaç\nBu politika verilerin işlenmesini açıklar.\n\nMadde 2 - İletişim\nE-posta: gizlilik@ornek.com.tr\n', ['Amaç', 'İletişim']],
      ['Kebijakan Privasi\n\nPasal 1 Ketentuan Umum\nKebijakan ini menjelaskan pengolahan data.\n\nPasal 2 Kontak\nEmail: privasi@contoh.co.id\n', ['Ketentuan Umum', 'Kontak']],
      ['Chính sách bảo mật\n\nĐiều 1. Phạm vi\nChính sách này áp dụng cho ứng dụng.\n\nĐiều 2. Liên hệ\nEmail: privacy@vidu.vn\n', ['Phạm vi', 'Liên hệ']],
      // Written right to left (Arabic, Persian, Hebrew), and in Hindi.
      ['سياسة الخصوصية\n\n1. مقدمة\nتوضح هذه السياسة كيفية استخدام بياناتك.\n\n2. اتصل بنا\nالبريد الإلكتروني: privacy@example.ae\n', ['مقدمة', 'اتصل بنا']],
      ['سیاست حریم خصوصی\n\n1. مقدمه\nاین سیاست نحوه استفاده از داده‌های شما را توضیح می‌دهد.\n\n2. تماس با ما\nایمیل: privacy@example.ir\n', ['مقدمه', 'تماس با ما']],
      ['מדיניות פרטיות\n\n1. כללי\nמדיניות זו מסבירה כיצד אנו משתמשים במידע.\n\n2. יצירת קשר\nדוא"ל: privacy@example.co.il\n', ['כללי', 'יצירת קשר']],
      ['गोपनीयता नीति\n\n1. परिचय\nयह नीति बताती है कि हम आपकी जानकारी का उपयोग कैसे करते हैं।\n\n2. हमसे संपर्क करें\nईमेल: privacy@example.in\n', ['परिचय', 'हमसे संपर्क करें']],
    ] as const) {
      const a = analyzePolicy(text);
      assert.deepEqual(a.doc.sections.map((s) => s.title), titles, text);
      assert.equal(a.doc.title?.line, 0, text);
      assert.ok(!a.findings.some((f) => f.code === 'missing-contact-section' || f.code === 'missing-title'), text);
    }
    // Their contact fields' labels: email, telephone and address given, nothing is missing; the email alone, the rest is.
    for (const [email, phone, address] of [['البريد الإلكتروني: privacy@example.ae', 'الهاتف: +971 4 000 0000', 'العنوان: شارع الشيخ زايد، دبي'],
      ['דוא"ל: privacy@example.co.il', 'טלפון: 03-0000000', 'כתובת: רחוב הרצל 1, תל אביב'], ['ईमेल: privacy@example.in', 'फ़ोन: +91 22 0000 0000', 'पता: 1 एमजी रोड, बेंगलुरु']]) {
      const policy = (fields: string[]) => analyzePolicy(`Privacy Policy\n\n1. Scope\nThis policy covers the app.\n\n2. Contact\n${fields.join('\n')}\n`);
      assert.deepEqual(policy([email, phone, address]).findings.map((f) => f.code), [], email);
      assert.deepEqual(policy([email]).findings.map((f) => [f.code, f.data?.missing]), [['missing-contact-field', ['address', 'phone']]], email);
    }
  });

  it('Indonesian chapters (`BAB I`) hold their articles (`Pasal 1`), each titled on the line under its number', () => {
    const doc = parsePolicy('KEBIJAKAN PRIVASI\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\nDefinisi\n\nData Pribadi adalah data tentang seseorang.\n\nBAB II\nHUBUNGI KAMI\n\nPasal 2\nKontak\n\nEmail: privasi@contoh.co.id\n');
    assert.deepEqual(doc.sections.map((s) => [s.marker?.label, s.title, s.level]), [
      ['Bab I', 'KETENTUAN UMUM', 1], ['Pasal 1', 'Definisi', 2], ['Bab II', 'HUBUNGI KAMI', 1], ['Pasal 2', 'Kontak', 2],
    ]);
  });

  it('sections numbered `Sec. 1.` as contracts abbreviate them, and articles whose title in title case ends with a full stop', () => {
    for (const keyword of ['Sec.', 'Section', 'Article']) {
      const doc = parsePolicy(`ACME PRIVACY NOTICE\n\n${keyword} 1. Scope.\nThis notice applies to our websites.\n\n${keyword} 2. Information We Collect.\nWe collect the details you enter.\n\n${keyword} 3. Contact.\nEmail privacy@acme.example.\n`);
      assert.deepEqual(doc.sections.map((s) => [s.marker?.value, s.title]), [[1, 'Scope.'], [2, 'Information We Collect.'], [3, 'Contact.']], keyword);
    }
    // An article whose line is a sentence is still numbered by its number alone.
    const sentence = parsePolicy('Privacy Policy\n\nArticle 1. We process your data lawfully.\nMore text here.\n\nArticle 2. You may ask us to delete it.\nEmail privacy@acme.example.\n');
    assert.deepEqual(sentence.sections.map((s) => [s.marker?.value, s.title]), [[1, ''], [2, '']]);
  });

  it('numbers set off by a dash ("1 - Introduction", "IV – VOS DROITS") are numbers, not part of the title', () => {
    for (const [source, titles, numbers] of [
      ['Acme Privacy Policy\n\n⟦1⟧1 - Introduction\nWe are Acme Ltd.\n\n⟦1⟧2 — Data We Collect\nYour name.\n\n⟦1⟧3 – Contact\nEmail privacy@acme.example.\n', ['Introduction', 'Data We Collect', 'Contact'], [1, 2, 3]],
      ['POLITIQUE DE CONFIDENTIALITÉ\n\n⟦1⟧I - INTRODUCTION\nLumen SAS protège vos données.\n\n⟦1⟧II - VOS DROITS\nAccès et effacement.\n\n⟦1⟧III - CONTACT\nCourriel : dpo@lumen.example\n', ['INTRODUCTION', 'VOS DROITS', 'CONTACT'], [1, 2, 3]],
      // Multi-level numbers too (`2.1 - Account data`, `A.1 – …`).
      ['Acme Privacy Policy\n\n⟦1⟧1 - Introduction\nWe are Acme Ltd.\n\n⟦1⟧2 - Data We Collect\nWe collect what you give us.\n\n⟦2⟧2.1 - Account Data\nYour name and email.\n\n⟦2⟧2.2 – Usage Data\nThe pages you visit.\n\n⟦1⟧3 - Contact\nEmail privacy@acme.example.\n', ['Introduction', 'Data We Collect', 'Account Data', 'Usage Data', 'Contact'], [1, 2, 1, 2, 3]],
    ] as const) {
      const doc = expectOutline(source);
      assert.deepEqual(doc.sections.map((s) => s.title), titles);
      assert.deepEqual(doc.sections.map((s) => s.marker?.value), numbers);
    }
    // Renumbered, the dash stays where it was.
    assert.equal(markerWithValue(parseMarker('2.2 – Usage Data')!, 3), '2.3');
    assert.equal(parseMarker('A.1 - Processors')?.text, 'A.1');
    // A version history's rows set apart by dashes are no sections ("1.0 - January 1, 2024 - Initial release").
    const history = parsePolicy('Acme Privacy Policy\n\n1. Scope\nThis policy covers the app.\n\n2. Contact Us\nEmail privacy@acme.example.\n\nRevision History\n1.0 - January 1, 2024 - Initial release\n1.1 - June 1, 2025 - Added cookie details\n2.0 - March 1, 2026 - Full revision\n');
    // The history is a section of its own, at the top level: the last section ends before it.
    assert.deepEqual(history.sections.map((s) => [s.title, s.level]), [['Scope', 1], ['Contact Us', 1], ['Revision History', 1]]);
    assert.equal(history.text.slice(history.sections[1].start, history.sections[1].end), '2. Contact Us\nEmail privacy@acme.example.');
  });

  it('Arabic with dot, with and without a space, and parenthesised sub-sections', () => {
    expectOutline(`
Acme Privacy Policy
⟦1⟧1.Information We Collect
We collect what you give us.
⟦2⟧(1)Account Information
Your name and email address.
⟦2⟧(2)Device Information
Your device model.
⟦1⟧2. How We Use Information
We use it to provide the service.
`);
  });

  it('"1 Title" without punctuation, multi-level numbers, and a bare 1.2.1 with no title', () => {
    expectOutline(`
⟦1⟧1 Scope
This policy covers the app.
⟦2⟧1.1 Definitions
Terms used here.
⟦2⟧1.2 Collection
⟦3⟧1.2.1
We collect data in two ways.
⟦3⟧1.2.2
Directly, and through cookies.
⟦1⟧2 Sharing
We share with processors.
`);
  });

  it('numbering that starts at 1.1, without a heading 1: `2` after `1.2` is on the level of 1, not under 1.2', () => {
    expectOutline(`
Privacy Policy

⟦2⟧1.1 Who We Are
Orbit Labs Inc. provides the Orbit app.

⟦2⟧1.2 Scope
This policy applies to the app and website.

⟦1⟧2 Information We Collect
We collect the information you give us.

⟦2⟧2.1 Information You Provide
Account details and messages.

⟦1⟧3 Contact Us
Email: privacy@orbitlabs.example
`);
  });

  it('a numbered line right over its first sub-section (`1 …` then `1.1 …`) is a heading, even ended by a full stop', () => {
    expectOutline(`
Privacy Policy

⟦1⟧1 How do we collect and use your personal information.

⟦2⟧1.1 What personal information means.

Personal information is information about an identified or identifiable person.

⟦2⟧1.2 What we collect.

We collect your name and email address when you register.

⟦1⟧2 How do we share your personal information.

We do not sell your personal information.
`);
  });

  it('"§ 1" sections with numbered paragraphs (1), (2) inside them', () => {
    expectOutline(`
Privacy Policy of Falke GmbH
⟦1⟧§ 1 General Information
This policy informs you about the processing of your personal data when you use our website.
⟦1⟧§ 2 Your Rights
(1) You have the right to access your data and to receive a copy of it.
(2) You have the right to have inaccurate data corrected without delay.
⟦1⟧§ 3 Contact
Write to datenschutz@falke.example.
`);
  });

  it('"1.0", "2.0" as top-level numbers with "2.1" sub-sections under them', () => {
    expectOutline(`
⟦1⟧1.0 Purpose
This document sets out how we process personal data.
⟦1⟧2.0 Scope
⟦2⟧2.1 Customers
This policy applies to all customers.
⟦2⟧2.2 Employees
Employees receive a separate notice.
⟦1⟧3.0 Contact
Write to dpo@vega.example.
`);
  });

  it('a number written with another closing mark continues its sequence (`3)` after `2.` and its sub-sections)', () => {
    expectOutline(`
⟦1⟧1. Scope
This policy covers the app.
⟦1⟧2. Data We Collect
⟦2⟧2.1 Account Data
Name and email.
⟦2⟧2.2 Usage Data
Pages viewed.
⟦1⟧3) Sharing
We share data with processors.
⟦2⟧3.1 Processors
Hosting and email.
⟦1⟧4. Retention
We keep data for two years.
`);
    // Items of a list numbered so inside a section are its own, starting at 1.
    expectOutline(`
⟦1⟧1. Scope
This policy covers the app.
⟦1⟧2. Your Rights
⟦2⟧1) Access
You may ask for your data.
⟦2⟧2) Erasure
You may ask us to delete it.
⟦2⟧3) Objection
You may object to processing.
⟦1⟧3. Contact
Email privacy@example.com.
`);
  });

  it('a multi-level number after items in brackets goes back to its own level (`2.2` after `(ii)` under `2.1.2`)', () => {
    expectOutline(`
⟦1⟧2. PROCESSING
⟦2⟧2.1 Purposes
⟦3⟧2.1.1 Account Management
We open and run your account.
⟦3⟧2.1.2 Fraud Prevention
We check transactions for fraud.
⟦4⟧(i) Automated checks
Our systems score each payment.
⟦4⟧(ii) Manual review
Our analysts review flagged payments.
⟦2⟧2.2 Legal Bases
We rely on contract and legal obligation.
⟦1⟧3. CONTACT
Email privacy@example.com.
`);
  });

  it('Roman numerals with Arabic numerals standing among them at the top level', () => {
    expectOutline(`
⟦1⟧I. Introduction
Some words.
⟦2⟧1. Who we are
We are a company.
⟦2⟧2. What this covers
Our website.
⟦1⟧II. Data We Collect
Data.
⟦1⟧3. Cookies
We use cookies.
⟦1⟧IV. Your Rights
Rights.
`);
    // Numbers skipped after an Arabic numeral among them (`8.` then `XII.`, as 001 writes them): still the sequence.
    expectOutline(`
⟦1⟧VI. Cookies
We use cookies.
⟦1⟧VII. Your Rights
⟦2⟧1. Access
You may ask for a copy of your data.
⟦1⟧8. Security
We protect your data.
⟦1⟧XII. Contact Information
Tel: 020-0000 0000
`);
  });

  it('standard titles ended by a full stop over numbered paragraphs ("II. How we use personal information.")', () => {
    expectOutline(`
Privacy Policy

⟦1⟧I. Information we collect.

We collect your name and email address when you register, and your device model when you use the app.

⟦1⟧II. How we use personal information.

1. We use personal information to provide the service you ask for, as described in this policy.

2. We use it to keep your account secure and to detect fraud.

⟦1⟧III. How we share, transfer, and disclose personal information.

1. We share personal information only with your consent.

2. We disclose it where the law requires us to.

⟦1⟧IV. Contact us.

Email: privacy@example.com
`);
  });

  it('letters as top-level sections with numbered sub-sections', () => {
    expectOutline(`
⟦1⟧A. Who We Are
We make widgets.
⟦1⟧B. Data We Collect
⟦2⟧1. Account data
Name and email address.
⟦2⟧2. Payment data
Handled by our processor.
⟦1⟧C. Cookies
Only necessary cookies.
`);
  });

  it('Article, Section and Appendix keywords, (a) and a) and lower-case Roman items as sub-headings', () => {
    expectOutline(`
Orbit Privacy Notice
⟦1⟧Article 1 Definitions
In this notice "we" means Orbit.
⟦1⟧Article 2 Sharing
⟦2⟧a) Service providers
We use hosting providers.
⟦2⟧b) Legal requests
We answer lawful requests.
⟦1⟧Article 3 Your Rights
⟦2⟧(a) Access
Ask for a copy.
⟦2⟧(b) Erasure
Ask us to delete.
⟦1⟧Section 4. Contact
⟦2⟧i. Email
Write to us.
⟦2⟧ii. Post
Send a letter.
⟦1⟧Appendix 1: Processors
A list of processors.
⟦1⟧Appendix 2: Retention Periods
A table of periods.
`);
  });

  it('"1." right under "1." opens a nested list, once: a third "1." starts that list again', () => {
    expectOutline(`
Acme Privacy Policy
⟦1⟧1. How We Collect Information
⟦2⟧1. Information You Give Us
Your name.
⟦2⟧1. Information From Devices
Logs.
⟦2⟧2. Information From Partners
Lists.
⟦1⟧2. Contact Us
Email privacy@acme.example.
`);
  });

  it('a number both a nested list and its section continue goes on from the one written alike (title alone, or text run on), a standard title from a standard one', () => {
    const opening = `
Acme Privacy Policy

⟦1⟧1. How we collect your personal information

We collect your email address when you register.

⟦1⟧2. How we use cookies

We use cookies to keep you signed in.

⟦1⟧3. How we share your personal information
`;
    // "4." continues "3. Public disclosure. We…" and "3. How we share…": the section it is written as.
    const runIn = `${opening}
⟦2⟧1. Sharing. We share your information with your consent only.

⟦2⟧2. Transfer. In a merger we require the buyer to keep to this policy.

⟦2⟧3. Public disclosure. We disclose your information only as the law requires.

⟦1⟧4. How we protect your personal information

We encrypt your information in transit and at rest.

⟦1⟧5. How to contact us

Email: privacy@acme.example
`;
    expectOutline(runIn);
    // Written as the section's headings are, a standard title goes on from the section, as chapters do.
    expectOutline(runIn.replace(/^(⟦2⟧\d\. [^.]+)\. /gm, '$1\n'));
    // The list's items written as its section's headings are, titles of no standard section: the list goes on
    // ("4. Business transfers").
    expectOutline(`${opening}⟦2⟧1. Service providers
We share your information with our hosting provider.
⟦2⟧2. Legal requirements
We disclose information where the law requires it.
⟦2⟧3. Advertisers
We share aggregated figures with advertisers.
⟦2⟧4. Business transfers
In a merger we require the buyer to keep to this policy.
⟦1⟧4. How to contact us
Email: privacy@acme.example
`);
  });

  it('numbered headings run into their paragraphs, some or all of them ("3 Your rights. You can …"), are headings with those titles', () => {
    // Siblings of headings standing alone, on one level or more, titles in sentence case, lower case or a standard title.
    const some = expectOutline(`
Lumen Privacy Policy

⟦1⟧1 Information we collect
⟦2⟧1.1 account data. When you register, we collect your email address and a password that you choose.
⟦2⟧1.2 Device data
The model of your lamps and the version of their firmware.
⟦2⟧1.3 Crash Reports: The app sends one when it stops, if you turned them on in its settings.
⟦1⟧2 Partners and hosting. We do not sell your data, and we share it only with the company that hosts our servers.
⟦1⟧3 Your rights. You can ask us for a copy of your data, or ask us to delete it, at any time you like.
⟦1⟧4 Contact us
Email privacy@lumen.example.
`);
    assert.deepEqual(some.sections.map((s) => s.title), ['Information we collect', 'account data', 'Device data', 'Crash Reports', 'Partners and hosting', 'Your rights', 'Contact us']);
    // All of them, two standard titles among them.
    const all = expectOutline(`
Lumen Privacy Policy

⟦1⟧1. Our commitment to your privacy. We collect only the data that the lamps need to work as you set them up.
⟦1⟧2. How do we use cookies. Our website stores one cookie, which remembers the language you chose for it.
⟦1⟧3. How is this policy updated. We tell you in the app one month before a change to this policy takes effect.
⟦1⟧4. How do we handle the personal information of minors (under the age of 14). We do not knowingly collect the data of children under 14.
`);
    assert.deepEqual(all.sections.map((s) => s.title), ['Our commitment to your privacy', 'How do we use cookies', 'How is this policy updated', 'How do we handle the personal information of minors (under the age of 14)']);
    // All of them, two titles in title case among them; not the steps of a procedure, sentences in the imperative.
    const titled = expectOutline(`
Lumen Privacy Policy

⟦1⟧1 Information we collect
⟦2⟧1. Information You Give Us. When you register, we collect your email address and a password you choose.
⟦2⟧2. Data From Your Lamps. The lamps send us their model and the version of their firmware every day.
⟦2⟧3. Crash reports. The app sends one when it stops working, if you turned crash reports on in its settings.
⟦1⟧2 Deleting your account
You can delete your account yourself.
1. Open the app. Tap Me in the lower right corner of the screen to see your account and its settings.
2. Tap Delete account. Confirm with the code that we send to your email address, and the account is gone.
`);
    assert.deepEqual(titled.sections.map((s) => s.title).slice(1, 4), ['Information You Give Us', 'Data From Your Lamps', 'Crash reports']);
    // A heading whose line runs on into more sentences, however its first one reads, is titled by that one.
    const runsOn = expectOutline(`
Lumen Privacy Policy

⟦1⟧1. Information we collect
Your email address and the model of your lamps.
⟦1⟧2. How we use it
To run the lamps as you set them up in the app.
⟦1⟧3. There are exceptions to asking for your consent. The law lets us process your data without your consent to protect your life, or to answer a court order.
⟦1⟧4. Your rights
You can ask us for a copy of your data.
⟦1⟧5. Contact us
Email privacy@lumen.example.
`);
    assert.equal(runsOn.sections[2].title, 'There are exceptions to asking for your consent');
    // Not items that each open with a statement, after a heading standing alone.
    expectOutline(`
Privacy Policy

⟦1⟧1. Security
We take the security of your data seriously.
1. We encrypt your data. Encryption keeps it safe while it travels between your phone and our servers.
2. Data is stored in the EU. Our servers are in Frankfurt and are certified to the ISO 27001 standard.

⟦1⟧2. Contact
Email privacy@lumen.example.
`);
  });

  it('sections each pasted as one line, their titles in title case run into their text with no mark, are headings', () => {
    // As a web page copied without its headings' line breaks has them: the title ends where the sentence starts
    // ("… Technologies We use …"), or at a sub-section's number ("… Information (I) Sharing …").
    const doc = expectOutline(`
Orbit Privacy Policy

⟦1⟧I. How We Collect and Use Your Personal Information (I) Account registration When you register, you give us your mobile phone number and a password. (II) Devices When you add a device, we collect its serial number.

⟦1⟧II. How We Use Cookies and Similar Technologies We use cookies to remember your login state. You can clear them in your browser settings.

⟦1⟧III. How We Share, Transfer and Disclose Your Personal Information We do not share your personal information with any company, except with your consent.

⟦1⟧IV. Your Rights You may access, correct and delete your personal information, and cancel your account in the App's settings.
`);
    assert.deepEqual(doc.sections.map((x) => x.title), [
      'How We Collect and Use Your Personal Information', 'How We Use Cookies and Similar Technologies',
      'How We Share, Transfer and Disclose Your Personal Information', 'Your Rights',
    ]);
    // Articles whose text runs on after their number open with a sentence, not a title ("This Policy is …").
    const articles = parsePolicy('Sunrise Privacy Policy\n\nArticle 1 This Policy is formulated in accordance with the applicable laws to protect the personal information of users.\nArticle 2 This Policy applies to all products and services provided by Sunrise Education Technology Co., Ltd.\n');
    assert.deepEqual(articles.sections.map((x) => [x.heading, x.title]), [['Article 1', ''], ['Article 2', '']]);
    // Nor with a small word before a name ("The Company collects …"): the sentence starts with it, no title "The".
    const company = parsePolicy('Sunrise Privacy Policy\n\nArticle 1 The Company collects personal information only for specific and reasonable purposes.\nArticle 2 The Company protects personal information with encryption and access control.\n');
    assert.deepEqual(company.sections.map((x) => [x.heading, x.title]), [['Article 1', ''], ['Article 2', '']]);
    // Not a list's items that each open with a name in capitals, nor one line alone.
    expectOutline(`
Orbit Privacy Policy

⟦1⟧1. Information we collect

We use the following services:
1. Google Analytics Google uses the data it collects to track and examine the use of our app and its pages.
2. Firebase Crashlytics Google receives a report when the app stops working, with the model of your phone.

⟦1⟧2. Contact us

Email privacy@orbit.example.
`);
  });

  it('clauses numbered on more levels whose title leads their text ("2.1 Information You Provide. When …") are sub-sections', () => {
    const doc = expectOutline(`
PRIVACY POLICY

⟦1⟧PART I – GENERAL
⟦2⟧1.1 Scope. This policy applies to our website and our app.
⟦2⟧1.2 Controller. Example GmbH is the controller of your data.

⟦1⟧PART II – DATA PROCESSING
⟦2⟧2.1 Categories: We process contact data and usage data.
⟦2⟧2.2 Purposes. We process it to run the service, as described in Part III.
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['GENERAL', 'Scope', 'Controller', 'DATA PROCESSING', 'Categories', 'Purposes']);
    // A title in sentence case leads its clause's text too; a clause that starts with a sentence keeps it whole, and
    // neither is an empty section.
    const sentenceCase = analyzePolicy(`Privacy Policy

1. Why We Process Your Data

1.1 Answering enquiries. We use your contact data to answer your questions.

1.2 Marketing. With your consent we send newsletters. You can unsubscribe at any time.

1.3 We keep records. These show what you agreed to and when.

2. Contact Us
Email: privacy@example.com
`);
    assert.deepEqual(sentenceCase.doc.sections.map((s) => s.title), ['Why We Process Your Data', 'Answering enquiries', 'Marketing', 'We keep records. These show what you agreed to and when.', 'Contact Us']);
    assert.deepEqual(sentenceCase.findings.filter((f) => f.code === 'empty-section').map((f) => f.message), []);
    // Ended by a colon, in sentence case as in title case: each clause's title is the words before it.
    const colons = parsePolicy('Privacy Policy\n\n5. Service providers\n\n5.1. Hosting: Our website is hosted by Example Cloud GmbH in Frankfurt.\n\n5.2. Email delivery: We send our newsletter through Example Mail Ltd.\n\n6. Contact\n\nEmail privacy@example.com.\n');
    assert.deepEqual(colons.sections.map((s) => s.title), ['Service providers', 'Hosting', 'Email delivery', 'Contact']);
    // So do clauses whose titles are all in sentence case, none in title case to vouch for the others; not clauses
    // that each open with a statement.
    const allSentenceCase = expectOutline(`
Privacy Policy

⟦1⟧3. How we store your information
⟦2⟧3.1 Storage location. Personal information collected in mainland China is stored in mainland China.
⟦2⟧3.2 Retention period. We keep your personal information only as long as the purposes of this policy need it.
⟦2⟧3.3 Security measures. We use TLS encryption in transit and role-based access control.

⟦1⟧4. How we share it
4.1 Data is never sold. Personal information is shared only with the providers who host our service.
4.2 Transfers need consent. A company that buys our business must ask for your consent again.

⟦1⟧5. Contact us
Email: privacy@example.com
`);
    assert.deepEqual(allSentenceCase.sections.map((s) => s.title).slice(1, 4), ['Storage location', 'Retention period', 'Security measures']);
    // Lettered siblings that all lead their text with a title in title case are sub-sections too.
    const lettered = expectOutline(`
Privacy Policy

⟦1⟧1. INFORMATION WE COLLECT

⟦2⟧A. Information You Provide. We collect the name and address you give us when you order.

⟦2⟧B. Information Collected Automatically. We collect data about your device and browsing.

⟦1⟧2. CONTACT US

Email privacy@example.com.
`);
    assert.deepEqual(lettered.sections.map((s) => s.title), ['INFORMATION WE COLLECT', 'Information You Provide', 'Information Collected Automatically', 'CONTACT US']);
    // Titles that ask, ended by their question mark, which they keep ("1. What Do We Collect? We collect …").
    const asking = expectOutline(`
Acme Privacy Policy

⟦1⟧1. What Information Do We Collect? We collect the name and email address you give us when you open an account.

⟦1⟧2. How Do We Use Your Information? We use it to run the service and to answer your questions.

⟦1⟧3. How Can You Contact Us? Write to privacy@acme.example or to Acme Ltd, 1 Main Street, Springfield.
`);
    assert.deepEqual(asking.sections.map((s) => s.title), ['What Information Do We Collect?', 'How Do We Use Your Information?', 'How Can You Contact Us?']);
    // One of them numbered out of the sequence is one of them still, its number wrong.
    const misnumbered = analyzePolicy(expectOutline(`
Acme Privacy Policy

⟦1⟧1. What We Collect. We collect the name and email address you give us when you open an account.

⟦1⟧2. How We Use It. We use them to run the service and to answer the questions you send us.

⟦1⟧5. Where We Keep It. We keep your data on encrypted disks in two data centres in the European Union.

⟦1⟧4. Contact Us. Write to privacy@acme.example or to Acme Ltd, 1 Main Street, Springfield.
`).text);
    assert.deepEqual(misnumbered.doc.sections.map((s) => s.title), ['What We Collect', 'How We Use It', 'Where We Keep It', 'Contact Us']);
    assert.deepEqual(misnumbered.findings.filter((f) => f.code.startsWith('numbering')).map((f) => [f.code, misnumbered.doc.text.slice(0, f.start).split('\n').length]), [['numbering-gap', 7], ['numbering-order', 9]]);
    // A title of one word among them ("1. Cookies.") where siblings numbered alike lead with longer ones.
    const threeLevels = expectOutline(`
PRIVACY POLICY

⟦1⟧I. INFORMATION WE COLLECT

⟦2⟧A. Information You Provide

⟦3⟧1. Account Data. When you create an account, we collect your name and email address.

⟦3⟧2. Order Data. When you buy from us, we collect your shipping address.

⟦2⟧B. Information Collected Automatically

⟦3⟧1. Cookies. We use cookies to keep you signed in.

⟦3⟧2. Log Data. Our servers record your IP address.

⟦1⟧II. CONTACT US

Email privacy@example.com.
`);
    assert.deepEqual(threeLevels.sections.slice(5, 7).map((s) => s.title), ['Cookies', 'Log Data']);
    // Items of a list numbered on one level, each a label and its text, stay items.
    expectOutline(`
Privacy Policy

⟦1⟧1. Data We Collect
We collect the following:
1. Name. The name you give us for your account.
2. Email. The address we send your receipts to.

⟦1⟧2. Contact Us
Email privacy@example.com.
`);
  });

  it('a policy collapsed into one line ("1. Introduction We are … 2. Information We Collect We …") keeps its sections', () => {
    const text = 'Privacy Policy\n\n1. Introduction We are Acme Ltd and this policy explains how we handle your data. 2. Information We Collect We collect your name and email address when you register. 3. How We Use Information We use it to provide the service. 4. Contact Us Email privacy@acme.example or call +1 415 555 0100.\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.label, s.title, s.inline]), [['1', 'Introduction', false], ['2', 'Information We Collect', true], ['3', 'How We Use Information', true], ['4', 'Contact Us', true]]);
    // One long numbered paragraph that names other numbers is no collapsed policy.
    const paragraph = 'Privacy Policy\n\n1. Such information is provided to us directly by you when you register, and we keep it for the periods set out in our retention schedule, which lists 2. Account Data and 3. Usage Data with their periods, so that you can see them all in one place.\n';
    assert.deepEqual(parsePolicy(paragraph).sections.map((s) => s.title), []);
  });

  it('among headings standing alone, one whose text runs on after its title and full stop takes that title', () => {
    const doc = expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect

We collect your name and email address.

⟦1⟧2. How We Use Cookies and Similar Technologies. To keep you signed in, we store small files called cookies on your device and read them when you come back.

⟦1⟧3. How We Share Your Information

We share it with our payment processor only.

⟦1⟧4. How We Keep Your Information Safe

We encrypt it at rest.

⟦1⟧5. Contact Us. If you have any questions about this policy, write to privacy@store.example.
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'How We Use Cookies and Similar Technologies', 'How We Share Your Information', 'How We Keep Your Information Safe', 'Contact Us']);
    // A heading that ends with a full stop, nothing after it, is all title; so is one whose title is not in title case.
    const plain = parsePolicy('Privacy Policy\n\n1. Information we collect.\n\nYour name.\n\n2. How we use cookies. To keep you signed in, we store small files called cookies on your device.\n\n3. Sharing\n\nWith our payment processor only.\n\n4. Security\n\nWe encrypt it.\n\n5. Contact Us\n\nEmail privacy@store.example.\n');
    assert.deepEqual(plain.sections.map((s) => s.title), ['Information we collect.', 'How we use cookies. To keep you signed in, we store small files called cookies on your device.', 'Sharing', 'Security', 'Contact Us']);
  });

  it('a numbered section whose text runs on after its title and a colon takes that title', () => {
    const doc = expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect: We collect your name, email address and payment details when you buy from us.

⟦1⟧2. How We Use It: We use your information to process orders and to send you receipts.

⟦1⟧3. Sharing: We share your data with our payment processor and our delivery partner only.

⟦1⟧4. Contact Us: Email privacy@store.example or call 0800 123 4567.
`);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.heading]), [['Information We Collect', '1. Information We Collect'], ['How We Use It', '2. How We Use It'], ['Sharing', '3. Sharing'], ['Contact Us', '4. Contact Us']]);
    // A heading with a subtitle after its colon keeps it; a list of labelled values stays a list.
    const subtitled = expectOutline(`
Privacy Policy

⟦1⟧1. Scope: what this policy covers
This policy covers the app.

⟦1⟧2. Contact: how to reach us
Email privacy@store.example.
`);
    assert.deepEqual(subtitled.sections.map((s) => s.title), ['Scope: what this policy covers', 'Contact: how to reach us']);
    expectOutline(`
Privacy Policy

⟦1⟧1. Data We Collect
We collect the following when you order:
1. Name: the name you give us for the delivery of your order.
2. Address: the address you want your order delivered to.
3. Phone: a number the courier can call about your delivery.

⟦1⟧2. Contact
Email privacy@store.example.
`);
    // Nor is a standard title over the values it lists ("Log information: IP address, …"), none introducing them.
    expectOutline(`
Privacy Policy

⟦1⟧A. Information We Collect
⟦2⟧1. Information collected automatically
(a) Device information: device model, operating system, unique device identifier.
(b) Log information: IP address, access time, pages visited.

⟦1⟧B. Contact
Email privacy@store.example.
`);
  });

  it('a numbered article whose text runs on after a title in title case ended by a full stop takes that title', () => {
    const doc = expectOutline(`
Corp Privacy Policy

⟦1⟧ARTICLE I
DEFINITIONS

⟦2⟧Section 1.01 Personal Data. "Personal Data" means any information relating to an identified person.

⟦2⟧Section 1.02 Processing. "Processing" means any operation performed on Personal Data.

⟦1⟧ARTICLE II
COLLECTION

⟦2⟧Section 2.01 We collect what you give us. We also collect device data automatically.

⟦2⟧Section 2.02 Cookies, Pixels. We use both on our website, as our cookie notice explains.
`);
    // (Words in title case with a comma between them are a title too; a sentence's are not.)
    assert.deepEqual(doc.sections.map((s) => s.title), ['DEFINITIONS', 'Personal Data', 'Processing', 'COLLECTION', '', 'Cookies, Pixels']);
    assert.deepEqual(doc.sections.map((s) => s.heading.split('\n')[0]), ['ARTICLE I', 'Section 1.01 Personal Data', 'Section 1.02 Processing', 'ARTICLE II', 'Section 2.01', 'Section 2.02 Cookies, Pixels']);
  });

  it('a number continues the sequence indented as it is: "3." after an indented "1." "2." is the outer third', () => {
    // Sub-sections indented under their section, numbered again from 1.
    expectOutline(`
Corvid Privacy Policy

⟦1⟧1. Introduction
This policy explains how Corvid Labs handles personal data.

   ⟦2⟧1. Scope
   This policy covers our website and apps.

   ⟦2⟧2. Terms
   Words in capitals have the meanings given here.

⟦1⟧2. Data We Collect
We collect account and usage data.

   ⟦2⟧1. Account Data
   Your name and email address.

   ⟦2⟧2. Usage Data
   Pages you view and buttons you press.

⟦1⟧3. How We Use Data
We use data to run the service.

⟦1⟧4. Contact Us
Email privacy@corvid.example.
`);
    // The same with every heading set in bold: the marks are no indentation.
    expectOutline(`
Corvid Privacy Policy

**⟦1⟧1. Introduction**
This policy explains how Corvid Labs handles personal data.

   **⟦2⟧1. Scope**
   This policy covers our website and apps.

   **⟦2⟧2. Terms**
   Words in capitals have the meanings given here.

**⟦1⟧2. Data We Collect**
We collect account and usage data.

   **⟦2⟧1. Account Data**
   Your name and email address.

   **⟦2⟧2. Usage Data**
   Pages you view and buttons you press.

**⟦1⟧3. How We Use Data**
We use data to run the service.
`);
    // Markdown's nested list of items under a bold numbered heading: the items are no sections, and the outer
    // numbers after them are not counted with theirs.
    expectOutline(`
# Brightleaf Privacy Policy

⟦1⟧1. **Who we are**

   Brightleaf Ltd runs the Brightleaf app.

⟦1⟧2. **What we collect**

   1. Account data: name and email.
   2. Usage data: pages viewed and clicks.

⟦1⟧3. **Why we collect it**

   To provide the app and to keep it secure.

⟦1⟧4. **Contact**

   Write to privacy@brightleaf.example.
`, 'markdown');
  });

  it('"i." under "a." is a Roman numeral opening a level below, not the letter i after a', () => {
    expectOutline(`
Acme Privacy Policy
⟦1⟧1. Information We Collect
⟦2⟧a. Information You Provide
Your name.
⟦3⟧i. Account Data
Your email address.
⟦3⟧ii. Payment Data
Your card.
⟦2⟧b. Automatic Information
Logs.
⟦1⟧2. How to Reach Us
Email: privacy@acme.example
`);
  });

  it('circled numbers (① ②) as sub-headings, and items of a list when they are sentences', () => {
    expectOutline(`
Acme Privacy Policy
⟦1⟧1. How We Collect Information
⟦2⟧① Registration
When you register, we collect your phone number.
⟦2⟧② Payment
When you pay, we collect order details.
⟦1⟧2. How We Use Information
⑴ When you register, we use your phone number to verify you.
⑵ When you pay, we use order details to deliver.
⟦1⟧3. Contact Us
Email: privacy@acme.example
`);
  });

  it('Roman numerals written as single characters (Ⅰ. Ⅱ. Ⅲ.) with (1) under them', () => {
    expectOutline(`
Privacy Policy
⟦1⟧Ⅰ. How We Collect Your Personal Information
⟦2⟧(1) Information you give us
We collect what you type into forms.
⟦2⟧(2) Information we collect automatically
We collect device identifiers.
⟦1⟧Ⅱ. How We Use Cookies
We use cookies to remember you.
⟦1⟧Ⅲ. How to Contact Us
Email: privacy@example.cn
`);
  });

  it('articles and chapters in other languages, with ordinals ("Article 1er", "Artigo 1.º")', () => {
    expectOutline(`
Política de privacidad
⟦1⟧Capítulo I
Disposiciones generales
⟦2⟧Artículo 1.º Responsable
Ejemplo S.L. es el responsable del tratamiento.
⟦2⟧Artículo 2.º Datos
Recogemos su nombre.
⟦1⟧Capítulo II
Contacto
⟦2⟧Artículo 3.º Contacto
Correo: privacidad@ejemplo.es
`);
    expectOutline(`
Politique de confidentialité
⟦1⟧Article 1er – Objet
La présente politique décrit nos traitements.
⟦1⟧Article 2 – Contact
E-mail : privacy@exemple.fr
`);
  });

  it('parts numbered in words ("Part One") with chapters under them', () => {
    expectOutline(`
Orbit Privacy Notice
⟦1⟧Part One: Introduction
This notice says how Orbit handles personal information.
⟦1⟧Part Two: Information We Collect
⟦2⟧Chapter 1 Registration
When you register we collect your mobile number.
⟦2⟧Chapter 2 Ordering
When you order we collect your address.
⟦1⟧Part Three: Contact Us
Email: privacy@orbit.example
`);
  });

  it('Chinese numbering: 一、 （一） and 1、 list items', () => {
    expectOutline(`
星河隐私政策
⟦1⟧一、我们如何收集您的个人信息
我们遵循合法、正当、必要的原则。
⟦2⟧（一）注册账号
您需要提供手机号码。
⟦2⟧（二）订单服务
我们需要收货地址。
1、商品配送；
2、售后服务；
⟦1⟧二、如何联系我们
电子邮件：privacy@xinghe.example
`);
  });

  it('numbers with a closing bracket and no space ("1）我们如何收集", "2)How We Use It") number sections', () => {
    expectOutline(`
星河隐私政策

⟦1⟧一、我们如何收集信息
⟦2⟧1）注册账号
您需要提供手机号码。
⟦2⟧2）订单服务
我们需要收货地址。
⟦1⟧二、如何联系我们
电子邮件：privacy@xinghe.example
`);
    expectOutline(`
Acme Privacy Policy

⟦1⟧1)How We Collect Information
We collect your name.

⟦1⟧2)How We Use It
To run the service.

⟦1⟧3)Contact Us
Email: privacy@acme.example
`);
  });

  it('a numbered list ending right before the next article is items (Japanese 第3条 … 1. … 2. … 第4条)', () => {
    expectOutline(`
プライバシーポリシー

⟦1⟧第1条（個人情報）
「個人情報」とは、生存する個人に関する情報をいいます。

⟦1⟧第2条（利用目的）
当社が個人情報を利用する目的は、以下のとおりです。
1. 当社サービスの提供・運営のため
2. ユーザーからのお問い合わせに回答するため

⟦1⟧第3条（お問い合わせ窓口）
Eメールアドレス：privacy@sample.example
`);
  });

  it('Japanese articles numbered in full-width digits (第１条（目的）), and references to them', () => {
    const doc = expectOutline(`
プライバシーポリシー

⟦1⟧第１条（個人情報）
「個人情報」とは、生存する個人に関する情報をいいます（第２条及び第９条を参照）。

⟦1⟧第２条（利用目的）
当社が個人情報を利用する目的は、以下のとおりです。
１．当社サービスの提供・運営のため
２．ユーザーからのお問い合わせに回答するため

⟦1⟧第３条（お問い合わせ窓口）
Eメールアドレス：privacy@sample.example
`);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.marker?.label, s.marker?.value, s.title]), [['第１条', '第１条', 1, '（個人情報）'], ['第２条', '第２条', 2, '（利用目的）'], ['第３条', '第３条', 3, '（お問い合わせ窓口）']]);
    assert.deepEqual(doc.references.map((r) => [r.text, r.target]), [['第２条', 1], ['第９条', undefined]]);
    // Renumbered, its digits stay full-width.
    assert.equal(markerWithValue(doc.sections[2].marker!, 4), '第４条');
  });

  it('Chinese chapters and articles: 第一章 and 第一条 with the article text on the same line', () => {
    const doc = expectOutline(`
个人信息保护政策
⟦1⟧第一章 总则
⟦2⟧第一条 为保护用户个人信息，制定本政策。
⟦2⟧第二条 本政策适用于本公司全部服务。
⟦1⟧第二章 个人信息的收集
⟦2⟧第三条 我们仅收集必要的信息。
⟦2⟧第四条 如您对本政策有任何疑问，请通过以下方式与我们联系：
邮箱：privacy@example.com
`);
    assert.equal(doc.sections[1].heading, '第一条');
    // An article's sentence introducing a list is its text, not its title; a short title ending in a colon stays one.
    assert.equal(doc.sections[5].heading, '第四条');
    const titled = expectOutline(`
⟦1⟧Article 1. Your rights:
You may ask for a copy.
⟦1⟧Article 2. Contact
Email: privacy@example.com
`);
    assert.equal(titled.sections[0].heading, 'Article 1. Your rights:');
  });

  it('appendices named without a number: "Appendix: Title", "Annex – Title", the word alone', () => {
    const doc = expectOutline(`
Acme Privacy Policy
⟦1⟧1. Scope
This policy covers the app. Appendix: see the list of processors below.
⟦1⟧2. Contact Us
Email: privacy@acme.example
⟦1⟧Appendix: List of Third-Party SDKs
SDK name: Example SDK
Purpose: crash reports
⟦1⟧Annex – Processors
Cloudhost, hosting, EU.
⟦1⟧附录
第三方SDK目录。
`);
    assert.deepEqual(doc.sections.filter((s) => s.appendix).map((s) => s.title), ['List of Third-Party SDKs', 'Processors', '附录']);
  });

  it('bracketed sub-headings such as 【For APP】 under an appendix', () => {
    expectOutline(`
⟦1⟧Appendix 1: Services and Data
⟦2⟧【For APP】
Account Login
Your phone number.
⟦2⟧【For devices】
Location
Precise location.
`);
  });
});

describe('headings versus list items, tables and metadata', () => {
  it('a section as many paragraphs long as its number (`2.` holding items `1.` `2.`): the next section goes on from the headings', () => {
    const opening = 'Acme Privacy Policy\n\n⟦1⟧1. Information We Collect\n\nWe collect your name.\n\n';
    expectOutline(`${opening}⟦1⟧2. Your Rights

1. Access. You may ask us for a copy of the personal information we hold about you at any time, free of charge.

2. Deletion. You may ask us to delete your personal information, unless the law requires us to keep it for longer.

⟦1⟧3. Cross-Border Transfers

We store your information in Ireland.

⟦1⟧4. Contact Us

Email: privacy@acme.example
`);
    // A list that a sentence introduces keeps its last item when the section after it takes the number again.
    expectOutline(`${opening}⟦1⟧2. Sharing

We share your information only in the following circumstances:

1. With your explicit consent

2. As required by law

⟦1⟧3. Contact Us

Email: privacy@acme.example
`);
    // Sub-sections are no list: the third of them stays a sub-section.
    expectOutline(`${opening}⟦1⟧2. How We Use Information

⟦2⟧1. We use personal information in the following ways (see the appendix for the purposes of each of our services):

(1) To provide the service;

(2) To improve it.

⟦2⟧2. Authorization

You must have the consent of anyone whose information you give us.

⟦2⟧3. Exceptions to Consent

We may process information without consent where the law allows.

⟦1⟧3. Contact Us

Email: privacy@acme.example
`);
  });

  it('items that end with ";" or read as sentences are list items, a short title followed by body is a heading', () => {
    expectOutline(`
⟦1⟧1. Exceptions
We may process data without consent when:
(1) it is required to perform a contract with you;
(2) it is required by a court order or a regulator;
(3) it protects someone's life in an emergency.
⟦1⟧2. Sharing
⟦2⟧(1)Share
We share with processors.
⟦2⟧(2)Transfer
We transfer data in a merger.
`);
  });

  it('a sentence starting with a plural of a numbering word ("Parts of", "Sections 2 and 3") is body text', () => {
    expectOutline(`
Example Privacy Policy
⟦1⟧1. Scope
This policy covers the app.

Parts of this policy apply only to residents of California and are marked so.

Sections 2 and 3 apply to everyone.
⟦1⟧2. Contact
Email: privacy@example.com
`);
  });

  it('numbered paragraphs of several sentences are not headings', () => {
    expectOutline(`
⟦1⟧Data retention
1. We keep account data for as long as your account is open. After that we delete it within 30 days.
2. We keep invoices for ten years because tax law requires it. They are stored encrypted.
`);
  });

  it('a flattened table of short cells produces no headings', () => {
    expectOutline(`
⟦1⟧Appendix 1: Services
Feature

Data collected

Account Login

Phone number

Local Storage

Cached files
`);
  });

  it('a standard title over short items a blank line apart heads them; they are no table', () => {
    expectOutline(`
Privacy Policy

Bluefin Labs Ltd ("we") builds apps for anglers. This notice explains what personal data we collect and why.

⟦1⟧What data we collect

Name

Email address

Location data

Photos you upload

⟦1⟧How long we keep your data

We keep it while your account is open.

⟦1⟧Who we share it with

Our hosting provider, who stores it for us.

⟦1⟧Where we store your data

On servers in Ireland.
`);
  });

  it('a table of contents at the top is not a set of sections', () => {
    const { doc, fx } = compareOutline(`
Acme Privacy Policy
This policy helps you understand the following:
⟦toc⟧1. What We Collect
⟦toc⟧2. How We Use It
⟦toc⟧3. Contact Us
⟦1⟧1. What We Collect
Your name.
⟦1⟧2. How We Use It
To run the service.
⟦1⟧3. Contact Us
Email: a@acme.example
`);
    assert.equal(doc.sections.length, 3);
    assert.deepEqual(doc.sections.map((s) => s.line), [5, 7, 9]);
    assert.equal(doc.tocs.length, 1);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.line), fx.tocLines);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    assert.equal(doc.tocs[0].introLine, 1);
  });

  /** A policy's title and first section, then the number of its second section: its title follows. */
  const NUMBERED_OPENING = '\nPrivacy Policy\n\n⟦1⟧1. Information We Collect\n\nWe collect your name and email address.\n\n⟦1⟧2. ';

  it('items a sentence introduces, one under the other, are a list even where their numbers go on from the headings\'', () => {
    // "3. Right to Erasure" goes on from "2. Right to Rectification" and from "2. Your Rights": the list's, since
    // "3. Definitions" goes on from the headings after the list.
    const source = `${NUMBERED_OPENING}Your Rights

You have the following rights:

1. Right of Access

2. Right to Rectification

3. Right to Erasure

4. Right to Object

To exercise these rights, email us.

⟦1⟧3. Definitions

"Personal Data" means any information relating to an identified person.

⟦1⟧4. Contact Us

Email: privacy@example.com
`;
    expectOutline(source);
    expectOutline(source.replace(/\n\n/g, '\n'));
    // Closing the policy: nothing after the last item, which goes on from "2." as the list does.
    expectOutline(`${NUMBERED_OPENING}Changes

We may update this policy. The main changes were:
1. Added a section on cookies
2. Updated our address
3. Clarified your rights
`);
  });

  it('the rows of a version history, numbered and dated, are no sections', () => {
    expectOutline(`${NUMBERED_OPENING}Version History

1.0 1 January 2024 First version
1.1 1 June 2024 Added cookies
2.0 March 1, 2025 Rewritten for the new app
2.1 2025-06-01 Contact details updated
`);
  });

  it('contact details numbered as items ("1. Email: …" / "2. Phone: …" / "3. Address: …") are no sections', () => {
    const source = `${NUMBERED_OPENING}Contact Us

If you have any questions, you can contact us in the following ways:

1. Email: privacy@example.com

2. Phone: 400-123-4567

3. Address: 18 Science Park Road, Hangzhou
`;
    expectOutline(source);
    expectOutline(source.replace(/\n\n/g, '\n'));
    // Clauses numbered on two levels, and labels in Chinese.
    expectOutline(`
PRIVACY POLICY

⟦1⟧1. INTRODUCTION

1.1. This policy explains how Delta Apps Pty Ltd collects and uses personal information.

⟦1⟧2. CONTACT

2.1. Email: privacy@delta.example

2.2. Postal address: 5 Harbour Street, Sydney NSW 2000

⟦1⟧3. 联系我们

1. 邮箱：privacy@delta.example

2. 电话：400-123-4567
`);
    // Closing the policy after a sentence ending with a colon, they are no table of contents either (numbered from 1,
    // after a line with a colon, they were taken for one whose every entry drifted).
    for (const text of [
      `${source.replace(/\n\n(?=\d\. (?:Email|Phone|Address))/g, '\n').trimEnd()}\n`,
      '一、我们如何收集您的个人信息\n\n当您注册账号时，您需要提供手机号码。\n\n二、如何联系我们\n\n您可以通过以下方式与我们联系：\n1、邮箱：privacy@xinghe.example\n2、电话：400-123-4567\n3、地址：浙江省杭州市西湖区科技园路18号\n',
    ]) {
      const a = analyzePolicy(text);
      assert.deepEqual([a.doc.tocs.length, a.findings.filter((f) => f.code === 'toc-mismatch').length], [0, 0], text);
    }
    // A title with the details run into it is still a heading.
    expectOutline(`
⟦1⟧V. SECURITY
We encrypt data.
⟦1⟧VI. CONTACT US Email: privacy@pinecrest.example Phone: +44 20 7946 0000
`);
  });

  it('two numbered lines after a sentence saying what follows, naming no other line, are the first headings, not a table', () => {
    const doc = expectOutline(`
Privacy Policy

This policy explains the following:

⟦1⟧1 How do we collect and use your personal information

⟦2⟧1.1 What personal information means

Personal information is information about an identified or identifiable person.

⟦2⟧1.2 What we collect

We collect your name and email address when you register.

⟦1⟧2 How do we share your personal information

We do not sell your personal information.
`);
    assert.equal(doc.tocs.length, 0);
  });

  it('nor is a numbered list under a heading numbered with a word ("第2条"), though its items share characters with the headings of those numbers', () => {
    // Chinese and Japanese titles are keyed character by character: "端末情報" and "（収集する情報）" share two.
    const source = `
個人情報保護方針

⟦1⟧第1条（目的）
本方針は、当社のサービスにおける個人情報の取扱いについて定めるものです。

⟦1⟧第2条（収集する情報）
当社は、次の情報を収集します。
1. 氏名、メールアドレス、電話番号
2. 端末情報、IPアドレス、Cookie情報
3. 利用履歴

⟦1⟧第3条（利用目的）
当社は、サービスの提供のために個人情報を利用します。
`;
    assert.equal(expectOutline(source).tocs.length, 0);
    // Numbered with the headings' word at the top, such lines are a table whose entries drifted from the headings.
    const table = parsePolicy('個人情報保護方針\n\n第1条 本方針の目的\n第2条 収集する個人情報\n第3条 個人情報の利用目的\n' + source.split('\n').slice(3).join('\n').replace(/⟦1⟧/g, ''));
    assert.deepEqual(table.tocs.map((t) => t.entries.map((e) => [e.line, e.target])), [[[2, 0], [3, 1], [4, 2]]]);
  });

  it('a table without a line introducing it ends where its numbers start again: the first heading, worded otherwise', () => {
    const doc = expectOutline(`
Privacy Policy

1. Purpose of this policy
2. Information collected by us
3. How we use the information

⟦1⟧1. Purpose
This policy sets out how we handle personal information in our services.

⟦1⟧2. Information We Collect
We collect your name and email address.

⟦1⟧3. Use of Information
We use personal information to provide the services.
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.target)), [[0, 1, 2]]);
  });

  it('nor are two such lines with their text right under them, even where one\'s wording is a later heading\'s', () => {
    // "How we collect and use personal information" and "Collection and use of personal information" are one title.
    const source = `
Privacy Policy

This policy will help you understand the following:
⟦1⟧1 How we collect and use personal information
⟦2⟧1.1 What personal information means
Personal information is information about an identified or identifiable natural person, recorded electronically or otherwise.
⟦2⟧1.2 Collection and use of personal information
We collect your name and email address when you register.
⟦1⟧2 How we share personal information
We do not sell your personal information.
`;
    assert.equal(expectOutline(source).tocs.length, 0);
    // Spaced by blank lines, the text as far under the pair as its second line is under its first.
    assert.equal(expectOutline(source.replace(/\n(?=.)/g, '\n\n')).tocs.length, 0);
  });

  it('a table of two entries is kept when one of them names a section and the other drifted from its heading', () => {
    const { doc, fx } = compareOutline(`
Privacy Policy

Contents
⟦toc⟧1. What We Collect
⟦toc⟧2. Reaching Us

⟦1⟧1. What We Collect
Your name.

⟦1⟧2. Contact Us
Email: a@acme.example
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
  });

  it('a table spaced by blank lines that kept a few of its numbers (`5.` as its fifth entry) is one table', () => {
    const { doc, fx } = compareOutline(`
Acme Privacy Policy

This policy will help you understand the following:

⟦toc⟧What We Collect

⟦toc⟧How We Use It

⟦toc⟧3. How We Share It

⟦toc⟧Your Rights

⟦toc⟧5. Contact Us

⟦1⟧What We Collect

Your name.

⟦1⟧How We Use It

To run the service.

⟦1⟧3. How We Share It

With couriers only.

⟦1⟧Your Rights

You may ask for a copy.

⟦1⟧5. Contact Us

Email: a@acme.example
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2, 3, 4]);
    // A number that is not the entry's place still ends the table: the part it numbers is the document's start.
    const part = parsePolicy('Acme Privacy Policy\n\nThis policy will help you understand the following:\n\nWhat We Collect\n\nHow We Use It\n\nContact Us\n\n1. Definitions\n\n"Data" means information about you.\n\nWhat We Collect\n\nYour name.\n\nHow We Use It\n\nTo run the service.\n\nContact Us\n\nEmail: a@acme.example\n');
    assert.deepEqual(part.tocs.map((t) => t.entries.map((e) => e.title)), [['What We Collect', 'How We Use It', 'Contact Us']]);
  });

  it('a table names headings run into their text by the title they lead it with ("2. How We Use Cookies. We …")', () => {
    const { doc, fx } = compareOutline(`
Acme Privacy Policy

⟦1⟧1. Our Commitment to Your Information. We collect only what we need to run the service, and nothing more.

⟦1⟧2. How We Use Cookies? We use cookies to keep you signed in and to remember the language you chose.

⟦1⟧3. How to Contact Us: write to privacy@acme.example, or to Acme Ltd, 1 Main Street, Springfield.

⟦toc⟧1. Our Commitment to Your Information
⟦toc⟧2. How We Use Cookies?
⟦toc⟧3. How to Contact Us
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Our Commitment to Your Information', 'How We Use Cookies?', 'How to Contact Us']);
  });

  it('an entry that names no line names a paragraph by the words it leads with, unnumbered ("Cookie settings. You …")', () => {
    const { doc, fx } = compareOutline(`
Mu Privacy Policy

Contents
⟦toc⟧Information We Collect
⟦toc⟧Cookie Settings
⟦toc⟧Contact Us

⟦1⟧Information we collect. We collect the name and email address you give us when you sign up, and the pages you visit.

⟦1⟧Cookie settings. You can turn optional cookies off in the settings of the app at any time you like.

⟦1⟧Contact us. Email privacy@mu.example or write to Mu Ltd, 1 Main Street, Springfield.
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information we collect', 'Cookie settings', 'Contact us']);
    // Titles of one short word too.
    const short = parsePolicy('Nu Privacy Policy\n\nContents\nData\nCookies\nContact\n\nData. We collect the name and email address you give us when you sign up, and the pages you visit.\n\nCookies. You can turn optional cookies off in the settings of the app at any time you like.\n\nContact. Email privacy@nu.example or write to Nu Ltd, 1 Main Street, Springfield.\n');
    assert.deepEqual([short.tocs.length, short.sections.map((s) => s.title)], [1, ['Data', 'Cookies', 'Contact']]);
  });

  it('a table names headings written with a full stop after them ("2. How We Use Cookies.")', () => {
    const { doc, fx } = compareOutline(`
Acme Privacy Policy

⟦1⟧1. Our Commitment to Your Information.
We collect only what we need.

⟦1⟧2. How We Use Cookies.
We use cookies to keep you signed in.

⟦1⟧3. How to Contact Us.
Email: privacy@acme.example

⟦toc⟧1. Our Commitment to Your Information
⟦toc⟧2. How We Use Cookies
⟦toc⟧3. How to Contact Us
`);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
  });

  it('a table of contents whose entries wrap onto a second line (copied from a PDF) names the sections by whole titles', () => {
    const text = 'Privacy Policy\nThis policy contains the following sections:\n1. How we collect and use your personal\ninformation\n2. How we use cookies and similar\ntechnologies\n3. Contact us\n\n1. How we collect and use your personal information\nWe collect your phone number.\n2. How we use cookies and similar technologies\nWe use cookies to keep you signed in.\n3. Contact us\nEmail: privacy@example.com\n';
    const a = analyzePolicy(text);
    assert.deepEqual(a.doc.sections.map((s) => [s.line, s.title]), [[8, 'How we collect and use your personal information'], [10, 'How we use cookies and similar technologies'], [12, 'Contact us']]);
    assert.deepEqual(a.doc.tocs[0].entries.map((e) => [e.line, e.title, e.target]), [[2, 'How we collect and use your personal information', 0], [4, 'How we use cookies and similar technologies', 1], [6, 'Contact us', 2]]);
    assert.equal(a.doc.tocs[0].endLine, 6);
    assert.deepEqual(a.findings.filter((f) => f.code === 'toc-mismatch'), []);
    // Wrapped in title case: the joined title is a heading's, the first half alone names nothing.
    const titleCase = text.replace('use your personal\ninformation', 'Use Your Personal\nInformation').replace('use your personal information', 'Use Your Personal Information');
    assert.deepEqual(analyzePolicy(titleCase).doc.tocs[0].entries.map((e) => [e.line, e.title, e.target]).slice(0, 1), [[2, 'How we collect and Use Your Personal Information', 0]]);
    // Bulleted entries, wrapped, under a line that introduces them with a colon.
    const bullets = 'Privacy Notice\nIn this notice:\n• What personal information we collect about you and\nwhy\n• How long we keep your information\n• Who we share your information with and how we protect\nit\n• Contact\n\nWhat personal information we collect about you and why\nWe collect your name.\n\nHow long we keep your information\nWe keep it for six years.\n\nWho we share your information with and how we protect it\nWe share it with couriers.\n\nContact\nEmail: privacy@example.com\n';
    const bulleted = analyzePolicy(bullets);
    assert.deepEqual(bulleted.doc.tocs.map((t) => [t.introLine, t.entries.map((e) => e.target)]), [[1, [0, 1, 2, 3]]]);
    assert.deepEqual(bulleted.findings.filter((f) => f.code === 'toc-mismatch'), []);
    // Chinese, wrapped between two characters: joined again without a space.
    const chinese = '隐私政策\n本政策将帮助您了解以下内容：\n一、我们如何收集和使用您的个人\n信息\n二、我们如何共享您的个人信息\n三、如何联系我们\n\n一、我们如何收集和使用您的个人信息\n我们会收集您的手机号码。\n二、我们如何共享您的个人信息\n我们不会共享。\n三、如何联系我们\n电子邮件：privacy@example.com\n';
    assert.deepEqual(parsePolicy(chinese).tocs.map((t) => t.entries.map((e) => [e.title, e.target])), [[['我们如何收集和使用您的个人信息', 0], ['我们如何共享您的个人信息', 1], ['如何联系我们', 2]]]);
    // A table in lower case, unnumbered, has an entry per line.
    const lower = 'Privacy policy\n\ncontents\nhow we collect and use your personal data\ncookies and similar technologies\nyour rights\ncontact\n\nhow we collect and use your personal data\n\nWe collect your name.\n\ncookies and similar technologies\n\nWe use cookies.\n\nyour rights\n\nYou may ask for a copy.\n\ncontact\n\nEmail privacy@example.com.\n';
    assert.deepEqual(parsePolicy(lower).tocs.map((t) => t.entries.map((e) => e.title)), [['how we collect and use your personal data', 'cookies and similar technologies', 'your rights', 'contact']]);
    // A heading over a short line of text in lower case still names its section.
    const entry = 'Privacy Policy\nContents\n1. Scope\n2. Sharing\n3. Contact\n\n1. Scope\nwe cover the app only\n2. Sharing\nWe share nothing.\n3. Contact\nEmail: privacy@example.com\n';
    assert.deepEqual(analyzePolicy(entry).doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
  });

  it('a numbered heading wrapped onto the next line (copied from a PDF) has its whole title; a short one over a line of text keeps its own', () => {
    const text = 'Privacy Policy\n\n1. How we collect and use your personal\ninformation\nWe collect your phone number when you register.\n\n2. Contact us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['How we collect and use your personal information', 'Contact us']);
    assert.deepEqual(outline(doc).map((n) => n.name), ['1. How we collect and use your personal information', '2. Contact us']);
    // Items set over two lines, long once joined, are items, not sub-headings with wrapped titles.
    const items = 'Privacy Policy\n\n1. Information We Collect\n\nWe may collect the following information:\n\n1. Your name and the email address you give us when you\nregister for an account\n\n2. The model of your device and the version of the app you\nuse\n\n2. Contact Us\n\nEmail: privacy@example.com\n';
    assert.deepEqual(parsePolicy(items).sections.map((s) => s.title), ['Information We Collect', 'Contact Us']);
    // Not a short heading over a word of text, an address, or a line that no sentence follows.
    for (const other of [
      'Privacy Policy\n\n1. One\nbody\n\n2. Two\nbody\n',
      'Privacy Policy\n\n1. How to reach our data protection officer\nprivacy@example.com\nWe answer within a month.\n',
      'Privacy Policy\n\n1. How we collect and use your personal information\nand device data\n2. Contact us\nEmail: privacy@example.com\n',
      'Privacy Policy\n\n1. Introduction to Our Cloud Services\nOverview\nWe run storage for small firms.\n',
    ]) assert.ok(parsePolicy(other).sections.every((s) => !/\n/.test(s.heading)), other);
    // Its first sub-section may follow, numbered in another style; the next number of its own list may not.
    const sub = 'Privacy Policy\n\nI. How we entrust, share, transfer and publicly disclose your personal\ninformation\n(I) Entrusted processing\nWe may entrust suppliers with it.\n\nII. Contact us\nEmail: privacy@example.com\n';
    assert.deepEqual(parsePolicy(sub).sections.map((s) => s.title), ['How we entrust, share, transfer and publicly disclose your personal information', 'Entrusted processing', 'Contact us']);
    // In title case, when the first line ends with a word no title ends with ("Your", "and", "Personal").
    const titleCase = 'Privacy Policy\n\n1. How We Share, Transfer and Publicly Disclose Your\nPersonal Information\nWe do not sell your information.\n\n2. How We Collect and Use Your Personal\nInformation\nWe collect your name.\n\n3. Contact Us\nEmail: privacy@example.com\n';
    assert.deepEqual(parsePolicy(titleCase).sections.map((s) => s.title), ['How We Share, Transfer and Publicly Disclose Your Personal Information', 'How We Collect and Use Your Personal Information', 'Contact Us']);
    // In capitals, over a paragraph broken where its lines were full: cut after a small word however short the line,
    // inside a word (joined without the hyphen, unless the word is written with one), or where it was full.
    const capitals = 'PRIVACY POLICY\n\n1. INFORMATION WE COLLECT ABOUT YOU AND HOW WE\nCOLLECT IT\nWe collect several types of information from and about users of our\nWebsite, including information by which you may be identified.\n\n'
      + '2. HOW WE USE YOUR INFOR-\nMATION\nWe use information that we collect about you to present our Website\nto you.\n\n3. DISCLOSURE OF YOUR\nPERSONAL INFORMATION\nWe may disclose aggregated information about our users without\nrestriction.\n\n'
      + '4. SHARING WITH THIRD-\nPARTY SERVICE PROVIDERS\nWe share data with vendors who host our website and process payments.\n\n5. CALIFORNIA RESIDENTS\' PRIVACY\nRIGHTS\nCalifornia law gives residents of the state rights over their data.\n\n6. CONTACT INFORMATION\nEmail privacy@example.com.\n';
    assert.deepEqual(parsePolicy(capitals).sections.map((s) => s.title), ['INFORMATION WE COLLECT ABOUT YOU AND HOW WE COLLECT IT', 'HOW WE USE YOUR INFORMATION',
      'DISCLOSURE OF YOUR PERSONAL INFORMATION', 'SHARING WITH THIRD-PARTY SERVICE PROVIDERS', "CALIFORNIA RESIDENTS' PRIVACY RIGHTS", 'CONTACT INFORMATION']);
    // Not a short title in capitals over a line in capitals, nor an item that a sentence ends.
    for (const other of [
      'PRIVACY POLICY\n\n1. INTRODUCTION\nPLEASE READ CAREFULLY\nThis policy explains how we handle the data of our customers.\n',
      'PRIVACY POLICY\n\n1. DATA\n\nWe collect:\n1. the name of\nyour company.\n2. the email of\nyour contact.\n',
      // Nor a paragraph in capitals under a whole title in capitals.
      'PRIVACY POLICY\n\n5. INTERNATIONAL DATA TRANSFERS AND STORAGE\nYOUR DATA MAY BE PROCESSED IN THE UNITED STATES\nAND OTHER COUNTRIES WHERE OUR PROVIDERS OPERATE.\n\n6. CONTACT\nEmail privacy@example.com.\n',
    ]) assert.ok(parsePolicy(other).sections.every((s) => !/\n/.test(s.heading)), other);
  });

  it('a table followed after one blank line by a part numbered otherwise is a table; it lists the part\'s sections', () => {
    for (const source of [`
星河科技隐私政策

本政策将帮助您了解以下内容：
⟦toc⟧一、我们如何收集您的个人信息
⟦toc⟧二、我们如何共享您的个人信息
⟦toc⟧三、如何联系我们

⟦1⟧第一部分 定义
个人信息：指与已识别或者可识别的自然人有关的各种信息。

⟦1⟧第二部分 隐私政策

⟦2⟧一、我们如何收集您的个人信息
您需要提供手机号码。

⟦2⟧二、我们如何共享您的个人信息
我们不会出售您的个人信息。

⟦2⟧三、如何联系我们
电子邮件：privacy@xinghe.example
电话：400-123-4567
地址：北京市海淀区中关村大街1号
`, `
Orbit Privacy Notice

This notice covers the following:
⟦toc⟧1. Information We Collect
⟦toc⟧2. How We Use Information
⟦toc⟧3. Contact Us

⟦1⟧PART A - DEFINITIONS
"Personal data" means information about a person.

⟦1⟧PART B - PRIVACY NOTICE

⟦2⟧1. Information We Collect
We collect your name and email.

⟦2⟧2. How We Use Information
To run the service.

⟦2⟧3. Contact Us
Email: privacy@orbit.example
Phone: +44 20 7946 0321
Address: 2 Orbit Way, London EC1A 1BB
`]) {
      const { doc, fx, expected, actual } = compareOutline(source);
      assert.deepEqual(actual, expected);
      assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
      assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [2, 3, 4]);
      // No section reported missing from the table, doubled or out of order.
      assert.deepEqual(analyzePolicy(fx.text, { today: new Date('2026-01-01') }).findings.map((f) => f.code), []);
    }
  });

  it('a table copies its headings as they are written: with colons, or mixing Arabic and Roman numerals', () => {
    for (const source of [`
Acme Privacy Policy

Contents
⟦toc⟧1. Information We Collect:
⟦toc⟧2. How We Use It:
⟦toc⟧3. Contact:

⟦1⟧1. Information We Collect:
We collect your name and email address.

⟦1⟧2. How We Use It:
We use it to provide the service.

⟦1⟧3. Contact:
Email: privacy@acme.example
`, `
Acme Privacy Policy

Contents
⟦toc⟧1. Scope
⟦toc⟧II. Information We Collect
⟦toc⟧III. Contact Us

⟦1⟧1. Scope
This policy covers the app.

⟦1⟧II. Information We Collect
We collect your name and email address.

⟦1⟧III. Contact Us
Email: privacy@acme.example
`]) {
      const { doc, fx, expected, actual } = compareOutline(source);
      assert.deepEqual(actual, expected);
      assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
      assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    }
  });

  it('lists pasted from Word keep its bullets as Symbol-font characters and `o` before a tab: they are bullets', () => {
    const text = 'Privacy Policy\n\nThis policy covers:\n\uf0b7\tInformation We Collect\n\uf0b7\tHow We Use Information\n\uf0b7\tContact Us\n\nInformation We Collect\n\nWe collect your name and your email address.\n\nHow We Use Information\n\nWe use it to run the service:\n\uf0b7\tTo Provide the Service\no\tIncluding Support\n\uf0a7\tBy Email\n\nContact Us\n\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.title)), [['Information We Collect', 'How We Use Information', 'Contact Us']]);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'How We Use Information', 'Contact Us']);
    // A line starting with the word "o" is no bullet, nor is "o" before a space.
    assert.equal(parsePolicy('Privacy Policy\n\no well, we collect data.\n').sections.length, 0);
  });

  it('a table whose entries end with page numbers after a single space lists the sections without them', () => {
    const text = 'Privacy Policy\n\nContents\n1. Introduction 2\n2. Data We Collect 3\n3. How We Use Data 3\n4. Contact Us 5\n\n1. Introduction\nWe are Quartz Ltd.\n\n2. Data We Collect\nYour name.\n\n3. How We Use Data\nTo run the service.\n\n4. Contact Us\nEmail: privacy@quartz.example\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => [e.title, e.target])), [[['Introduction', 0], ['Data We Collect', 1], ['How We Use Data', 2], ['Contact Us', 3]]]);
    assert.deepEqual(doc.sections.map((s) => [s.line, s.level]), [[8, 1], [11, 1], [14, 1], [17, 1]]);
    // Numbers that go down are no page numbers: the titles keep them.
    const down = text.replace('How We Use Data 3', 'How We Use Data 1');
    assert.ok(!parsePolicy(down).tocs.some((t) => t.entries.some((e) => e.title === 'Introduction')));
    // Entries a blank line apart, as a page copied from the web spaces them, numbered on two levels.
    const spaced = 'Privacy Policy\n\nContents\n\n1. Introduction 2\n\n1.1 Scope 2\n\n2. Data We Collect 4\n\n3. Contact Us 5\n\n1. Introduction\n\nWe are Quartz Ltd.\n\n1.1 Scope\n\nThis covers the app.\n\n2. Data We Collect\n\nYour name.\n\n3. Contact Us\n\nEmail: privacy@quartz.example\n';
    assert.deepEqual(parsePolicy(spaced).tocs.map((t) => t.entries.map((e) => [e.title, e.target])), [[['Introduction', 0], ['Scope', 1], ['Data We Collect', 2], ['Contact Us', 3]]]);
  });

  it('a "Table of Contents" line introduces the table, with dot leaders and page numbers, and is no entry', () => {
    const helix = (entries: string) => `
HELIX PRIVACY NOTICE
${entries}
⟦1⟧1. Introduction
Helix respects your privacy.
⟦1⟧2. Information We Collect
Your name.
⟦1⟧3. Contact Us
Email: privacy@helix.example
`;
    const { doc, fx } = compareOutline(helix('Table of Contents\n⟦toc⟧1. Introduction ............ 1\n⟦toc⟧2. Information We Collect ... 2\n⟦toc⟧3. Contact Us .............. 3'));
    assert.equal(doc.tocs.length, 1);
    assert.equal(doc.tocs[0].introLine, 1);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.line), fx.tocLines);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    // Page numbers after a tab or a run of spaces, as a table copied from a word processor sets them.
    for (const gap of ['\t', '      ']) {
      const copied = compareOutline(helix(`Contents\n⟦toc⟧1. Introduction${gap}1\n⟦toc⟧2. Information We Collect${gap}2\n⟦toc⟧3. Contact Us${gap}3\n`));
      assert.deepEqual(copied.actual, copied.expected);
      assert.deepEqual(copied.doc.tocs[0]?.entries.map((e) => [e.title, e.target]), [['Introduction', 0], ['Information We Collect', 1], ['Contact Us', 2]]);
    }
    // Leaders of spaced dots or underscores.
    for (const leader of [' . . . . . . ', ' __________ ']) {
      const led = compareOutline(helix(`Contents\n⟦toc⟧1. Introduction${leader}1\n⟦toc⟧2. Information We Collect${leader}2\n⟦toc⟧3. Contact Us${leader}3\n`));
      assert.deepEqual(led.actual, led.expected);
      assert.deepEqual(led.doc.tocs[0]?.entries.map((e) => e.title), ['Introduction', 'Information We Collect', 'Contact Us'], leader);
    }
    // Entries two blank lines apart, as a PDF's copy spaces them.
    const spaced = compareOutline(helix('TABLE OF CONTENTS\n\n\n⟦toc⟧Introduction\t1\n\n\n⟦toc⟧Information We Collect\t2\n\n\n⟦toc⟧Contact Us\t3\n\n'));
    assert.deepEqual(spaced.actual, spaced.expected);
    assert.deepEqual(spaced.doc.tocs.map((t) => t.entries.map((e) => e.line)), [spaced.fx.tocLines]);
  });

  it('a web page\'s cue over a table of unnumbered entries ("Quick links", "Jump to:", "On this page") is no entry', () => {
    for (const cue of ['Quick links', 'Jump to:', 'On this page', 'In this notice:', 'What\'s in this policy', 'Summary of contents', 'This policy answers the following questions:', 'Read on to learn about these topics:']) {
      const text = `Privacy Policy\n\n${cue}\nInformation We Collect\nHow We Use Information\nContact Us\n\nInformation We Collect\nWe collect your name.\n\nHow We Use Information\nWe run the service.\n\nContact Us\nEmail: privacy@example.com\n`;
      const doc = parsePolicy(text);
      assert.deepEqual(doc.tocs.map((t) => [t.introLine, t.entries.map((e) => e.title)]), [[2, ['Information We Collect', 'How We Use Information', 'Contact Us']]], cue);
    }
  });

  it('a line introducing the table (Catalogue, "This Privacy Policy includes:", any sentence ending with a colon) is no entry', () => {
    // And the word for contents in German, French, Spanish, Portuguese, Italian, Japanese and Korean.
    for (const cue of ['Catalogue', 'DIRECTORY', 'This Privacy Policy includes:', 'In this policy you will find:', 'Here is what we explain:', 'Inhaltsverzeichnis', 'Sommaire', 'Índice', 'Sumário', 'Sommario', '目次', '목차']) {
      const { doc, fx } = compareOutline(`
Privacy Policy

${cue}
⟦toc⟧1. How We Collect Information
⟦toc⟧2. How We Use Information
⟦toc⟧3. Contact Us

⟦1⟧1. How We Collect Information
We collect your name.

⟦1⟧2. How We Use Information
We use it to provide the service.

⟦1⟧3. Contact Us
Email privacy@acme.example.
`);
      assert.deepEqual(doc.tocs.map((t) => [t.introLine, t.entries.map((e) => e.line)]), [[2, fx.tocLines]], cue);
      assert.deepEqual(analyzePolicy(doc.text).findings.filter((f) => f.code === 'toc-mismatch').map((f) => f.message), [], cue);
    }
  });

  it('titles of small words only ("Who We Are") are entries and headings like any other', () => {
    const { doc, fx } = compareOutline(`
MERIDIAN BANK PRIVACY NOTICE
Contents
⟦toc⟧Who We Are
⟦toc⟧What We Collect
⟦toc⟧About Us
⟦toc⟧Contact Us
⟦1⟧WHO WE ARE
Meridian Bank plc is the controller of your personal data.
⟦1⟧WHAT WE COLLECT
We collect identity details and transaction records.
⟦1⟧ABOUT US
We are a bank registered in England.
⟦1⟧CONTACT US
Email dpo@meridian.example.
`);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.line), fx.tocLines);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2, 3]);
  });

  it('without numbers, the headings a table naming every top-level one leaves out between them are sub-sections', () => {
    const source = `
Acme Privacy Policy

Contents
⟦toc⟧Information We Collect
⟦toc⟧How We Use Information
⟦toc⟧Your Choices
⟦toc⟧Contact Us

⟦1⟧Information We Collect
We collect the information described below when you use the Acme app.

⟦2⟧Details You Give Us
Your name, email address and the messages you send us.

⟦2⟧Details From Your Device
Your IP address, browser type and the pages you visit.

⟦1⟧How We Use Information
We use information to provide and improve the service.

⟦1⟧Your Choices
You may opt out of marketing emails at any time.

⟦1⟧Contact Us
Email: privacy@acme.example
`;
    expectOutline(source);
    // Not where an entry drifted from its heading ("Your Options"): the heading it names is not known, and may be
    // one of those it leaves out.
    expectOutline(source.replace('⟦toc⟧Your Choices', '⟦toc⟧Your Options').replace(/⟦2⟧/g, '⟦1⟧'));
    // Nor a standard title the table leaves out: more often a section the table forgot than a sub-section.
    expectOutline(source.replace('⟦2⟧Details From Your Device\nYour IP address', '⟦1⟧Cookies\nYour IP address'));
    // Unless its words are all the named heading's above it: part of what that one names.
    expectOutline(source.replace('⟦toc⟧How We Use Information', '⟦toc⟧How We Use and Protect Your Information')
      .replace('⟦1⟧How We Use Information\nWe use information to provide and improve the service.', '⟦1⟧How We Use and Protect Your Information\nWe use information to provide and improve the service.\n\n⟦2⟧How We Protect Your Information\nWe encrypt your information.'));
  });

  it('without numbers, headings sitting tight between lines of text are sub-headings of the one set apart by blank lines before them', () => {
    const source = `
Northwind Privacy Policy

Last updated: March 3, 2025

⟦1⟧Information We Collect

We collect information to provide better services to all our users.
⟦2⟧Information You Give Us
When you create an account, you give us your name, email address and password.
⟦2⟧Information From Your Use of Our Services
We collect information about the services you use and how you use them.

⟦1⟧How We Use Information

We use the information we collect to provide, maintain and improve our services.
⟦2⟧Communicating With You
We use your email address to tell you about changes to our services.
⟦2⟧Security
We use information to keep our services safe and to detect fraud.

⟦1⟧Contact Us

Email: privacy@northwind.example
`;
    expectOutline(source);
    // Not where a heading is laid out neither way (a blank line before it, its text right after): the layout tells
    // no levels.
    expectOutline(source.replace('⟦1⟧How We Use Information\n\nWe use', '⟦1⟧How We Use Information\nWe use').replace(/⟦2⟧/g, '⟦1⟧'));
    // With the spaced headings in capitals, the standard title among the tight ones in title case is one of them.
    const capitals = source.replace('⟦1⟧Information We Collect', '⟦1⟧INFORMATION WE COLLECT').replace('⟦1⟧How We Use Information', '⟦1⟧HOW WE USE INFORMATION').replace('⟦1⟧Contact Us', '⟦1⟧CONTACT US');
    expectOutline(capitals);
    // And where a sub-heading in title case is set apart by blank lines, where the layout does not tell the levels,
    // the case does: the headings in capitals are the sections, the standard title in title case one of their
    // sub-headings as the other title-cased headings are.
    expectOutline(capitals.replace('services.\n⟦2⟧Communicating With You\nWe use', 'services.\n\n⟦2⟧Communicating With You\n\nWe use'));
    // Not with fewer than three headings in capitals: a standard title then stays a section of its own.
    expectOutline(capitals.replace('⟦1⟧CONTACT US', '⟦1⟧Contact Us').replace('services.\n⟦2⟧Communicating With You\nWe use', 'services.\n\n⟦2⟧Communicating With You\n\nWe use').replace('⟦2⟧Security', '⟦1⟧Security'));
  });

  it('without numbers, sentence-case phrases over lists of their own are headings, where two or more are laid out so', () => {
    const source = `
LANTERN PRIVACY POLICY

⟦1⟧COLLECTING PERSONAL INFORMATION

When you visit the shop, we collect information about your device and your orders.

⟦2⟧Device information
- Purpose of collection: to load the shop for you.
- Personal information collected: browser version, IP address.

⟦2⟧Order information
- Purpose of collection: to send you what you ordered.
- Personal information collected: name, postal address, payment details.

⟦1⟧SHARING PERSONAL INFORMATION

We share your information with the providers that run the shop for us.

⟦1⟧CONTACT US

Email hello@lantern.example.
`;
    expectOutline(source);
    // One alone is more often a sentence that introduces its list.
    expectOutline(source.replace(/⟦2⟧Order information\n[^]*?details\.\n\n/, '').replace('⟦2⟧Device information', 'Device information'));
    // And a list's own sentence with a verb ("We may collect the following information") is no heading at all.
    expectOutline(source.replace('⟦2⟧Device information', 'We may collect the following information').replace('⟦2⟧Order information', 'We use it for these purposes'));
  });

  it('without numbers, labels that are standard titles head the lists under them; other labels introduce theirs', () => {
    const source = `
Cloudnine Weather App – Privacy Policy
Last updated: 12 April 2025

Cloudnine Weather is made by Cloudnine Apps. This policy explains what the app does with your data.

⟦1⟧Information we collect:
• Your approximate location, to show the weather where you are.
• Crash reports, to fix bugs.

⟦1⟧How we use your information:
• To show forecasts for your location.
• To improve the app.

⟦1⟧Children:
The app is not directed at children under 13.

⟦1⟧Contact:
Write to support@cloudnine.example.
`;
    expectOutline(source);
    expectOutline(source.replace('⟦1⟧How we use your information:', 'The app sends these reports:'));
  });

  it('without numbers, standard titles not in capitals are sub-headings where the sections are in capitals, three or more', () => {
    expectOutline(`
LANTERN PRIVACY POLICY

⟦1⟧INFORMATION WE COLLECT

We collect your name and email address when you order.

⟦1⟧USING PERSONAL INFORMATION

We use your information to send you what you ordered.

⟦2⟧Lawful basis
We process it to perform our contract with you.

⟦2⟧Retention
We keep it for six years.

⟦1⟧COOKIES

We use cookies to keep your basket.

⟦2⟧Do Not Track
We do not change what we do when your browser asks us not to track you.

⟦1⟧CONTACT US

Email hello@lantern.example.
`);
  });

  it('without numbers, a heading right over its first sub-heading, where the headings sit on their text', () => {
    const source = `
Privacy Policy of example-shop.com

This application collects some personal data from its users.

⟦1⟧Owner and Data Controller
Example Shop S.r.l., Via Roma 12, 20100 Milano, Italy.

⟦1⟧Types of Data collected
Among the types of personal data that this application collects there are cookies and email addresses.

⟦1⟧Mode and place of processing the Data
⟦2⟧Methods of processing
The owner takes appropriate security measures to prevent unauthorised access to the data.

⟦1⟧Place
The data is processed at the owner's offices.

⟦1⟧Changes to this privacy policy
The owner may change this privacy policy at any time by notifying its users on this page.
`;
    expectOutline(source);
    // Not where the headings are set apart from their text: two such lines together are no heading then (a title
    // over its subtitle, a line of text over a heading).
    expectOutline(source.replace(/(⟦1⟧[^\n]+)\n(?!⟦)/g, '$1\n\n').replace('⟦1⟧Mode and place of processing the Data\n⟦2⟧Methods of processing\n', 'Mode and place of processing the Data\nMethods of processing\n\n'));
  });

  it('without numbers, phrases between the paragraphs of a section pasted without blank lines are its sub-headings, where the headings sit on their text', () => {
    // A web page copied with blank lines between its sections only: each section's heading sits on its text, and its
    // sub-headings in sentence case stand between paragraphs in the same block.
    const source = `
Orbit Maps

Privacy Policy

Last modified: July 1, 2026

⟦1⟧Why we collect data
We use data to build better services for everyone who uses our maps.
⟦2⟧Provide our services
We use your information to deliver our services, like returning the places you search for.
⟦2⟧Maintain and improve our services
We also use your information to make sure our services are working as intended.

⟦1⟧Sharing your information
We do not share your personal information with companies outside of Orbit except in these cases.
⟦2⟧With your consent
We share personal information outside of Orbit when we have your consent to do so.
⟦2⟧For legal reasons
We share personal information when the law requires it, for example to answer a court order.

⟦1⟧Contact us
Orbit Maps Inc., 1 Orbit Way, Mountain View, CA 94043. Email privacy@orbit.example.
`;
    const doc = expectOutline(source);
    // The site's name over the title is no heading (the title is no sub-heading of it), after a link to skip the
    // page's menu too.
    assert.equal(doc.title?.text, 'Privacy Policy');
    assert.equal(expectOutline(source.replace('\nOrbit Maps\n', '\nSkip to main content\n\nOrbit Maps\n')).title?.text, 'Privacy Policy');
    // Not a short phrase over a short line (office hours, a signature): a sub-heading heads a paragraph.
    expectOutline(source.replace('⟦2⟧With your consent\nWe share personal information outside of Orbit when we have your consent to do so.', 'With your consent\nCall us first.'));
    // Nor in a section pasted so under a heading that does not sit on its text (a line of text starts its block):
    // only a phrase heading a paragraph is one of its sub-headings.
    expectOutline(source.replace(/(⟦1⟧[^\n]+)\n/g, '$1\n\n').replace('⟦2⟧With your consent\nWe share personal information outside of Orbit when we have your consent to do so.', 'With your consent\nCall us first.'));
  });

  it('without numbers, the sections of a generated app policy: a standard title after a list pasted without its marks', () => {
    // The list of third-party services loses its bullets when the page is copied; the next section's heading
    // ("Log Data", a standard title of such policies) stands right after its last item, on its own paragraph.
    const source = `
Privacy Policy
Pebble Studio built the Pebble Puzzle app as a free app, provided at no cost and intended for use as is.
⟦1⟧Information Collection and Use
For a better experience, while using our Service, we may ask you for certain personally identifiable information.
The app does use third-party services that may collect information used to identify you.
Privacy policies of the third-party service providers used by the app
Google Play Services
AdMob
Firebase Analytics
⟦1⟧Log Data
Whenever you use our Service, in a case of an error in the app we collect data and information on your phone.
⟦1⟧Service Providers
We may employ third-party companies and individuals to facilitate our Service or to analyse how it is used.
⟦1⟧Links to Other Sites
This Service may contain links to other sites. If you click on a third-party link, you will be directed to that site.
⟦1⟧Contact Us
If you have any questions about our Privacy Policy, contact us at pebble.studio@example.com.
`;
    expectOutline(source);
    // Each line a blank line apart: the list's items are no headings stacked over the next section's heading.
    expectOutline(source.replace(/\n(?=.)/g, '\n\n'));
    // Not the last of short lines that are standard titles themselves, as a footer's links are ("Terms" /
    // "Cookies" / "Log Data"), nor one with no paragraph under it.
    expectOutline(source.replace('Google Play Services\nAdMob\nFirebase Analytics\n⟦1⟧Log Data', 'Terms\nCookies\nLog Data'));
    expectOutline(source.replace('⟦1⟧Log Data\nWhenever you use our Service, in a case of an error in the app we collect data and information on your phone.', 'Log Data\nSee below.'));
  });

  it('without numbers, a standard title right over its first sub-heading, where the headings sit on their text', () => {
    // "Sharing your information" is a standard title (found before the headings found by their shape): the phrase
    // right under it, on its text, is its first sub-heading, as under a heading found by its shape.
    expectOutline(`
Privacy Policy

When you use our services, you are trusting us with your information.

⟦1⟧Information we collect
We collect information to provide better services to all our users.

⟦1⟧Your privacy controls
You have choices regarding the information we collect and how it is used.

⟦1⟧Sharing your information
⟦2⟧When you share your information
Many of our services let you share information with other people.

⟦1⟧Keeping your information secure
We build security into our services to protect your information.
`);
  });

  it('without numbers, an entry whose heading drifted from its wording names the heading most like it between its neighbours\'', () => {
    const source = `
Acme Privacy Policy

Contents
⟦toc⟧How Do We Collect Your Information
⟦toc⟧How Do We Use Cookies and Other Tracking Tools
⟦toc⟧How to Contact Us

⟦1⟧How Do We Collect Your Information
We collect the information described below when you use the Acme app.

⟦2⟧Details You Give Us
Your name, email address and the messages you send us.

⟦1⟧Cookies and Other Tracking Tools
We use cookies that the site needs to work, and no others.

⟦2⟧Managing Cookies
Your browser can block them.

⟦1⟧Contact Information
Email: privacy@acme.example
`;
    const doc = expectOutline(source);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 2, 4]);
    // So does a numbered entry of a web page's numbered list of contents over headings without numbers.
    const numbered = expectOutline(source.replace('⟦toc⟧How Do We Collect', '⟦toc⟧1. How Do We Collect').replace('⟦toc⟧How Do We Use Cookies', '⟦toc⟧2. How Do We Use Cookies').replace('⟦toc⟧How to Contact', '⟦toc⟧3. How to Contact'));
    assert.deepEqual(numbered.tocs[0].entries.map((e) => e.target), [0, 2, 4]);
    // Not where the table names numbered headings: a drifted entry's heading is found by its number, and a line
    // like it under that heading is none of the table's.
    expectOutline(`
Acme Privacy Policy

Contents
⟦toc⟧1. Information We Collect
⟦toc⟧2. How We Use Cookies and Tracking Tools
⟦toc⟧3. Contact Us

⟦1⟧1. Information We Collect
We collect your name.

⟦1⟧2. Our Use of Cookies
We use cookies.

Cookies and Tracking Tools We Use

Session cookies only.

⟦1⟧3. Contact Us
Email: privacy@acme.example
`);
    // A line of a paragraph broken where its lines were full shares the entry's words too: it names no heading
    // (in lower case, or between a line whose sentence goes on and one carrying it on), and the table then tells
    // no sub-sections.
    for (const lines of ['when you visit, and here we explain our\ncookies and other tracking tools we use on the site', 'when you visit, and here we explain our\nCookies and other tracking tools we use on the site', 'when you visit.\ncookies and other tracking tools we use on the site']) {
      expectOutline(source.replace(/⟦2⟧/g, '⟦1⟧').replace('⟦1⟧Cookies and Other Tracking Tools\nWe use cookies that the site needs to work, and no others.', `⟦1⟧Cookies\nWe set a few of them ${lines}\nand how to block them in your browser.`));
    }
    // Nor does a heading sharing only some of its words, not all the entry's ("Tracking Tools and Partners").
    expectOutline(source.replace(/⟦2⟧/g, '⟦1⟧').replace('⟦1⟧Cookies and Other Tracking Tools\n', '⟦1⟧Tracking Tools and Partners\n'));
  });

  it('a table of contents of hundreds of entries links them to their sections (aligned within a band, at a cost linear in its length)', () => {
    const WORDS = ['apple', 'bridge', 'canyon', 'delta', 'ember', 'forest', 'glacier', 'harbor', 'island', 'jungle', 'kettle', 'lantern', 'meadow', 'nectar', 'orchard', 'prairie', 'quarry', 'river', 'summit', 'tundra'];
    const name = (i: number) => `Notes on ${WORDS[i % 20]} ${WORDS[Math.floor(i / 20) % 20]} ${WORDS[Math.floor(i / 400) % 20]}`.replace(/\b\w/g, (c) => c.toUpperCase());
    // 700 entries and as many sections: more cells than the alignment computes in full.
    const n = 700;
    // Forty sections in a row are missing, off the diagonal the band is centred on; every 7th is worded
    // differently ("… Details" after its title).
    const missing = (i: number) => i >= 10 && i < 50;
    const body = Array.from({ length: n }, (_, i) => i).filter((i) => !missing(i)).map((i) => `${name(i)}${i % 7 === 3 ? ' Details' : ''}\nWe handle it with care.`).join('\n\n');
    const doc = parsePolicy(`Privacy Policy\n\nTable of Contents\n${Array.from({ length: n }, (_, i) => name(i)).join('\n')}\n\n${body}\n`);
    assert.equal(doc.tocs.length, 1);
    const linked = doc.tocs[0].entries.map((e) => (e.target === undefined ? undefined : doc.sections[e.target].title));
    assert.deepEqual(linked, Array.from({ length: n }, (_, i) => (missing(i) ? undefined : `${name(i)}${i % 7 === 3 ? ' Details' : ''}`)));
  });

  it('a table of contents at the bottom links to the sections above even when the wording drifts', () => {
    const { doc } = compareOutline(`
⟦1⟧1.What We Collect
Your name.
⟦1⟧2.How Cookies Are Used
Cookies help us.
⟦1⟧3.Retention of Data
We keep data for a year.
  1. What we collect
  2. How do we use cookies
  3. How long we keep your data
Last updated: July 2021
`);
    assert.equal(doc.tocs.length, 1);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    assert.deepEqual(doc.metadata.map((m) => [m.key, m.value]), [['lastUpdated', 'July 2021']]);
  });

  it('a "Contents" line ends the short lines before it: the last section stays a section, the table starts after it', () => {
    const { doc } = compareOutline(`
Privacy Policy
⟦1⟧1. Introduction
We are Example.
⟦1⟧2. Data We Collect
Your name and email.
Back to top

⟦1⟧3. Contact Us
Email: a@example.com, Address: 1 Main Street, Springfield, Phone: +1 206 555 0100

Contents
1. Introduction
2. Data We Collect
3. Contact Us
`);
    assert.equal(doc.tocs.length, 1);
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    // The table at the end is no part of the last section: it ends with its own text, and folds so.
    assert.equal(doc.text.slice(doc.sections[2].start, doc.sections[2].end), '3. Contact Us\nEmail: a@example.com, Address: 1 Main Street, Springfield, Phone: +1 206 555 0100');
    const layouts = [doc.text, doc.text.replace(/\n/g, '\r\n'), doc.text.replace(/\n\n/g, '\n').replace(/\n/g, '\n\n')];
    for (const text of layouts) {
      const last = parsePolicy(text).sections[2];
      assert.ok(text.slice(last.start, last.end).endsWith('0100'), JSON.stringify(text.slice(last.start, last.end)));
    }
  });

  it('a table of contents right under its own heading, or with text after it, stays in its section', () => {
    const underHeading = parsePolicy('# Privacy Policy\n\n## Who we are\n\nExample Ltd.\n\n## Contents\n\n- Who we are\n- Contents\n', { format: 'markdown' });
    const last = underHeading.sections[underHeading.sections.length - 1];
    assert.equal(last.title, 'Contents');
    assert.ok(underHeading.text.slice(last.start, last.end).endsWith('- Contents'));
    const followed = parsePolicy('Privacy Policy\n\n1. Introduction\nWe are Example.\n\n2. Contact Us\nEmail: a@example.com\n\nContents\n1. Introduction\n2. Contact Us\n\n© 2026 Example Ltd.\n');
    assert.equal(followed.tocs.length, 1);
    assert.ok(followed.text.slice(followed.sections[1].start, followed.sections[1].end).endsWith('Example Ltd.'));
  });

  it('unnumbered headings: table-of-contents titles and standard section titles', () => {
    expectOutline(`
Kestrel Ltd ("Kestrel") protects your personal information and explains here how it does so, in plain words and with examples.
⟦1⟧Contact us
If you have questions, call us.
Tel: 020-1234 5678
This policy covers:
How we collect information
How we use cookies
How we keep information
⟦1⟧How we collect information
We collect what you give us.
⟦2⟧1. Account data
Your name.
⟦1⟧How we use cookies
Cookies remember your settings.
⟦1⟧How we keep information
We keep it for a year.
Microsoft Edge
Google Chrome
Mozilla Firefox
`);
  });

  it('a policy without numbers or blank lines: a phrase after a labelled value, and a group\'s phrase over its first sub-heading, are headings', () => {
    const source = `Privacy Policy of Example App
This Application collects some Personal Data from its Users.
⟦1⟧Owner and Data Controller
Example Ltd, 1 Main St, Springfield
Owner contact email: privacy@example.example
⟦1⟧Types of Data collected
Among the types of Personal Data that this Application collects, there are Cookies and Usage Data.
⟦1⟧Mode and place of processing the Data
⟦2⟧Methods of processing
The Owner takes appropriate security measures to prevent unauthorized access to the Data.
⟦2⟧Retention time
Personal Data shall be stored for as long as required by the purpose they have been collected for.
⟦1⟧Cookie Policy
This Application uses Trackers.
⟦1⟧Additional information about Data collection and processing
⟦2⟧Legal action
The User's Personal Data may be used for legal purposes by the Owner in Court.
⟦2⟧System logs and maintenance
This Application may collect files that record interaction with this Application.
`;
    const tight = expectOutline(source);
    // Laid out with blank lines, the same outline.
    const spaced = parsePolicy(source.replace(/⟦\d⟧/g, '').replace(/\n(?=Owner and|Types of|Mode and|Methods of|Retention time|Cookie Policy|Additional information|Legal action|System logs)/g, '\n\n'));
    assert.deepEqual(spaced.sections.map((s) => [s.title, s.level]), tight.sections.map((s) => [s.title, s.level]));
  });

  it('a policy without numbers: title-cased lines followed by body text are headings', () => {
    expectOutline(`
Acme Calendar Privacy Policy
Last updated: 1 March 2026

Acme Ltd makes a calendar app. This policy explains what we collect and why.

⟦1⟧WHAT WE COLLECT
We collect your name and email address when you sign up.

⟦1⟧Sharing of Information
We share data with our hosting provider:
- Northwind Hosting, in the EU.

⟦1⟧Third-Party Links
Events may link to other websites, which have policies of their own.
Northwind Hosting
stores the backups in the EU as well.

⟦1⟧Do Not Track
We do not respond to Do Not Track signals.
Customer Support: Open Every Day
Our team answers within a day.

⟦1⟧Contact Us
Email: privacy@acme.example
`);
  });

  it('a policy without numbers: headings in sentence case stand alone between blank lines', () => {
    expectOutline(`
Acme privacy policy

Acme Ltd makes a calendar app. This policy explains what we collect and why.

⟦1⟧Information we collect

We collect your name and email address when you sign up, and these items:

Your calendar entries

Your time zone

We keep both on servers in the EU.

⟦1⟧Sharing with third parties

We share data with our hosting provider, which stores it for us.

Please note

We never share your calendar entries.

In short

Only our host sees your data.

For example

Your calendar entries stay on our servers in the EU.

Dear customer

Thank you for trusting us with your calendar.

⟦1⟧Keeping your information secure

We encrypt data in transit and at rest.
We never sell your data

⟦1⟧Contact us

Email privacy@acme.example. Thank you for reading.

The Acme team
`);
  });

  it('a policy without numbers: a heading after a labelled value, a postal address under a heading, a heading that only groups the next', () => {
    const doc = expectOutline(`
Privacy notice of heron.example

Heron Labs collects some personal data from the people who use this site.

⟦1⟧Controller of the data

Heron Labs Ltd, 14 Canal Street, Manchester
Contact email: privacy@heron.example

⟦1⟧Kinds of data collected

We collect usage data, cookies and the email address you give us.

⟦1⟧How and where data is processed

⟦2⟧Processing methods

We use appropriate technical measures to keep the data safe.

⟦1⟧Storage period

We keep personal data only as long as the purpose needs it.
`);
    // The grouping heading holds the first of its sub-headings, so it is no empty section.
    const findings = analyzePolicy(doc.text).findings;
    // A website's navigation pasted above the first heading groups nothing.
    const page = 'Privacy Policy\n\nWhen you use our app, you trust us with your information.\n\nINFORMATION WE COLLECT\n\nWe collect your name.\n\nHOW WE USE INFORMATION\n\nWe run the app with it.\n';
    const titles = (text: string) => parsePolicy(text).sections.map((s) => s.title);
    assert.deepEqual(titles(`Home | Products | Support\n\n${page}`), titles(page));
    assert.deepEqual(findings.filter((f) => f.code === 'empty-section' || f.code === 'missing-contact-section').map((f) => f.code), []);
  });

  it('a policy without numbers: a company\'s name above its address, or signing the policy, is no heading; a house number is no section number', () => {
    expectOutline(`
Privacy Policy

⟦1⟧Contact us

Acme Ltd
9 Kings Road, York YO1 7HH
Email: privacy@acme.example

⟦1⟧Your rights

You may ask us for a copy of your information.

Thank you for reading.

Acme Inc.
`);
    expectOutline(`
Privacy Policy
Effective date: 1 March 2025
This policy explains how Fernleaf uses personal information.
⟦1⟧Information we collect
We collect your name and email address when you order.
⟦1⟧Your rights
You may ask us for a copy of your information.
⟦1⟧Contact us
Fernleaf Ltd
12 Garden Row, York YO1 7HH
Email: privacy@fernleaf.example
Thank you for reading.
Fernleaf customer team
`);
  });

  it('a policy without numbers: a standard title naming part of what the grouping heading names is its sub-heading too', () => {
    expectOutline(`
Privacy Policy
Last updated: February 10, 2025

This policy describes how Quillwork collects and uses your information when you use its note-taking app.

⟦1⟧Interpretation and Definitions

⟦2⟧Interpretation

Words with a capital letter have the meanings set out below.

⟦2⟧Definitions

Account means the account you create to use the app.

⟦1⟧Children's Privacy

The app is not meant for anyone under 13.

⟦1⟧Contact Us

Email privacy@quillwork.example with any question.
`);
  });

  it('a policy without numbers: a heading that groups a heading that groups the next, and the last item of a list before a heading', () => {
    const doc = expectOutline(`
Privacy Policy of Tallow Games

Tallow Games makes puzzle apps for phones and tablets.

⟦1⟧Gathering and Handling Your Data

⟦2⟧Kinds of Data Gathered

⟦3⟧Account Data

When you sign up, we may ask you for details that identify you, which may include:

Email address

Display name

Crash Reports

⟦1⟧Crash Reports

Crash reports are sent when the app stops unexpectedly.

⟦1⟧Contact Us

Write to privacy@tallow.example with any question.
`);
    // Each grouping heading holds the one under it: no empty section.
    assert.deepEqual(analyzePolicy(doc.text).findings.filter((f) => f.code === 'empty-section'), []);
    // Pasted without blank lines, the same: the headings after the third, sitting on their text, are its siblings.
    expectOutline(`
Privacy Policy of Tallow Games
Tallow Games makes puzzle apps for phones and tablets. This policy explains what we collect and why.
We wrote it to be short, and we keep it up to date whenever the apps change.
⟦1⟧Gathering and Handling Your Data
⟦2⟧Kinds of Data Gathered
⟦3⟧Account Data
When you sign up, we ask for an email address and a display name.
⟦3⟧Crash Reports
Crash reports are sent when the app stops unexpectedly.
We read them only to fix the fault that caused the crash.
They hold the device model and the app version, nothing that names you.
We delete each report after ninety days.
⟦1⟧Contact Us
Write to privacy@tallow.example with any question.
`);
  });

  it('a policy without numbers: the headings laid out and cased as a grouping heading\'s first sub-heading are its sub-headings too', () => {
    const doc = expectOutline(`
Privacy Policy

Larch Foods Ltd explains here how it handles the personal information of its customers.

⟦1⟧Information We Collect

⟦2⟧Information you give us
We collect the name and email address you enter in our contact form.

⟦2⟧Information we collect automatically
Our servers log your IP address and browser type.

⟦1⟧How We Use Information
We answer your questions and keep the website running.

⟦1⟧Purposes of Processing

⟦2⟧Delivery of Orders
We use your address to deliver what you order.

⟦2⟧Customer Support
We use your email address to answer questions about orders.

⟦1⟧Your Rights

You may ask us for a copy of your information, or to delete it.
`);
    // The grouping headings hold their sub-headings: no empty section.
    assert.deepEqual(analyzePolicy(doc.text).findings.filter((f) => f.code === 'empty-section'), []);
    // Under the policy's dates a line groups nothing beyond the heading right after it: more often a subtitle than a
    // section holding the rest.
    expectOutline(`
Privacy Policy

This notice is for the customers of Larch Foods.

Last updated: 1 May 2025

⟦1⟧Customer Notice

⟦2⟧What We Collect
We collect the name you enter in our form.

⟦1⟧How We Use It
We answer your questions.

⟦1⟧Your Rights
You may ask us for a copy of your information.
`);
  });

  it('a policy without numbers pasted without blank lines: its first heading may stand right under the date', () => {
    expectOutline(`
Privacy FAQ
Last updated: 1 July 2024
⟦1⟧What information do you collect?
We collect your account details and the usage data of the Bright Lamp app.
⟦1⟧Why do you collect it?
To run the app and to answer your questions.
⟦1⟧How can I contact you?
Write to privacy@brightlamp.example.
`);
  });

  it('a web page pasted without blank lines but for its title, date and footer reads as pasted without them; a table\'s rows with bars between cells end no section', () => {
    expectOutline(`
Pricing
Log in

Privacy Policy
Last Updated: March 14, 2026

This Privacy Policy describes how Tandem Software, Inc. collects and uses information about you.

⟦1⟧Information We Collect
⟦2⟧Information You Provide to Us
We collect information you provide directly to us, such as when you create an account.
⟦2⟧Information We Collect Automatically
When you use our services, we automatically collect information about your device.
⟦1⟧How We Use Information
We use the information we collect to provide, maintain and improve our services.
⟦1⟧Your Choices
You may update your account information at any time by logging into your account.
⟦1⟧Additional Disclosures for California Residents
Category | Examples | Disclosed to
Identifiers | Name, email address | Service providers
Commercial information | Purchase history | Service providers
⟦1⟧Contact Us
If you have any questions about this Privacy Policy, please contact us at privacy@tandem.example.

© 2026 Tandem Software, Inc. All rights reserved.
Terms | Privacy | Security | Status
`);
  });

  it('a policy without numbers pasted without blank lines: sub-headings in sentence case sit on their text after a finished sentence', () => {
    const doc = expectOutline(`
Privacy Policy
Last updated: 1 June 2025
Meadow Health Ltd provides a symptom tracker. This policy explains what we do with your personal information.
⟦1⟧Information we collect
⟦2⟧Account information
When you create an account, we collect your email address and a password.
⟦2⟧Health information
If you choose to record symptoms, we store them with their dates.
That is all
We collect nothing else.
⟦1⟧How we use your information
⟦2⟧Providing the service
We use your account and health information to show you your history.
⟦2⟧Improving the app
We use crash reports to find and fix problems.
⟦2⟧Support
We use your email address to answer your questions.
⟦1⟧Sharing your information
We do not sell your information. Our hosting provider stores it for us.
We collect only what we need:
Your email address
Your symptoms
We keep them in the EU.
⟦1⟧Your rights
You can export or delete your data in the app at any time.
⟦1⟧Contact us
Email: privacy@meadow.example
`);
    assert.deepEqual(analyzePolicy(doc.text).findings.filter((f) => f.code === 'empty-section'), []);
    // With blank lines between the paragraphs, a phrase right on its text after a sentence is a line of text.
    const spaced = 'Privacy Policy\n\nMeadow Health Ltd provides a symptom tracker.\n\nInformation we collect\n\nWe collect your email address.\nAccount settings\nWe keep the settings you choose.\n\nContact us\n\nEmail: privacy@meadow.example\n\nHow we use your information\n\nWe show you your history.\n\nYour rights\n\nYou can delete your data.\n';
    assert.deepEqual(parsePolicy(spaced).sections.map((s) => s.title), ['Information we collect', 'Contact us', 'How we use your information', 'Your rights']);
  });

  it('a policy without numbers: a title in capitals over a sentence that lost its full stop is a heading', () => {
    // As a web page's summary line under its heading has it, pasted as text.
    expectOutline(`
Privacy Policy

⟦1⟧INFORMATION WE COLLECT

We collect the information you give us when you create an account, and what your devices tell us.

⟦1⟧YOUR PRIVACY CONTROLS

You have choices regarding the information we collect and how it is used

This section describes the controls you have over your information in each of our apps.

⟦1⟧CONTACT US

Write to privacy@example.com.
`);
    // Not over a short line of its own ("You have choices"), which may be anything.
    expectOutline(`
Privacy Policy

⟦1⟧INFORMATION WE COLLECT

We collect the information you give us when you create an account, and what your devices tell us.

YOUR PRIVACY CONTROLS

You have choices

⟦1⟧CONTACT US

Write to privacy@example.com.
`);
  });

  it('a policy without numbers: titles in capitals leading their paragraphs, ended by a colon, are headings', () => {
    expectOutline(`
PRIVACY NOTICE OF BIRCH DENTAL

⟦1⟧INTRODUCTION: Birch Dental respects your privacy. This notice explains how we handle patient information.

NOTE: This notice does not cover the websites of other practices.

⟦1⟧INFORMATION WE COLLECT: We collect your name, contact details and dental history.
EMAIL: front-desk@birch.example

⟦1⟧SHARING & DISCLOSURE: We share records with specialists you are referred to.

⟦1⟧CONTACT US: Write to the Practice Manager, Birch Dental, 12 Oak Street, Leeds LS1 2AB. Phone 0113 496 0000. Email privacy@birch.example.
`);
    // One alone, not a standard title, is more often a warning than a section.
    assert.deepEqual(parsePolicy('Birch Dental\n\nPLEASE KEEP THIS: We may ask for it at your next visit.\n\nWe collect your name.\n').sections, []);
  });

  it('a policy without numbers: titles in title case leading their paragraphs, ended by a colon, are headings; labels of records are not', () => {
    const policy = `
Brightline Privacy Policy

Brightline Software Ltd. makes the Brightline note-taking app. This policy explains what we do with your data.

⟦1⟧Information We Collect: We collect your email address when you create an account, and the notes you sync.
Data Controller: Brightline Software Ltd.

In Short: We keep as little as we can.

⟦1⟧Sharing: We do not sell your data. Our hosting provider stores it for us in the EU.

⟦1⟧Partners: The app contains kits from two partners.
Provider: Northwind Analytics Co., Ltd.
Purpose: We use it to count how many people open the app each day.
Provider: Harbor Crash Reports Ltd.
Purpose: We use it to find out why the app stopped when it crashes.

⟦1⟧Contact Us: Email privacy@brightline.example with any question.
`;
    expectOutline(policy);
    // Pasted without blank lines, the same.
    expectOutline(policy.replace(/\n\n(?=\S)/g, '\n'));
    // A standard title in sentence case likewise ("Contact us:"); other words in sentence case are a sentence's.
    expectOutline(policy.replace('Information We Collect:', 'Information we collect:').replace('Contact Us:', 'Contact us:'));
  });

  it('a policy without numbers: titles leading their paragraphs, ended by a full stop or a question mark, are headings; a name or a row is not', () => {
    const policy = `
Larchwood Privacy Policy

Larchwood Apps Inc. makes the Larchwood journal app. This policy explains what we do with your data.

⟦1⟧Information We Collect. We collect your email address when you create an account, and the entries you sync.

⟦1⟧Who Sees Your Data? Our hosting provider stores it for us in the EU, and nobody else reads it.

⟦1⟧Contact Us. Email privacy@larchwood.example with any question about this policy.
`;
    const doc = expectOutline(policy);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Who Sees Your Data?', 'Contact Us']);
    // The contact section is found, titled so.
    assert.deepEqual(analyzePolicy(doc.text).findings.filter((f) => f.code === 'missing-contact-section'), []);
    // A company's name before its abbreviation's full stop, or a label and its letter (a row of a list), is none.
    const rows = 'Larchwood Privacy Notice\n\nWe collected these categories in the last twelve months:\n\nCategory A. Identifiers such as a real name, postal address and email address. Collected: yes.\nCategory B. Commercial information such as the records of what you bought. Collected: yes.\n\nLarchwood Apps Inc. Provides the app from Canada, where it keeps all the data it holds about you.\n\nHarbor Hosting Ltd. Stores that data for it in two data centres in Montreal and Toronto.\n';
    assert.deepEqual(parsePolicy(rows).sections, []);
  });

  it('a policy without numbers: titles in bold leading their paragraphs are headings, in Markdown and in plain text; a sentence in bold is not', () => {
    const policy = `# Omicron Privacy Policy

Omicron Apps makes the Omicron journal app. This policy explains what we do with your data.

⟦1⟧**Information we collect.** We collect your email address when you create an account, and the entries you sync.

⟦1⟧**Cookies**: We use one cookie to keep you signed in, and no cookie that follows you elsewhere.

**We never sell your data.** This is a promise we make to every person who uses the app.

⟦1⟧**Contact Us.** Email privacy@omicron.example with any question about this policy.
`;
    for (const format of ['markdown', 'plain'] as const) {
      const doc = expectOutline(policy, format);
      assert.deepEqual(outline(doc).map((n) => n.name), ['Information we collect', 'Cookies', 'Contact Us'], format);
    }
  });

  it('titles leading their paragraphs right under a heading on a line of its own are its sub-headings', () => {
    const policy = `
California Privacy Notice

⟦1⟧Use of Personal Information

We use the personal information we collect to provide the service you asked for.

⟦1⟧Your Rights and Choices

⟦2⟧Right to Know. You may ask us to disclose what personal information we collected about you.

⟦2⟧Right to Delete: You may ask us to delete the personal information we collected from you.

⟦1⟧Contact Information

Email privacy@example.com or call 1-800-555-0100.
`;
    expectOutline(policy);
    // Pasted without blank lines, the same: right under a heading, no finished sentence is needed before one.
    expectOutline(policy.replace(/\n\n(?=\S)/g, '\n'));
    // Titles of one word lead paragraphs next to a longer one ("Treatment." / "Payment." / "Health Care
    // Operations."), right under a heading found by its shape; alone, one is a label ("Name. The name …").
    expectOutline(`
Notice of Privacy Practices

⟦1⟧Our Duties
We are required by law to keep your health information private and to give you this notice.

⟦1⟧How We May Use and Disclose Your Information
⟦2⟧Treatment. We may use your information to provide treatment and to coordinate your care.
⟦2⟧Payment. We may use your information to bill and to get payment from health plans.
⟦2⟧Health Care Operations. We may use your information to run our practice and improve care.

⟦1⟧Contact Us
Privacy Officer, (215) 555-0147, privacy@osprey.example
`);
    // A hyphenated word is one word.
    expectOutline(`
California Notice

⟦1⟧Your Rights and Choices
⟦2⟧Right to Know. You may ask us which categories of personal information we collected about you.
⟦2⟧Right to Delete. You may ask us to delete the personal information we collected from you.
⟦2⟧Non-Discrimination. We will not treat you differently for exercising any of these rights.

⟦1⟧Contact Us
Privacy Officer, (215) 555-0147, privacy@osprey.example
`);
    expectOutline(`
Notice of Privacy Practices

⟦1⟧Our Duties
We are required by law to keep your health information private and to give you this notice.

⟦1⟧What We Collect
Name. The name you give us when you register, which we use to address you in our messages.

⟦1⟧Interpretation and Definitions
Account. A unique account created for you to access our service or parts of our service.
Personal Data. Any information that relates to an identified or identifiable individual person.
Service. Refers to the website operated by the company and available at osprey.example.

⟦1⟧Our Words
In this notice these words mean:
Account. A unique account created for you to access our service or parts of our service.
Personal Data. Any information that relates to an identified or identifiable individual person.
Usage Data. Data collected automatically when you use the service, such as the pages you visit.

⟦1⟧Contact Us
Privacy Officer, (215) 555-0147, privacy@osprey.example
`);
  });

  it('short numbered items after a sentence introducing them are items, not sub-headings', () => {
    expectOutline(`
Privacy Policy

⟦1⟧Article 1 (Purpose of Processing)
The Company processes personal information for the following purposes.
1. Membership management
2. Service provision

⟦1⟧Article 2 (Retention Period)
The Company keeps personal information for the period the law requires.
`);
  });

  it('items numbered inside a numbered sentence that introduces them, up to the next of its numbers, are items', () => {
    expectOutline(`
Privacy Policy

⟦1⟧Article 4 (Entrustment of Processing)
① The Company entrusts the processing of personal information as follows for the smooth handling of its services.
1. Payment processing: Hana Payments
2. Delivery: Swift Couriers
② When concluding an entrustment contract, the Company sets out its responsibilities in the contract.

⟦1⟧Article 5 (Destruction)
The Company destroys personal information without delay once it is no longer needed.
`);
    expectOutline(`
個人情報保護方針

⟦1⟧１．個人情報の利用目的
当社は、取得した個人情報を次の目的のために利用します。
（１）サービスの提供
（２）お問い合わせへの対応

⟦1⟧２．お問い合わせ窓口
メール：privacy@example.co.jp
`);
    // A numbered heading ending with a colon still heads the numbered sub-sections after it.
    expectOutline(`
Privacy Policy

⟦1⟧1. What we collect:
⟦2⟧1.1 Account data
We keep your name and email address.
⟦2⟧1.2 Usage data
We keep logs of your visits.

⟦1⟧2. Contact
Email: privacy@example.com
`);
  });

  it('numbered sections go on after an unnumbered standard section between them, and a contact title stands after a sentence without blank lines', () => {
    const kiln = `
PRIVACY STATEMENT
⟦1⟧SECTION 1 - WHAT WE COLLECT
When you order from the Kiln Shop, we collect your name, address and email address.
We also receive your computer's IP address when you browse the shop.
⟦1⟧SECTION 2 - SECURITY
We follow industry practice to keep your personal information safe.
⟦1⟧COOKIES
We use a cookie to remember the contents of your basket.
⟦1⟧SECTION 3 - AGE OF CONSENT
By using this site, you confirm that you are of age in your country.
⟦1⟧SECTION 4 - CHANGES
We may change this statement at any time, so please review it often.
⟦1⟧QUESTIONS AND CONTACT INFORMATION
Write to our privacy officer at privacy@kiln.example or at 3 Potters Row, Stoke ST1 1AA.
`;
    expectOutline(kiln);
    // Also where other sections have sub-headings, as the standard title in capitals is not.
    expectOutline(kiln.replace(/⟦1⟧SECTION 1 [^]*?(?=⟦1⟧SECTION 2)/, `⟦1⟧SECTION 1 - CONSENT
⟦2⟧How do you get my consent?
When you place an order, you consent to our collecting your details and using them for that reason only.
⟦2⟧How do I withdraw my consent?
If you change your mind after you opt in, write to us and we will stop collecting and using your details.
`));
    // With blank lines between paragraphs, a contact title needs one before it too: after a sentence, it is text.
    expectOutline(`
Privacy Policy

⟦1⟧1. What we collect

We collect your name.
Questions and Contact Information
Write to privacy@kiln.example.

⟦1⟧2. Sharing

We share nothing.
`);
  });

  it('numbered rows of a table pasted as text (cells set apart by tabs or bars) are no headings', () => {
    expectOutline(`
California Notice

⟦1⟧1. Categories We Collect

We collected these categories in the past 12 months:

Category	Examples	Collected
A. Identifiers	Name, email address	YES
B. Commercial information	Purchase history	YES
C. Biometric information	Fingerprints	NO

⟦1⟧2. Contact

Email privacy@finch.example.
`);
    expectOutline(`
California Notice

⟦1⟧Categories We Collect

Category | Examples | Collected
A. Identifiers | Name, email address | YES
B. Commercial information | Purchase history | YES
C. Biometric information | Fingerprints | NO

⟦1⟧Contact

Email privacy@finch.example.
`);
  });

  it('a policy without numbers: a phrase laid out as its standard headings are (blank line before, text right under) is a heading', () => {
    expectOutline(`
Privacy Policy
Effective: January 10, 2025

At Juniper Analytics, we take your privacy seriously.

⟦1⟧Information we collect
We collect the information you give us when you create an account.

⟦1⟧Sharing of information
We may share information with vendors that perform services for us.

⟦1⟧Contact us
Email privacy@juniper.example.

Terms
Privacy
Cookies

© 2025 Juniper Analytics, Inc. All rights reserved.
`);
    // One phrase, laid out as the standard headings around it are, though these are one word each.
    expectOutline(`
Privacy Policy
Last modified: 2026-01-15

⟦1⟧Introduction
This site is run by volunteers.

⟦1⟧Use of information
Server logs are used to fight spam.

⟦1⟧Contact
Email: admin@wiki.example
`);
  });

  it('a policy without numbers copied from a PDF: its page numbers are no headings', () => {
    expectOutline(`
Privacy Notice

⟦1⟧Introduction
Fir Bank plc explains here how it uses personal data about its customers.

⟦1⟧Data We Collect
We collect identity and contact data when you open an account.

Page 2 of 3

⟦1⟧How We Use Data
We use data to run your account.

- 3 -

⟦1⟧Contact Us
Email: dpo@firbank.example
`);
  });

  it('a wiki\'s and AsciiDoc\'s headings ("== Contact ==", "== Contact") are read between their marks', () => {
    const wiki = expectOutline(`
== Privacy Policy ==
Last modified: 2026-01-15

=== ⟦1⟧Introduction ===
This wiki is run by volunteers.

=== ⟦1⟧Use of information ===
Server logs are used to fight spam.

=== ⟦1⟧Contact ===
Email: admin@wiki.example
`);
    assert.deepEqual([wiki.title?.text, ...wiki.sections.map((s) => s.heading)], ['Privacy Policy', 'Introduction', 'Use of information', 'Contact']);
    const adoc = expectOutline(`
= Privacy Policy
Last updated: 2026-01-15

== ⟦1⟧Data we collect
We collect logs. A line with = 2 marks = is text.

== ⟦1⟧Contact
Email: admin@docs.example
`);
    assert.deepEqual(adoc.sections.map((s) => s.title), ['Data we collect', 'Contact']);
  });

  it('a permalink mark pasted after a heading ("Information We Collect¶") is no part of its title', () => {
    const doc = expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect¶
We collect your account details.

⟦1⟧2. Contact Us¶
Email: privacy@fern.example
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Contact Us']);
  });

  it('short lines after a line that introduces them stay items, however they are spaced', () => {
    expectOutline(`
Heron privacy notice

⟦1⟧What we collect

We collect your name and these other items:

Your device model

Your language

We keep them in the EU.

⟦1⟧Sharing with others

We share nothing with advertisers.
`);
  });

  it('an opening section titled in capitals like the numbered headings after it ("SUMMARY OF KEY POINTS") is a section', () => {
    expectOutline(`
PRIVACY NOTICE

This privacy notice for Kestrel Apps LLC describes how we process your information.

⟦1⟧SUMMARY OF KEY POINTS

What personal information do we process? The information you give us when you register.

TABLE OF CONTENTS

⟦toc⟧1. WHAT INFORMATION DO WE COLLECT?
⟦toc⟧2. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?

⟦1⟧1. WHAT INFORMATION DO WE COLLECT?

We collect personal information that you provide to us.

⟦1⟧2. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?

Email us at privacy@kestrel.example.
`);
    // Where the numbered headings are not in capitals, a line in capitals before them is no heading.
    expectOutline(`
Kestrel Privacy Notice

IMPORTANT NOTICE

Please read this notice carefully.

⟦1⟧1. What Information We Collect
We collect personal information that you provide to us.

⟦1⟧2. Contact Us
Email us at privacy@kestrel.example.
`);
  });

  it('standard titles written with a colon ("Contact us:") are headings in a numbered policy; numbered standard titles after them are siblings', () => {
    const doc = expectOutline(`
Privacy Notice of Example Inc.

⟦1⟧Information We Collect:
We collect your name and email address when you sign up.

⟦1⟧1) Sharing
We share with processors.
⟦1⟧2) Retention
We keep data for 2 years.

⟦1⟧Contact us:
Email: privacy@example.com
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Sharing', 'Retention', 'Contact us']);
    assert.ok(!analyzePolicy(doc.text).findings.some((f) => f.code === 'missing-contact-section'));
  });

  it('an unnumbered title about contact standing alone after numbered sections is a section ("QUESTIONS AND CONTACT INFORMATION")', () => {
    expectOutline(`
Bluefin Privacy Policy

⟦1⟧SECTION 1 - WHAT DO WE DO WITH YOUR INFORMATION?
When you purchase something from our store, we collect the personal information you give us.

⟦1⟧SECTION 2 - CONSENT
When you provide us with personal information, you consent to our collecting it.

⟦1⟧QUESTIONS AND CONTACT INFORMATION
If you would like to contact us, email privacy@bluefin.example.
`);
    // Under a numbered heading it is that section's first line, not a section.
    expectOutline(`
Bluefin Privacy Policy

⟦1⟧1. Consent
When you provide us with personal information, you consent to our collecting it.

⟦1⟧2. Contact Us

Privacy Contact Information
Email: privacy@bluefin.example
`);
  });

  it('a further notice after the policy ("Additional Notice for California Residents") is a part holding its own numbers', () => {
    expectOutline(`
Harlow Privacy Policy

⟦1⟧1. Scope
This policy applies to our website.

⟦1⟧2. Contact Us
Email: privacy@harlow.example
Phone: +1 646 555 0142
Address: 20 W 34th St, New York, NY 10001

⟦1⟧Additional Notice for California Residents

⟦2⟧1. Categories of Personal Information
Identifiers and internet activity.

⟦2⟧2. Your California Rights
You may request access and deletion.

⟦2⟧3. Contact Us
Call +1 646 555 0142 to make a request.
`);
    // The document's title repeated as a page header, and a header repeated on every page, are no parts.
    expectOutline(`
Harlow Privacy Policy

⟦1⟧1. Scope
This policy applies to our website.

Harlow Privacy Policy

Harlow Inc. Privacy Statement

⟦1⟧2. Data We Collect
Contact details and device data.

Harlow Inc. Privacy Statement

⟦1⟧3. Contact Us
Email: privacy@harlow.example
`);
    // A policy followed by its Chinese translation: the translation's title holds its sections, which are not
    // sub-sections of the English policy's last one.
    expectOutline(`
Privacy Policy of the Linden App

⟦1⟧1. Data We Collect
Your phone number, when you register.

⟦1⟧2. Contact Us
Write to privacy@linden.example.

⟦1⟧隐私政策

⟦2⟧一、适用范围
本政策适用于林登应用。

⟦2⟧二、联系我们
电子邮件：privacy@linden.example
`);
  });

  it('how a line longer than a heading ends is read at its end, not where its title is cut', () => {
    // A sentence of 358 characters introducing the items after it: they are its list, not sub-sections.
    const intro = 'We will not share your personal information with any company, organisation or individual other than the ones named in this policy, and we ask every recipient to protect it as carefully as we do, to use it only for the purposes we state, and to delete it when those purposes are met; we will share it only in the following circumstances:';
    const doc = parsePolicy(`Privacy Policy\n\n1. Information We Collect\n\nWe collect your name.\n\n2. Sharing\n\n${intro}\n\n1. With your explicit consent\n\n2. With our affiliates\n\n3. As required by law\n\n3. Contact Us\n\nEmail privacy@example.com.\n`);
    assert.deepEqual(doc.sections.map((s) => s.heading), ['1. Information We Collect', '2. Sharing', '3. Contact Us']);
  });

  it('a standard title right under a numbered paragraph longer than a heading is a heading', () => {
    const long = '2. We keep your personal information only for as long as we need it to provide the service, to comply with our legal obligations, to resolve disputes and to enforce our agreements; when we no longer need it, we delete it or make it anonymous, and where this is not possible (for example, because it is stored in backup archives), we store it securely and isolate it from any further processing until deletion is possible.';
    const doc = parsePolicy(`Privacy Policy\n\n1. We collect your name and email address when you register, and we use them to run your account.\n\n${long}\n\nContact Us\n\nEmail privacy@example.com.\n`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Contact Us']);
  });

  it('a policy given in two languages, each under its name ("English" / "Français"), the numbers starting again', () => {
    expectOutline(`
PRIVACY POLICY / POLITIQUE DE CONFIDENTIALITÉ

⟦1⟧English

⟦2⟧1. Introduction
Maple Cloud Inc. respects your privacy.

⟦2⟧2. Contact
privacy@maple.example

⟦1⟧Français

⟦2⟧1. Introduction
Maple Cloud Inc. respecte votre vie privée.

⟦2⟧2. Nous joindre
privacy@maple.example
`);
    // Languages listed (the versions a policy is given in) head nothing.
    expectOutline(`
Privacy Policy

This policy is available in:

English

Français

⟦1⟧1. Introduction
Text here.

⟦1⟧2. Contact
privacy@maple.example
`);
  });

  it('a policy without numbers: an icon before a heading ("🔒 What we collect") sets it apart and is no part of its title', () => {
    const doc = expectOutline(`
Snapwise privacy policy

We care about your privacy. Here is how we handle your data.

⟦1⟧🔒 What we collect
We collect your email address and the photos you upload.

⟦1⟧📊 How we use it
We use your data to provide the app and to improve it.
✅ We never sell your data.
✅ We never show ads.

⟦1⟧✉️ Contact us
Write to privacy@snapwise.example or call +1 212 555 0188.
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['What we collect', 'How we use it', 'Contact us']);
    const md = expectOutline(`
⟦1⟧# Snapwise privacy policy

⟦2⟧## 🔒 Security

We encrypt your data.

⟦2⟧## 📬 Contact Us

Email: privacy@snapwise.example
`, 'markdown');
    assert.deepEqual(md.sections.slice(1).map((s) => s.title), ['Security', 'Contact Us']);
  });

  it('a policy without numbers: a web page\'s "Learn more" and "Back to top" are passed over, never headings', () => {
    expectOutline(`
Acme privacy policy

When you use our services, you trust us with your information.

⟦1⟧Information we collect

We collect information to provide better services to all our users.

Learn more

⟦1⟧Things you create or provide to us

When you create an account, you give us your name and a password.

Back to top

⟦1⟧Your privacy controls

You have choices about the information we collect and how it is used.
`);
    // A standard title after them, over one short line of contact details: no cell of a run of short lines.
    expectOutline(`
Acme privacy policy

⟦1⟧Information we collect
We collect your name and your email address when you sign up.
Back to top

⟦1⟧How to contact us
Acme Ltd., 1 High Street, Leeds. privacy@acme.example
Back to top
`);
  });

  it('a policy whose only numbers are its appendices\' heads its sections by their shape, as one without numbers does', () => {
    expectOutline(`
Privacy Policy

At Meridian Audio, your privacy matters.

⟦1⟧What information do we collect?
Your name, shipping address and email address.
Back to top

⟦1⟧What are your rights?
You can ask for a copy of your data, have it corrected or deleted, and object to marketing at any time.
Back to top

⟦1⟧How to contact us
Meridian Audio B.V., Keizersgracht 100, Amsterdam. privacy@meridian.example
Back to top

⟦1⟧Appendix A – Service providers
Delivery
DHL Express, Germany.
Payments
Stripe, Ireland.
`);
  });

  it('a website\'s menu pasted over the policy ("Home  About  Blog  Contact") is no heading, though it names contact', () => {
    for (const menu of ['Home  About  Blog  Contact', 'Home | Pricing | Careers | Contact us', 'Products · Support · Contact']) {
      expectOutline(`
Wanderly privacy policy

${menu}

⟦1⟧What Information We Collect
When you book a trip we collect your name and payment card.
Back to top

⟦1⟧Your Rights
You can ask for a copy of your data at any time.

⟦1⟧Contact Us
Email: hello@wanderly.example
`);
    }
    // Words a blank's spacing set apart, as a PDF's justified lines are, are a heading still.
    expectOutline(`
Privacy Policy

⟦1⟧Information  We  Collect
We collect your name.

⟦1⟧Contact  Us
Email: hello@wanderly.example
`);
  });

  it('a policy without numbers: questions of an FAQ labelled "Q:" are headings, their "A:" answers text', () => {
    const doc = expectOutline(`
Acme Privacy FAQ

⟦1⟧Q: What data do you collect?
A: Your name and email address.

⟦1⟧Q: Do you sell my data?
A: No, never.

⟦1⟧Question: How can I contact you?
A: Email privacy@acme.example.
`);
    assert.equal(doc.paragraphs.length, 3);
    // Numbered questions ("Q1.", "Question 2:").
    expectOutline(`
Privacy FAQ

⟦1⟧Q1. What data do you collect?
We collect your name and email address.

⟦1⟧Q2) Who do you share it with?
Only our hosting provider.

⟦1⟧Question 3: How can I contact you?
Email privacy@faq.example.
`);
  });

  it('a policy without numbers: a heading over a table pasted as text is one, and the table\'s rows are not', () => {
    expectOutline(`
Acme Privacy Notice

⟦1⟧Categories of Personal Information We Collect

Category\tExamples\tCollected
Identifiers\tName and email\tYes
Commercial Information\tPurchases\tYes

⟦1⟧Your Choices
| Choice | How |
| Cookies | In the banner |

⟦1⟧Contact Information

Email us at privacy@acme.example.
`);
  });

  it('a policy without numbers: a table pasted one cell to a line is no headings, blank lines between the cells or not', () => {
    const policy = `
Lumen Home App Privacy Policy

The Lumen Home app lets you control the lights in your home. This policy says what it does with your data.

⟦1⟧Services of Other Companies

Some features of the app come from other companies' software kits. They are listed below.

Kit

Provider

Purpose

Data It Reads

Maps Kit

Northwind Mapping Co., Ltd.

Showing Your Home

Approximate location

Push Kit

Harbor Messaging Ltd.

Message push

Device identifiers

We ask each of these companies to protect your data as we do.

⟦1⟧Keeping Your Data Safe

We encrypt your data and keep it on servers in the EU.

⟦1⟧Contact Us

Write to privacy@lumen.example.
`;
    expectOutline(policy);
    // Without blank lines, the same ("Showing Your Home" reads as a heading after a company's name ended by a full stop).
    expectOutline(policy.replace(/\n\n(?=\S)/g, '\n'));
    // Four short items of a list and a heading after them: the heading, over its text, is one.
    expectOutline(`
Lumen Home App Privacy Policy

The Lumen Home app lets you control the lights in your home.

⟦1⟧Data We Keep

We keep:

Your name

Your email address

Your home's address

Your light settings

⟦1⟧Keeping Your Data Safe

We encrypt your data and keep it on servers in the EU.
`);
  });

  it('a policy without numbers: headings in capitals, with title-cased sub-headings under them', () => {
    expectOutline(`
PRIVACY POLICY

⟦1⟧INFORMATION WE COLLECT

⟦2⟧Information You Provide to Us
We collect the information you give us when you create an account.

⟦2⟧Information We Collect Automatically
When you use the services, we collect log data.

⟦1⟧HOW WE USE INFORMATION
We use the information to provide the services.

⟦1⟧CONTACT US
Email privacy@example.com.
`);
  });

  it('a policy without numbers: short labels ending in a colon before a paragraph are headings', () => {
    const doc = expectOutline(`
Privacy Notice

⟦1⟧Information we collect:
We collect your name and email address when you sign up.

⟦1⟧Who we share it with:
Our hosting provider, which keeps the data in the EU.
We collect the following:
- your name;
- your email address.

⟦1⟧Contact:
Email us at hello@example.com.
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information we collect', 'Who we share it with', 'Contact']);
    // A label followed by labelled values (a contact section's fields) is a heading too.
    expectOutline(`
Privacy Notice

⟦1⟧Information We Collect:
We collect your name and email address when you sign up.

⟦1⟧Contact Us:
Email: privacy@example.com
Address: 1 Main Street, Springfield
`);
    // And one about contact followed by contact details without labels, though they start in lower case; a
    // field's own label over its value stays a label.
    const contactSections = [
      '⟦1⟧Contact Us:\nprivacy@example.com | 1-800-555-0142 | 200 Learning Way, Austin, TX 78701\n',
      '⟦1⟧Contact\nprivacy@example.com\n\nEmail:\nprivacy@example.com\n',
    ];
    for (const contact of contactSections) {
      expectOutline(`
Privacy Notice

⟦1⟧Information We Collect:
We collect your name and email address when you sign up.

⟦1⟧Sharing:
We share data with our hosting provider.

${contact}`);
    }
    // One label alone is a sentence's introduction, unless it names a standard section.
    expectOutline(`
Privacy Notice

⟦1⟧Data Retention
We keep data for a year.

Please note:
We may change this notice.
`);
  });

  it('a policy without numbers: Spanish questions, opened by "¿", are headings as questions are', () => {
    expectOutline(`
POLÍTICA DE PRIVACIDAD

⟦1⟧¿Quién es el responsable del tratamiento de sus datos?

Ejemplo S.L., Calle Mayor 1, 28013 Madrid. Correo electrónico: privacidad@ejemplo.es

⟦1⟧¿Con qué finalidad tratamos sus datos personales?

Tratamos la información que nos facilitan para gestionar el envío de la información solicitada.

⟦1⟧¿Cuáles son sus derechos?

Cualquier persona tiene derecho a obtener confirmación sobre si tratamos sus datos personales.
`);
  });

  it('a policy without numbers: questions on lines of their own before the answers are headings', () => {
    expectOutline(`
Privacy Policy for Nimbus

⟦1⟧What information do we collect?
The name and email address you give us when you create an account.

⟦1⟧Do we share your information with anyone?
Only with the companies that host our servers:
- Northwind Hosting.

⟦1⟧How can you contact us?
Email privacy@nimbus.example.
`);
    // One question among titled sections is a question asked in passing.
    expectOutline(`
Privacy Policy for Nimbus

⟦1⟧Data Retention
We keep data for a year.

Why a year?
Tax law asks us to keep invoices that long.

⟦1⟧Contact Us
Email privacy@nimbus.example.
`);
  });

  it('unnumbered headings over numbered sub-sections that start again at 1 under each of them are their parents', () => {
    expectOutline(`
Privacy Policy

⟦1⟧Information We Collect

⟦2⟧1. Account information
When you register, we collect your phone number.

⟦2⟧2. Device information
We collect your device model and system version.

⟦1⟧Device Permissions

⟦2⟧1. Camera
We ask for the camera to scan the code on your device.

⟦2⟧2. Location
We ask for location to find nearby networks.

⟦1⟧How We Use Information

⟦2⟧1. To provide the service
We use your information to connect your devices.

⟦1⟧Contact Us

Email: privacy@example.com
`);
    // Where the first "1." follows the policy's opening text, its numbers are the sections: a title over headings
    // numbered again from 1 inside one of them is no section of its own.
    const nested = 'Privacy Policy\n\nWe explain here what we collect.\n\n1. Scope\nThis policy covers the app.\n\n2. Sharing\n\nOur Partners\n\n1. Hosting\nOur host stores your data.\n\n2. Payments\nOur payment provider takes your payments.\n\n3. Contact Us\nEmail privacy@example.com.\n';
    assert.ok(!parsePolicy(nested).sections.some((x) => x.title === 'Our Partners'));
    assert.ok(parsePolicy(nested.replace('We explain here what we collect.', 'Overview')).sections.some((x) => x.title === 'Our Partners'));
  });

  it('the chapters of a Chinese company\'s policy, in English or in Chinese, unnumbered and without blank lines, hold the numbered sections under them', () => {
    // The standard chapter titles ("How we collect and use your personal information", "How do we protect…") are
    // headings without a table of contents to name them; a "1." repeating its chapter's title, or starting the
    // numbers again, opens the chapter, even where its own title is a standard one ("1. Sharing").
    const source = `Example Tech Privacy Policy
Example Tech Co., Ltd. ("we") explains here how we handle the personal information of the users of our apps and devices.
⟦1⟧How we collect and use your personal information
We collect only what our services need, as set out below, and use it only for the purposes stated.
⟦2⟧1. How we collect and use your personal information
⟦3⟧1.1 Information you give us
When you register, you give us your phone number and a nickname.
⟦3⟧1.2 Information from your device
We read your device model and system version to keep the app working.
⟦2⟧2. Information from third parties
With your consent, we receive your nickname from the social network you sign in with.
⟦1⟧How do we use cookies and similar technologies
⟦2⟧1. What cookies are
Cookies are small files a website stores on your device.
⟦2⟧2. How to clear cookies
You can clear cookies in the settings of your browser.
⟦1⟧How do we protect your personal information
We encrypt your personal information in transit and at rest.
⟦1⟧How we share, transfer and publicly disclose your personal information
⟦2⟧1. Sharing
We share personal information only with your consent.
⟦2⟧2. Public disclosure
We disclose personal information publicly only where the law requires it.
⟦1⟧How to contact us
Email: privacy@example.com
`;
    expectOutline(source);
    // Wrapped where a PDF's line was full, a chapter's title is still one heading, and its second line no paragraph.
    const wrapped = expectOutline(source.replace('disclose your personal information\n⟦2⟧1. Sharing', 'disclose your\npersonal information\n⟦2⟧1. Sharing'));
    assert.equal(wrapped.sections.find((s) => s.title.startsWith('How we share'))?.title, 'How we share, transfer and publicly disclose your personal information');
    assert.ok(!wrapped.paragraphs.some((p) => wrapped.text.slice(p.start, p.end) === 'personal information'));
    // A first `1.` whose title is part of what its chapter's title names opens the chapter too ("How we share…" /
    // "1. Sharing"), where it starts no numbers again.
    expectOutline(`Example Privacy Policy
Example Tech Co., Ltd. ("we") explains here how we handle the personal information of our users.
⟦1⟧How we share, transfer and publicly disclose your
personal information
⟦2⟧1. Sharing
We share personal information only with your consent.
⟦2⟧2. Public disclosure
We disclose personal information publicly only where the law requires it.
⟦1⟧How we protect your personal
information
We encrypt your personal information in transit and at rest.
⟦1⟧How to contact us
Email: privacy@example.com
`);
    // The same chapters written in Chinese.
    expectOutline(`灵犀智能隐私政策
灵犀智能科技有限公司（以下简称“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。
⟦1⟧我们如何收集和使用您的个人信息
⟦2⟧（一）账号注册
当您注册账号时，您需要提供手机号码，我们将通过短信验证码验证您的身份。
⟦2⟧（二）设备配网
当您添加设备时，我们会收集设备序列号和您的Wi-Fi名称。
⟦1⟧我们如何使用 Cookie 和同类技术
我们使用Cookie保存您的登录状态。
⟦1⟧我们如何共享、转让、公开披露您的个人信息
除非获得您的明确同意，我们不会与第三方共享您的个人信息。
⟦1⟧我们如何处理儿童的个人信息
未经监护人同意，我们不会收集不满14周岁儿童的个人信息。
⟦1⟧如何联系我们
电子邮箱：privacy@example.cn
`);
    // The template's other chapters, worded as their English versions word them; not sentences that start alike.
    for (const title of ['How do we collect and use your personal information', 'How we use cookies and similar technologies', 'How we entrust, share, transfer and publicly disclose your personal information', 'How we protect and store your personal information', "How we handle children's personal information", 'How do we handle the personal information of minors (under the age of 14)', 'Your rights with respect to your personal information', 'How is your personal information transferred globally', 'How is this policy updated', 'How this policy is updated', 'How does Lingxi collect and use your personal information', 'How Lingxi protects your personal information', 'How you can access and manage your personal information', 'How we entrust the processing of your personal information', 'How you manage your personal information', 'How to update this policy', 'Scope of application', 'How does our company use cookies', 'How does the company share your personal information', 'How can I access or modify your personal information']) {
      assert.ok(isCanonicalTitle(title), title);
    }
    for (const text of ['How we collect your information depends on the product', 'How we use cookies is explained below', 'Your rights are limited by law']) assert.ok(!isCanonicalTitle(text), text);
    // A summary giving chapter titles with a line of text under each, the chapters written out further on: its
    // titles are no headings. A policy pasted twice keeps both copies' headings (its copies are as long).
    const summary = 'Summary of key points\nHow we collect and use your personal information\nWe collect only what our services need.\nHow do we use cookies and similar technologies\nWe use cookies to keep you signed in.\nHow to contact us\nWrite to our privacy team.\n';
    const summarised = expectOutline(source.replace('devices.\n', `devices.\n${summary}`));
    assert.equal(summarised.sections.filter((s) => s.title === 'How to contact us').length, 1);
    const short = 'Example Privacy Policy\n\nExample Ltd ("we") explains here how we handle the personal information of the users of our app.\n\nHow we use cookies and similar technologies\nWe use cookies to keep you signed in.\n\nHow we protect your personal information\nWe encrypt your personal information.\n\nHow we handle children\'s personal information\nWe do not knowingly collect the personal information of children.\n\nHow to contact us\nWrite to privacy@example.com or to 1 Main Street, Springfield.\n\n';
    assert.equal(parsePolicy(short.repeat(2)).sections.filter((s) => s.title === 'How to contact us').length, 2);
    // Pasted twice without blank lines: the first copy's last lines and the second's title are no table of
    // contents, and its email address no heading.
    const tight = 'Example Privacy Policy\nExample Ltd ("we") explains here how we handle the personal information of the users of our app.\nHow we protect your personal information\nWe encrypt your personal information.\nHow to contact us\nEmail: privacy@example.com\n';
    const twice = parsePolicy(tight.repeat(2));
    assert.deepEqual(twice.tocs, []);
    assert.deepEqual(twice.sections.map((s) => s.title), ['How we protect your personal information', 'How to contact us', 'How we protect your personal information', 'How to contact us']);
    // After such a cue, a chapter whose text was broken where its lines were full is still one.
    expectOutline(source.replace('devices.\n', 'devices. This policy will help you understand the following:\n')
      .replace('We collect only what our services need, as set out below, and use it only for the purposes stated.', 'We collect only what our services need, as set out below, and we use it only for\nthe purposes stated.'));
    // Short lines a sentence introduces are items, the first of them too, standard titles or not.
    const introduced = source.replace('devices.\n', 'devices. This policy tells you, among other things:\nHow we use cookies and similar technologies\nYour rights\nHow we handle children\'s personal information\nRead it before you use our services, and keep it for later.\n');
    expectOutline(introduced);
  });

  it('a table of contents and headings both wrapped where their lines were full: each heading spans its two lines', () => {
    const doc = expectOutline(`
Lumen Privacy Policy

This policy will help you understand the following:
⟦toc⟧What we keep about you
Who else sees your data, and when we pass it on to other
companies
Reaching our team

⟦1⟧What we keep about you
We keep your name and your email address when you register
for an account, and the model of your lamps when you pair them.
⟦1⟧Who else sees your data, and when we pass it on to other
companies
We do not pass your data on to anyone, except to the company
that hosts our servers and where the law requires it.
⟦1⟧Reaching our team
Write to privacy@lumen.example with any question you have.
`);
    assert.equal(doc.sections[1].title, 'Who else sees your data, and when we pass it on to other companies');
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [0, 1, 2]);
    // Numbered, the same (the entry's number is no part of its title).
    const numbered = parsePolicy("Lumen Privacy Policy\n\nThis policy will help you understand the following:\n1. What we keep about you\n2. Who else sees your data, and when we pass it on to other\ncompanies\n3. Reaching our team\n\n1. What we keep about you\nWe keep your name and your email address when you register\nfor an account, and the model of your lamps when you pair them.\n2. Who else sees your data, and when we pass it on to other\ncompanies\nWe do not pass your data on to anyone, except to the company\nthat hosts our servers and where the law requires it.\n3. Reaching our team\nWrite to privacy@lumen.example with any question you have.\n");
    assert.deepEqual(numbered.sections.map((s) => s.title), ['What we keep about you', 'Who else sees your data, and when we pass it on to other companies', 'Reaching our team']);
  });

  it('a heading with its translation on the next line is one heading, titled in both languages', () => {
    const doc = expectOutline(`
隐私政策 Privacy Policy

⟦1⟧一、我们收集的信息
1. Information We Collect
⟦2⟧（一）账号信息
(1) Account information
我们会收集您的手机号码。
We collect your mobile phone number.

⟦1⟧二、联系我们
2. Contact Us
邮箱：privacy@example.com
Email: privacy@example.com
`);
    assert.deepEqual(doc.sections.map((s) => s.title), ['我们收集的信息 Information We Collect', '账号信息 Account information', '联系我们 Contact Us']);
    // Unnumbered too; the contact section holds the details under both lines.
    const unnumbered = 'Privacy Policy\n\n我们收集的信息\nInformation We Collect\n我们会收集您的手机号码。\nWe collect your mobile phone number.\n\n联系我们\nContact Us\n邮箱：privacy@example.com\nEmail: privacy@example.com\n';
    const analysis = analyzePolicy(unnumbered);
    assert.deepEqual(analysis.doc.sections.map((s) => s.title), ['我们收集的信息 Information We Collect', '联系我们 Contact Us']);
    assert.ok(!analysis.findings.some((f) => f.code === 'missing-contact-field' && f.message.includes('email')), JSON.stringify(analysis.findings));
    // Not a heading in one language and the next in the other with another number.
    const other = parsePolicy('隐私政策 Privacy Policy\n\n一、我们收集的信息\n2. Information We Collect\nWe collect your mobile phone number.\n');
    assert.deepEqual(other.sections.map((s) => s.title), ['我们收集的信息', 'Information We Collect']);
  });

  it('an unnumbered sub-heading standing alone after a list that a sentence introduced, set apart from it', () => {
    const source = `
PRIVACY NOTICE

⟦1⟧1. WHAT INFORMATION DO WE COLLECT?

⟦2⟧Personal information you disclose to us

In Short: We collect personal information that you provide to us.

The personal information we collect may include the following:
names
email addresses
passwords

⟦2⟧Information automatically collected

In Short: Some information, such as your IP address, is collected automatically when you visit our services.

⟦1⟧2. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?

Email us at privacy@example.com.
`;
    expectOutline(source);
    // The same with the items bulleted.
    expectOutline(source.replace('names\nemail addresses\npasswords', '• names\n• email addresses\n• passwords'));
    // Not a short line right under the items, with no blank line between: one more item.
    expectOutline(source.replace('passwords\n\n⟦2⟧Information automatically collected', 'passwords\nInformation automatically collected').replace('⟦2⟧Personal information', 'Personal information'));
  });

  it('unnumbered sub-headings standing alone between blank lines inside numbered sections are their children', () => {
    // As a widespread German template lays them out: a title or a question alone, then its paragraph; one right
    // above another groups those after it shaped alike (the questions).
    expectOutline(`
Datenschutzerklärung

⟦1⟧1. Datenschutz im Überblick

⟦2⟧Allgemeine Hinweise

Diese Hinweise geben einen Überblick darüber, was mit Ihren personenbezogenen Daten passiert.

⟦2⟧Datenerfassung in unserer App

⟦3⟧Wer ist verantwortlich für die Datenerfassung?

Die Datenverarbeitung erfolgt durch den Anbieter der App, dessen Kontaktdaten unten stehen.

⟦3⟧Wie erfassen wir Ihre Daten?

Ihre Daten werden erhoben, wenn Sie uns diese mitteilen, etwa in einem Formular in der App.

⟦1⟧2. Hosting

Wir hosten die App bei folgendem Anbieter:

⟦2⟧Externes Hosting

Die App wird extern gehostet; die erfassten Daten werden auf den Servern des Hosters gespeichert.

⟦2⟧Speicherdauer

Wir speichern Ihre Daten, bis der Zweck der Verarbeitung entfällt oder Sie die Löschung verlangen.
`);
    // In English, after a sentence ending the section's text; a standard title among them ("Security") is one of them.
    expectOutline(`
Acme Cloud Privacy Policy

⟦1⟧1. How we use information

⟦2⟧Providing the service

We use your information to run your account, to store your files and to bill you for your plan.

⟦2⟧Security

We use logs to detect abuse of the service and to protect our users against fraud.

⟦1⟧2. Contact us

Write to privacy@acme.example or to Acme Cloud Inc., 500 Market Street, San Francisco.
`);
    // As a widespread generator writes them, with a labelled summary sentence under each.
    expectOutline(`
PRIVACY POLICY

⟦1⟧1. WHAT INFORMATION DO WE COLLECT?

⟦2⟧Personal information you disclose to us

In Short: We collect personal information that you provide to us.

⟦2⟧Information automatically collected

In Short: Some information, such as your IP address, is collected automatically.

⟦1⟧2. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?

Email us at privacy@exampleapp.com.
`);
  });

  it('unnumbered sub-headings set right on their paragraphs after a blank line, two or more, are children', () => {
    // As a widespread shop template pasted from its web page has them: its bold questions lose the blank line under them.
    expectOutline(`
PRIVACY STATEMENT

⟦1⟧SECTION 1 - CONSENT

⟦2⟧How do you get my consent?
When you place an order, you consent to our collecting your details and using them for that reason only.

⟦2⟧How do I withdraw my consent?
If you change your mind after you opt in, write to us and we will stop collecting and using your details.

⟦1⟧SECTION 2 - THIRD-PARTY SERVICES

Our payment provider collects only the information it needs to process your payment.

⟦2⟧Links
When you click on links in our shop, they may take you away from our site and its privacy statement.

⟦1⟧SECTION 3 - SECURITY

We follow industry practice to keep your personal information safe.
`);
    // One such line alone is more often a paragraph's first line: text.
    expectOutline(`
PRIVACY STATEMENT

⟦1⟧SECTION 1 - CONSENT

How do you get my consent?
When you place an order, you consent to our collecting your details and using them for that reason only.

⟦1⟧SECTION 2 - SECURITY

We follow industry practice to keep your personal information safe.
`);
  });

  it('without blank lines, unnumbered sub-headings between a heading or a finished paragraph and a paragraph are children', () => {
    expectOutline(`
Privacy Policy
Last updated: June 1, 2024
⟦1⟧1. Information We Collect
⟦2⟧Information You Provide to Us
We collect the information you give us when you create an account, such as your name and email address.
⟦2⟧Information We Collect Automatically
When you use the app, we collect your device model, operating system and IP address.
⟦1⟧2. How We Use Your Information
⟦2⟧To Provide the Service
We use your information to run the app and to keep your account secure.
⟦2⟧How do we get your consent?
We ask for it when you sign up, and you may withdraw it at any time in the settings.
⟦1⟧3. Contact Us
Email: privacy@example.com
Address: 100 Main Street, Springfield, IL 62701
`);
    // Three short lines in a row are the cells of a table: none of the rows after them is a sub-heading.
    expectOutline(`
Privacy Policy
Last updated: June 1, 2024
⟦1⟧1. Services and Data
We collect the data each service needs, as the table below shows for each of them.
Service
Data Collected
Purpose
Account Login
Your nickname, mobile phone number, account number and password, as you enter them.
Customer Support
Your messages and call records with us, kept while we answer your request.
Newsletter Delivery
Your email address, used to send you our newsletter when you subscribe to it.
⟦1⟧2. Contact Us
Email: privacy@example.com
`);
    // With blank lines, a title-cased line between two lines of text is no sub-heading.
    const spaced = parsePolicy('Privacy Policy\n\n1. Information We Collect\n\nWe collect the information you give us when you create an account.\nInformation You Provide to Us\nWe collect your name and email address when you register.\nInformation From Our Partners\nWe receive your name from our partners when you link your account.\n\n2. Contact Us\n\nEmail: privacy@example.com\n');
    assert.deepEqual(spaced.sections.map((x) => x.title), ['Information We Collect', 'Contact Us']);
  });

  it('a numbered section pasted with its heading and paragraphs in one block, blank lines between sections: its sub-headings too', () => {
    const source = `
PRIVACY STATEMENT

⟦1⟧SECTION 1 - CONSENT
⟦2⟧How do you get my consent?
When you provide us with personal information to complete a transaction, we take it that you consent to its use.
⟦2⟧How do I withdraw my consent?
You may withdraw your consent at any time by writing to us at hello@mossandfern.example.

⟦1⟧SECTION 2 - THIRD-PARTY SERVICES
The third-party providers we use collect and use your information only as far as their services to us need it.
⟦2⟧Links
When you click on links in our store, they may take you away from our site to other sites.

⟦1⟧SECTION 3 - CONTACT
Email hello@mossandfern.example or write to Moss & Fern, 22 Garden Row, Asheville, NC 28801.
`;
    expectOutline(source);
    // Not under a heading set apart from its text by a blank line (the test above, "With blank lines").
    expectOutline(source.replace(/(⟦1⟧SECTION [12][^\n]*)\n/g, '$1\n\n').replace(/⟦2⟧/g, ''));
  });

  it('the supplementary provisions Korean and Japanese policies end with (부칙, 附則) are a section', () => {
    expectOutline(`
개인정보 처리방침

⟦1⟧제1조(개인정보의 처리 목적)
회사는 회원 관리를 위하여 개인정보를 처리합니다.

⟦1⟧제2조(개인정보 보호책임자)
이메일: privacy@example.co.kr

⟦1⟧부칙
이 방침은 2025년 1월 1일부터 시행합니다.
`);
  });

  it('full-width numbers are numbers (１．, （２）), and letter-headed ones (B.1) are the sections of that letter', () => {
    expectOutline(`
個人情報保護方針

⟦1⟧１．個人情報の取得
当社は、適法かつ公正な手段によって個人情報を取得します。

⟦1⟧２．個人情報の利用目的
⟦2⟧（１）サービスの提供
当社は、サービスを提供するために個人情報を利用します。
⟦2⟧（２）お問い合わせへの対応
当社は、お問い合わせに回答するために個人情報を利用します。

⟦1⟧３．お問い合わせ窓口
メール：privacy@example.co.jp
`);
    const doc = expectOutline(`
PRIVACY NOTICE

⟦1⟧Section A: About This Notice
This notice applies to the HelpDesk app.

⟦1⟧Section B: Information We Collect
⟦2⟧B.1 Account information
Your name and email address.
⟦2⟧B.2 Usage information
The pages you open and when.

⟦1⟧Section C: Contact
Email privacy@helpdesk.example.
`);
    // B.1 and B.2 are two numbers, not the letter B twice.
    const a = analyzePolicy(doc.text);
    assert.deepEqual(a.findings.filter((f) => f.code.startsWith('numbering')).map((f) => f.message), []);
  });

  it('sub-sections lettered after their number ("1.a", "1.b") are under it; as items of a list they are no headings', () => {
    expectOutline(`
Privacy Policy

⟦1⟧1. Data we collect

⟦2⟧1.a Contact data
We collect your name and email address when you register.

⟦2⟧1.b Payment data
We collect the card type and the last four digits of your card.

⟦1⟧2. How we use data

⟦2⟧2.a Delivery
We use your address to deliver orders.

⟦1⟧3. Contact
Email: dpo@basket.example
`);
    // Or after their number in parentheses ("1(a)").
    expectOutline(`
PRIVACY POLICY

⟦1⟧1. INFORMATION WE COLLECT

⟦2⟧1(a) Information you give us. We collect your name and email address when you sign up.

⟦2⟧1(b) Information we collect automatically. We collect your IP address and device type.

⟦1⟧2. CONTACT
Email: privacy@kite.example
`);
    // Or a Roman numeral in parentheses ("1(i)", "1(ii)"); "1(i)" after "1(h)" is the letter.
    expectOutline(`
Privacy Policy

⟦1⟧1. Data we collect

⟦2⟧1(i) Account data
Your name and email address.

⟦2⟧1(ii) Usage data
The pages you visit.

⟦2⟧1(iii) Device data
The model of your device.

⟦1⟧2. Contact
Email privacy@kite.example.
`);
    const lettered = parsePolicy('Privacy Policy\n\n1. Data\n\n1(g) Contact data\nx.\n1(h) Payment data\nx.\n1(i) Location data\nx.\n\n2. Contact\nEmail privacy@kite.example.\n');
    assert.deepEqual(lettered.sections.map((s) => [s.marker?.label, s.level, s.marker?.kind, s.marker?.value]), [['1', 1, 'arabic', 1], ['1(g)', 2, 'alpha-lower', 7], ['1(h)', 2, 'alpha-lower', 8], ['1(i)', 2, 'alpha-lower', 9], ['2', 1, 'arabic', 2]]);
    // Listed one to a line, sentences: items of the list; "2.b" no longer takes the place of "2. Purposes".
    expectOutline(`
Privacy Statement

⟦1⟧1. Data we collect
1.a Contact data: name, email, phone.
1.b Payment data: card type and last four digits.

⟦1⟧2. Purposes
2.a To deliver your orders.
2.b To prevent fraud.

⟦1⟧3. Contact
Email: dpo@basket.example
`);
  });

  it('a number after a symbol ("■ 1. Scope", "• (a) Sharing") numbers the line; the symbol before it is no part of the heading', () => {
    expectOutline(`
Example Privacy Policy

Example Ltd explains here how it handles your personal information.

■ ⟦1⟧1. Information We Collect
We collect your name and email address when you write to us.
• (a) What we do not collect: your location.
• (b) Nor your contacts.

■ ⟦1⟧2. How We Use Information
We use it to answer you.
• 24 hours a day, our support team reads what you send.

■ ⟦1⟧3. Contact Us
Email: info@example.com
`);
  });

  it('a symbol set before the title as before the headings ("■ Example Privacy Policy") leaves it the title', () => {
    const policy = '■ Example Privacy Policy\n\nExample Ltd explains here how it handles your personal information.\n\n■ 1. Information We Collect\nWe collect your name.\n\n■ 2. Contact Us\nEmail: info@example.com\n';
    const doc = parsePolicy(policy);
    assert.deepEqual([doc.title?.text, doc.title && policy.slice(doc.title.start, doc.title.end)], ['Example Privacy Policy', 'Example Privacy Policy']);
    assert.deepEqual(doc.sections.map((s) => [s.level, s.title]), [[1, 'Information We Collect'], [1, 'Contact Us']]);
    // Not a list's dot or dash: a list at the top is no title.
    assert.equal(parsePolicy(policy.replace('■ Example', '- Example')).title, undefined);
    // Nor a heading marked so under the title: it is the first section.
    const under = parsePolicy('Example Privacy Policy\n\n■ Our Privacy Commitment\nWe protect your data.\n\n■ Information We Collect\nWe collect your name.\n\n■ Contact Us\nEmail: info@example.com\n');
    assert.deepEqual([under.title?.text, under.sections.map((s) => s.title)], ['Example Privacy Policy', ['Our Privacy Commitment', 'Information We Collect', 'Contact Us']]);
  });

  it('headings marked with a symbol (■, ◆) are headings; the same symbol before list items is a bullet', () => {
    expectOutline(`
プライバシーポリシー

⟦1⟧■個人情報の取得について
当社は、適法かつ公正な手段によって個人情報を取得します。

⟦1⟧■個人情報の利用目的
当社は、取得した個人情報を以下の目的で利用します。
・サービスの提供
・お問い合わせへの対応

⟦1⟧■お問い合わせ窓口
メール：privacy@sample.co.jp
`);
    // In a numbered policy, the sub-headings of the section they stand in; items of a list marked alike are none.
    expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect
⟦2⟧◆ Account Data
Your name and email address, which you give us when you register.
⟦2⟧◆ Device Data
The model of your phone and the version of the app.

⟦1⟧2. How We Use Information
We use it for the following:
◆ To provide the service
◆ To answer your questions

⟦1⟧3. Contact Us
Email privacy@example.com.
`);
    // A nested list as word processors mark it (`●`, `○` under it), and items after a line introducing them.
    expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect
We collect:
● Account information
○ your username
○ your email address
● Device information
○ device model

⟦1⟧2. How We Use Information
We use it for these purposes:
● Running the games
● Showing ads

⟦1⟧3. Contact Us
Email privacy@example.com.
`);
    // Two symbols: the one written first marks the main headings, the other those under them.
    expectOutline(`
Lumo Camera Privacy Policy
This policy describes how we handle your personal information.
⟦1⟧■ Information we collect
We collect what you give us and what your camera records.
⟦2⟧● Account information
Your phone number and nickname.
⟦2⟧● Device information
The camera's serial number and firmware version.
⟦1⟧■ How we use information
We use it to provide live view and alerts.
⟦1⟧■ Contact us
Email: privacy@lumo.example
`);
    expectOutline(`
Privacy Policy

⟦1⟧1. Information We Collect
⟦2⟧■ Account Data
Your name and email address, which you give us.
⟦3⟧● Name
What you enter when you register.
⟦3⟧● Email
The address you sign up with.
⟦2⟧■ Device Data
The model of your phone.

⟦1⟧2. Contact Us
Email privacy@example.com.
`);
    // One alone.
    expectOutline(`
Privacy Policy

⟦1⟧1. Scope
■ Important
This policy covers the app.

⟦1⟧2. Contact Us
Email privacy@example.com.
`);
  });

  it('lines standing alone in numbered sections stay text: one alone, callouts, table cells, names before an address', () => {
    // Short lines one after another after a sentence introducing them: the items of a list.
    expectOutline(`
Acme Privacy Policy

⟦1⟧1. Information We Collect

We collect the following data about you:

Name

Email address

We use them to create your account and to send you receipts for what you buy.

⟦1⟧2. Contact

Email privacy@example.com, call +1 415 555 0100, or write to 1 Main Street, Springfield.
`);
    // One such line alone in the policy.
    expectOutline(`
Acme Privacy Policy

⟦1⟧1. Scope

Account Login

Your phone number is collected when you log in to the app with your account.

⟦1⟧2. Retention

We keep data for a year and delete it within thirty days of the end of that year.
`);
    // Callouts ("Important", "Please note"); a name before an address block.
    expectOutline(`
Lumen Privacy Policy

⟦1⟧1. Introduction

Important

If you do not agree with this policy, you must not use the app or give us any information.

⟦1⟧2. Data we collect

Please note

We never collect the content of your photos: the app processes them on your device.

⟦1⟧3. Contact

Write to us at the address below.

Lumen Labs Ltd

4 Mill Lane
Bristol BS1 4AA

Lumen Labs Bristol Office

6 Quarry Row
Bristol

Lumen Labs Leeds Office

8 Kings Gate, Leeds LS1 4AB
`);
    // The cells of a table pasted as text, each alone between blank lines.
    expectOutline(`
Acme Privacy Policy

⟦1⟧1. Data we collect

We collect the following data.

Feature

Data collected

What happens without it

Account Login

Your nickname, your phone number and the password you choose for your account.

You will not be able to log in.

Send a message

Your phone number and the content of the messages you send through the app.

You will not be able to send messages.

⟦1⟧2. Contact

Email privacy@acme.example.
`);
    // The title of an article standing under its number.
    expectOutline(`
PRIVACY POLICY

⟦1⟧ARTICLE I

DEFINITIONS

"Personal Data" means information about an identified or identifiable natural person.

⟦1⟧ARTICLE II

COLLECTION AND USE

We collect the data you give us and use it to provide the service you asked for.
`);
  });

  it('title-cased lines stay body text in a numbered policy, or when only one would be a heading', () => {
    expectOutline(`
Acme Ltd makes a calendar app and this notice says what it does with your data, in plain words.
⟦1⟧1. Scope
This notice covers the app and the website.

Account Login
Your phone number is collected when you log in.
⟦1⟧2. Retention
We keep data for a year.
`);
    expectOutline(`
Acme Ltd makes a calendar app and this notice says what it does with your data, in plain words.

Northwind Calendars
Everything here applies to the Northwind Calendars app too.
`);
  });

  it('a standard title under a numbered heading whose title names it is its sub-heading ("2. Sharing, transfer and disclosure…" / "Sharing")', () => {
    expectOutline(`Privacy Policy
Example Ltd ("we") explains here how we handle personal information.
⟦1⟧1. Information we collect
We collect your name and email address when you register.
⟦1⟧2. Sharing, transfer and disclosure of personal information
We tell you below when your personal information leaves us.
⟦2⟧Sharing
We share personal information only with your consent.
⟦2⟧Public disclosure
We disclose personal information only where the law requires it.
⟦1⟧3. Contact us
Email: privacy@example.com
`);
  });

  it('a standard title inside a numbered section that the numbers go on after is its sub-heading; in capitals among headings in capitals, a section', () => {
    const source = `Privacy Policy

⟦1⟧1. Information We Collect

We collect your name and email address when you register.

⟦1⟧2. Security

Security matters to us, and we review our measures every year.

⟦2⟧How we protect your personal information

We use encryption and access controls to protect your data.

⟦2⟧How long we keep it

We keep your data for as long as your account is open.

⟦1⟧3. Contact Us

Email: privacy@example.com
`;
    expectOutline(source);
    // Without blank lines; and alone in its section.
    expectOutline(source.replace(/\n\n/g, '\n'));
    expectOutline(source.replace('⟦2⟧How long we keep it\n\nWe keep your data for as long as your account is open.\n\n', ''));
    // (In capitals among numbered headings in capitals, a section: see "numbered sections go on after an unnumbered
    // standard section between them".)
  });

  it('a standard title between two short sentences is a heading; between two short cells it is not', () => {
    expectOutline(`
⟦1⟧1. Scope
This notice covers the app.
We keep data for a year.
⟦1⟧Contact Us
We answer within a day.
Name
Contact Us
Phone
`);
  });

  it('numbered sections after an unnumbered opening section ("Overview") are its siblings; after "Contact", its items', () => {
    expectOutline(`
Contoso Privacy Statement

⟦1⟧Overview
This statement describes how Contoso collects and uses personal data.

⟦1⟧1 Personal Data We Collect
Contoso collects data from you.
⟦2⟧1.1 Data You Provide
Name and contact data.
⟦1⟧2 How We Use Personal Data
Contoso uses the data to provide its products.
`);
    expectOutline(`
Acme Privacy Policy

We respect your privacy.

⟦1⟧Scope
This policy covers the app.

⟦1⟧Contact Us
You can reach us in two ways.
⟦2⟧1. By Email
Write to privacy@acme.example and we answer within a week.
⟦2⟧2. By Post
Write to 1 Main Street, Springfield.
`);
  });

  it('a standard title right under a numbered heading is the first line of its text, not a section', () => {
    expectOutline(`
⟦1⟧6. Your Rights
You may access and erase your data.
⟦1⟧7. Contact
Data Protection Officer
Zeta Ltd, 5 Harbour Square, Dublin 2, Ireland
dpo@zeta.example
`);
  });

  it('metadata set in Markdown emphasis or a quote is metadata, its value without the marks; a bullet is not', () => {
    const text = '# Privacy Policy\n\n_Last updated: 1 March 2024_\n**Effective date:** March 1, 2024\n> Version: 2.1\n* Updated: the app now syncs.\n\n## Scope\nText.\n';
    const doc = parsePolicy(text, { format: 'markdown' });
    assert.deepEqual(doc.metadata.map((m) => [m.key, m.value, text.slice(m.valueStart, m.valueStart + m.value.length), m.line]), [
      ['lastUpdated', '1 March 2024', '1 March 2024', 2], ['effectiveDate', 'March 1, 2024', 'March 1, 2024', 3], ['version', '2.1', '2.1', 4],
    ]);
  });

  it('metadata labels in other languages are metadata, effective or last updated', () => {
    const text = 'Datenschutzerklärung\n\nStand: 1. März 2024\nGültig ab: 1. April 2024\nDernière mise à jour : 1er mars 2024\nVigente desde 1 de abril de 2024\n施行日：2024年4月1日\n시행일: 2024-04-01\n\n1) Geltungsbereich\nText.\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.metadata.map((m) => [m.key, m.value]), [
      ['lastUpdated', '1. März 2024'], ['effectiveDate', '1. April 2024'], ['lastUpdated', '1er mars 2024'], ['effectiveDate', '1 de abril de 2024'],
      ['effectiveDate', '2024年4月1日'], ['effectiveDate', '2024-04-01'],
    ]);
    // Indonesian and Turkish, their months too.
    const other = parsePolicy('Kebijakan Privasi\n\nTanggal Berlaku: 1 Maret 2025\nTerakhir diperbarui: 15 Agustus 2024\nYürürlük tarihi: 1 EKİM 2024\nSon güncelleme: 3 Aralık 2024\nBerlaku sejak: 1 Mei 2024\nYÜRÜRLÜK TARİHİ: 1 Ocak 2024\nTanpa tanggal ini, kebijakan berlaku.\nYou and your data.\n\nPasal 1 Definisi\nText.\n');
    assert.deepEqual(other.metadata.map((m) => [m.key, m.value, parseDate(m.value)?.month]), [
      ['effectiveDate', '1 Maret 2025', 3], ['lastUpdated', '15 Agustus 2024', 8], ['effectiveDate', '1 EKİM 2024', 10], ['lastUpdated', '3 Aralık 2024', 12],
      ['effectiveDate', '1 Mei 2024', 5], ['effectiveDate', '1 Ocak 2024', 1],
    ]);
    // A sentence that starts with one of the words is not metadata.
    assert.deepEqual(parsePolicy('Privacy Policy\n\nStand up for your rights: ask us.\nIn force since we began.\n\n1. Scope\nText.\n').metadata, []);
    // Labels as translations of Chinese policies write them (更新时间, 生效时间, 发布日期, 版本更新日期), and a few more.
    const translated = parsePolicy('Privacy Policy\nUpdate time: 2023-05-01\nEffective time: 2023-05-08\nRelease Date: 2023-04-01\nVersion update date: 2023-05-01\nPublication date: May 1, 2023\nLast Update: May 1, 2023\nRevised: May 2, 2023\nVersion: 2.1\n\n1. Scope\nText.\n');
    assert.deepEqual(translated.metadata.map((m) => [m.key, m.value]), [
      ['lastUpdated', '2023-05-01'], ['effectiveDate', '2023-05-08'], ['lastUpdated', '2023-04-01'], ['lastUpdated', '2023-05-01'],
      ['lastUpdated', 'May 1, 2023'], ['lastUpdated', 'May 1, 2023'], ['lastUpdated', 'May 2, 2023'], ['version', '2.1'],
    ]);
    // A bare "Effective:", and a version's date, which is its last update ("Version date", 版本日期); not a sentence
    // that starts with "Effective".
    const bare = parsePolicy('Privacy Policy\nEffective: August 31st, 2022\nVersion Date: 30 January 2023\n版本日期：2023年1月30日\n\n1. Scope\nEffective immediately, we stop.\n');
    assert.deepEqual(bare.metadata.map((m) => [m.key, m.value]), [['effectiveDate', 'August 31st, 2022'], ['lastUpdated', '30 January 2023'], ['lastUpdated', '2023年1月30日']]);
    // "Date of last revision", "Posted", 最后更新时间.
    const revised = parsePolicy('Privacy Policy\nDate of last revision: January 1, 2024\nPosted: June 1, 2023\n最后更新时间：2023年6月1日\n\n1. Scope\nPosted by our team: see the blog.\n');
    assert.deepEqual(revised.metadata.map((m) => [m.key, m.value]), [['lastUpdated', 'January 1, 2024'], ['lastUpdated', 'June 1, 2023'], ['lastUpdated', '2023年6月1日']]);
    assert.deepEqual(parsePolicy('Privacy Policy\n\nPersonal data: what we collect.\nPublic areas of the app show your name.\n\n1. Scope\nText.\n').metadata, []);
    // A sentence that dates the policy, when a date follows; not one that says how often it changes.
    const sentences = parsePolicy('Privacy Policy\nThis Privacy Policy was last updated on January 5, 2025.\nThis notice is effective as of 1 March 2025.\n\n1. Scope\nThis policy was last updated on a regular basis.\nThis policy is effective immediately.\n');
    assert.deepEqual(sentences.metadata.map((m) => [m.key, m.value, m.line]), [['lastUpdated', 'January 5, 2025.', 1], ['effectiveDate', '1 March 2025.', 2]]);
  });

  it('dates run into the title\'s line, or two labels on one line, are fields of their own; the title is the words before', () => {
    const text = 'Privacy Policy of Orbit Home App Update Date: 2023/05/12 Effective Date: 2023/05/19\n\n1. Scope\nText.\n';
    const doc = parsePolicy(text);
    assert.equal(doc.title?.text, 'Privacy Policy of Orbit Home App');
    assert.equal(text.slice(doc.title!.start, doc.title!.end), 'Privacy Policy of Orbit Home App');
    assert.deepEqual(doc.metadata.map((m) => [m.key, m.value, text.slice(m.start, m.end), text.slice(m.valueStart, m.valueStart + m.value.length)]), [
      ['lastUpdated', '2023/05/12', 'Update Date: 2023/05/12', '2023/05/12'], ['effectiveDate', '2023/05/19', 'Effective Date: 2023/05/19', '2023/05/19'],
    ]);
    assert.deepEqual(doc.sections.map((x) => x.heading), ['1. Scope']);
    const apart = parsePolicy('Privacy Policy\nLast updated: March 1, 2025 Version 2.1\n\n1. Scope\nText.\n');
    assert.deepEqual(apart.metadata.map((m) => [m.key, m.value]), [['lastUpdated', 'March 1, 2025'], ['version', '2.1']]);
    // Not a sentence that names the policy before its date, nor a heading with a date in its words.
    assert.deepEqual(parsePolicy('Acme Privacy Policy\n\nAcme Privacy Policy is effective from 1 March 2025 for users in the Union and elsewhere.\n\n1. Scope\nText.\n').metadata, []);
    assert.deepEqual(parsePolicy('Acme Privacy Policy\n\n1. Scope\nText.\n\nPolicy Updates in 2024\nWe changed it.\n').metadata, []);
    // Dates set apart from the title by a bracket or a dash; "Effective" without a colon before a whole date only.
    for (const [line, value] of [['Privacy Policy (Last updated: 1 May 2026)', '1 May 2026'], ['ACME PRIVACY POLICY – EFFECTIVE 1 MAY 2026', '1 MAY 2026'], ['Privacy Notice | Effective: May 1, 2026', 'May 1, 2026']]) {
      const dated = parsePolicy(`${line}\n\n1. Scope\nText.\n`);
      assert.deepEqual([dated.title?.text, dated.metadata.map((m) => m.value)], [line.replace(/ [(–|].*$/, ''), [value]], line);
    }
    assert.deepEqual(parsePolicy('Privacy Policy\n\nEffective 30 days after we post a change, the new policy applies.\n\n1. Scope\nText.\n').metadata, []);
  });

  it('title and metadata lines are not sections', () => {
    const doc = parsePolicy('Privacy Policy\n\nEffective Date: [***]\nLast updated: 1 November 2021\n\n1. Scope\nThis covers everything.\n');
    assert.equal(doc.title?.text, 'Privacy Policy');
    assert.deepEqual(doc.metadata.map((m) => m.key), ['effectiveDate', 'lastUpdated']);
    assert.deepEqual(doc.sections.map((s) => s.heading), ['1. Scope']);
  });

  it('a title may end with the company\'s abbreviated name; a sentence is not a title', () => {
    assert.equal(parsePolicy('Privacy Notice of Example Inc.\n\nWe respect your privacy.\n\n1) Sharing\nWe share.\n').title?.text, 'Privacy Notice of Example Inc.');
    assert.equal(parsePolicy('Privacy Statement of Kestrel Data Ltd.\n\n1. Scope\nText.\n').title?.text, 'Privacy Statement of Kestrel Data Ltd.');
    assert.equal(parsePolicy('This notice explains our privacy practices.\n\n1. Scope\nText.\n').title, undefined);
    // A title of a few capitalised words may end with a full stop, as its headings do ("1. Introduction.").
    assert.equal(parsePolicy('Privacy Policy.\n\n1. Introduction.\n\nWe are Delta Apps.\n').title?.text, 'Privacy Policy.');
    assert.equal(parsePolicy('PRIVACY NOTICE.\n\n1. Scope\nText.\n').title?.text, 'PRIVACY NOTICE.');
    assert.equal(parsePolicy('Privacy matters to us.\n\n1. Scope\nText.\n').title, undefined);
    // Nor an email or web address that holds a title's word.
    assert.equal(parsePolicy('## 1. Who we are\n\nWe are Example Ltd.\n\n## 2. Contact\n\nEmail: privacy@example.com\n', { format: 'markdown' }).title, undefined);
    assert.equal(parsePolicy('Terms at www.example.com/privacy-policy\n\n1. Scope\nText.\n').title, undefined);
    assert.equal(parsePolicy('Privacy Policy of privacy@example.com users\n\n1. Scope\nText.\n').title?.text, 'Privacy Policy of privacy@example.com users');
  });

  it('an article\'s title in capitals or title case one blank line under its number, as text pasted from a PDF stands', () => {
    const doc = expectOutline(`
PRIVACY POLICY

⟦1⟧ARTICLE I

DEFINITIONS

"Personal Data" means information about an identified person.

⟦1⟧ARTICLE II

Collection and Use

We collect the data you give us.

⟦1⟧ARTICLE III

The controller processes data lawfully

and keeps it safe.
`);
    // A sentence-case line there is the article's text, not its title.
    assert.deepEqual(doc.sections.map((s) => s.title), ['DEFINITIONS', 'Collection and Use', '']);
    // Two blank lines apart, too.
    const wider = parsePolicy(doc.text.replace(/\n\n/g, '\n\n\n'));
    assert.deepEqual(wider.sections.map((s) => s.title), ['DEFINITIONS', 'Collection and Use', '']);
    assert.ok(!doc.paragraphs.some((p) => doc.text.slice(p.start, p.end) === 'DEFINITIONS'), 'the title line is no paragraph');
  });

  it('a number standing alone takes its title from the line under it, as legal texts set articles and chapters', () => {
    const doc = expectOutline(`
Acme Data Protection Notice

⟦1⟧CHAPTER I
GENERAL PROVISIONS

⟦2⟧Article 1
Subject matter
This notice sets out how we process personal data.

⟦2⟧Article 2
Scope
It applies to every service we run.

⟦1⟧CHAPTER II
RIGHTS

⟦2⟧Article 3
Right of access
You may ask for a copy of your data.
`);
    // Articles numbered on from chapter I's open chapter II: they are its children, not its siblings.
    assert.deepEqual(doc.sections.map((s) => s.title), ['GENERAL PROVISIONS', 'Subject matter', 'Scope', 'RIGHTS', 'Right of access']);
    assert.deepEqual(outline(doc).map((n) => [n.name, n.children.map((c) => c.name)]), [
      ['CHAPTER I GENERAL PROVISIONS', ['Article 1 Subject matter', 'Article 2 Scope']],
      ['CHAPTER II RIGHTS', ['Article 3 Right of access']],
    ]);
    // The title lines are the headings', not paragraphs of text.
    assert.ok(!doc.paragraphs.some((p) => doc.text.slice(p.start, p.end) === 'Subject matter'));
    expectOutline(`
Acme Privacy Policy

⟦1⟧I.
Introduction
We are Acme Ltd.

⟦1⟧II.
Contact Us
Email: privacy@acme.example
`);
    const numbers = expectOutline(`
Acme Privacy Policy

⟦1⟧1.
Introduction
We are Acme Ltd.

⟦1⟧2.
Contact Us
Email: privacy@acme.example
`);
    assert.deepEqual(numbers.sections.map((s) => s.title), ['Introduction', 'Contact Us']);
    const sections = expectOutline(`
Acme Privacy Policy

⟦1⟧Section 1.
Introduction
We are Acme Ltd.

⟦1⟧Section 2.
Contact Us
Email: privacy@acme.example
`);
    assert.deepEqual(outline(sections).map((n) => n.name), ['Section 1. Introduction', 'Section 2. Contact Us']);
    // Items of a list written under their numbers stay items; a sentence under a number is no title.
    expectOutline(`
Acme Privacy Policy

⟦1⟧1. Information We Collect
We collect:
1.
Your name
2.
Your email address

⟦1⟧2. Contact
Email: privacy@acme.example
`);
    assert.equal(parsePolicy('1. Scope\nText.\n1.1\nWe collect data in two ways.\n2. Contact\nWrite to us.\n').sections[1].title, '');
  });

  it('a website\'s navigation or breadcrumbs pasted above the title are not the title; one separator may be', () => {
    for (const nav of ['Home | Products | About | Privacy', 'Home › Legal › Privacy Policy', 'Privacy · Terms · Cookies', 'Home > Privacy Policy', '首页 > 隐私政策']) {
      const doc = parsePolicy(`Skip to main content\n${nav}\n\nPrivacy Policy\n\n1. Scope\nText.\n2. Contact\nWrite to us.\n`);
      assert.equal(doc.title?.text, 'Privacy Policy', nav);
      assert.deepEqual(doc.sections.map((s) => s.title), ['Scope', 'Contact']);
    }
    assert.equal(parsePolicy('Privacy Policy | Example Inc\n\n1. Scope\nText.\n').title?.text, 'Privacy Policy | Example Inc');
    // A menu pasted one item to a line ("Home" / "Products" / "Privacy") is no title either; a title block is.
    const column = parsePolicy('Skip to main content\nHome\nProducts\nPrivacy\nPrint this page\n\nPrivacy Notice\n\n1. Scope\nText.\n2. Contact\nWrite to us.\n');
    assert.equal(column.title?.text, 'Privacy Notice');
    // But the page's own title pasted right under its menu, no other line before the text: the title.
    const underMenu = parsePolicy('Home\nShop\nAbout us\nContact\nPrivacy Policy\nLast updated on 14 February 2025\nAt Fjord Outdoor we take your privacy seriously.\nWhat we collect\nYour name and address.\nContact us\nEmail privacy@fjord.example.\n');
    assert.equal(underMenu.title?.text, 'Privacy Policy');
    assert.equal(underMenu.title?.line, 4);
    // Not a menu's last item that names no policy ("Contact").
    assert.equal(parsePolicy('Home\nShop\nAbout us\nContact\nLast updated on 14 February 2025\nAt Fjord Outdoor we take your privacy seriously.\n').title, undefined);
    assert.equal(parsePolicy('ACME INC.\nPRIVACY POLICY\nVersion 2\n\n1. Scope\nText.\n').title?.text, 'PRIVACY POLICY');
  });

  it('titles in other languages are titles, and no section', () => {
    for (const title of ['Datenschutzerklärung der Beispiel GmbH', 'Politique de confidentialité', 'Política de privacidad', 'Informativa sulla riservatezza', 'プライバシーポリシー', '개인정보처리방침',
      'POLITYKA PRYWATNOŚCI', 'KİŞİSEL VERİLERİN KORUNMASI AYDINLATMA METNİ', 'Gizlilik Politikası', 'GİZLİLİK POLİTİKASI', 'Integritetspolicy', 'Tietosuojaseloste', 'Политика конфиденциальности']) {
      const doc = parsePolicy(`\ufeff${title}\r\n\r\n1) Geltungsbereich\r\nText.\r\n2) Kontakt\r\nE-Mail: a@b.de\r\n`);
      assert.equal(doc.title?.text, title);
      assert.deepEqual(doc.sections.map((s) => s.title), ['Geltungsbereich', 'Kontakt']);
    }
  });
});

describe('headings run into one long line', () => {
  it('a policy pasted as one paragraph after its opening sentence: its numbered sections, from 1, three at least', () => {
    const line = 'Alder Audio Ltd ("Alder", "we") explains here how it handles personal information. 1. How We Collect Information We collect your email address when you register. 2. How We Use Information We use it to send firmware updates. 3. Your Rights You may ask for a copy of your information. 4. Contact Us Email privacy@alder.example.';
    const doc = parsePolicy(`Alder Audio Privacy Policy\n\n${line}\n`);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.title, s.inline]), [
      ['1.', 'How We Collect Information', true], ['2.', 'How We Use Information', true], ['3.', 'Your Rights', true], ['4.', 'Contact Us', true],
    ]);
    // Two numbers only, or numbers in a list of a sentence, are no such policy.
    const two = line.replace(/ 3\. Your Rights.*$/, '');
    assert.deepEqual(parsePolicy(`Alder Audio Privacy Policy\n\n${two}\n`).sections, []);
    const list = 'We keep three things, and we explain each one in turn so that you know exactly what we hold and why we need it for the service to work at all: 1. your name, 2. your email address and 3. your device model, nothing else. We delete them when you close your account.';
    assert.deepEqual(parsePolicy(`Alder Audio Privacy Policy\n\n${list}\n`).sections, []);
    // Numbered rights run into a paragraph of a policy with headings are that section's list.
    const rights = 'You have several rights over your data, and you may use each of them at any time by writing to us. 1. Right of Access You may ask for a copy of your data. 2. Right to Erasure You may ask us to delete it. 3. Right to Object You may object to our use of it.';
    const withHeadings = parsePolicy(`Alder Audio Privacy Policy\n\nYour Rights\n${rights}\n\nContact Us\nEmail privacy@alder.example.\n`);
    assert.deepEqual(withHeadings.sections.map((s) => s.title), ['Your Rights', 'Contact Us']);
    // Its line breaks all lost, the title starting the same line: the title, then the sections.
    const sections = line.slice(line.indexOf('1. '));
    const oneLine = parsePolicy(`Alder Audio Privacy Policy ${sections}\n`);
    assert.deepEqual([oneLine.title?.text, oneLine.sections.map((s) => s.title)], ['Alder Audio Privacy Policy', ['How We Collect Information', 'How We Use Information', 'Your Rights', 'Contact Us']]);
    // The date run into the title after its label is no part of it.
    for (const date of ['Last updated: March 1, 2025', 'Effective Date: 1 March 2025', 'Version 2.1']) {
      const dated = parsePolicy(`Alder Audio Privacy Policy ${date} ${sections}\n`);
      assert.deepEqual([dated.title?.text, dated.sections.length], ['Alder Audio Privacy Policy', 4], date);
    }
    // Not after words that name no policy, nor after a sentence's words without its full stop.
    assert.deepEqual(parsePolicy(`We explain how we handle personal information ${sections}\n`).sections, []);
  });

  it('a short Chinese policy pasted as one paragraph: a line of Chinese says as much in fewer characters', () => {
    // 109 and 95 characters: shorter than the English lines such a policy's sections are looked for in.
    const line = '本政策说明我们如何处理信息。一、我们收集的信息 我们在您注册时收集您的手机号码。二、我们如何使用信息 我们使用这些信息提供服务。三、联系我们 邮箱：privacy@example.com 电话：010-12345678';
    for (const text of [line, line.slice(line.indexOf('一、'))]) {
      assert.deepEqual(parsePolicy(`隐私政策\n${text}\n`).sections.map((s) => s.heading), ['一、我们收集的信息', '二、我们如何使用信息', '三、联系我们'], text);
    }
    // Its line breaks all lost, the title ("隐私政策", four characters) starting the same line.
    const titled = parsePolicy('隐私政策 一、我们收集的信息 我们在您注册时收集您的手机号码和昵称。二、我们如何使用信息 我们使用这些信息提供、维护和改进服务。三、联系我们 如有疑问，请发送邮件至 privacy@example.com 与我们联系。\n');
    assert.deepEqual([titled.title?.text, titled.sections.map((s) => s.heading)], ['隐私政策', ['一、我们收集的信息', '二、我们如何使用信息', '三、联系我们']]);
    // Not an English line as short, nor a Chinese sentence listing items.
    assert.deepEqual(parsePolicy('Privacy Policy\nWe explain it. 1. Data We Collect We collect mail. 2. Use We use it. 3. Contact Us Email a@b.example\n').sections, []);
    assert.deepEqual(parsePolicy('隐私政策\n我们会在以下场景中收集您的信息：一、注册账号时，收集手机号码；二、使用搜索功能时，收集搜索关键词；三、联系客服时，收集通话记录。\n').sections, []);
  });

  it('a policy pasted as one paragraph with its titles in sentence case: each ends where the next sentence starts', () => {
    const line = 'Welcome to Brightloop. This policy explains how we handle your information. 1. How we collect your information We collect your email address when you register. 2. How we use your information We use it to run the app. 3. Your rights You may ask for a copy of your information. 4. Contact us If you have questions, email privacy@brightloop.example.';
    const doc = parsePolicy(`Brightloop Privacy Policy\n\n${line}\n`);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.title, s.inline]), [
      ['1.', 'How we collect your information', true], ['2.', 'How we use your information', true], ['3.', 'Your rights', true], ['4.', 'Contact us', true],
    ]);
    // Or ended by a colon; in title case or capitals, by a full stop too.
    for (const [mark, cased] of [[':', (t: string) => t], ['.', (t: string) => t.replace(/\b\w/g, (c) => c.toUpperCase())], ['.', (t: string) => t.toUpperCase()]] as const) {
      const titles = ['How we collect your information', 'How we use your information', 'Your rights', 'Contact us'].map(cased);
      const punctuated = line.replace(/(\d\. )([A-Z][a-z ]+?) (We|You|If)\b/g, (_, n, title, next) => `${n}${cased(title)}${mark} ${next}`);
      assert.deepEqual(parsePolicy(`Brightloop Privacy Policy\n\n${punctuated}\n`).sections.map((s) => s.title), titles, punctuated);
    }
    // Numbered sentences of a paragraph are no titles: each ends with its full stop before the next number.
    const sentences = 'We explain here how we handle your information for each of our services in turn. 1. We collect your email address. 2. We use it to run the app. 3. We delete it when you close your account. That is all.';
    assert.deepEqual(parsePolicy(`Brightloop Privacy Policy\n\n${sentences}\n`).sections, []);
    const shortSentences = 'We explain here how we handle your information for each of our services in turn. 1. We collect your email. We need it. 2. We use it to run the app. It is needed. 3. We delete it. That is all.';
    assert.deepEqual(parsePolicy(`Brightloop Privacy Policy\n\n${shortSentences}\n`).sections, []);
    // The paragraph starting with its first section, under the title or under a table of contents run into a line.
    const sections = line.slice(line.indexOf('1. '));
    const expected = [['1.', 'How we collect your information', false], ['2.', 'How we use your information', true], ['3.', 'Your rights', true], ['4.', 'Contact us', true]];
    assert.deepEqual(parsePolicy(`Brightloop Privacy Policy\n${sections}\n`).sections.map((s) => [s.marker?.text, s.title, s.inline]), expected);
    const listed = parsePolicy(`Brightloop Privacy Policy\nThis policy covers: 1. How we collect your information 2. How we use your information 3. Your rights 4. Contact us\n${sections}\n`);
    assert.deepEqual(listed.sections.map((s) => [s.marker?.text, s.title, s.inline]), expected);
    assert.deepEqual(listed.tocs.map((t) => t.entries.map((e) => e.target)), [[0, 1, 2, 3]]);
  });

  it('sections collapsed into one line after a table of contents: titles with commas, the cue ending a paragraph, a number skipped inside the line', () => {
    const intro = 'Bluewave Technology Co., Ltd. attaches great importance to the protection of your personal information and explains here how it handles it for each of its apps and devices. This policy will help you understand the following:';
    const titles = ['How we collect and use your personal information', 'How we share, transfer and publicly disclose your personal information', 'How we protect your personal information', 'Your rights', 'How this policy is updated', 'How to contact us'];
    const romans = ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.'];
    const table = titles.map((t, k) => `${romans[k]} ${t}`).join('\n');
    // IV is missing from the collapsed text: V follows III.
    const bodies = ['We collect your mobile phone number when you register.', 'We will not share your personal information with any company, except with your explicit consent.', 'We use encryption and access control.', '', 'We may revise this policy from time to time.'];
    const line = bodies.map((b, k) => (b ? `${romans[k]} ${titles[k]} ${b}` : '')).filter(Boolean).join(' ');
    const doc = parsePolicy(`Bluewave Privacy Policy\n${intro}\n${table}\n${line}\nVI. How to contact us\nEmail: privacy@bluewave.example\n`);
    // The table, introduced by the paragraph's last sentence, though only its last entry names a heading on a line of its own.
    assert.deepEqual(doc.tocs.map((t) => t.entries.length), [6]);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.title, s.inline]), [
      ['I.', titles[0], false], ['II.', titles[1], true], ['III.', titles[2], true], ['V.', titles[4], true], ['VI.', titles[5], false],
    ]);
  });

  it('a policy pasted as one paragraph, its table of contents first: the sections after the table, a section it lost looked past', () => {
    const table = 'This policy will help you understand the following: 1. How We Collect Information 2. How We Use Information 3. Sharing 4. Your Rights 5. Contact Us ';
    const body = '1. How We Collect Information We collect your email address when you register. 2. How We Use Information We use it to send firmware updates. 3. Sharing We share it with no one. 4. Your Rights You may ask for a copy. 5. Contact Us Email privacy@alder.example.';
    const doc = parsePolicy(`Alder Audio Privacy Policy\n\nAlder Audio Ltd explains here how it handles personal information. ${table}${body}\n`);
    const titles = ['How We Collect Information', 'How We Use Information', 'Sharing', 'Your Rights', 'Contact Us'];
    assert.deepEqual(doc.sections.map((s) => [s.marker?.value, s.title, s.inline]), titles.map((t, k) => [k + 1, t, true]));
    // Its entries are no headings: the first section starts after the table, which is one, on that line.
    assert.equal(doc.sections[0].start, doc.text.indexOf(body));
    assert.deepEqual(doc.tocs.map((t) => [t.startLine, t.runIn, t.entries.map((e) => e.target)]), [[2, true, [0, 1, 2, 3, 4]]]);
    // The policy's title run in before the table, its line breaks all lost.
    const oneLine = parsePolicy(`Alder Audio Privacy Policy ${table.replace(/^.*following: /, '')}${body}`);
    assert.equal(oneLine.title?.text, 'Alder Audio Privacy Policy');
    assert.equal(oneLine.sections.length, 5);
    // Ten entries and more: "1. " in "11. " is no first number.
    const many = ['How We Collect Information', 'How We Use It', 'Cookies', 'Sharing', 'Transfers', 'Storage', 'Security', 'Your Rights', 'Children', 'Other Countries', 'Changes', 'Contact Us'];
    const long = parsePolicy(`Alder Audio Privacy Policy\n\nAlder Audio Ltd explains here how it handles personal information. This policy covers: ${many.map((t, k) => `${k + 1}. ${t}`).join(' ')} ${many.map((t, k) => `${k + 1}. ${t} We explain this part here.`).join(' ')}\n`);
    assert.deepEqual(long.sections.map((s) => s.marker?.value), many.map((_, k) => k + 1));
    // A section the policy lost: the numbers after it are found, and the gap reported.
    const lost = body.replace(/3\. Sharing We share it with no one\. /, '');
    const gap = analyzePolicy(`Alder Audio Privacy Policy\n\nAlder Audio Ltd explains here how it handles personal information. ${lost}\n`);
    assert.deepEqual(gap.doc.sections.map((s) => s.marker?.value), [1, 2, 4, 5]);
    assert.ok(gap.findings.some((f) => f.code === 'numbering-gap'));
    // Entries with sentences between them are no table (nor the numbers after them sections, without a sentence's end before them).
    const prose = parsePolicy(`Alder Audio Privacy Policy\n\nAlder Audio Ltd explains here how it handles personal information. We list: 1. How We Collect Information. We do. 2. How We Use Information 3. Sharing ${body}\n`);
    assert.notEqual(prose.sections[0]?.start, prose.text.indexOf(body));
  });

  it('a policy copied from a PDF as one paragraph: a page\'s header before a number, a lettered item after a title in capitals', () => {
    const text = 'Helios Energy plc – Privacy Notice 1. INTRODUCTION Helios Energy plc supplies gas and electricity to homes. 2. THE DATA WE COLLECT (a) Your name and address. (b) Your meter readings. Helios Energy plc – Privacy Notice Page 1 of 2 3. HOW WE USE YOUR DATA We use it to bill you. 4. CONTACT US Email dpo@helios.example.';
    const doc = parsePolicy(`${text}\n`);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.value, s.title]), [[1, 'INTRODUCTION'], [2, 'THE DATA WE COLLECT'], [3, 'HOW WE USE YOUR DATA'], [4, 'CONTACT US']]);
    // Without the page's number, a number right after words is no heading's.
    assert.deepEqual(parsePolicy(`${text.replace('Page 1 of 2 ', '')}\n`).sections.map((s) => s.marker?.value), [1, 2, 4]);
    // A word processor's tab after each number, kept in the copy.
    const tabs = parsePolicy('Holiday Planner Privacy Policy 1.\tINTRODUCTION This policy explains how Holiday Planner Pty Ltd handles your personal information in its apps. 2.\tINFORMATION WE COLLECT 2.1\tAccount Data We collect your name and email address. 3.\tCONTACT US Email privacy@planner.example.\n');
    assert.deepEqual(tabs.sections.map((s) => [s.marker?.text, s.title]), [['1.', 'INTRODUCTION'], ['2.', 'INFORMATION WE COLLECT'], ['2.1', 'Account Data'], ['3.', 'CONTACT US']]);
  });

  it('a policy pasted as one paragraph: sub-sections numbered `1.` under Roman numerals, `(1)` under Arabic ones; not a sentence\'s list', () => {
    const intro = 'Nova Ltd explains here how it handles your personal information in its apps and devices. ';
    const subs = (n: (k: number) => string) => `${n(1)} Registration When you register, we collect your phone number. ${n(2)} Device Binding When you bind a device, we collect its serial number.`;
    const roman = parsePolicy(`Nova Privacy Policy\n\n${intro}I. How We Collect Information ${subs((k) => `${k}.`)} II. How We Use Information We use it to provide the services. III. Contact Us Email privacy@nova.example.\n`);
    assert.deepEqual(roman.sections.map((s) => [s.marker?.text, s.title, s.level]), [
      ['I.', 'How We Collect Information', 1], ['1.', 'Registration', 2], ['2.', 'Device Binding', 2], ['II.', 'How We Use Information', 1], ['III.', 'Contact Us', 1],
    ]);
    const arabic = parsePolicy(`Nova Privacy Policy\n\n${intro}1. How We Collect Information ${subs((k) => `(${k})`)} 2. How We Use Information We use it in the following cases: (1) with your consent; (2) as required by law. 3. Contact Us Email privacy@nova.example.\n`);
    assert.deepEqual(arabic.sections.map((s) => [s.marker?.text, s.title, s.level]), [
      ['1.', 'How We Collect Information', 1], ['(1)', 'Registration', 2], ['(2)', 'Device Binding', 2], ['2.', 'How We Use Information', 1], ['3.', 'Contact Us', 1],
    ]);
  });

  it('a policy pasted as one paragraph with Roman numerals, or with numbered sub-sections, which end their section\'s title', () => {
    const intro = 'Acme Ltd ("we") explains here how it handles personal information of its users. ';
    const roman = parsePolicy(`Acme Privacy Policy\n\n${intro}I. Introduction We make audio devices for the home. II. Information We Collect We collect your email address when you register. III. Contact Us Email privacy@acme.example.\n`);
    assert.deepEqual(roman.sections.map((s) => [s.marker?.text, s.title, s.level]), [['I.', 'Introduction', 1], ['II.', 'Information We Collect', 1], ['III.', 'Contact Us', 1]]);
    const titles = [['How We Collect Information', 'How We Use It', 'Contact Us'], ['How we collect your information', 'How we use it', 'Contact us'], ['INFORMATION WE COLLECT', 'HOW WE USE IT', 'CONTACT US']];
    for (const [collect, use, contact] of titles) {
      const body = `1. ${collect} 1.1 Account Data We collect your email address when you register. 1.2 Device Data We collect the model of your speaker. 2. ${use} We send firmware updates. See 1.2 for the data we use. 3. ${contact} Email privacy@acme.example.`;
      const doc = parsePolicy(`Acme Privacy Policy\n\n${intro}${body}\n`);
      assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.title, s.level, s.inline]), [
        ['1.', collect, 1, true], ['1.1', 'Account Data', 2, true], ['1.2', 'Device Data', 2, true], ['2.', use, 1, true], ['3.', contact, 1, true],
      ], collect);
    }
    // Numbered clauses that are sentences are no sub-sections; nor is a number right after a title that is not a
    // sub-section's (items of a list: "1. Name, email 2. Device model").
    const clauses = parsePolicy(`Acme Privacy Policy\n\n${intro}1. INFORMATION WE COLLECT 1.1 We collect your email address when you register. 1.2 We collect the model of your speaker. 2. HOW WE USE IT We send firmware updates. 3. CONTACT US Email privacy@acme.example.\n`);
    assert.deepEqual(clauses.sections.map((s) => s.marker?.text), ['1.', '2.', '3.']);
    const items = parsePolicy(`Acme Privacy Policy\n\n${intro}We collect the following data. 1. Name and Email 2. Device Model 3. Usage History We keep them for a year.\n`);
    assert.deepEqual(items.sections, []);
  });

  it('a Chinese policy pasted as one paragraph after its table of contents: with spaces between its parts or none', () => {
    const toc = '星河隐私政策\n\n本政策将帮助您了解以下内容：\n\n一、我们如何收集和使用您的个人信息\n二、我们如何共享您的个人信息\n三、您的权利\n四、如何联系我们\n\n';
    const parts = ['一、我们如何收集和使用您的个人信息', '（一）注册与登录', '当您注册账号时，您需要提供手机号码。当您绑定设备时，我们会收集设备序列号、MAC 地址和固件版本，用于向您展示设备状态并提供远程控制功能。', '二、我们如何共享您的个人信息', '除非获得您的明确同意，我们不会与任何公司、组织和个人共享您的个人信息。我们仅在法律法规要求的情形下公开披露您的个人信息。', '三、您的权利', '您可以在应用的设置页面访问、更正、删除您的个人信息，也可以注销您的账号。', '四、如何联系我们', '电子邮箱：privacy@xinghe.example'];
    for (const joint of [' ', '']) {
      const doc = parsePolicy(`${toc}${parts.join(joint)}\n`);
      // (The first, at the line's start, is the line's own heading where spaces end the titles, as without a table.)
      assert.deepEqual(doc.sections.map((s) => [s.marker?.label, s.title, s.inline]), [
        ['一', '我们如何收集和使用您的个人信息', joint === ''], ['二', '我们如何共享您的个人信息', true], ['三', '您的权利', true], ['四', '如何联系我们', true],
      ], JSON.stringify(joint));
    }
    // The table run into the same line: a table, then the sections, their sub-sections (`（一）`) after their titles.
    const oneLine = parsePolicy(`星河隐私政策\n\n本政策将帮助您了解以下内容： 一、我们如何收集和使用您的个人信息 二、我们如何共享您的个人信息 三、您的权利 四、如何联系我们 ${parts.join(' ')}\n`);
    assert.deepEqual(oneLine.sections.map((s) => [s.marker?.label, s.title, s.level]), [
      ['一', '我们如何收集和使用您的个人信息', 1], ['（一）', '注册与登录', 2], ['二', '我们如何共享您的个人信息', 1], ['三', '您的权利', 1], ['四', '如何联系我们', 1],
    ]);
    assert.deepEqual(oneLine.tocs.map((t) => t.entries.length), [4]);
  });

  it('a Chinese policy pasted as one paragraph without a table of contents: titles a space or a sub-heading ends', () => {
    const parts = ['一、我们如何收集和使用您的个人信息 我们会在您注册账号时收集您的手机号码，用于创建账号。我们会在您使用设备控制功能时收集设备序列号、固件版本和网络信息，用于向您展示设备状态并提供远程控制服务。', '二、我们如何共享您的个人信息（一）共享 我们不会与任何公司、组织和个人共享您的个人信息。', '三、您的权利 您有权访问、更正、删除您的个人信息，也可以在应用的设置页面注销您的账号，我们将在十五个工作日内完成处理。', '四、如何联系我们 如有疑问，请发送电子邮件至privacy@yunshan.example。'];
    const doc = parsePolicy(`云杉隐私政策\n\n${parts.join('')}\n`);
    assert.deepEqual(doc.sections.map((s) => [s.marker?.label, s.title, s.inline]), [
      ['一', '我们如何收集和使用您的个人信息', false], ['二', '我们如何共享您的个人信息', true], ['三', '您的权利', true], ['四', '如何联系我们', true],
    ]);
    // Items of a sentence ("包括：一、手机号码；二、…") are no headings: punctuation ends them, not a space; nor are
    // items each with a short description after a space ("一、手机号码 用于注册。").
    const items = parsePolicy('云杉隐私政策\n\n我们收集的信息包括：一、手机号码；二、设备信息；三、位置信息。我们会妥善保管这些信息，并在您注销账号后删除，除非法律法规另有规定，我们不会保留超过必要期限的任何个人信息。\n');
    assert.deepEqual(items.sections, []);
    const described = parsePolicy('云杉隐私政策\n\n我们重视您的隐私，并会按照法律法规的要求保护您的个人信息，以下是我们收集的信息及用途。 一、手机号码 用于注册。二、设备信息 用于控制。三、位置信息 用于附近设备。四、日志信息 用于排查故障。我们会妥善保管这些信息，并在您注销账号后删除，除非法律法规另有规定，我们不会保留超过必要期限的任何个人信息。如您对上述信息的收集和使用有任何疑问，您可以随时通过应用内的客服功能与我们联系，我们将在十五个工作日内答复您的请求。\n');
    assert.deepEqual(described.sections, []);
  });

  it('numbers a sequence of headings skips are found run into a long line, without a table of contents', () => {
    const text = `Acme Privacy Notice

1. What We Collect
We collect a player name, the device model and game progress.
2. How We Use Data
We use the data to save your progress and to fix crashes.
3. Children
Our games are for players aged 13 and over. We do not knowingly collect data from younger children. 4. Keeping Data Safe We store data on encrypted servers in the EU. 5. Changes to This Notice We will post any change here. 6. CONTACT US Write to privacy@acme.example.
`;
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => [s.level, s.inline, s.marker?.text, s.title]), [
      [1, false, '1.', 'What We Collect'], [1, false, '2.', 'How We Use Data'], [1, false, '3.', 'Children'],
      [1, true, '4.', 'Keeping Data Safe'], [1, true, '5.', 'Changes to This Notice'], [1, true, '6.', 'CONTACT US'],
    ]);
    // Only the numbers the sequence skips, in order, at sentence starts, before a title and a new sentence.
    const none = parsePolicy(text.replace('4. Keeping Data Safe We store', '4. Keeping data safe is what we do, we store').replace('5. Changes', 'see 5. Changes'));
    assert.deepEqual(none.sections.map((s) => s.title), ['What We Collect', 'How We Use Data', 'Children']);
  });

  it('a long numbered line whose title runs into its first sub-number, the sections after it collapsed in sentence case as its siblings are titled', () => {
    const long = '4. How we store your information 4.1 Storage. Your information collected in China is stored in China. 4.2 Protection. We use encryption in transit and at rest. 5. Your rights You may access, correct and delete your information. 6. How we handle children\'s information We do not knowingly collect it.';
    const text = `Privacy Policy\n\n1. How we collect your information\nWe collect your phone number.\n2. How we use cookies\nWe use cookies to keep you signed in.\n3. How we share your information\nWe do not share it.\n${long}\n7. How to contact us\nEmail privacy@acme.example.\n`;
    assert.deepEqual(parsePolicy(text).sections.map((s) => [s.inline, s.marker?.text, s.title]), [
      [false, '1.', 'How we collect your information'], [false, '2.', 'How we use cookies'], [false, '3.', 'How we share your information'],
      [false, '4.', 'How we store your information'], [true, '5.', 'Your rights'], [true, '6.', 'How we handle children\'s information'],
      [false, '7.', 'How to contact us'],
    ]);
    // Siblings titled in title case: a run-in title in sentence case is none (a list's item, more often).
    const titled = text.replace('How we collect your information', 'How We Collect Your Information').replace('How we use cookies', 'How We Use Cookies')
      .replace('How we share your information', 'How We Share Your Information').replace('How to contact us', 'How to Contact Us');
    assert.deepEqual(parsePolicy(titled).sections.map((s) => s.marker?.text), ['1.', '2.', '3.', '4.', '7.']);
  });

  it('a table whose entries are written on two lines, number then title, is a table: no heading of its own', () => {
    const doc = expectOutline(`
Acme Data Protection Notice

Contents
Article 1
Definitions
Article 2
Scope

⟦1⟧Article 1
Definitions
In this notice, "we" means Acme GmbH.

⟦1⟧Article 2
Scope
This notice covers the app.
`);
    assert.deepEqual(doc.tocs.map((t) => [t.startLine, t.endLine, t.introLine]), [[3, 6, 2]]);
    assert.deepEqual(doc.tocs[0].entries.map((e) => [e.line, e.marker?.text, e.title, e.target]), [[3, 'Article 1', 'Definitions', 0], [5, 'Article 2', 'Scope', 1]]);
  });

  it('an indented entry names a sub-section: its heading nests under the one before it', () => {
    const doc = expectOutline(`
Acme Privacy Policy

Contents
Introduction
Information We Collect
    Information You Provide
    Information We Collect Automatically
Contact Us

⟦1⟧1. Introduction
We are Acme Ltd.

⟦1⟧2. Information We Collect
⟦2⟧2.1 Information You Provide
Your name.
⟦2⟧2.2 Information We Collect Automatically
Logs.

⟦1⟧3. Contact Us
Email: privacy@acme.example
`);
    assert.deepEqual(doc.tocs[0].entries.map((e) => [e.subEntry, e.target === undefined ? undefined : doc.sections[e.target].title]), [
      [false, 'Introduction'], [false, 'Information We Collect'], [true, 'Information You Provide'], [true, 'Information We Collect Automatically'], [false, 'Contact Us'],
    ]);
    // Unnumbered: the indented entry's heading is a sub-heading.
    expectOutline(`
Acme Privacy Policy

Contents
- Introduction
- Your Rights
    - Right to Know
- Contact Us

⟦1⟧Introduction
We are Acme Ltd.

⟦1⟧Your Rights
You have rights.

⟦2⟧Right to Know
You may ask what we hold.

⟦1⟧Contact Us
Email: privacy@acme.example
`);
  });

  it('recovers each table-of-contents title inside a pasted paragraph at its character offset', () => {
    const filler = 'We describe this in detail so that you can understand it, and we keep it current at all times.';
    const { expected, actual } = compareOutline(`
This policy helps you understand the following:
Collection of information
2. Protection of information
3. Your rights regarding information
⟦1⟧Collection of information
We collect what you give us. ${filler}
${filler} ${filler} ⟦1⟧2. Protection of information We encrypt data at rest. ${filler} ⟦1⟧3. Your rights regarding information You may ask for a copy. ${filler}
`);
    assert.deepEqual(actual, expected);
  });
});

describe('no-break spaces', () => {
  it('read as the spaces they stand for: the outline of a policy pasted with them is the one without them', () => {
    const text = 'PRIVACY POLICY\n\nLast updated: 4 April 2025\n\nI. INTRODUCTION Pinecrest Apps Ltd ("we") respects your privacy and explains here how it handles personal data when you use our apps and our website. II. DATA WE COLLECT We collect your email address, your device identifiers and the pages you view, and we keep them only as long as we need them. III. CONTACT US Email privacy@pinecrest.example with any question about this policy or your data.\n\n(a) Information You Provide. We collect information you give us, such as your name and email address.\n\n(b) Information From Your Device. We collect your IP address, browser type and device identifiers.\n';
    const pasted = text.replace(/(\S) (\S)/g, (m, a, b, at) => (at % 5 === 0 ? `${a}\u00a0${b}` : m)).replace(/\. /g, '.\u00a0');
    assert.notEqual(pasted, text);
    const titles = (t: string) => parsePolicy(t).sections.map((s) => [s.line, s.start, s.end, s.marker?.label, s.title]);
    assert.deepEqual(titles(pasted), titles(text));
    assert.ok(parsePolicy(text).sections.length >= 5);
    // The offsets are the document's: the text parsed is as long, a no-break space for a space.
    assert.equal(parsePolicy(pasted).text.length, pasted.length);
  });
});

describe('Markdown policies', () => {
  it('ATX and Setext headings, ignoring fenced code and front matter', () => {
    const doc = expectOutline(`
---
title: Example Privacy Policy
---
⟦1⟧# Privacy Policy

⟦2⟧## 1. Information we collect
We collect your name.

\`\`\`
# not a heading
\`\`\`

⟦3⟧### 1.1 Device data
Model and OS.

⟦2⟧How we use information
----------------------
To run the service.

⟦2⟧## Contact us
Email: hello@example.com
`, 'markdown');
    // The front matter's `title:` key is no title line: the first heading is.
    assert.equal(doc.title?.text, 'Privacy Policy');
  });

  it('an HTML comment, on one line or several, holds no heading', () => {
    expectOutline(`
<!-- Generated from policy.docx.
## Old heading, commented out
-->
⟦1⟧# Privacy Policy
<!-- ## Another one -->

⟦2⟧## 1. Information we collect
We collect your name. <!-- a note on its line -->
<!-- ## and one more -->

⟦2⟧## 2. Contact us
Email: hello@example.com
`, 'markdown');
  });

  it('a numbered line underlined with `===` is a heading; under `---` only when it starts no Markdown list', () => {
    const doc = expectOutline(`
⟦1⟧Privacy Policy
==============

⟦1⟧1.Our commitment to your information
=====================================

We collect what we need.

⟦2⟧1.1 Information you give us
---------------------------

Your name.

⟦1⟧2. How we use cookies
=====================

To keep you signed in.

3. Contact us
-------------

Email: hello@example.com
`, 'markdown');
    assert.deepEqual(doc.sections.slice(1).map((s) => s.marker?.label), ['1', '1.1', '2']);
  });

  it('a byte order mark before the first line leaves its heading and the front matter as they are', () => {
    const heading = '# Privacy Policy\n\n## 1. Scope\n\nThis covers the app.\n\n## 2. Contact\n\nEmail: a@example.com\n';
    const plain = parsePolicy(heading, { format: 'markdown' });
    const marked = parsePolicy(`\ufeff${heading}`, { format: 'markdown' });
    assert.deepEqual(marked.sections.map((s) => [s.line, s.title, s.level]), plain.sections.map((s) => [s.line, s.title, s.level]));
    assert.equal(marked.sections[0].title, 'Privacy Policy');
    const front = '---\ntitle: Example\n---\n# Privacy Policy\n\n## 1. Scope\n\nText.\n';
    assert.deepEqual(parsePolicy(`\ufeff${front}`, { format: 'markdown' }).sections.map((s) => s.title), ['Privacy Policy', 'Scope']);
    // And a plain-text file starting so is read as Markdown, as it is without the mark.
    assert.equal(formatForPath('policy.txt', `\ufeff${heading}`), 'markdown');
  });

  it('what sets a heading\'s anchor ({#contact}, <a name="x"></a>) is no part of its title', () => {
    const doc = expectOutline(`
⟦1⟧# Privacy Policy {#top}

⟦2⟧## 1. Data We Collect {#data}

Your email address.

⟦2⟧## 2. Cookies <a name="cookies"></a>

We use session cookies only.

⟦2⟧## 3. Contact Us {#contact}

Email: privacy@anchors.example
`, 'markdown');
    assert.equal(doc.title?.text, 'Privacy Policy');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Privacy Policy', 'Data We Collect', 'Cookies', 'Contact Us']);
    const names = (nodes: readonly ReturnType<typeof outline>[number][]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
    assert.deepEqual(names(outline(doc)), ['Privacy Policy', '1. Data We Collect', '2. Cookies', '3. Contact Us']);
  });

  it('headings written in HTML on lines of their own (<h2>…</h2>) are headings of their level, named by their words', () => {
    const doc = expectOutline(`
⟦1⟧# Privacy Policy

<h2 id="collect">⟦2⟧1. Information We Collect</h2>

We collect the information you give us.

<H3 class="sub">⟦3⟧1.1 Cookies</H3>

Session cookies only.

<h2>⟦2⟧<a href="#contact">Contact</a> Us</h2>

Email privacy@example.org.
`, 'markdown');
    assert.deepEqual(doc.sections.map((s) => [s.marker?.label ?? '', s.title]), [['', 'Privacy Policy'], ['1', 'Information We Collect'], ['1.1', 'Cookies'], ['', 'Contact Us']]);
    const names = (nodes: readonly ReturnType<typeof outline>[number][]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
    assert.deepEqual(names(outline(doc)), ['Privacy Policy', '1. Information We Collect', '1.1 Cookies', 'Contact Us']);
    // Each section ends with its own text, not with the next heading's opening tag.
    assert.deepEqual(doc.sections.map((s) => doc.text.slice(s.start, s.end).split('\n').at(-1)), ['Email privacy@example.org.', 'Session cookies only.', 'Session cookies only.', 'Email privacy@example.org.']);
    // So with a heading in bold, or indented, whatever ends the lines.
    for (const [source, format] of [['**1. Scope**\n\nThis covers the app.\n\n**2. Contact**\n\nEmail privacy@example.org.\n', 'markdown'], ['**1. Scope**\rThis covers the app.\r\r**2. Contact**\rEmail privacy@example.org.\r', 'markdown'], ['  1. Scope\nThis covers the app.\n\n  2. Contact Us\nEmail privacy@example.org.\n', 'plain']] as const) {
      const bold = parsePolicy(source, { format });
      assert.ok(bold.text.slice(bold.sections[0].start, bold.sections[0].end).endsWith('This covers the app.'), source);
    }
    // In a code block, or with text after it on its line, it is no heading.
    expectOutline('⟦1⟧# Privacy Policy\n\n⟦2⟧## Scope\n\n```html\n<h2>Contact</h2>\n```\n\n<h2>Note</h2> this is inline.\n', 'markdown');
  });

  it('a collapsible block\'s title (<summary>…</summary>) is a heading: a sibling of the heading before it numbered alike, else under it', () => {
    expectOutline(`
⟦1⟧# Privacy Policy

⟦2⟧## 2. Cookies

We use cookies.

<details>
<summary>⟦2⟧3. Your rights</summary>

You may access your data.
</details>

⟦2⟧## 4. Contact

Email: privacy@wren.example
`, 'markdown');
    expectOutline(`
⟦1⟧# Privacy

⟦2⟧## Questions

<details><summary>⟦3⟧What do we collect?</summary>

Your email.
</details>

<details><summary>⟦3⟧Who sees it?</summary>

Nobody.
</details>

⟦2⟧## Contact

Email: privacy@wren.example
`, 'markdown');
  });

  it('an HTML comment at the top, on one line or several, is not the title', () => {
    for (const comment of ['<!-- Generated from privacy.yml: edit that file, not this policy -->', '<!--\n  Privacy policy source: docs/privacy.yml\n-->']) {
      const doc = parsePolicy(`${comment}\n# Tern Privacy Policy\n\n## Contact\n\nEmail privacy@tern.example.\n`, { format: 'markdown' });
      assert.equal(doc.title?.text, 'Tern Privacy Policy');
    }
    // Left open, it hides what follows (as a Markdown preview does): no title is read from inside it.
    const open = parsePolicy('<!-- draft\n# Tern Privacy Policy\n\n## Contact\n\nEmail privacy@tern.example.\n', { format: 'markdown' });
    assert.equal(open.title, undefined);
  });

  it('a letterhead with a street address above the title: the title is found under it, the house number is no section', () => {
    const doc = expectOutline(`Kestrel Labs Ltd.
14 Harbour Street
Leith EH6 6QW

PRIVACY NOTICE

⟦1⟧1. Who We Are

Kestrel Labs Ltd. is the controller of your personal data.

⟦1⟧2. Contact Us

Email privacy@kestrel.example.
`);
    assert.equal(doc.title?.text, 'PRIVACY NOTICE');
  });

  it('a PDF page\'s running header above the title, over its page number, is not the title', () => {
    const header = 'Acme Health Inc.                    Privacy Notice\nPage 1 of 2\n';
    const doc = expectOutline(`${header}
NOTICE OF PRIVACY PRACTICES

⟦1⟧I. OUR DUTIES

We are required by law to maintain the privacy of your health information.

${header.replace('1 of', '2 of')}
⟦1⟧II. CONTACT

Privacy Officer, 900 Lake Shore Drive, Chicago, IL 60611. Phone: (312) 555-0100. Email: privacy@acmehealth.example.
`);
    assert.equal(doc.title?.text, 'NOTICE OF PRIVACY PRACTICES');
  });

  it('a list in a section naming that section\'s own sub-sections is no table; the least nested contact section is the one', () => {
    const source = `
⟦1⟧# Acme Privacy Policy

⟦2⟧## Information We Collect

We collect the following:

- Contact Information
- Usage Data
- Device Information

⟦3⟧### Contact Information

Your name and email address.

⟦3⟧### Usage Data

Pages you visit.

⟦3⟧### Device Information

Your device model.

⟦2⟧## Contact Us

Email: privacy@acme.example
Address: 1 Main Street, Springfield
Phone: +1 415 555 0100
`;
    const doc = expectOutline(source, 'markdown');
    assert.equal(doc.tocs.length, 0);
    // "### Contact Information" is data the policy collects; "## Contact Us" gives every channel.
    assert.deepEqual(analyzePolicy(doc.text, { format: 'markdown' }).findings.map((f) => f.code), []);
    // A list under a "## Contents" heading names the sections after that one: a table.
    const table = expectOutline(`
⟦2⟧## Contents

- Information We Collect
- Contact Us

⟦2⟧## Information We Collect

Your name.

⟦2⟧## Contact Us

Email: privacy@acme.example
`, 'markdown');
    assert.equal(table.tocs.length, 1);
  });

  it('a table of plain lines after a sentence that introduces it names the `#` headings, as it does in plain text', () => {
    const { doc, fx, expected, actual } = compareOutline(`
⟦1⟧# Acme Privacy Policy

This policy will help you understand the following:
⟦toc⟧·What We Collect
⟦toc⟧·How We Use It
⟦toc⟧·Contact Us

⟦2⟧## What We Collect
Your name.

⟦2⟧## How We Use It
To run the service.

⟦2⟧## Contact Us
Email: privacy@acme.example
`, 'markdown');
    assert.deepEqual(actual, expected);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.line)), [fx.tocLines]);
    // (Section 0 is the `#` title's.)
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [1, 2, 3]);
  });

  it('a phrase in sentence case set in bold right after a bulleted list is a heading, in Markdown and in plain text; not in plain type', () => {
    const source = `
# Quill Privacy Policy

**⟦1⟧Who we are**

Quill Notes is made by Quill Software GmbH.

**⟦1⟧What we collect**

- Account information: name, email address
- Notes you store

**⟦1⟧What we do with it**

We use this information to run the service.

**⟦1⟧Contact**

Email privacy@quill.example.
`;
    expectOutline(source, 'markdown');
    expectOutline(source.replace('# ', ''));
    // In plain type, a short line after a list's items a blank line apart may be one more of them (unless its words
    // are a standard title's: "Why we collect it" would be a heading).
    const plain = parsePolicy(source.replace(/\*\*/g, '').replace(/⟦1⟧/g, ''), { format: 'markdown' });
    assert.deepEqual(plain.sections.map((s) => s.title), ['Who we are', 'What we collect', 'Contact']);
  });

  it('a Markdown file whose only heading is its title: bold lines are its headings, numbered or not', () => {
    const doc = expectOutline(`
# Acme Privacy Policy

**Note:** this policy covers the **app** only.

**⟦1⟧1. Information We Collect**

We collect your name and email address.

__⟦2⟧(a) Account Data__

Your name.

**⟦1⟧2. Contact**

Email privacy@acme.example.
`, 'markdown');
    assert.equal(doc.title?.text, 'Acme Privacy Policy');
    // The heading is what the marks hold: its number starts it (renumbering and formatting edit it there).
    assert.deepEqual(doc.sections.map((s) => [s.heading, s.marker?.text, s.title]), [['1. Information We Collect', '1.', 'Information We Collect'], ['(a) Account Data', '(a)', 'Account Data'], ['2. Contact', '2.', 'Contact']]);
    // Lines in italics as a whole are read inside their marks too; emphasis inside a sentence is no such line.
    const italics = expectOutline(`
# Acme Privacy Policy

**⟦1⟧1. Information We Collect**

*⟦2⟧(a) Account Data*

*Your name* and _email_.

**⟦1⟧2. Contact**

Email privacy@acme.example.
`, 'markdown');
    assert.deepEqual(italics.sections.map((s) => s.title), ['Information We Collect', 'Account Data', 'Contact']);
    // Markdown's numbered list with bold words: the title is inside the marks, and the outline shows no marks.
    const list = expectOutline(`
# Acme Privacy Policy

⟦1⟧1. **Information We Collect**

   We collect your name.

⟦1⟧2. __Contact Us__

   Email privacy@acme.example.
`, 'markdown');
    assert.deepEqual(list.sections.map((s) => [s.marker?.text, s.title]), [['1.', 'Information We Collect'], ['2.', 'Contact Us']]);
    assert.deepEqual(outline(list).map((n) => n.name), ['1. Information We Collect', '2. Contact Us']);
    expectOutline(`
Acme Privacy Policy

**⟦1⟧What We Collect**

We collect your name.

**⟦1⟧Contact Us**

Email privacy@acme.example.
`, 'markdown');
  });

  it('a table of contents of links under a # title names the ## sections, the title\'s children', () => {
    const doc = expectOutline(`
⟦1⟧# Privacy Policy

⟦2⟧## Table of Contents
1. [Information We Collect](#information-we-collect)
2. [Contact Us](#contact-us)

⟦2⟧## 1. Information We Collect
We collect your email.

⟦2⟧## 2. Contact Us
Email: privacy@example.com
`, 'markdown');
    assert.deepEqual(doc.tocs[0].entries.map((e) => e.target), [2, 3]);
  });

  it('a file of another name is Markdown when two lines are ATX headings; one # line or a # in a sentence is not', () => {
    assert.equal(formatForPath('policy.md'), 'markdown');
    assert.equal(formatForPath('policy.txt', '# Privacy Policy\n\nText.\n\n  ## 1. Scope\nText.'), 'markdown');
    assert.equal(formatForPath('policy.txt', '# Privacy Policy\n\n1. Scope\nWe count the # of visits.\n#hashtag\n####### seven'), 'plain');
    assert.equal(formatForPath('policy.txt'), 'plain');
  });

  it('text whose lines were broken where they were full: a number run on into lower case leaves the sequence of headings whole', () => {
    // "3. of the app" is a word of the paragraph: it pulled "1." and "2." into a list's sequence, and they were lost.
    expectOutline(`
Quillfeather Privacy Policy
Effective date: 5 May 2025

⟦1⟧1. Who we are

Quillfeather Ltd publishes the Quillfeather note-taking app, and this policy
explains how we look after the personal data of its users.

⟦1⟧2. What we collect

We collect the email address you sign up with and basic usage statistics. Since version
3. of the app we no longer collect your device name, and we keep payment
records for six years, as the law requires.

⟦1⟧3. How we use it

We use your email address to sign you in.

⟦1⟧4. Contact

Write to privacy@quillfeather.example.
`);
  });

  it('text whose lines were broken where they were full: a long numbered line run on into lower case is no heading, nor the title', () => {
    expectOutline(`
Privacy Policy

⟦1⟧1. How we use information
We use your information for these purposes, each set out below with what it covers.
(1) To improve our products or services: we may use the information you give
us to process your orders and to answer your requests.
(2) Service security and stability: we are committed to delivering a secure
and reliable service, and we use logs to find faults.

⟦1⟧2. Contact us
Email: privacy@example.com
`);
    // Nor a number at the start of a line that carries on the sentence above ("Appendix 1 for …"), nor a long line
    // run on into the next the title of a number standing alone.
    const broken = expectOutline(`
Privacy Policy

⟦1⟧I. How we use information
We use personal information in the ways set out below (please see
Appendix 1 for the types of information we collect for each service).
⟦2⟧1.1
In general, you do not need to give us your personal information to visit
our website, but some of its features need it.

⟦1⟧II. Contact us
Email: privacy@example.com

⟦1⟧Appendix 1: Types of information
Your name and email address.
`);
    assert.deepEqual(broken.sections.map((s) => s.title), ['How we use information', '', 'Contact us', 'Types of information']);
    // Nor a number with nothing after it that ends a sentence cut right before it ("… described in" / "Section 4."),
    // which stays a reference to that section; a number alone under a wrapped heading's title is still a heading.
    const cutBeforeNumber = expectOutline(`
Privacy Policy

⟦1⟧1. YOUR RIGHTS
You may ask us for a copy of your personal information. To exercise these rights, contact us as described in
Section 4.

⟦1⟧2. CONTACT US
Email: privacy@example.com
`);
    assert.deepEqual(analyzePolicy(cutBeforeNumber.text).findings.filter((f) => f.code === 'broken-reference').map((f) => f.message.slice(0, 11)), ['"Section 4"']);
    expectOutline(`
Privacy Policy

⟦1⟧1 What this policy covers
We process personal information only as this policy describes.
⟦2⟧1.2 Collection and use of personal information
⟦3⟧1.2.1
In general, you do not need to give us your personal information to visit our website.

⟦1⟧2 Contact us
Email: privacy@example.com
`);
    // A line in lower case carrying on the sentence above is no title, whatever words it holds.
    const wrapped = 'Effective Date: 1 May 2025\nShenzhen Example Co., Ltd. and its subsidiaries (hereinafter referred to as\n"we") are committed to protecting your privacy and the security of your\npersonal information. This policy applies to our website.\n\n1. Scope\nIt covers the website.\n';
    assert.equal(parsePolicy(wrapped).title, undefined);
  });

  it('a line wrapped whole in HTML elements is read inside them, in plain text and in Markdown (a web page\'s source pasted)', () => {
    const policy = `<h1>Orbit Privacy Policy</h1>
<p>Last updated: May 1, 2025</p>
<p>Orbit Labs Inc. respects your privacy. This policy explains how we handle personal data.</p>
<h2>⟦1⟧1. Information We Collect</h2>
<p>We collect your name and email address, and <b>log data</b> when you use the service.</p>
<p><strong>⟦2⟧1.1 Information You Provide</strong></p>
<p>Account details and messages.</p>
<H2 class="section">⟦1⟧2. Contact Us</H2>
<p>Email: privacy@orbit.example</p>
`;
    const doc = expectOutline(policy);
    assert.equal(doc.title?.text, 'Orbit Privacy Policy');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Information You Provide', 'Contact Us']);
    expectOutline(policy.replace(/<\/?h[12][^>]*>/gi, '').replace('<h1>', ''), 'markdown');
    // Elements inside a sentence, or one element closed and another opened on the line, wrap no line.
    expectOutline('Orbit Privacy Policy\n\n⟦1⟧1. Scope\n\n<b>Note</b> read <b>this</b> first.\n\n<b>Data</b> we collect is listed <i>below</i>\n\n<b>Children</b> and <b>Minors</b>\n\n⟦1⟧2. Contact\n\nEmail: privacy@orbit.example\n');
  });

  it('titles in bold leading paragraphs under a numbered heading, two or more, are its sub-sections, in plain text', () => {
    // Out of bold too, in title case ended by a full stop, or by a colon; not the labels of records, one title
    // leading several paragraphs.
    expectOutline(`
Sigma Privacy Policy

⟦1⟧1. Your Rights

⟦2⟧Right to Know. You can ask us for a copy of the personal data we hold about you, free of charge.

⟦2⟧Right to Delete: You can ask us to delete your personal data, and we will do so within thirty days.

⟦1⟧2. Our Partners

Northwind Analytics Ltd counts the visits to our website.

Purpose: We use it to count how many people open the app each day of the week.

Harbor Crash Reports Ltd tells us when the app stops.

Purpose: We use it to find out why the app stopped when it crashed on your phone.

⟦1⟧3. Contact Us

Email privacy@sigma.example with any question.
`);
    expectOutline(`
Sigma Privacy Policy

⟦1⟧1. Your Data

⟦2⟧1.1 Your Rights

You have these rights under the GDPR.

⟦3⟧**Access.** You can ask us for a copy of the personal data we hold about you, free of charge.

⟦3⟧**Deletion.** You can ask us to delete your personal data, and we will do so within thirty days.

⟦1⟧2. Security

**Encryption.** We encrypt your data at rest and in transit, with keys we rotate every month.

⟦1⟧3. Contact Us

Email privacy@sigma.example with any question.
`);
  });

  it('titles in bold leading paragraphs under a heading, two or more, are its sub-sections; one, or a callout, is not', () => {
    const doc = expectOutline(`
⟦1⟧# Rho Privacy Policy

⟦2⟧## Your Rights

You have these rights under the GDPR.

⟦3⟧**Access.** You can ask us for a copy of the personal data we hold about you, free of charge.

⟦3⟧**Deletion.** You can ask us to delete your personal data, and we will do so within thirty days.

**Important:** We will check who you are before we act on any request you make.

⟦2⟧## Security

**Encryption.** We encrypt your data at rest and in transit, with keys we rotate every month.

⟦2⟧## Contact Us

Email privacy@rho.example with any question.
`, 'markdown');
    assert.deepEqual(outline(doc)[0].children.map((n) => [n.name, n.children.map((c) => c.name)]), [['Your Rights', ['Access', 'Deletion']], ['Security', []], ['Contact Us', []]]);
  });

  it('a line in bold standing for a heading among Markdown headings: numbered, at its number\'s level; unnumbered, two or a standard title, a level under', () => {
    expectOutline(`
⟦1⟧# Tau Privacy Policy

⟦2⟧## 1. What we collect

We collect your email address when you sign up.

⟦2⟧## 2. How we use it

To run the service and answer your questions.

**⟦2⟧3. Contact**

Email: privacy@tau.example
`, 'markdown');
    // Pasted without blank lines: after a line that ends a sentence or an item; and a numbered one right over a
    // heading. Not one that a sentence runs on into.
    expectOutline(`
⟦1⟧# Tau Privacy Policy
⟦2⟧## I. What we collect
We collect your email address when you sign up.
**⟦2⟧II. How we use it**
⟦3⟧### 1. Service
To run the service and answer your questions.
⟦2⟧## III. Sharing
We share it with our host, and
**Acme Hosting Ltd**
which stores it in Ireland.
`, 'markdown');
    expectOutline(`
⟦1⟧# Tau Privacy Policy

⟦2⟧## What we collect

We collect your email address when you sign up.

**⟦3⟧Account data**

Your name and email address.

**⟦3⟧Usage data**

The pages you open, and when.

**Important**

We never sell any of this data.

⟦2⟧## How we use it

**We never sell your data**

We use it to run the service. A line in bold alone is no heading here.

**⟦3⟧Contact us**

Email: privacy@tau.example
`, 'markdown');
  });

  it('a number and title in bold leading the text are a heading run into it, in plain text and in Markdown', () => {
    for (const format of ['plain', 'markdown'] as const) {
      const doc = parsePolicy('Privacy Policy\n\n**1. Introduction** Welcome to Oakmoss. This policy explains how we handle your data.\n\n**2. Information We Collect** We collect your name and email address.\n\n3. **How We Use It:** We use it to run your account.\n\n**Note:** we never sell your data.\n', { format });
      assert.deepEqual(doc.sections.map((s) => [s.marker?.text, s.title, s.heading]), [
        ['1.', 'Introduction', '1. Introduction'], ['2.', 'Information We Collect', '2. Information We Collect'], ['3.', 'How We Use It', '3. **How We Use It:**'],
      ], format);
      // The section's text starts after the bold title; the outline names the headings without the marks, nor the
      // colon that ends a title in them.
      assert.match(doc.text.slice(doc.sections[0].headingEnd, doc.sections[0].end), /^\*\* Welcome to Oakmoss/);
      assert.deepEqual(outline(doc).map((n) => n.name), ['1. Introduction', '2. Information We Collect', '3. How We Use It']);
    }
    // A number alone in bold (`**1.** Introduction`) keeps its words as the title, and the outline its name.
    const numberOnly = parsePolicy('Privacy Policy\n\n**1.** Introduction\nWelcome to Oakmoss.\n\n**2.** Information We Collect\nWe collect your name.\n');
    assert.deepEqual(outline(numberOnly).map((n) => n.name), ['1. Introduction', '2. Information We Collect']);
    // Items a line introduces, and one-word labels in bold, are a list's items.
    for (const list of ['We collect the following:\n1. **Account Data** - the name and email address you sign up with.\n2. **Usage Data** - the pages you visit.', 'We collect two things.\n1. **Name** - your full name.\n2. **Email** - your email address.']) {
      assert.deepEqual(parsePolicy(`Privacy Policy\n\n1. Information We Collect\n${list}\n\n2. Contact Us\nEmail: privacy@example.com\n`).sections.map((s) => s.title), ['Information We Collect', 'Contact Us'], list);
    }
  });

  it('a Markdown file without heading marks is parsed like plain text', () => {
    expectOutline(`
⟦1⟧1. Scope
This covers the site.
⟦1⟧2. Contact
Email: a@b.example
`, 'markdown');
  });
});

describe('robustness of the parser', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only blank lines', '\n\n \n\t\n'],
    ['binary', '\u0000\u0001\u0002PNG\u0000\u0000'],
    ['one long line', 'a'.repeat(200_000)],
    ['parentheses', '('.repeat(100_000)],
    ['deep numbering', Array.from({ length: 300 }, (_, i) => Array.from({ length: i + 1 }, () => '1').join('.') + ' T').join('\n')],
    ['lone surrogates and NUL-free controls', '1. \ud800Title\n\udfffbody\u0007\n'],
    ['CR only', '1. One\rbody\r2. Two\rbody'],
  ];
  for (const [name, text] of cases) {
    it(`never throws: ${name}`, () => {
      const doc = parsePolicy(text);
      for (const s of doc.sections) {
        assert.ok(s.start <= s.headingStart && s.headingEnd <= s.end && s.end <= text.length, `section ${s.index} ranges`);
        if (s.parent !== undefined) {
          const p = doc.sections[s.parent];
          assert.ok(p.start <= s.start && s.end <= p.end, 'child inside parent');
        }
      }
    });
  }

  it('reports binary content instead of inventing sections', () => {
    const doc = parsePolicy('\u0000\u0000ELF\u0000binary');
    assert.equal(doc.sections.length, 0);
    assert.equal(doc.problems[0].code, 'binary-content');
  });
});

describe('heading drafts', () => {
  // One hidden class for every draft in V8 (see ARCHITECTURE.md): drafts found every way (numbered, by a table of
  // contents, run in, by shape, in Markdown, inline) have the same fields in the same order.
  const root = join(__dirname, '../../..');
  const seeds = resolve(root, '../shared/corpus/seeds');
  const files = [
    ...readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f)),
    ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)) : []),
  ];
  it('have the same fields in the same order, however they were found', () => {
    const shapes = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const markdown = file.endsWith('.md');
      const lines = buildLineIndex(text);
      const scanned = scanLines(text, lines);
      for (const d of findHeadings({ text, scanned, excluded: new LineSet(scanned.length), tocs: [], markdown })) shapes.set(Object.keys(d).join(','), `${d.source} in ${file}`);
      if (markdown) for (const d of findMarkdownHeadings(text, scanned, (i) => lines.starts[i], (i) => lines.ends[i]).drafts) shapes.set(Object.keys(d).join(','), `markdown in ${file}`);
    }
    assert.equal(shapes.size, 1, [...shapes].map(([keys, where]) => `${where}: ${keys}`).join('\n'));
  });
});
