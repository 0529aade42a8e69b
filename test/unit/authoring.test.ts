/** Completions, hover, rename and references, formatting and semantic tokens on fixtures written for this project. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzePolicy, applyEdits, fixesFor } from '../../server/src/core/analyze';
import { completionsAt, formatEdits, hoverAt, referencesTo, renameEdits, renameTargetAt, semanticTokens } from '../../server/src/core/features/authoring';
import { readSettings } from '../../server/src/core/settings';

const CURSOR = '‸';

/** The analysis of a fixture and the offset marked with ‸. */
function at(source: string, settings?: unknown) {
  const offset = source.indexOf(CURSOR);
  const text = source.replace(CURSOR, '');
  const analysis = analyzePolicy(text, { settings: readSettings(settings ?? undefined) });
  return { text, offset, analysis };
}

const POLICY = `Acme Privacy Policy
This policy helps you understand the following:
1. Scope
2. Data We Collect
3. Contact Us
1. Scope
This covers the Acme website. See "3. Contact Us" for questions.
2. Data We Collect
2.1 Account data
Your name.
2.2 Device data
Your device model.
3. Contact Us
Telephone: +1 415 555 0100
Email: [*]
`;

describe('completions', () => {
  it('offer the next heading number in the style and level in use', () => {
    const { analysis, offset } = at(POLICY.replace('Your device model.\n', `Your device model.\n${CURSOR}\n`));
    const numbers = completionsAt(analysis.doc, analysis.contact, offset).filter((c) => c.kind === 'number').map((c) => c.label);
    assert.deepEqual(numbers, ['2.3', '3.', '2.2.1']);
  });

  it('continue Roman numerals and Chinese numbering', () => {
    const roman = at(`IX. Storage\nWe keep data.\n${CURSOR}`);
    assert.equal(completionsAt(roman.analysis.doc, roman.analysis.contact, roman.offset).find((c) => c.kind === 'number')?.label, 'X.');
    const zh = at(`一、我们如何收集信息\n我们收集必要信息。\n${CURSOR}`);
    assert.equal(completionsAt(zh.analysis.doc, zh.analysis.contact, zh.offset).find((c) => c.kind === 'number')?.label, '二、');
  });

  it('continue full-width digits and numbers headed by a letter, and start their sub-levels', () => {
    const wide = at(`１．個人情報の取得\n当社は個人情報を取得します。\n${CURSOR}`);
    assert.equal(completionsAt(wide.analysis.doc, wide.analysis.contact, wide.offset).find((c) => c.kind === 'number')?.label, '２．');
    const lettered = at(`Section B: Information We Collect\nB.1 Account information\nYour name.\n${CURSOR}`);
    const numbers = completionsAt(lettered.analysis.doc, lettered.analysis.contact, lettered.offset).filter((c) => c.kind === 'number').map((c) => c.label);
    assert.deepEqual(numbers, ['B.2', 'Section C:', 'B.1.1']);
    // Lettered after their number: the next letter, and no sub-level in numbers under a letter.
    const after = at(`1. Data\n1.a Contact data\nYour name.\n${CURSOR}`);
    assert.deepEqual(completionsAt(after.analysis.doc, after.analysis.contact, after.offset).filter((c) => c.kind === 'number').map((c) => c.label), ['1.b', '2.']);
    const inParentheses = at(`1. Data\n1(a) Contact data\nYour name.\n${CURSOR}`);
    assert.deepEqual(completionsAt(inParentheses.analysis.doc, inParentheses.analysis.contact, inParentheses.offset).filter((c) => c.kind === 'number').map((c) => c.label), ['1(b)', '2.']);
    const romanInParentheses = at(`1. Data\n1(i) Contact data\nYour name.\n${CURSOR}`);
    assert.deepEqual(completionsAt(romanInParentheses.analysis.doc, romanInParentheses.analysis.contact, romanInParentheses.offset).filter((c) => c.kind === 'number').map((c) => c.label), ['1(ii)', '2.']);
    const zero = at(`2.0 Scope\nThis policy covers the app.\n${CURSOR}`);
    assert.ok(completionsAt(zero.analysis.doc, zero.analysis.contact, zero.offset).some((c) => c.kind === 'number' && c.label === '2.1'));
  });

  it('after "see" or "Section", offer the sections that exist', () => {
    const { analysis, offset } = at(POLICY.replace('This covers the Acme website.', `This covers the Acme website, see ${CURSOR}`));
    const items = completionsAt(analysis.doc, analysis.contact, offset);
    assert.ok(items.length >= 5 && items.every((c) => c.kind === 'section'));
    assert.equal(items.find((c) => c.label === '3. Contact Us')?.insertText, '"3. Contact Us"');
    const section = at(POLICY.replace('This covers the Acme website.', `As Section ${CURSOR}`));
    assert.equal(completionsAt(section.analysis.doc, section.analysis.contact, section.offset).find((c) => c.label === '2.1 Account data')?.insertText, '2.1');
  });

  it('inside the contact section, offer the labels of the missing channels', () => {
    const { analysis, offset } = at(`${POLICY}${CURSOR}`);
    const fields = completionsAt(analysis.doc, analysis.contact, offset).filter((c) => c.kind === 'field').map((c) => c.label);
    assert.deepEqual(fields, ['Email: ', 'Address: ', 'Online form: ']);
  });

  it('in a Chinese policy: Chinese titles and contact labels, no space after the number\'s own mark', () => {
    const zh = at(`一、我们如何收集信息\n我们收集必要信息。\n二、如何联系我们\n电子邮箱：privacy@xinghe.example\n${CURSOR}`);
    const items = completionsAt(zh.analysis.doc, zh.analysis.contact, zh.offset);
    assert.deepEqual(items.filter((c) => c.kind === 'field').map((c) => c.label), ['联系地址：', '联系电话：', '在线反馈：']);
    const titles = items.filter((c) => c.kind === 'title');
    assert.ok(titles.length > 0 && titles.every((c) => /^[\u4e00-\u9fff]/.test(c.label)), titles.map((c) => c.label).join());
    assert.equal(titles.find((c) => c.label === '您的权利')?.insertText, '三、您的权利');
    assert.equal(items.find((c) => c.kind === 'number')?.insertText, '三、');
    // An English policy is offered English titles only.
    const { analysis, offset } = at(`${POLICY}${CURSOR}`);
    assert.ok(completionsAt(analysis.doc, analysis.contact, offset).filter((c) => c.kind === 'title').every((c) => /^[A-Z]/.test(c.label)));
  });

  it('in a German or French policy: its own titles and contact labels', () => {
    const de = at(`§ 1 Geltungsbereich\nDiese Erklärung gilt für die Website und die App. Wir verarbeiten Ihre Daten nur, wenn Sie zustimmen oder ein Gesetz es erlaubt.\n§ 2 Kontakt\nE-Mail: datenschutz@beispiel.example\n${CURSOR}`);
    const items = completionsAt(de.analysis.doc, de.analysis.contact, de.offset);
    assert.deepEqual(items.filter((c) => c.kind === 'field').map((c) => c.label), ['Anschrift: ', 'Telefon: ', 'Online-Formular: ']);
    assert.equal(items.find((c) => c.kind === 'title' && c.label === 'Ihre Rechte')?.insertText, '§ 3 Ihre Rechte');
    assert.ok(!items.some((c) => c.label === 'Your Rights'));
    const fr = at(`1. Champ d'application\nCette politique explique comment nous traitons vos données et les données des utilisateurs de nos services.\n${CURSOR}`);
    assert.ok(completionsAt(fr.analysis.doc, fr.analysis.contact, fr.offset).some((c) => c.kind === 'title' && c.label === 'Vos droits'));
  });

  it('clause snippets carry the next top-level number', () => {
    const { analysis, offset } = at(POLICY.replace('2. Data We Collect\n2.1', `${CURSOR}\n2. Data We Collect\n2.1`));
    const snippet = completionsAt(analysis.doc, analysis.contact, offset, [{ name: 'Contact', prefix: 'contact', description: 'd', body: '${1:10.} Contact Us\nEmail: ${2}' }]).find((c) => c.kind === 'snippet');
    assert.equal(snippet?.insertText, '${1:2.} Contact Us\nEmail: ${2}');
  });
});

