/**
 * Hostile inputs are analysed completely, without running away. Each case is built at two sizes; the test asserts
 * only that both finish and that four times the input costs far less than sixteen times the time (a generous bound
 * that catches quadratic behaviour, not speed: speed is `npm run bench`'s business).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzePolicy } from '../../server/src/core/analyze';
import { foldingRanges, outline } from '../../server/src/core/features/outline';
import { RE_CAPS_PLACEHOLDER, RE_EMAIL, RE_PHONE, RE_PLACEHOLDER, RE_URL, findAll, findPlaceholders } from '../../server/src/core/text/patterns';
import { parseMarker } from '../../server/src/core/parse/numbering';
import { formatForPath } from '../../server/src/core/parse';

function timed(text: string): number {
  const t = performance.now();
  const a = analyzePolicy(text);
  outline(a.doc);
  foldingRanges(a.doc);
  return performance.now() - t;
}

/** Best of two runs at size n and at 4n; the larger must not cost 16 times more (plus slack for tiny timings). */
function assertLinear(name: string, make: (n: number) => string, n: number) {
  const small = make(n);
  const large = make(4 * n);
  const t1 = Math.min(timed(small), timed(small));
  const t4 = Math.min(timed(large), timed(large));
  assert.ok(t4 < 16 * t1 + 200, `${name}: ${t1.toFixed(0)} ms at ${small.length} chars, ${t4.toFixed(0)} ms at ${large.length} chars`);
}

const CASES: [string, (n: number) => string, number][] = [
  ['one line without a newline', (n) => 'We process personal information lawfully, fairly and transparently. '.repeat(n), 20_000],
  ['many headings', (n) => Array.from({ length: n }, (_, i) => `${i + 1}. Heading number ${i + 1}\nBody text of the section.\n`).join(''), 6_000],
  ['numbering nested deep', (n) => Array.from({ length: n }, (_, i) => `${Array.from({ length: (i % 1000) + 1 }, () => '1').join('.')} Deep title`).join('\n'), 250],
  ['a line of open parentheses', (n) => '('.repeat(n), 250_000],
  ['identical paragraphs', (n) => 'This paragraph is repeated many times so that the duplicate detector sees it again and again.\n\n'.repeat(n), 4_000],
  ['binary bytes', (n) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''), 250_000],
  ['bullets and markers', (n) => '· (1) a) I. 一、 【x】 '.repeat(n), 5_000],
  ['quotes and references', (n) => 'See "XII. Contact Us" and Appendix 4 and “1. Scope” and "'.repeat(n), 10_000],
  // Opening single quotes that nothing closes: each looks for its closing mark within a title's length.
  ['single quotes left open', (n) => `1. Scope\nText ${'‘a '.repeat(n)}\n2. Contact\nEmail: privacy@example.com\n`, 50_000],
  ['straight single quotes left open', (n) => `1. Scope\nText ${"'A ".repeat(n)}\n2. Contact\nEmail: privacy@example.com\n`, 50_000],
  // Every other number skipped, each gap over long lines that hold the next number before a title.
  ['skipped numbers over long lines', (n) => Array.from({ length: n }, (_, i) => `${(2 * i) % 900 + 1}. Heading ${i}\n${'We keep it. '.repeat(20)}${(2 * i) % 900 + 2}. Keeping It Safe We keep it. ${'Words here. '.repeat(5)}\n`).join(''), 1_000],
  // A table of contents run into a line, again and again: each first number after one reads at most a table's length back.
  ['tables of contents run into one line', (n) => `Privacy Policy\n\nWe explain it here. ${'1. How We Collect Information 2. How We Use It 3. Sharing '.repeat(n)}1. How We Collect Information We collect it.\n`, 20_000],
  // A wrapped title ("… Your Personal" / "Information Safely") and the heading it names, again and again: each pair's
  // test for another line of its key reads each key's lines once, not once per pair.
  ['wrapped titles repeated', (n) => `Privacy Policy\n\n${'Contents\nHow We Collect and Use Your Personal\nInformation Safely\nHow We Share It\n\nHow We Collect and Use Your Personal Information Safely\nWe collect it with care.\n\n'.repeat(n)}`, 500],
  // Paragraphs led by one word, tens of thousands of them next to one led by a longer title: joined to it in one
  // walk (a run this long once overflowed the stack, spread into Math.min).
  ['one-word leads next to a longer one', (n) => `Notice of Privacy Practices\n\nOur Duties\nWe must keep your health information private under the law.\n\nHow We Use Information\nHealth Care Operations. We may use your information to run our practice and improve care.\n${'Payment. We may use your information to bill and to get payment from health plans.\n'.repeat(n)}`, 40_000],
  // Paragraphs led by titles, each after a record's label repeated between them ("Purpose. …"): each lead looks up
  // for the line introducing its list as far as the lead before it, not over all of them.
  ['leads between repeated labels', (n) => `Privacy Notice\n\nOur Partners\nWe work with these partners.\n\n${Array.from({ length: n }, (_, i) => `Partner Number ${i}. We share your order details with this partner for delivery.\nPurpose. We use it to deliver the things you ordered to your address.\n`).join('')}`, 5_000],
  // Unbalanced numbering: the same first number again and again, each right under the one before.
  ['the same first number repeated', (n) => '(1) Item\nWe keep it here.\n'.repeat(n), 2_000],
  // A table of contents as long as the policy, four entries in ten naming no section.
  ['a table of contents of thousands of entries', (n) => {
    const WORDS = ['apple', 'bridge', 'canyon', 'delta', 'ember', 'forest', 'glacier', 'harbor', 'island', 'jungle', 'kettle', 'lantern', 'meadow', 'nectar', 'orchard', 'prairie', 'quarry', 'river', 'summit', 'tundra'];
    const words = (i: number) => `${WORDS[i % 20]} ${WORDS[Math.floor(i / 20) % 20]} ${WORDS[Math.floor(i / 400) % 20]}`.replace(/\b\w/g, (c) => c.toUpperCase());
    const entries = Array.from({ length: n }, (_, i) => (i % 10 < 4 ? `Questions About ${words(i + 7000)}` : `Notes On ${words(i)}`));
    const sections = Array.from({ length: n }, (_, i) => `${i % 10 < 4 ? `Remarks On ${words(i + 7000)}` : `Notes On ${words(i)}`}\nWe handle it with care.`);
    return `Privacy Policy\n\nTable of Contents\n${entries.join('\n')}\n\n${sections.join('\n\n')}\n`;
  }, 800],
];

