/**
 * Property-based tests: random Unicode and random edits of real policies never make the parser or a rule throw,
 * every range lies inside the document, the outline nests as VS Code requires, positions count UTF-16 code units,
 * and every quick fix applies cleanly without touching text outside its edits.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildLineIndex } from '../../server/src/core/text/lines';
import { Analysis, analyzePolicy, applyEdits, fixAll, fixesFor } from '../../server/src/core/analyze';
import { OutlineNode, foldingRanges, outline } from '../../server/src/core/features/outline';
import { positionAt } from '../../server/src/core/positions';
import type { Edit } from '../../server/src/core/rules/types';
import { Match, RE_CAPS_PLACEHOLDER, RE_EMAIL, RE_PHONE, RE_PLACEHOLDER, RE_URL, findAll, findPlaceholders, hasEmail, hasPhone, hasUrl, placeholdersAfterEdit } from '../../server/src/core/text/patterns';

const ROOT = join(__dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const BASES = [
  ...readdirSync(join(ROOT, 'samples')).map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8')),
  ...(existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')) : []),
];
const TODAY = new Date(Date.UTC(2026, 10, 22));

/** Pieces that stress the parser: markers of every style, CJK, emoji, RTL, combining marks, controls, line breaks. */
const PIECES = [
  '1.', '1 ', '1.2.1', 'IX. ', '(1)', '(a)', 'A.', 'a) ', '一、', '（一）', '第一条', 'Appendix 2:', '【For APP】', '·', '- ', '# ', '## ',
  'Contact Us', 'Email: [*]', 'Tel: +1 (415) 555-0100', 'privacy@example.com', 'https://example.com', '"XII. Contact Us"', 'as follows.',
  'Effective Date: ', 'Last updated: July 2021', '隐私政策', '联系我们', '😀', '👨‍👩‍👧', 'ﷺ', 'שלום', 'e\u0301', '\u0000', '\u200b', '\ufeff',
  '\r\n', '\n', '\r', '\ud800', '\udfff', '    ', '\t', '(', ')', '"', '“', '”', 'XXX', '{{name}}', '<company email>', '____',
  'Article 1', 'CHAPTER II', '①', 'Q: ', 'Appendix: ', 'Contents', '1: ', '. 4. Keeping Data Safe We ', '**',
  '[1] ', '[2]: ', '<b>', '</b>', '<h2>', '</h2>', '<p><strong>', '</strong></p>', '■ ', 'What Do We Collect? ', '2. How We Use It? We ',
];
const policyish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 30 })), { maxLength: 80 }).map((a) => a.join(''));

/** A random edit of a real policy: insert, delete or replace a stretch. */
const editedPolicy = fc.record({
  base: fc.integer({ min: 0, max: BASES.length - 1 }),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(400), insert: policyish }), { minLength: 1, maxLength: 6 }),
}).map(({ base, edits }) => {
  let text = BASES[base];
  for (const e of edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
  }
  return text;
});

function checkOutline(nodes: readonly OutlineNode[], parent: OutlineNode | undefined, length: number) {
  for (const n of nodes) {
    assert.ok(n.name.trim().length > 0, 'symbol names are not empty');
    assert.ok(!/[\r\n]/.test(n.name), 'symbol names are one line');
    assert.ok(0 <= n.start && n.start <= n.selectionStart && n.selectionStart <= n.selectionEnd && n.selectionEnd <= n.end && n.end <= length, 'selection inside range inside document');
    if (parent) assert.ok(parent.start <= n.start && n.end <= parent.end, 'child inside parent');
    checkOutline(n.children, n, length);
  }
}

function checkEdits(text: string, edits: readonly Edit[]) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (const e of sorted) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, 'edit inside document');
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end, 'edits do not overlap');
  if (sorted.length === 0) return;
  const after = applyEdits(text, sorted);
  assert.equal(after.slice(0, sorted[0].start), text.slice(0, sorted[0].start), 'text before the edits unchanged');
  const tail = text.length - sorted[sorted.length - 1].end;
  assert.equal(after.slice(after.length - tail), text.slice(text.length - tail), 'text after the edits unchanged');
}

