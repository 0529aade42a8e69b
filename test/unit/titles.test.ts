/**
 * Title keys: what makes two section titles the same for a reader. Titles of ASCII words are read by a one-pass
 * reader (asciiWords) and every other title by the general ones (wordsOfAnyTitle, rawWords); they must agree.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Section } from '../../server/src/core/model';
import { TitleIndex, titleIndex } from '../../server/src/core/text/titleIndex';
import { normalizeTitle, rawWords, sameTitle, sameWording, titleKey, titleWords, wordsOfAnyTitle } from '../../server/src/core/text/titles';

const ROOT = join(__dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');

describe('titleKey', () => {
  const cases: [string, string][] = [
    ['How We Use Your Information', 'use inform'],
    ['HOW WE USE YOUR INFORMATION', 'use inform'],
    ['Sharing and Disclosure', 'shar disclos'],
    ['Share & disclose', 'shar disclos'],
    ["Children's Privacy", 'children privacy'],
    ['Children’s Privacy', 'children privacy'],
    ["Minors' Data", 'minor data'],
    ['SDKs and Apps', 'sdk app'],
    ['Who We Are', 'who we are'],
    ['About Us', 'about us'],
    ['1.2 Cookies', '1 2 cooky'],
    ['Cookie Policy', 'cooky policy'],
    ['Third Parties', 'third party'],
    ['Categories Modified', 'category modify'],
    ['Contact Us:', 'contact'],
    ['Data Retention — EU', 'data retent eu'],
    ['Données personnelles', 'donné personnell'],
    ['我们如何收集信息', '我 们 如 何 收 集 信 息'],
    ['Contact 我们', 'contact'],
    ['', ''],
    ['...', ''],
  ];
  for (const [title, key] of cases) {
    it(`${JSON.stringify(title)} → ${JSON.stringify(key)}`, () => {
      assert.equal(titleKey(title), key);
      assert.deepEqual(titleWords(title), key === '' ? [] : key.split(' '));
    });
  }

  it('equates titles that differ in case, small words, punctuation and word endings', () => {
    assert.ok(sameTitle('Sharing of Information', 'SHARING INFORMATION'));
    assert.ok(sameTitle('SDK Description', 'Description of SDKs'));
    assert.ok(sameTitle('Cookie', 'COOKIES'));
    assert.ok(sameTitle('Sharing with Third Parties', 'Sharing with a Third Party'));
    assert.ok(!sameTitle('Data Retention', 'Data Security'));
  });

  it('reads the same wording through case, punctuation, spacing and "&", not through small words', () => {
    const cases: [string, string, boolean][] = [
      ['Children’s  Privacy', "CHILDREN'S PRIVACY", true], ['Cookies & Tracking', 'Cookies and tracking.', true],
      ['如何联系我们？', '如何联系我们', true], ['Cookies &amp; Tracking', 'Cookies and Tracking', true],
      ['Contact', 'Contact Us', false], ['Sharing of Information', 'Sharing Information', false], ['Cookie', 'Cookies', false],
    ];
    for (const [a, b, same] of cases) assert.equal(sameWording(a, b), same, `${a} / ${b}`);
  });
});

describe('the ASCII reader agrees with the general one', () => {
  const agree = (title: string) => {
    const general = wordsOfAnyTitle(title);
    assert.deepEqual(titleWords(title), general, JSON.stringify(title));
    assert.equal(titleKey(title), general.join(' '), JSON.stringify(title));
    assert.equal(normalizeTitle(title), rawWords(title).join(' '), JSON.stringify(title));
  };

  it('on every line of the samples and the seed policies', () => {
    const texts = readdirSync(join(ROOT, 'samples')).map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8'));
    if (existsSync(SEEDS)) for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(join(SEEDS, f), 'utf8'));
    let lines = 0;
    for (const text of texts) for (const line of text.split('\n')) { agree(line.slice(0, 300)); lines++; }
    assert.ok(lines > 100);
  });

  it('on titles made of words, small words, endings, apostrophes and other scripts', () => {
    const pieces = ['We', 'we', 'the', 'THE', 'share', 'Sharing', 'disclosures', 'SDKs', 'ss', 'class', 'data', 'apps', 'minor', "'s", '’s', "'S", "'", '’', 's', 'S', '1', '2.1', ' ', '  ', '\t', '-', '—', '.', ':', ',', '(a)', 'é', 'Ü', 'ſ', 'İ', '中', '我们', '😀', '\u00a0', 'ation', 'ments', 'ies', 'ly'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => agree(parts.join(''))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ maxLength: 40 }), agree), { numRuns: 2000 });
  });

  it('on titles longer than its buffer', () => {
    agree('Information '.repeat(60));
  });
});

describe('titleIndex', () => {
  const sectionsTitled = (titles: readonly string[]): Section[] => titles.map((title, index) => ({
    index, level: 1, title, heading: title, headingStart: index * 100, headingEnd: index * 100 + title.length, titleStart: index * 100,
    start: index * 100, end: index * 100 + 99, line: index * 2, parent: undefined, children: [], source: 'shape', inline: false, appendix: false, runIn: false,
  }));
  const titles = ['How We Use Your Information', 'Sharing Your Information With Partners', 'Contact Us'];
  // "Partners Policy" shares one word with the second title: close enough at 0.3, not at 0.6.
  const queries: [string, number][] = [['Partners Policy', 0.3], ['Partners Policy', 0.6], ['Contact Us', 0.6], ['Cookies', 0.3]];

  it('answers a version that shares the tables of the version before as a fresh index does, with its own sections', () => {
    const before = sectionsTitled(titles);
    const beforeIndex = titleIndex(before);
    for (const [title, min] of queries) beforeIndex.best(title, min);
    // The next version: the same titles, new section objects (an edit that changed no heading).
    const after = sectionsTitled(titles);
    const shared = titleIndex(after, undefined, before);
    const fresh = new TitleIndex(sectionsTitled(titles));
    for (const [title, min] of queries) {
      const found = shared.best(title, min);
      assert.equal(found?.index, fresh.best(title, min)?.index, `${title} at ${min}`);
      if (found) assert.equal(found, after[found.index], `${title}: a section of the new version`);
    }
    assert.equal(shared.best('Partners Policy', 0.3)?.index, 1);
    assert.equal(shared.best('Partners Policy', 0.6), undefined);
  });

  it('tells which titles pass a test, asking the test again only when the titles changed', () => {
    const asked: string[] = [];
    const aboutContact = (title: string) => { asked.push(title); return /contact/i.test(title); };
    const before = sectionsTitled(titles);
    assert.deepEqual(titleIndex(before).matching(aboutContact), [2]);
    const after = sectionsTitled(titles);
    assert.deepEqual(titleIndex(after, undefined, before).matching(aboutContact), [2]);
    assert.equal(asked.length, titles.length, 'the same titles: the answer kept');
    const renamed = sectionsTitled(['Contact Us', ...titles.slice(1, 2), 'Cookies']);
    assert.deepEqual(titleIndex(renamed, undefined, after).matching(aboutContact), [0]);
    assert.equal(asked.length, 2 * titles.length);
  });

  it('builds its own tables when a title changed', () => {
    const before = sectionsTitled(titles);
    titleIndex(before).best('Contact Us', 0.6);
    const after = sectionsTitled(['How We Use Your Information', 'Sharing Your Information With Partners', 'Cookies']);
    assert.equal(titleIndex(after, undefined, before).best('Contact Us', 0.6), undefined);
    assert.equal(titleIndex(after, undefined, before).best('Cookies', 0.6)?.index, 2);
  });
});