describe('hover', () => {
  it('on a cross-reference or a TOC entry: the target heading and its first sentence', () => {
    const { analysis, text } = at(POLICY);
    const ref = hoverAt(analysis.doc, analysis.context.settings, text.indexOf('3. Contact Us" for'));
    assert.match(ref!.contents, /^\*\*3\. Contact Us\*\* \(line 13\)/);
    const toc = hoverAt(analysis.doc, analysis.context.settings, text.indexOf('2. Data We Collect'));
    assert.match(toc!.contents, /\*\*2\. Data We Collect\*\* \(line 8\)/);
  });
  it('on a placeholder: which fact fills it', () => {
    const { analysis, text } = at(POLICY, { facts: { email: 'privacy@acme.example' } });
    const h = hoverAt(analysis.doc, analysis.context.settings, text.indexOf('[*]') + 1);
    assert.match(h!.contents, /Placeholder\*\* for the email address/);
    assert.match(h!.contents, /Fill with privacy@acme\.example/);
  });
});

describe('rename and references', () => {
  it('renaming a title changes the heading, its TOC entry and the references together', () => {
    const { analysis, text } = at(POLICY);
    const target = renameTargetAt(analysis.doc, text.lastIndexOf('Contact Us') + 2)!;
    assert.equal(target.part, 'title');
    const after = applyEdits(text, renameEdits(analysis.doc, target, 'How to Reach Us'));
    assert.equal((after.match(/How to Reach Us/g) ?? []).length, 3);
    assert.ok(!after.includes('Contact Us'));
    assert.deepEqual(analyzePolicy(after).findings.filter((f) => f.code === 'toc-mismatch' || f.code === 'broken-reference'), []);
  });
  it('renaming a number changes it in the heading, the TOC and references', () => {
    const { analysis, text } = at(POLICY);
    const target = renameTargetAt(analysis.doc, text.lastIndexOf('3. Contact Us'))!;
    assert.equal(target.part, 'number');
    assert.equal(target.text, '3');
    const after = applyEdits(text, renameEdits(analysis.doc, target, '4'));
    assert.equal((after.match(/4\. Contact Us/g) ?? []).length, 3);
    // A number lettered after its section's is renamed whole.
    const lettered = '1. Data\n\n1.a Contact data\nYour name.\n\n1.b Payment data\nYour card.\n';
    const letteredAnalysis = analyzePolicy(lettered);
    const number = renameTargetAt(letteredAnalysis.doc, lettered.indexOf('1.b'))!;
    assert.deepEqual([number.part, number.text], ['number', '1.b']);
    assert.match(applyEdits(lettered, renameEdits(letteredAnalysis.doc, number, '1.c')), /\n1\.c Payment data\n/);
  });
  it('in Markdown, renaming a heading changes the links to it by its slug; its number is after the # marks', () => {
    const text = '# Privacy Policy\n\nSee [rights](#2-your-rights).\n\n## 1. Data\n\nYour email.\n\n## 2. Your Rights\n\nAsk for a copy.\n';
    const analysis = analyzePolicy(text, { format: 'markdown' });
    const title = renameTargetAt(analysis.doc, text.indexOf('Your Rights') + 2)!;
    const renamed = applyEdits(text, renameEdits(analysis.doc, title, 'Your Choices'));
    assert.ok(renamed.includes('[rights](#2-your-choices)') && renamed.includes('## 2. Your Choices'), renamed);
    const number = renameTargetAt(analysis.doc, text.indexOf('## 2.') + 3)!;
    assert.deepEqual([number.part, number.text], ['number', '2']);
    const renumbered = applyEdits(text, renameEdits(analysis.doc, number, '3'));
    assert.ok(renumbered.includes('[rights](#3-your-rights)') && renumbered.includes('## 3. Your Rights'), renumbered);
    // The number's semantic token is the number, not the # marks.
    const tokens = semanticTokens(analysis.doc).filter((t) => t.type === 'sectionNumber').map((t) => text.slice(t.start, t.end));
    assert.deepEqual(tokens, ['1.', '2.']);
    // Hover on the link names the heading by its words.
    assert.match(hoverAt(analysis.doc, analysis.context.settings, text.indexOf('#2-your') + 2)!.contents, /^\*\*2\. Your Rights\*\* \(line 9\)/);
  });

  it('in Markdown, a heading written with emphasis or character references is renamed and renumbered where its words and number stand', () => {
    const text = '# Privacy Policy\n\nSee [s](#3-sharing-of-data) and [t](#4-terms--conditions).\n\n## 1. Data\n\nText.\n\n## 3. _Sharing_ of Data {#sharing}\n\nText.\n\n## 4.&nbsp;Terms &amp; conditions ##\n\nText.\n';
    const analysis = analyzePolicy(text, { format: 'markdown' });
    const sharing = renameTargetAt(analysis.doc, text.indexOf('of Data'))!;
    assert.equal(text.slice(sharing.start, sharing.end), '_Sharing_ of Data');
    assert.equal(applyEdits(text, renameEdits(analysis.doc, sharing, 'Disclosure')), text.replace('_Sharing_ of Data {#', 'Disclosure {#').replace('#3-sharing-of-data', '#3-disclosure'));
    const terms = renameTargetAt(analysis.doc, text.indexOf('conditions ##'))!;
    assert.equal(text.slice(terms.start, terms.end), 'Terms &amp; conditions');
    assert.equal(applyEdits(text, renameEdits(analysis.doc, terms, 'Terms')), text.replace('Terms &amp; conditions ##', 'Terms ##').replace('#4-terms--conditions', '#4-terms'));
    // Renumbering the level (3 follows 1) changes the numbers, not the # marks before them.
    const gap = analysis.findings.find((f) => f.code === 'numbering-gap')!;
    const renumbered = applyEdits(text, fixesFor(analysis, gap)[0].edits);
    assert.ok(renumbered.includes('## 2. _Sharing_ of Data {#sharing}') && renumbered.includes('## 3.&nbsp;Terms &amp; conditions ##'), renumbered);
  });

  it('finds every place that names a section', () => {
    const { analysis, text } = at(POLICY);
    const s = renameTargetAt(analysis.doc, text.lastIndexOf('Contact Us'))!.section;
    assert.deepEqual(referencesTo(analysis.doc, s).map((r) => r.kind).sort(), ['heading', 'reference', 'toc']);
  });
});

