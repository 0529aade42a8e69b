/**
 * Title keys: what makes two section titles the same for a reader. Titles of ASCII words are read by a one-pass
 * reader (asciiWords) and every other title by the general ones (wordsOfAnyTitle, rawWords); they must agree.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeTitle, rawWords, sameTitle, titleKey, titleWords, wordsOfAnyTitle } from '../../server/src/core/text/titles';

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
    ['1.2 Cookies', '1 2 cook'],
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
    assert.ok(!sameTitle('Data Retention', 'Data Security'));
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