/** Line/character as VS Code counts them: line breaks \r\n, \n, \r; characters in UTF-16 code units. */
function expectedPosition(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function checkAnalysis(text: string, a: Analysis) {
  // A failure inside the parser or a rule is contained, but it is a bug: none may happen.
  assert.deepEqual([...a.doc.problems, ...a.findings].filter((p) => p.code === 'internal-error').map((p) => p.message), []);
  for (const f of a.findings) assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.code} range inside document`);
  checkOutline(outline(a.doc), undefined, text.length);
  for (const f of foldingRanges(a.doc)) assert.ok(0 <= f.startLine && f.startLine < f.endLine && f.endLine < a.doc.lines.length, 'folds inside document');
  for (const s of a.doc.sections.slice(0, 20)) {
    // Offsets inside a CRLF pair cannot be headings; every heading start is a real character.
    assert.deepEqual(positionAt(a.doc.lines, s.headingStart), expectedPosition(text, s.headingStart), 'UTF-16 position of a heading');
  }
}

describe('property: the analysis never fails and its values are well-formed', () => {
  it('on a policy ending with a number alone on its last line', () => {
    for (const last of ['3.', 'Article 3', '(c)', '三、', '③']) {
      const text = `Privacy Policy\n\n1. Scope\nThis covers the app.\n2. Contact\nEmail a@example.com\n${last}`;
      checkAnalysis(text, analyzePolicy(text, { today: TODAY }));
    }
  });

  it('on a line two passes take for a heading (a part\'s title standing alone inside a numbered section): one heading there', () => {
    // Found by the random edits below: the part and the sub-heading were two sections, the second outside its parent.
    const text = '1.Privacy Policy\n\nPersonal Information Protection Policy\n\nPrivacy Policy\n\nAcme Ltd attaches great importance to the protection of personal information.\n\n1.Our commitment\n\nWe collect what we need.\n\n2.How we use cookies\n\nWe use cookies.\n';
    const a = analyzePolicy(text, { today: TODAY });
    checkAnalysis(text, a);
    const starts = a.doc.sections.map((s) => s.headingStart);
    assert.equal(new Set(starts).size, starts.length);
  });

  it('on a title leading its paragraph before a colon on the very first line (no line before it to end a sentence)', () => {
    // Found by the random edits below: the line before was looked up at index -1.
    for (const first of ['Sharing: We do not sell your data.', 'Privacy Policy: Acme Ltd']) {
      const text = `${first}\n\nData we collect\n\nWe collect the details you give us when you order.\n\nContact us\n\nEmail: a@example.com\n`;
      checkAnalysis(text, analyzePolicy(text, { today: TODAY }));
    }
  });

  it('on random Unicode with policy-like pieces', () => {
    fc.assert(fc.property(policyish, (text) => {
      checkAnalysis(text, analyzePolicy(text, { today: TODAY }));
    }), { numRuns: 300 });
  });

  it('on random edits of real policies, Markdown parsing included', () => {
    fc.assert(fc.property(editedPolicy, fc.boolean(), (text, markdown) => {
      checkAnalysis(text, analyzePolicy(text, { today: TODAY, format: markdown ? 'markdown' : 'plain' }));
    }), { numRuns: 60 });
  });

  it('every quick fix applies cleanly and changes nothing outside its edits', () => {
    fc.assert(fc.property(editedPolicy, (text) => {
      const a = analyzePolicy(text, { today: TODAY });
      for (const f of a.findings.slice(0, 40)) {
        for (const fix of fixesFor(a, f)) {
          checkEdits(text, fix.edits);
          if (fix.command) assert.ok(fix.command.start >= 0 && fix.command.end <= text.length);
          analyzePolicy(applyEdits(text, fix.edits), { today: TODAY });
        }
      }
      const all = fixAll(a);
      if (all) checkEdits(text, all.edits);
    }), { numRuns: 40 });
  });

  it('a heading after an emoji starts where VS Code shows it', () => {
    const text = '😀👨‍👩‍👧 intro line\n1. Scope 😀\nbody\n2. Data\nbody';
    const a = analyzePolicy(text);
    assert.deepEqual(positionAt(a.doc.lines, a.doc.sections[0].headingEnd), { line: 1, character: 11 });
    checkAnalysis(text, a);
  });
});

describe('a policy broken where its lines were full, as a PDF\'s copy breaks it', () => {
  /** The text with every line longer than `width` broken at its last space before it. */
  const wrapped = (text: string, width: number) => text.split('\n').map((line) => {
    const parts: string[] = [];
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut < 20) cut = width;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    return [...parts, rest].join('\n');
  }).join('\n');
  it('keeps its tables of contents, their entries wrapped too (real policies at 80 and 64 characters)', () => {
    let tables = 0;
    for (const base of BASES) {
      const tocs = analyzePolicy(base.replace(/\r\n/g, '\n'), { today: TODAY }).doc.tocs;
      tables += tocs.length;
      for (const width of [80, 64]) {
        const doc = analyzePolicy(wrapped(base.replace(/\r\n/g, '\n'), width), { today: TODAY }).doc;
        assert.deepEqual(doc.tocs.map((t) => t.entries.length), tocs.map((t) => t.entries.length), `${base.slice(0, 40)} at ${width}`);
      }
    }
    assert.ok(tables > 0);
  });
});

describe('line endings and byte-order marks do not change the analysis', () => {
  const summary = (text: string) => {
    const a = analyzePolicy(text, { today: TODAY });
    return {
      sections: a.doc.sections.map((s) => [positionAt(a.doc.lines, s.headingStart).line, s.level, s.heading.replace(/\s+/g, ' ')]),
      findings: a.findings.map((f) => [f.code, positionAt(a.doc.lines, f.start).line]),
    };
  };
  BASES.forEach((text, k) => {
    it(`policy ${k + 1}: LF, CRLF and CR give the same outline and findings`, () => {
      const lf = summary(text.replace(/\r\n?/g, '\n'));
      assert.deepEqual(summary(text.replace(/\r?\n/g, '\r\n')), lf);
      assert.deepEqual(summary(text.replace(/\r?\n/g, '\r')), lf);
    });
  });
});

describe('fast paths give the same answers as the plain patterns', () => {
  // Placeholders are found from their first characters; the whole pattern over the whole text is the reference.
  // (Mixed case, "XxX" or "@yOurdomain.com", is left out on purpose: the fast path looks for three cases only.)
  const PLACEHOLDER_PIECES = ['[', ']', '*', '**', 'TBD', 'X', 'XX', 'XXX', ' ', '\n', '【', '】', '{{', '}}', 'name', '<', '>', 'company', 'email', '_', '____', 'insert', 'a', '1', '…', '?', '-', '.', '(', ')', '\t', 'Insert', 'INSERT', 'list', 'month', 'Lorem', 'lorem', 'LOREM', 'ipsum', 'IPSUM', 'dolor', 'sit amet', 'Lorem ipsum', 'lorem ipsum', 'LOREM IPSUM',
    '${', '}', '%', 'COMPANY_NAME', 'app', '{', '@', 'your', 'Your', 'YOUR', 'domain', 'website', '.com', 'ADRES', 'XII', 'É', ':'];
  it('findPlaceholders equals every match of RE_PLACEHOLDER, or of RE_CAPS_PLACEHOLDER where none starts', () => {
    // The reference: at each position left to right, the general pattern, else the capitals' one.
    const atEach = (text: string) => {
      const out: Match[] = [];
      const general = new RegExp(RE_PLACEHOLDER.source, 'iuy');
      const capitals = new RegExp(RE_CAPS_PLACEHOLDER.source, 'uy');
      for (let k = 0; k < text.length; k++) {
        general.lastIndex = capitals.lastIndex = k;
        const m = general.exec(text) ?? capitals.exec(text);
        if (!m || m[0].length === 0) continue;
        out.push({ start: k, end: k + m[0].length, text: m[0] });
        k += m[0].length - 1;
      }
      return out;
    };
    fc.assert(fc.property(fc.array(fc.constantFrom(...PLACEHOLDER_PIECES), { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(findPlaceholders(text), atEach(text));
      // Without capitals in brackets, the general pattern's matches alone.
      if (findAll(RE_CAPS_PLACEHOLDER, text).length === 0) assert.deepEqual(findPlaceholders(text), findAll(RE_PLACEHOLDER, text));
    }), { numRuns: 2000 });
  });

  it('placeholders found again near an edit equal those of the whole text after it', () => {
    // Lines of pieces, some blank, so that placeholders run over line breaks (`[` / `*` / `]`) near and across the edit.
    const LINE_PIECES = PLACEHOLDER_PIECES.filter((p) => p !== '\n');
    // A line that is one part of a placeholder alone: its opening, its word or its closing.
    const PARTS = ['[', ']', '*', 'TBD', '(', 'insert', 'list)', '<<', '>>', 'NAME', '{{', '}}', '【', '】', '${', 'x}'];
    const line = fc.oneof(fc.constant(''), fc.constant(' '), fc.constantFrom(...PARTS), fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 6 }).map((p) => p.join('')));
    let searchedNear = 0;
    // Line breaks of the three kinds: a lone carriage return breaks a line for the editor but not for the patterns.
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.nat(), fc.nat(), fc.nat(6), fc.array(fc.constantFrom(...PARTS, ...LINE_PIECES), { maxLength: 2 }), (lines, lineBreak, at, lineAt, removed, inserted) => {
      const before = lines.join(lineBreak);
      // A change inside one line: some characters of it replaced by some pieces.
      const index = buildLineIndex(before);
      const l = lineAt % index.length;
      const start = index.starts[l] + (at % (index.ends[l] - index.starts[l] + 1));
      const change = { start, end: Math.min(index.ends[l], start + removed), newText: inserted.join('') };
      const after = before.slice(0, change.start) + change.newText + before.slice(change.end);
      const near = placeholdersAfterEdit(findPlaceholders(before), after, buildLineIndex(after), change);
      if (near === undefined) return;
      searchedNear++;
      assert.deepEqual(near, findPlaceholders(after), JSON.stringify({ before, change }));
    }), { numRuns: 5000 });
    assert.ok(searchedNear > 2500, `searched near the edit ${searchedNear} times of 5000`);
    // Over lines broken by lone carriage returns, `<<…>>` runs on as far as its forty characters reach.
    for (const lineBreak of ['\r', '\n']) {
      const before = ['<<', 'the', 'company', 'name', ''].join(lineBreak);
      const change = { start: before.length, end: before.length, newText: '>>' };
      const after = before + '>>';
      const near = placeholdersAfterEdit(findPlaceholders(before), after, buildLineIndex(after), change) ?? findPlaceholders(after);
      assert.deepEqual(near, findPlaceholders(after), JSON.stringify(lineBreak));
      assert.equal(near.length, lineBreak === '\r' ? 1 : 0);
    }
  });

  // hasEmail, hasUrl and hasPhone look for a character the pattern needs before running it.
  const CONTACT_PIECES = ['a', 'B', '@', '.', 'example', 'com', 'http', 'https', 'HTTP', '://', 'www', 'WWW.', '/', ' ', '+', '(', ')', '-', '1', '23', '456', '７', '电话', 'é', '\n'];
  it('hasEmail, hasUrl and hasPhone agree with their patterns', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CONTACT_PIECES), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(hasEmail(text), findAll(RE_EMAIL, text).length > 0, text);
      assert.equal(hasUrl(text), findAll(RE_URL, text).length > 0, text);
      assert.equal(hasPhone(text), findAll(RE_PHONE, text).length > 0, text);
    }), { numRuns: 3000 });
  });
});