describe('formatting', () => {
  it('puts a space after heading numbers and removes trailing spaces, changing no word', () => {
    const text = '1.Scope   \nThis covers it.\n(1)Share\nWe share.  \n2.  Data\nText.\n';
    const formatted = applyEdits(text, formatEdits(analyzePolicy(text).doc));
    assert.equal(formatted, '1. Scope\nThis covers it.\n(1) Share\nWe share.\n2. Data\nText.\n');
  });
  it('writes every number of a level in the level\'s style, keeping its value', () => {
    const text = 'I. Scope\nText.\nII. Data\nText.\n3.Sharing\nText.\nIV. Rights\nText.\n';
    assert.equal(applyEdits(text, formatEdits(analyzePolicy(text).doc)), 'I. Scope\nText.\nII. Data\nText.\nIII. Sharing\nText.\nIV. Rights\nText.\n');
  });

  it('is idempotent and preserves every word, on random edits of the samples', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('1.How We Collect\nbody  \n', '(1)Share \nx\n', '一、收集\n正文\n', 'IX.  Storage\ntext\t\n'), (noise, head) => {
      const text = head + noise;
      const once = applyEdits(text, formatEdits(analyzePolicy(text).doc));
      const twice = applyEdits(once, formatEdits(analyzePolicy(once).doc));
      assert.equal(twice, once, 'idempotent');
      assert.deepEqual(once.split(/\s+/).filter(Boolean).join(''), text.split(/\s+/).filter(Boolean).join(''), 'same words and characters');
    }), { numRuns: 200 });
  });
});