describe('pathological inputs finish, in time linear in their size', () => {
  for (const [name, make, n] of CASES) it(name, () => assertLinear(name, make, n));

  it('Markdown: links left unclosed, headings with the same anchor, and lines in bold among headings are read once', () => {
    const timedMarkdown = (text: string) => { const t = performance.now(); analyzePolicy(text, { format: 'markdown' }); return performance.now() - t; };
    // (And lines in bold standing for headings under one Markdown heading, numbered in styles that alternate.)
    for (const make of [(n: number) => `# P\n\n## A\n\n${'[x](#a "t '.repeat(n)}\n`, (n: number) => `# P\n\n${'## Cookies\n\nSee [cookies](#cookies-3).\n\n'.repeat(n)}`,
      (n: number) => `# P\n\n## 1. Data\n\n${'**2. Cookies**\n\nWe use them.\n\n**(a) Consent**\n\nYou agree.\n\n**Retention**\n\nA year.\n\n'.repeat(n / 4)}`]) {
      const t1 = Math.min(timedMarkdown(make(5_000)), timedMarkdown(make(5_000)));
      const t4 = Math.min(timedMarkdown(make(20_000)), timedMarkdown(make(20_000)));
      assert.ok(t4 < 16 * t1 + 200, `${t1.toFixed(0)} ms, then ${t4.toFixed(0)} ms at four times the size`);
    }
  });

  it('telling Markdown from plain text by its headings reads a text full of # once', () => {
    const sniff = (text: string) => { const t = performance.now(); formatForPath('policy.txt', text); return performance.now() - t; };
    const make = (n: number) => 'Contact us about ticket #12 at any time. '.repeat(n);
    const t1 = Math.min(sniff(make(20_000)), sniff(make(20_000)));
    const t4 = Math.min(sniff(make(80_000)), sniff(make(80_000)));
    assert.ok(t4 < 16 * t1 + 200, `${t1.toFixed(0)} ms, then ${t4.toFixed(0)} ms at four times the size`);
  });

  it('the largest sizes named in the robustness issue finish', () => {
    const paragraph = 'This paragraph is repeated many times so that the duplicate detector sees it again and again.\n\n';
    for (const text of ['x'.repeat(10 * 1024 * 1024), '('.repeat(1_000_000), Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Heading ${i + 1}`).join('\n'), paragraph.repeat(50_000)]) {
      const a = analyzePolicy(text);
      assert.ok(a.doc.lines.length >= 1);
    }
  });
});

describe('regular expressions against catastrophic backtracking', () => {
  const adversarial = ['a'.repeat(50_000) + '!', '1'.repeat(50_000), '1.'.repeat(25_000), '+('.repeat(25_000), ' '.repeat(50_000) + 'x', '@'.repeat(50_000), 'a@'.repeat(25_000), '[' + '*'.repeat(50_000), '<company' + ' x'.repeat(25_000), 'www.' + 'a.'.repeat(25_000), '_'.repeat(50_000) + 'a', '[' + 'AB '.repeat(25_000), '[ABC'.repeat(12_500), '[' + 'A'.repeat(50_000) + '-'];
  for (const [name, re] of [['placeholder', RE_PLACEHOLDER], ['capitals placeholder', RE_CAPS_PLACEHOLDER], ['email', RE_EMAIL], ['phone', RE_PHONE], ['url', RE_URL]] as const) {
    it(`${name} pattern stays fast on adversarial strings`, () => {
      for (const s of adversarial) {
        const t = performance.now();
        findAll(re, s);
        const ms = performance.now() - t;
        assert.ok(ms < 1500, `${name} took ${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 12))}…`);
      }
    });
  }
  it('the placeholder fast path stays fast on adversarial strings', () => {
    for (const s of [...adversarial, '['.repeat(50_000), '<'.repeat(50_000), 'X'.repeat(50_000) + 'a', '{{'.repeat(25_000)]) {
      const t = performance.now();
      findPlaceholders(s);
      const ms = performance.now() - t;
      assert.ok(ms < 1500, `findPlaceholders took ${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 12))}…`);
    }
  });
  it('marker patterns stay fast on adversarial line starts', () => {
    for (const s of adversarial) {
      const t = performance.now();
      for (let i = 0; i < 1000; i++) parseMarker(s.slice(0, 64));
      assert.ok(performance.now() - t < 1500);
    }
  });
});
