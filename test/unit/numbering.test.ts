import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { bulletLength, familyKey, markerWithValue, parseMarker, romanValue, cjkValue, sameStyle, styleKey } from '../../server/src/core/parse/numbering';

describe('parseMarker', () => {
  const cases: [string, string, string, number[], string][] = [
    // input, decoration, kind, path, label
    ['1.How We Collect', 'dot', 'arabic', [1], '1'],
    ['10. Contact Us', 'dot', 'arabic', [10], '10'],
    ['1 How do we collect', 'space', 'arabic', [1], '1'],
    ['1.2 Collection', 'multi', 'arabic', [1, 2], '1.2'],
    ['1.2.1', 'multi', 'arabic', [1, 2, 1], '1.2.1'],
    // `2.0` numbers top-level section 2: its zero adds no level.
    ['2.0 Scope', 'multi', 'arabic', [2], '2.0'],
    ['IX. Storage Period', 'dot', 'roman-upper', [9], 'IX'],
    ['XII. Contact Information', 'dot', 'roman-upper', [12], 'XII'],
    ['(1)Share', 'paren', 'arabic', [1], '(1)'],
    ['(a) identity data', 'paren', 'alpha-lower', [1], '(a)'],
    ['（一）注册账号', 'paren', 'cjk', [1], '（一）'],
    ['A.Information submitted', 'dot', 'alpha-upper', [1], 'A'],
    ['a) Service providers', 'half-paren', 'alpha-lower', [1], 'a)'],
    ['ii. Erasure', 'dot', 'roman-lower', [2], 'ii'],
    ['一、我们如何收集', 'dun', 'cjk', [1], '一'],
    ['十二、联系我们', 'dun', 'cjk', [12], '十二'],
    ['1、商品配送', 'dun', 'arabic', [1], '1'],
    ['第一条 为保护', 'chapter', 'cjk', [1], '第一条'],
    ['第十二章 附则', 'chapter', 'cjk', [12], '第十二章'],
    ['Section 4. Sharing', 'keyword', 'arabic', [4], 'Section 4'],
    ['Article 12 Rights', 'keyword', 'arabic', [12], 'Article 12'],
    ['Appendix 2: Third-Party Service Providers', 'keyword', 'arabic', [2], 'Appendix 2'],
    ['APPENDIX B - Processors', 'keyword', 'alpha-upper', [2], 'Appendix B'],
    ['§ 3 Your Rights', 'keyword', 'arabic', [3], '§ 3'],
    ['§12 Contact', 'keyword', 'arabic', [12], '§ 12'],
    ['Part One: Introduction', 'keyword', 'arabic', [1], 'Part One'],
    ['Ⅳ. Your Rights', 'dot', 'roman-upper', [4], 'Ⅳ'],
    ['ⅱ、数据', 'dun', 'roman-lower', [2], 'ⅱ'],
    ['Ⅻ Contact Us', 'space', 'roman-upper', [12], 'Ⅻ'],
    ['（Ⅱ）Device control', 'paren', 'roman-upper', [2], '（Ⅱ）'],
    ['(ⅲ) Sharing', 'paren', 'roman-lower', [3], '(ⅲ)'],
    ['CHAPTER SEVENTEEN Data', 'keyword', 'arabic', [17], 'Chapter Seventeen'],
    ['【For APP】', 'bracket', 'none', [], ''],
    ['③ Payment', 'enclosed', 'arabic', [3], '③'],
    ['⑵With processors', 'enclosed', 'arabic', [2], '⑵'],
    ['⒓ Contact', 'enclosed', 'arabic', [12], '⒓'],
    ['1: Introduction', 'dot', 'arabic', [1], '1'],
    ['Artículo 1. Responsable', 'keyword', 'arabic', [1], 'Artículo 1'],
    ['Article 1er – Objet', 'keyword', 'arabic', [1], 'Article 1'],
    ['Artigo 2.º Dados', 'keyword', 'arabic', [2], 'Artigo 2'],
    ['KAPITEL III Rechte', 'keyword', 'roman-upper', [3], 'Kapitel III'],
    ['Hoofdstuk 4 Contact', 'keyword', 'arabic', [4], 'Hoofdstuk 4'],
    ['Art. 1 - Titolare del trattamento', 'keyword', 'arabic', [1], 'Art. 1'],
    ['Cláusula 2ª – Dados coletados', 'keyword', 'arabic', [2], 'Cláusula 2'],
    ['Madde 3 - İletişim', 'keyword', 'arabic', [3], 'Madde 3'],
    ['Pasal 4 Kontak', 'keyword', 'arabic', [4], 'Pasal 4'],
    ['Điều 5. Liên hệ', 'keyword', 'arabic', [5], 'Điều 5'],
    ['Rozdział II Dane', 'keyword', 'roman-upper', [2], 'Rozdział II'],
    ['Раздел 3. Права пользователей', 'keyword', 'arabic', [3], 'Раздел 3'],
    // A bracket without a space before a capital or a Chinese character.
    ['1）我们如何收集', 'half-paren', 'arabic', [1], '1）'],
    ['2)How We Use It', 'half-paren', 'arabic', [2], '2)'],
    ['II) What We Collect', 'half-paren', 'roman-upper', [2], 'II)'],
    ['B) Account data', 'half-paren', 'alpha-upper', [2], 'B)'],
    ['2/ Quelles données collectons-nous ?', 'half-paren', 'arabic', [2], '2/'],
    // A number set off by a dash: its label is the number alone.
    ['1 - Introduction', 'space', 'arabic', [1], '1'],
    ['IV – VOS DROITS', 'space', 'roman-upper', [4], 'IV'],
    // Alone on its line, its title on the next.
    ['II.', 'dot', 'roman-upper', [2], 'II'],
    // Korean articles and chapters.
    ['제1조(목적)', 'chapter', 'arabic', [1], '제1조'],
    ['제 2 장 총칙', 'chapter', 'arabic', [2], '제 2 장'],
    // Full-width digits, as Japanese and Chinese documents write them: read as the digits they are.
    ['１．個人情報の取得', 'dot', 'arabic', [1], '1'],
    ['１２．お問い合わせ', 'dot', 'arabic', [12], '12'],
    ['（２）サービスの提供', 'paren', 'arabic', [2], '（2）'],
    ['２.１ 利用目的', 'multi', 'arabic', [2, 1], '2.1'],
    // The sections of a part or appendix numbered by its letter.
    ['A.1 Account information', 'multi', 'arabic', [1, 1], 'A.1'],
    // The items of a section lettered after its number: the letter is the last level.
    ['1.a Contact data', 'multi', 'alpha-lower', [1, 1], '1.a'],
    ['1(b) Payment data', 'multi', 'alpha-lower', [1, 2], '1(b)'],
    // Lower-case Roman numerals in parentheses: `(ii)` always, `(i)` unless the letter before says otherwise.
    ['1(ii) Usage data', 'multi', 'roman-lower', [1, 2], '1(ii)'],
    ['1(i) Account data', 'multi', 'roman-lower', [1, 1], '1(i)'],
    ['2(iv) Device data', 'multi', 'roman-lower', [2, 4], '2(iv)'],
    ['2.B) Fraud prevention', 'multi', 'alpha-upper', [2, 2], '2.B'],
    ['1.2.c Cookies', 'multi', 'alpha-lower', [1, 2, 3], '1.2.c'],
    ['B.2.1 Cookies', 'multi', 'arabic', [2, 2, 1], 'B.2.1'],
  ];
  for (const [input, decoration, kind, path, label] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => {
      const m = parseMarker(input);
      assert.ok(m, 'a marker');
      assert.deepEqual({ decoration: m.decoration, kind: m.kind, path: m.path, label: m.label }, { decoration, kind, path, label });
    });
  }
  for (const text of ['1)2', 'a)b', '24/7 support', '1/2 cup', '3 - 5 days', 'Personal information is', '2021 was a year', 'e.g. your name', 'U.S. residents', '3.14159 is pi', 'www.example.com', '(see below)', 'I am here', '(206) 555-0100', '（020）8888 6666', '']) {
    it(`finds no marker in ${JSON.stringify(text)}`, () => assert.equal(parseMarker(text), undefined));
  }
  it('sameStyle says what equal style keys say, for every pair of markers above', () => {
    const markers = [...cases.map(([input]) => parseMarker(input)!), parseMarker('2. Data')!, parseMarker('1.2.3 Deep')!, parseMarker('Section 2 Scope')!, parseMarker('第二条 范围')!];
    for (const a of markers) for (const b of markers) assert.equal(sameStyle(a, b), styleKey(a) === styleKey(b), `${a.text} / ${b.text}`);
  });
  // parseMarker tests a line's first characters before its patterns: lines that start like a marker still read as one.
  const starts: [string, string | undefined, string | undefined][] = [
    ['E. Contact', 'dot', 'E'], ['e) other', 'half-paren', 'e)'], ['x) item', 'half-paren', 'x)'], ['iv) fourth', 'half-paren', 'iv)'],
    ['section 3: Data', 'keyword', 'Section 3'], ['§4 Rights', 'keyword', '§ 4'],
    ['Section A: Scope', 'keyword', 'Section A'], ['Appendix b', 'keyword', 'Appendix b'],
    ['Parts of this policy apply to you.', undefined, undefined], ['Sections 2 and 3 apply.', undefined, undefined],
    ['Articles of association', undefined, undefined], ['Schedules change.', undefined, undefined],
    ['Mr. Smith', undefined, undefined], ['LLC. Example', undefined, undefined], ['Cookies. We use', undefined, undefined], ['Article', undefined, undefined],
  ];
  for (const [text, decoration, label] of starts) {
    it(`reads ${JSON.stringify(text)} ${decoration ? `as ${label}` : 'as no marker'}`, () => {
      const m = parseMarker(text);
      assert.deepEqual(m && { decoration: m.decoration, label: m.label }, decoration && { decoration, label });
    });
  }
  // One hidden class for every marker in V8 (see ARCHITECTURE.md): the same fields, in the same order, whatever the
  // style and whether it has a keyword, a head or a second reading.
  it('every marker has the same fields in the same order', () => {
    const markers = [...cases.map(([input]) => parseMarker(input)!), ...starts.filter(([, d]) => d).map(([text]) => parseMarker(text)!), parseMarker('I. Scope')!, parseMarker('B.1 Data')!, parseMarker('１．個人情報')!];
    const fields = Object.keys(markers[0]).join(',');
    for (const m of markers) assert.equal(Object.keys(m).join(','), fields, m.text);
  });
  it('numbers of one level and the same value share their path (a long policy has tens of thousands)', () => {
    const [a, b, c] = ['3. Sharing', '(3) the data', 'III. Rights'].map((s) => parseMarker(s)!);
    assert.deepEqual([a.path, b.path, c.path], [[3], [3], [3]]);
    assert.ok(a.path === b.path && b.path === c.path);
    assert.notEqual(parseMarker('4. Security')!.path, a.path);
    assert.deepEqual(parseMarker('1.2 Collection')!.path, [1, 2]);
    assert.deepEqual(parseMarker('300. Last')!.path, [300]);
  });

  it('I. reads as Roman one and keeps the letter reading as an alternative', () => {
    const m = parseMarker('I. Introduction')!;
    assert.equal(m.kind, 'roman-upper');
    assert.deepEqual(m.alt, { kind: 'alpha-upper', value: 9 });
  });
});

