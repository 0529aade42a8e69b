/**
 * Grammar tests: the fixture is tokenised with vscode-textmate and compared with the saved result
 * (test/unit/grammar/fixture.tokens.json). Run with UPDATE_GRAMMAR_SNAPSHOT=1 to accept a deliberate change.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tokenize } from '../support/tokenize';

const DIR = join(__dirname, '../../../test/unit/grammar');

describe('TextMate grammar', () => {
  it('tokenises the fixture as saved', async () => {
    const tokens = await tokenize(readFileSync(join(DIR, 'fixture.policy'), 'utf8'));
    const saved = join(DIR, 'fixture.tokens.json');
    if (process.env.UPDATE_GRAMMAR_SNAPSHOT || !existsSync(saved)) writeFileSync(saved, JSON.stringify(tokens, null, 1) + '\n');
    assert.deepEqual(tokens, JSON.parse(readFileSync(saved, 'utf8')));
  });
  it('marks placeholders invalid, headings as headings, and contact values', async () => {
    const flat = (await tokenize('Address: [*]\nIX. Storage Period\nEmail: a@b.example\n(1) we collect your name;')).flat();
    assert.ok(flat.includes('[*] => invalid.illegal.placeholder.privacy-policy'), flat.join('\n'));
    const merged = (await tokenize('Email: <<EMAIL>>\nWe collect (insert list) as of [Month Day, Year].')).flat();
    const dated = (await tokenize('Effective: August 31, 2022\nVersion Date: 30 January 2023\n版本日期：2023年1月30日')).flat();
    for (const label of ['Effective', 'Version Date', '版本日期']) assert.ok(dated.includes(`${label} => keyword.other.metadata.privacy-policy`), dated.join('\n'));
    const revised = (await tokenize('Date of last revision: January 1, 2024\nPosted: June 1, 2023\n最后更新时间：2023年6月1日')).flat();
    for (const label of ['Date of last revision', 'Posted', '最后更新时间']) assert.ok(revised.includes(`${label} => keyword.other.metadata.privacy-policy`), revised.join('\n'));
    const lawyers = (await tokenize('Registered under number [●] in [countries], for [retention period].\n联系地址：【填写联系地址】\n住所：【住所を記入】\n주소: 【주소 입력】')).flat();
    for (const p of ['[●]', '[countries]', '[retention period]', '【填写联系地址】', '【住所を記入】', '【주소 입력】']) assert.ok(lawyers.includes(`${p} => invalid.illegal.placeholder.privacy-policy`), lawyers.join('\n'));
    for (const p of ['<<EMAIL>>', '(insert list)', '[Month Day, Year]']) assert.ok(merged.includes(`${p} => invalid.illegal.placeholder.privacy-policy`), merged.join('\n'));
    assert.ok(flat.some((t) => t.startsWith('Storage Period => markup.heading.privacy-policy entity.name.section')), flat.join('\n'));
    assert.ok(flat.includes('a@b.example => markup.underline.link.email.privacy-policy'), flat.join('\n'));
    assert.ok(!flat.some((t) => t.includes('we collect your name') && t.includes('markup.heading')), 'a list item is not a heading');
    const roman = (await tokenize('Ⅱ. How We Use Cookies\nsee section 4 below\n（Ⅱ）Device control')).flat();
    assert.ok(roman.some((t) => t.startsWith('How We Use Cookies => markup.heading.privacy-policy entity.name.section')), roman.join('\n'));
    assert.ok(roman.some((t) => t.startsWith('Device control => markup.heading.privacy-policy entity.name.section')), roman.join('\n'));
    assert.ok(roman.some((t) => t.startsWith('section 4 => ') && t.includes('reference')), roman.join('\n'));
    const dashed = (await tokenize('1 - Introduction\nIV – VOS DROITS\n1）我们如何收集信息\n2)How We Use It\nII) What We Collect\n3/ Nous contacter')).flat();
    for (const title of ['Introduction', 'VOS DROITS', '我们如何收集信息', 'How We Use It', 'What We Collect', 'Nous contacter']) assert.ok(dashed.some((t) => t.startsWith(`${title} => markup.heading.privacy-policy entity.name.section`)), dashed.join('\n'));
    const lettered = (await tokenize('1.a Contact data\n2.B Fraud Prevention\n1(b) Payment Data\n2(ii) Usage Data')).flat();
    for (const title of ['Contact data', 'Fraud Prevention', 'Payment Data', 'Usage Data']) assert.ok(lettered.some((t) => t.startsWith(`${title} => markup.heading.privacy-policy entity.name.section`)), lettered.join('\n'));
    const formal = (await tokenize('壹、隱私權保護政策的適用範圍\n貳、個人資料的蒐集')).flat();
    for (const title of ['隱私權保護政策的適用範圍', '個人資料的蒐集']) assert.ok(formal.some((t) => t.startsWith(`${title} => markup.heading.privacy-policy entity.name.section`)), formal.join('\n'));
    const marks = (await tokenize('・サービスの提供\n■個人情報の利用目的\n\uf0b7\tYour name\no\tYour email')).flat();
    for (const mark of ['・', '■', '\uf0b7', 'o']) assert.ok(marks.includes(`${mark} => punctuation.definition.list.begin.privacy-policy`), marks.join('\n'));
    const template = (await tokenize('Company: ${company}\nName: %COMPANY_NAME%\nApp: {app name}\nEmail: info@yourdomain.com')).flat();
    for (const p of ['${company}', '%COMPANY_NAME%', '{app name}', 'info@yourdomain.com']) assert.ok(template.includes(`${p} => invalid.illegal.placeholder.privacy-policy`), template.join('\n'));
    const dummy = (await tokenize('Lorem ipsum dolor sit amet, consectetur.\nsee section three below')).flat();
    assert.ok(dummy.includes('Lorem ipsum dolor sit amet => invalid.illegal.placeholder.privacy-policy'), dummy.join('\n'));
    assert.ok(dummy.some((t) => t.startsWith('section three => ') && t.includes('reference')), dummy.join('\n'));
    const part = (await tokenize('详见第五部分。')).flat();
    assert.ok(part.some((t) => t.startsWith('第五部分 => ') && t.includes('reference')), part.join('\n'));
    const words = (await tokenize('Part Two: Personal Information We Collect')).flat();
    assert.ok(words.some((t) => t.startsWith('Personal Information We Collect => markup.heading.privacy-policy entity.name.section')), words.join('\n'));
  });
});