describe('semantic tokens', () => {
  it('mark parser-recognised headings, numbers, TOC entries, references and placeholders, one line each, without overlap', () => {
    const { analysis, text } = at(POLICY);
    const tokens = semanticTokens(analysis.doc);
    const kinds = new Set(tokens.map((t) => t.type));
    for (const k of ['heading', 'sectionNumber', 'tocEntry', 'reference', 'placeholder']) assert.ok(kinds.has(k as never), k);
    for (let i = 0; i < tokens.length; i++) {
      assert.ok(!text.slice(tokens[i].start, tokens[i].end).includes('\n'));
      if (i) assert.ok(tokens[i].start >= tokens[i - 1].end);
    }
  });

  it('mark a heading wrapped onto a second line on both lines', () => {
    const text = 'PRIVACY POLICY\n\n1. DISCLOSURE OF YOUR\r\nPERSONAL INFORMATION\nWe may disclose aggregated information about our users without restriction.\n';
    const tokens = semanticTokens(analyzePolicy(text).doc);
    assert.deepEqual(tokens.map((t) => [t.type, text.slice(t.start, t.end)]), [['sectionNumber', '1.'], ['heading', 'DISCLOSURE OF YOUR'], ['heading', 'PERSONAL INFORMATION']]);
  });
});