describe('numbers', () => {
  it('Roman and Chinese numerals', () => {
    assert.equal(romanValue('XIV'), 14);
    assert.equal(romanValue('IIII'), undefined);
    assert.equal(cjkValue('二十三'), 23);
    assert.equal(cjkValue('十'), 10);
  });
  it('writes the next number in the same style', () => {
    assert.equal(markerWithValue(parseMarker('IX. A')!, 10), 'X.');
    assert.equal(markerWithValue(parseMarker('(3) A')!, 4), '(4)');
    assert.equal(markerWithValue(parseMarker('第三条 A')!, 4), '第四条');
    assert.equal(markerWithValue(parseMarker('제3조(목적)')!, 4), '제4조');
    assert.equal(markerWithValue(parseMarker('1.2 A')!, 3), '1.3');
    assert.equal(markerWithValue(parseMarker('2.0 A')!, 3), '3.0');
    // A keyword's number changes, the keyword stays, with or without a space or a separator after the number.
    assert.equal(markerWithValue(parseMarker('附录一 SDK')!, 2), '附录二');
    assert.equal(markerWithValue(parseMarker('§1 Scope')!, 2), '§2');
    assert.equal(markerWithValue(parseMarker('Part II – Data')!, 3), 'Part III –');
    assert.equal(markerWithValue(parseMarker('Part One: Introduction')!, 2), 'Part Two:');
    assert.equal(markerWithValue(parseMarker('Ⅸ. Storage')!, 10), 'Ⅹ.');
    assert.equal(markerWithValue(parseMarker('Ⅻ. Contact')!, 13), 'XIII.');
    assert.equal(markerWithValue(parseMarker('（Ⅱ）Device control')!, 3), '（Ⅲ）');
    assert.equal(markerWithValue(parseMarker('(ⅱ) Sharing')!, 3), '(ⅲ)');
    assert.equal(markerWithValue(parseMarker('CHAPTER SEVEN Data')!, 8), 'CHAPTER EIGHT');
    assert.equal(markerWithValue(parseMarker('Part one: Introduction')!, 3), 'Part three:');
    assert.equal(markerWithValue(parseMarker('Appendix 2: Processors')!, 3), 'Appendix 3:');
    assert.equal(markerWithValue(parseMarker('一、A')!, 2), '二、');
    assert.equal(markerWithValue(parseMarker('Appendix 1: A')!, 2), 'Appendix 2:');
    assert.equal(markerWithValue(parseMarker('③ A')!, 4), '④');
    assert.equal(markerWithValue(parseMarker('⑴ A')!, 2), '⑵');
    assert.equal(markerWithValue(parseMarker('⒈ A')!, 20), '⒛');
    assert.equal(markerWithValue(parseMarker('09. A')!, 10), '10.');
    // Full-width digits stay full-width; a letter heading a multi-level number stays.
    assert.equal(markerWithValue(parseMarker('９．個人')!, 10), '１０．');
    assert.equal(markerWithValue(parseMarker('（３）個人')!, 4), '（４）');
    assert.equal(markerWithValue(parseMarker('B.1 Account')!, 2), 'B.2');
    assert.equal(markerWithValue(parseMarker('1.d Technical data')!, 3), '1.c');
    // Lettered and numbered sub-sections are written differently.
    assert.ok(!sameStyle(parseMarker('1.a Contact')!, parseMarker('1.1 Contact')!));
    assert.equal(markerWithValue(parseMarker('B.2.1 Cookies')!, 3), 'B.2.3');
    // The text a marker keeps is as written.
    assert.equal(parseMarker('１．個人情報')!.text, '１．');
  });
  it('words of other languages are the units they stand for: articles, chapters, sections', () => {
    assert.equal(parseMarker('Artículo 3. Contacto')!.keyword, 'article');
    assert.equal(parseMarker('Capitolo 2 Diritti')!.keyword, 'chapter');
    assert.equal(parseMarker('Abschnitt 5 Kontakt')!.keyword, 'section');
    assert.equal(parseMarker('Art. 1 - Titolare')!.keyword, 'article');
    assert.equal(parseMarker('Điều 5. Liên hệ')!.keyword, 'article');
    assert.equal(parseMarker('Madde 3 - İletişim')!.keyword, 'article');
    assert.equal(parseMarker('Cláusula 2ª – Dados')!.keyword, 'clause');
    assert.equal(parseMarker('Rozdział II Dane')!.keyword, 'chapter');
    // Not a word that merely starts so ("Articles 3", "Madden 2").
    assert.equal(parseMarker('Madden 2 said')?.keyword, undefined);
    assert.equal(styleKey(parseMarker('Artikel 1 A')!), styleKey(parseMarker('Artikel 2 B')!));
  });
  it('① and ⑴ are two styles, each its own family', () => {
    const circled = parseMarker('① A')!, parenthesised = parseMarker('⑴ B')!;
    assert.ok(!sameStyle(circled, parenthesised));
    assert.ok(sameStyle(circled, parseMarker('⑤ C')!));
    assert.notEqual(familyKey(circled), familyKey(parenthesised));
  });
  it('IV. and 5. share a family but not a style; (5) is another family', () => {
    const roman = parseMarker('IV. A')!, arabic = parseMarker('5. B')!, paren = parseMarker('(5) C')!;
    assert.notEqual(styleKey(roman), styleKey(arabic));
    assert.equal(familyKey(roman), familyKey(arabic));
    assert.notEqual(familyKey(paren), familyKey(arabic));
  });
});

describe('bulletLength', () => {
  it('reads the bullets lists are written with, Word\'s Symbol-font ones and its `o` before a tab among them', () => {
    const cases: [string, number][] = [
      ['• Name', 2], ['- Name', 2], ['* Name', 2], ['\uf0b7\tName', 2], ['\uf0a7 Name', 2], ['o\tName', 2], ['・氏名', 1],
      ['o Name', 0], ['of the data', 0], ['-1 degrees', 0], ['Name', 0],
    ];
    for (const [line, length] of cases) assert.equal(bulletLength(line), length, JSON.stringify(line));
  });
});
