/**
 * Re-parsing after an edit: reparsePolicy must give exactly what a fresh parse of the new text gives, whether
 * it reuses the line stages of the previous document (an edit inside one body line) or parses from scratch.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PolicyDocument } from '../../server/src/core/model';
import { TextChange, formatAfterChange, formatForPath, parsePolicy, reparsePolicy, reusesLineStages } from '../../server/src/core/parse';
import { Analysis, analyzePolicy } from '../../server/src/core/analyze';
import { movedCandidates, referenceCandidates } from '../../server/src/core/parse/references';
import { buildLineIndex, lineOf } from '../../server/src/core/text/lines';
import { RULES } from '../../server/src/core/rules/registry';
import { defaultSettings } from '../../server/src/core/settings';
import { REFERENCE_FIELDS, SECTION_FIELDS, unchangedParts } from '../../server/src/core/reuse';
import { MARKER_FIELDS } from '../../server/src/core/parse/numbering';
import { ParagraphMemo } from '../../server/src/core/paragraphMemo';
import { duplicateTextStats } from '../../server/src/core/rules/duplicate-text';
import { isContactTitle } from '../../server/src/core/text/contactTitle';

const ROOT = join(__dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const BASES = [
  ...readdirSync(join(ROOT, 'samples')).map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8')),
  ...(existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')) : []),
];

/** Everything a document holds, as plain data (the line index is typed arrays). */
/**
 * Every line's last character deleted, and each of `appended` written after it: the re-parse equals a fresh parse.
 * Returns how many of those edits changed the number of sections (a test that none did would prove little).
 */
function lineEndEditsMatchFreshParse(text: string, appended: readonly string[]): number {
  const base = parsePolicy(text);
  let changed = 0;
  for (let i = 0; i < base.lines.length; i++) {
    const end = base.lines.ends[i];
    if (end === base.lines.starts[i]) continue;
    for (const change of [{ start: end - 1, end, newText: '' }, ...appended.map((newText) => ({ start: end, end, newText }))]) {
      const next = apply(text, change);
      const fresh = parsePolicy(next);
      assert.deepEqual(plain(reparsePolicy(base, change, next)), plain(fresh), `line ${i + 1}: ${JSON.stringify(change)}`);
      if (fresh.sections.length !== base.sections.length) changed++;
    }
  }
  return changed;
}

function plain(doc: PolicyDocument): unknown {
  return JSON.parse(JSON.stringify({ ...doc, lines: { starts: Array.from(doc.lines.starts), ends: Array.from(doc.lines.ends), length: doc.lines.length, textLength: doc.lines.textLength } }));
}

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.newText + text.slice(c.end);
}

/** Each of `insertions` typed at every offset of `text` (and each character deleted): the re-parse equals a fresh parse. */
function expectEveryEditReparsed(doc: PolicyDocument, text: string, insertions: readonly string[]): void {
  for (const newText of insertions) {
    for (let start = 0; start < text.length; start++) {
      const change = { start, end: newText === '' ? start + 1 : start, newText };
      const next = apply(text, change);
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)), JSON.stringify(change));
    }
  }
}

/**
 * Typing `typed` over text[at, at + length), and back: each re-parse equals a fresh parse, and the edit changes what
 * `changes` reads (a re-parse of an edit that changes nothing would prove little).
 */
function editsBothWays(text: string, at: number, length: number, typed: string, changes: (doc: PolicyDocument) => unknown, why: string): void {
  const doc = parsePolicy(text);
  const change = { start: at, end: at + length, newText: typed };
  const next = apply(text, change);
  assert.notDeepEqual(changes(parsePolicy(next)), changes(doc), why);
  assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
  assert.deepEqual(plain(reparsePolicy(parsePolicy(next), { start: at, end: at + typed.length, newText: text.slice(at, at + length) }, text)), plain(doc));
}

const INSERTS = ['x', ' ', '.', 'e', 'We ', '"', '“', '”', 'Section 3', 'Article 2', 'Contact Us', '[*]', 'privacy@example.com', '1. ', '(a) ', '· ', ':', ';', '😀', 'Effective Date: ', '\n', '\r\n', '', 'How we use your information. ', 'What Do We Collect? '];

/**
 * A real policy and a few edits in a row, spread through it, as a user types: each change with the text after it.
 * Each is analysed from the previous result, as a server does.
 */
const typing = fc.tuple(fc.nat(BASES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.constantFrom(...INSERTS), fc.nat(4))
  .map(([b, where, removed, inserted, steps]) => {
    const edits: { change: TextChange; text: string }[] = [];
    let text = BASES[b];
    for (let k = 0; k <= steps; k++) {
      const start = Math.min(text.length, Math.floor(((where + k * 0.137) % 1) * text.length));
      const change = { start, end: Math.min(text.length, start + removed), newText: inserted };
      text = apply(text, change);
      edits.push({ change, text });
    }
    return { base: BASES[b], edits };
  });

describe('reparsePolicy', () => {
  it('equals a fresh parse after random edits of real policies', () => {
    fc.assert(fc.property(typing, ({ base, edits }) => {
        let doc = parsePolicy(base);
        for (const { change, text } of edits) {
          doc = reparsePolicy(doc, change, text);
          assert.deepEqual(plain(doc), plain(parsePolicy(text)));
        }
      }), { numRuns: 400 });
  });

  it('reuses the line stages for typing inside a body paragraph, and not for a new line or a heading', () => {
    const text = 'Example Privacy Policy\n\n1. What we collect\n\nWe collect your name and email address when you register for an account with us, and the pages you visit.\n\n2. Contact us\n\nWrite to privacy@example.com.\n';
    const doc = parsePolicy(text);
    const inBody = text.indexOf('register');
    const typed = { start: inBody, end: inBody, newText: 'x' };
    assert.ok(reusesLineStages(doc, typed, apply(text, typed)));
    // A list item stays a list item: its line stages are reused too.
    const listText = text.replace('2. Contact us', '(a) your name and the name of your company;\n(b) your email address;\n\n2. Contact us');
    const inItem = listText.indexOf('company');
    const typedInItem = { start: inItem, end: inItem, newText: 'x' };
    assert.ok(reusesLineStages(parsePolicy(listText), typedInItem, apply(listText, typedInItem)));
    const newline = { start: inBody, end: inBody, newText: '\n' };
    assert.ok(!reusesLineStages(doc, newline, apply(text, newline)));
    // A space typed after a heading's text changes nothing the stages read of it.
    const afterHeading = text.indexOf('Contact us') + 'Contact us'.length;
    const spaced = { start: afterHeading, end: afterHeading, newText: ' ' };
    assert.ok(reusesLineStages(doc, spaced, apply(text, spaced)));
    assert.deepEqual(plain(reparsePolicy(doc, spaced, apply(text, spaced))), plain(parsePolicy(apply(text, spaced))));
    const inHeading = text.indexOf('collect');
    const heading = { start: inHeading, end: inHeading, newText: 'x' };
    assert.ok(!reusesLineStages(doc, heading, apply(text, heading)));
    // A body line that becomes a heading candidate ("Contact us" alone) is parsed again from scratch.
    const line = text.indexOf('Write to');
    const retitled = { start: line, end: line + 'Write to privacy@example.com.'.length, newText: 'Contact us' };
    assert.ok(!reusesLineStages(doc, retitled, apply(text, retitled)));
    assert.deepEqual(plain(reparsePolicy(doc, retitled, apply(text, retitled))), plain(parsePolicy(apply(text, retitled))));
  });

  it('keeps the previous outline when the line stages run again and find the same headings, and not when they change', () => {
    const text = 'Example Privacy Policy\nLast updated: January 1, 2025\n\n1. Information We Collect\nWe collect the following when you use the service:\n'
      + '(1) Your name and email address when you register.\n(2) Your device identifiers when you use the app.\n\n2. How We Use Information\n'
      + 'We use information to provide the service.\n\n3. Contact Us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    const afterItem = text.indexOf('register.') + 'register.'.length;
    for (const typed of ['x', ':', ';']) {
      // Typed after a list item's full stop: what the item may be changes, so the line stages run again.
      const change = { start: afterItem, end: afterItem, newText: typed };
      const next = apply(text, change);
      assert.ok(!reusesLineStages(doc, change, next), typed);
      const reparsed = reparsePolicy(doc, change, next);
      assert.deepEqual(plain(reparsed), plain(parsePolicy(next)), typed);
      // They find the same headings: the paragraphs before the edit are the previous version's, not read again.
      assert.equal(reparsed.paragraphs[0], doc.paragraphs[0], typed);
    }
    // A heading's title edited: its section changes, and the outline is built again.
    const inHeading = text.indexOf('Contact Us') + 'Contact Us'.length;
    const retitled = { start: inHeading, end: inHeading, newText: ' Today' };
    const next = apply(text, retitled);
    const reparsed = reparsePolicy(doc, retitled, next);
    assert.deepEqual(plain(reparsed), plain(parsePolicy(next)));
    assert.equal(reparsed.sections.at(-1)!.title, 'Contact Us Today');
    assert.notEqual(reparsed.paragraphs[0], doc.paragraphs[0]);
  });

  it('equals a fresh parse, cross-references included, after edits near them', () => {
    const NEAR = ['x', ' ', '.', '"', '“', '”', 'Section 2', 'Sections 3 and 4', ', 5', ' and 6', 'of the GDPR', 'see ', 'Article 1', '第三条', '《法》', ''];
    const withReferences = BASES.filter((text) => parsePolicy(text).references.length > 0);
    assert.ok(withReferences.length >= 2);
    fc.assert(fc.property(fc.nat(withReferences.length - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1500, max: 1500 }), fc.constantFrom(...NEAR), fc.nat(3)), { minLength: 1, maxLength: 4 }), (b, edits) => {
      let text = withReferences[b];
      let doc = parsePolicy(text);
      for (const [which, away, inserted, removed] of edits) {
        if (doc.references.length === 0) return;
        const at = Math.max(0, Math.min(text.length, doc.references[which % doc.references.length].start + away));
        const end = text.slice(at, at + removed).includes('\n') ? at : Math.min(text.length, at + removed);
        const change = { start: at, end, newText: inserted };
        text = apply(text, change);
        doc = reparsePolicy(doc, change, text);
        assert.deepEqual(plain(doc), plain(parsePolicy(text)), JSON.stringify(change));
      }
    }), { numRuns: 300 });
  });

  it('keeps the cross-references far from an edit inside a body line (moved), and finds those near it again', () => {
    const filler = 'We describe here, at some length, how we handle the information you give us when you use the service. '.repeat(12);
    const text = `Policy\n\n1. Scope\n\nSee Section 2 below. ${filler}\n\nThis paragraph is edited.\n\n${filler} See Section 3.\n\n2. Use\n\nText.\n\n3. Contact\n\nEmail: privacy@example.com\n`;
    const before = parsePolicy(text);
    assert.equal(before.references.length, 2);
    const at = text.indexOf('is edited') + 'is'.length;
    const change = { start: at, end: at, newText: ' still' };
    assert.ok(reusesLineStages(before, change, apply(text, change)));
    const after = reparsePolicy(before, change, apply(text, change));
    assert.deepEqual(plain(after), plain(parsePolicy(apply(text, change))));
    // The first is the same reference; the last the same one moved by the text typed before it.
    assert.equal(after.references[0], before.references[0]);
    assert.equal(after.references[1].start, before.references[1].start + change.newText.length);
    assert.equal(after.references[1].marker, before.references[1].marker);
  });

  it('finds the quoted references of a long line again when a straight quote mark typed far before them pairs them otherwise', () => {
    const filler = 'We describe here, at some length, how we handle the information you give us when you use the service. '.repeat(20);
    const text = `Policy\n\n1. Scope\n\nSee "1. Scope" above. ${filler} And see "2. Use" below.\n\n2. Use\n\nText.\n\n3. Contact\n\nEmail: privacy@example.com\n`;
    const before = parsePolicy(text);
    assert.deepEqual(before.references.map((r) => r.text), ['1. Scope', '2. Use']);
    const at = text.indexOf('See "1.');
    const change = { start: at, end: at, newText: '"' };
    assert.ok(reusesLineStages(before, change, apply(text, change)));
    const after = reparsePolicy(before, change, apply(text, change));
    assert.deepEqual(plain(after), plain(parsePolicy(apply(text, change))));
    assert.deepEqual(after.references, []);
  });

  it('rescans reference candidates that run over line breaks when an edit completes or breaks them', () => {
    // "Section" and its number on different lines, and 第…条 over three lines: the rescan around an edit must
    // reach back to where such a match starts, and give what a scan of the whole text gives.
    let text = 'Policy\n\n1. Scope\n\nAs set out in Section\n\nx and in 第\n二\nx above.\n\n2. Contact us\n\nWrite to "us" at “privacy@example.com”.\n';
    let candidates = referenceCandidates(text, buildLineIndex(text));
    for (const [find, replacement] of [['x above', '条 above'], ['x and', '3 and'], ['3 and', 'y and'], ['条 above', 'y above'], ['"us"', '"them"']]) {
      const start = text.indexOf(find);
      text = apply(text, { start, end: start + find.length, newText: replacement });
      const lines = buildLineIndex(text);
      const line = lineOf(lines, start);
      const moved = movedCandidates(candidates, text, lines, (i) => text.slice(lines.starts[i], lines.ends[i]).trim() === '', line, replacement.length - find.length);
      candidates = referenceCandidates(text, lines);
      // Undefined (scan everything) only when a match runs past the rescanned lines: 第 on the edited line.
      if (moved || !find.endsWith('and')) assert.deepEqual(moved, candidates, `after ${find} → ${replacement}`);
      if (find === 'x above') assert.ok(candidates.numbered.some((m) => m.text === '第\n二\n条'));
      if (find === 'x and') assert.ok(candidates.numbered.some((m) => m.text === 'Section\n\n3'));
    }
  });

  it('parses again when a line ended by a full stop comes to name a line of a run that was no table', () => {
    // One of four short lines named elsewhere is no table; two are: correcting "Partnerz." makes the run a table
    // (a heading may end with a full stop, and an entry name it).
    const text = 'Privacy Policy\n\nData We Keep\nOur Partners\nDevice Models\nCookie Settings\n\n1. Data We Keep.\nWe keep your name and the email address you give us when you register.\nOur Partnerz.\nYou may opt out of marketing emails at any time by writing to us.\n\n2. Contact\nEmail: a@b.example\n';
    const at = text.indexOf('Partnerz.') + 7;
    const change = { start: at, end: at + 1, newText: 's' };
    const next = apply(text, change);
    const doc = parsePolicy(text);
    assert.equal(doc.tocs.length, 0);
    assert.equal(parsePolicy(next).tocs.length, 1);
    assert.equal(reusesLineStages(doc, change, next), false);
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
  });

  it('judges a numbered line again when the line after it changes (its score reads that line)', () => {
    // Numbering the line after "N. …" makes the two one sequence, which can turn the first from a heading into a
    // list item; the verdicts kept across edits must not keep the first line's old score.
    let changedHeadings = 0;
    for (const base of [...BASES, 'Policy\n\n1. Data we keep\nWe keep records of your orders.\n\n2. Contact us\n\nWrite to us.\n']) {
      const doc = parsePolicy(base);
      const lines = doc.lines;
      for (let i = 0; i + 1 < lines.length; i++) {
        const m = /^\s*(\d{1,2})\.\s+\S/.exec(base.slice(lines.starts[i], lines.ends[i]));
        const next = base.slice(lines.starts[i + 1], lines.ends[i + 1]);
        if (!m || next.trim() === '' || /^\s*[\d(（·•*-]/.test(next)) continue;
        const change = { start: lines.starts[i + 1], end: lines.starts[i + 1], newText: `${Number(m[1]) + 1}. ` };
        const text = apply(base, change);
        const fresh = parsePolicy(text);
        assert.deepEqual(plain(reparsePolicy(doc, change, text)), plain(fresh), `numbering line ${i + 2}`);
        if (doc.sections.some((s) => s.line === i) !== fresh.sections.some((s) => s.line === i)) changedHeadings++;
      }
    }
    assert.ok(changedHeadings > 0, 'some edit turns the numbered line before it from a heading into a list item');
  });

  it('judges the numbers after a numbered line again when its indentation changes (it tells the sequences apart)', () => {
    // The sub-sections are indented under "2.": "3." continues "2.". Unindenting one makes it continue nothing
    // indented alike, and "3." then continues the sub-sections' sequence: an edit that changes the headings after it.
    const text = 'Policy\n\n1. Who we are\nBrightleaf runs the app.\n2. What we collect\n   1. Account data\n   We keep your name.\n   2. Usage data\n   We keep the pages you view.\n3. Why we collect it\nTo provide the app.\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.parent]), [['Who we are', undefined], ['What we collect', undefined], ['Account data', 1], ['Usage data', 1], ['Why we collect it', undefined]]);
    let changedHeadings = 0;
    for (let i = 0; i < doc.lines.length; i++) {
      const start = doc.lines.starts[i];
      const indent = /^ */.exec(text.slice(start, doc.lines.ends[i]))![0].length;
      const changes = indent ? [{ start, end: start + indent, newText: '' }, { start, end: start + 1, newText: '' }] : [{ start, end: start, newText: '   ' }];
      for (const change of changes) {
        const next = apply(text, change);
        const fresh = parsePolicy(next);
        assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(fresh), JSON.stringify(change));
        if (JSON.stringify(fresh.sections.map((s) => [s.title, s.parent])) !== JSON.stringify(doc.sections.map((s) => [s.title, s.parent]))) changedHeadings++;
      }
    }
    assert.ok(changedHeadings > 0, 'some change of indentation changes the headings');
  });

  it('equals a fresh parse after every one-character edit of a policy without blank lines and with sub-headings', () => {
    // A sub-heading there reads the line above it (a heading, or a paragraph ending a sentence) and the paragraph under it.
    const text = 'Privacy Policy\nLast updated: June 1, 2024\n1. Information We Collect\nInformation You Provide to Us\nWe collect your name and email address when you register.\nInformation We Collect Automatically\nWe collect your device model and IP address when you use the app.\n2. Contact Us\nEmail: privacy@example.com\nPhone: +1 415 555 0100\nWe answer within a week.\nWe reply by email.\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Information You Provide to Us', 'Information We Collect Automatically', 'Contact Us']);
    expectEveryEditReparsed(doc, text, ['e', '', '.', ',']);
  });

  it('equals a fresh parse after every one-character edit of a policy with a table of contents and numbered items', () => {
    // Edits of the items' long lines parse the line stages again but keep the table (no table reads such a line);
    // edits of the entries, the cue and the headings read the tables again.
    const text = 'Privacy Policy\nThis policy helps you understand the following:\n1. Information We Collect\n2. Sharing\n3. Contact Us\n1. Information We Collect\nWe collect information in the following ways:\n(1) when you register an account with us, we collect your phone number;\n(2) when you contact our customer service, we collect your messages.\n2. Sharing\nWe share it only with your consent.\n3. Contact Us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.tocs.map((t) => t.entries.map((e) => e.target)), [[0, 1, 2]]);
    expectEveryEditReparsed(doc, text, ['e', '', ';', ':']);
  });

  it('equals a fresh parse after every one-character edit of a policy with titles under their numbers', () => {
    // Every offset of a small policy: a number whose title is on the next line reads the line after that title
    // too, and a heading on the edited line may have its title on the next line.
    const text = 'Notice\n\nArticle 1\nSubject matter\nThis notice covers the app.\n\nArticle 2\nData\nWe collect:\n1.\nYour name\n2.\nYour email address\n\nArticle 3\nContact\nEmail: a@example.com\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Subject matter', 'Data', 'Contact']);
    expectEveryEditReparsed(doc, text, ['e', '', '\t', '.', '2']);
  });

  it('equals a fresh parse after every one-character edit of paragraphs led by titles of one word', () => {
    // A title of one word ("Payment.") is a heading only next to a longer one: an edit that makes or unmakes one
    // changes its neighbours' verdicts too (a glossary's terms, under a line ending with a colon, are none: one of
    // them unmade, those after it are no longer introduced by that line).
    const text = 'Notice of Privacy Practices\n\nOur Duties\nWe must keep your health information private under the law.\n\nHow We Use Information\nTreatment. We may use your information to provide treatment and to coordinate care.\nPayment. We may use your information to bill and to get payment from health plans.\nHealth Care Operations. We may use your information to run our practice.\n\nOur Words\nIn this notice these words mean:\nAccount. The account you open with us to use the patient portal online.\nCompany. Refers to Osprey Health Inc., which runs the clinics and the portal.\nPersonal Data. Any information that relates to an identified individual.\nService. Refers to the portal, the clinics and the phone line we run for patients.\n\nContact Us\nEmail: privacy@osprey.example\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Our Duties', 'How We Use Information', 'Treatment', 'Payment', 'Health Care Operations', 'Our Words', 'Contact Us']);
    expectEveryEditReparsed(doc, text, ['e', '', '.', ' ']);
  });

  it('judges a number standing alone again when the line under it, its title, changes', () => {
    // `Article 1` / `Subject matter`: the title line belongs to the heading above it; ending it as a sentence or
    // emptying it makes the number a heading without a title, or no heading at all.
    const base = 'Notice\n\nArticle 1\nSubject matter\nThis notice covers the app.\n\nArticle 2\nContact\nEmail: a@example.com\n\n1.\nScope\nAll data.\n2.\nRights\nYou have rights.\n';
    let retitled = 0;
    for (const text0 of [base, ...BASES.filter((b) => /^\s*(Article|Section|Chapter|Part)\s+\S+\s*$/im.test(b))]) {
      const doc = parsePolicy(text0);
      for (const s of doc.sections.filter((x) => x.titleStart > doc.lines.ends[x.line])) {
        const line = s.line + 1;
        const end = doc.lines.ends[line];
        for (const change of [{ start: end, end, newText: '.' }, { start: end, end, newText: ':' }, { start: doc.lines.starts[line], end, newText: '' }, { start: end, end, newText: 's' }]) {
          const text = apply(text0, change);
          const fresh = parsePolicy(text);
          assert.deepEqual(plain(reparsePolicy(doc, change, text)), plain(fresh), `edit ${JSON.stringify(change)} under line ${s.line + 1}`);
          if (fresh.sections.find((x) => x.line === s.line)?.title !== s.title) retitled++;
        }
      }
    }
    assert.ok(retitled > 0, 'some edit changes the title of the number above');
  });

  it('finds headings run into a long line at the numbers their sequence skips again after any edit of that line', () => {
    const text = 'Notice\n\n1. What We Collect\nYour name.\n2. Children\nOur games are for players aged 13 and over, and we do not knowingly collect data from younger children at all. 3. Keeping Data Safe We store data on encrypted servers in the EU and limit who can read it. 4. Changes We post every change here.\n';
    const doc = parsePolicy(text);
    assert.equal(doc.sections.filter((s) => s.inline).length, 2);
    const line = doc.sections[1].line + 1;
    const start = doc.lines.starts[line];
    const end = doc.lines.ends[line];
    let changed = 0;
    for (let at = start; at <= end; at += 7) {
      for (const change of [{ start: at, end: at, newText: 'x' }, { start: at, end: Math.min(end, at + 2), newText: '' }, { start: at, end: at, newText: '. 5. Our Rights You ' }]) {
        const next = apply(text, change);
        const fresh = parsePolicy(next);
        assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(fresh), JSON.stringify(change));
        if (fresh.sections.length !== doc.sections.length) changed++;
      }
    }
    assert.ok(changed > 0, 'some edit adds or removes a run-in heading');
    // A line that holds no heading yet gets one by a one-letter edit ("Keeping data Safe" → "Keeping Data Safe").
    const lower = text.replace('3. Keeping Data Safe', '3. Keeping data Safe');
    const before = parsePolicy(lower);
    assert.equal(before.sections.filter((s) => s.inline).length, 0);
    const d = lower.indexOf('data Safe');
    const change = { start: d, end: d + 1, newText: 'D' };
    const after = apply(lower, change);
    assert.equal(parsePolicy(after).sections.filter((s) => s.inline).length, 2);
    assert.deepEqual(plain(reparsePolicy(before, change, after)), plain(parsePolicy(after)));
  });

  it('finds headings by their shape again when a body line around them changes how it ends or starts', () => {
    // Without numbers, "Where Your Data Goes" is a heading because the line before it ends a sentence and the
    // line after it starts one: body-line edits that change either must not reuse the previous outline.
    const long = 'We collect your name, your email address and the settings you choose, and we keep them in our own data centre in Frankfurt, which is certified to ISO 27001.';
    const text = `Privacy Notice\n\nThis notice says what the Acme app does with your data.\n\nInformation We Keep\n${long}\nWhere Your Data Goes\nWe share data with our host only.\n\nContact Us\nEmail: privacy@acme.example\n`;
    const doc = parsePolicy(text);
    const heading = (d: PolicyDocument) => d.sections.some((s) => s.title === 'Where Your Data Goes');
    assert.ok(heading(doc));
    const endOfLong = text.indexOf(long) + long.length - 1;
    const startOfNext = text.indexOf('We share');
    for (const change of [{ start: endOfLong, end: endOfLong + 1, newText: '' }, { start: startOfNext, end: startOfNext + 1, newText: 'w' }]) {
      const next = apply(text, change);
      const fresh = parsePolicy(next);
      assert.ok(!heading(fresh), JSON.stringify(change));
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(fresh), JSON.stringify(change));
    }
    // A body line that becomes a label (its inner comma deleted) becomes a heading, though it ends and starts as before.
    const labels = 'Privacy Notice\n\nInformation we collect:\nYour name and email address.\n\nWho, we share it with:\nOur hosting provider, in the EU.\n';
    const comma = labels.indexOf(',');
    const deleted = { start: comma, end: comma + 1, newText: '' };
    const relabelled = apply(labels, deleted);
    assert.deepEqual(parsePolicy(labels).sections.map((s) => s.title), []);
    assert.deepEqual(parsePolicy(relabelled).sections.map((s) => s.title), ['Information we collect', 'Who we share it with']);
    assert.deepEqual(plain(reparsePolicy(parsePolicy(labels), deleted, relabelled)), plain(parsePolicy(relabelled)));
    // Headings in sentence case: every line's last character deleted, or a full stop or a word added after it.
    const sentences = 'Privacy policy\n\nThis policy explains what we do.\n\nInformation we collect\n\nYour name and email address.\n\nSharing with third parties.\n\nOur host only, in the EU.\n\nKeeping data secure\n\nWe encrypt it.\nContact us\n\nEmail privacy@acme.example.\n';
    assert.ok(lineEndEditsMatchFreshParse(sentences, ['.', ' now']) > 0, 'some edit adds or removes a heading');
  });

  it('finds the cells of a table pasted one to a line again when an edit makes or unmakes one (a company\'s name)', () => {
    // "Northwind Mapping Co., Ltd." is a cell, a company's name; in lower case, a sentence that ends the run of cells
    // before it, whose last line ("Maps Kit") is then judged a heading over it.
    const text = 'Lumen Privacy Policy\n\nThis policy says what the Lumen app does with your data.\n\nServices of Other Companies\n\nSome features come from other companies, listed below.\n\nKit\n\nProvider\n\nPurpose\n\nData It Reads\n\nMaps Kit\n\nNorthwind Mapping Co., Ltd.\n\nShowing Your Home\n\nApproximate location\n\nPush Kit\n\nHarbor Messaging Ltd.\n\nMessage push\n\nDevice identifiers\n\nWe ask each of them to protect your data.\n\nContact Us\n\nWrite to privacy@lumen.example.\n';
    const at = text.indexOf('Mapping');
    editsBothWays(text, at, 1, 'm', (doc) => doc.sections.map((s) => s.title), 'a company\'s name in lower case ends the cells before it');
  });

  it('judges numbered headings run into their paragraphs again when an edit makes a title lead a sibling\'s text', () => {
    // "2 We partner with hosts. We …" opens with a statement, and "3 Your rights. You …" then reads as a list's item
    // with it; a title in its place makes both headings, siblings of those standing alone (the line's score is the same).
    const text = 'Lumen Privacy Policy\n\n1 Information we collect\nYour email address and the model of your lamps.\n2 We partner with hosts. We do not sell your data, and we share it only with the company that hosts our servers.\n3 Your rights. You can ask us for a copy of your data, or ask us to delete it, at any time you like.\n4 Contact us\nEmail privacy@lumen.example.\n';
    const at = text.indexOf('We partner with hosts');
    editsBothWays(text, at, 'We partner with hosts'.length, 'Partners and hosting', (doc) => doc.sections.map((s) => s.title), 'a title leading the text makes the run-in lines headings');
  });

  it('reads a heading\'s translation on the next line again when an edit changes it', () => {
    // "2. Our Partners and Suppliers." ends with a full stop, as a line of text may: a line a heading goes on onto is
    // still no line of text.
    const text = '隐私政策 Privacy Policy\n\n一、我们收集的信息\n1. Information We Collect\n我们会收集您的手机号码。\nWe collect your mobile phone number.\n\n二、我们的合作伙伴\n2. Our Partners and Suppliers.\n我们不会出售您的信息。\nWe do not sell your information to anyone.\n\n三、联系我们\n3. Contact Us\n邮箱：privacy@example.com\nEmail: privacy@example.com\n';
    const at = text.indexOf('Suppliers');
    editsBothWays(text, at, 'Suppliers'.length, 'Vendors', (doc) => doc.sections.map((s) => s.title), 'the title holds the translation');
  });

  it('reads the tables of contents again when an edit makes a line carry the one above on as a paragraph\'s, or stops it', () => {
    // "We keep … register" is a paragraph's line while the line under it starts in lower case: no entry, so the
    // heading above it stands outside any run of short lines and names the table's first entry. "For an account"
    // makes it a line of a run with that heading, and the table is no table any more.
    const text = "Lumen Privacy Policy\n\nThis policy will help you understand the following:\nWhat we keep about you\nWho else sees your data\nReaching our team\nChanges to our promises\n\nThis is what the lamps do with your data.\nOur promise to you\nWhat we keep about you\nWe keep your name and your email address when you register\nfor an account and the model of your lamps. We also keep the colour settings you choose.\n";
    const at = text.indexOf('for an account');
    editsBothWays(text, at, 1, 'F', (doc) => doc.tocs.length, 'the table of contents comes and goes');
    // With numbered sections, the same edit of the paragraph's line is otherwise one the previous line stages serve.
    const numbered = `${text}1. Security\nWe encrypt your data in transit and at rest.\n2. Cookies\nOur website stores no cookies at all.\n`;
    editsBothWays(numbered, at, 1, 'F', (doc) => doc.tocs.length, 'the table of contents comes and goes');
  });

  it('finds headings by their shape again when the line before one stops being a labelled value', () => {
    // "Kinds of data collected" is a heading because the line before it is a labelled value: without its colon
    // that line (too long for a title) reads as an unfinished sentence, and the phrase after it as text.
    const text = 'Privacy notice\n\nHeron Labs collects some data.\n\nController of the data\n\nHeron Labs Ltd, 14 Canal Street, Manchester\nEmail for all privacy questions: privacy@heron.example (answered by the data protection team of Heron Labs within thirty days of the day your request reaches us)\n\nKinds of data collected\n\nWe collect usage data and cookies.\n\nHow data is processed\n\nProcessing methods\n\nWe use technical measures to keep it safe.\n\nStorage period\n\nWe keep data as long as we need it.\n';
    const doc = parsePolicy(text);
    const heading = (d: PolicyDocument) => d.sections.some((s) => s.title === 'Kinds of data collected');
    assert.ok(heading(doc));
    const colon = text.indexOf('questions:') + 'questions'.length;
    const change = { start: colon, end: colon + 1, newText: '' };
    const next = apply(text, change);
    assert.ok(!heading(parsePolicy(next)));
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
    assert.deepEqual(plain(reparsePolicy(parsePolicy(next), { start: colon, end: colon, newText: ':' }, text)), plain(doc));
    // A heading that only groups the one after it ("How data is processed") is none after a line ending in a colon.
    assert.ok(lineEndEditsMatchFreshParse(text, ['.', ':', ' Road']) > 0, 'some edit adds or removes a heading');
  });

  it('finds titles in capitals leading their paragraphs again when an edit makes or unmakes one', () => {
    const long = 'We collect your name, your contact details and your dental history, and we keep them in the records system of the practice for as long as the law requires.';
    const text = `Birch Dental Privacy Notice\n\nINFORMATION WE COLLECT: ${long}\n\nHow we USE IT: ${long}\n\nCONTACT US: ${long}\n`;
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['INFORMATION WE COLLECT', 'CONTACT US']);
    // "How we" in capitals makes the body line a heading.
    const at = text.indexOf('How we');
    const change = { start: at + 1, end: at + 6, newText: 'OW WE' };
    const next = apply(text, change);
    assert.deepEqual(parsePolicy(next).sections.map((s) => s.title), ['INFORMATION WE COLLECT', 'HOW WE USE IT', 'CONTACT US']);
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
    assert.deepEqual(plain(reparsePolicy(parsePolicy(next), { start: at + 1, end: at + 6, newText: 'ow we' }, text)), plain(doc));
  });

  it('judges lines marked with a symbol again when the line before them starts or stops introducing items', () => {
    const text = 'Privacy Policy\n\n1. Information We Collect\nWe describe each kind of information below, with examples of what it holds.\n◆ Account Data\nYour name and email address, given when you register.\n◆ Device Data\nThe model of your phone.\n\n2. Contact Us\nEmail privacy@example.com.\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Information We Collect', 'Account Data', 'Device Data', 'Contact Us']);
    const stop = text.indexOf('holds.') + 'holds'.length;
    const change = { start: stop, end: stop + 1, newText: ':' };
    const next = apply(text, change);
    assert.deepEqual(parsePolicy(next).sections.map((s) => s.title), ['Information We Collect', 'Contact Us']);
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
    // The mark of the item under one changed from the second level's to a plain bullet: both `●` lines are headings.
    const nested = 'Privacy Policy\n\nThis policy explains what Alder Apps collects when you play its games on any device.\n\n1. Information We Collect\n● Account information\n○ your username and the email address you register with.\n● Device information\nThe model of your phone.\n\n2. Contact Us\nEmail privacy@example.com.\n';
    const mark = nested.indexOf('○ your');
    const plainBullet = { start: mark, end: mark + 1, newText: '-' };
    assert.deepEqual(parsePolicy(apply(nested, plainBullet)).sections.map((s) => s.title), ['Information We Collect', 'Account information', 'Device information', 'Contact Us']);
    assert.deepEqual(plain(reparsePolicy(parsePolicy(nested), plainBullet, apply(nested, plainBullet))), plain(parsePolicy(apply(nested, plainBullet))));
  });

  it('reads a table of contents again when an edit wraps an entry onto the next line or unwraps it', () => {
    const text = 'Privacy Policy\nThis policy contains the following sections:\n1. How we collect your personal\ninformation\n2. How we use cookies\n3. Contact us\nquestions are welcome at any time.\n\n1. How we collect your personal information\nWe collect your phone number.\n2. How we use cookies\nWe use cookies.\n3. Contact us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    const stop = text.indexOf('any time.') + 'any time'.length;
    const cap = text.indexOf('information\n2.');
    for (const change of [{ start: stop, end: stop + 1, newText: '' }, { start: cap, end: cap + 1, newText: 'I' }]) {
      const next = apply(text, change);
      assert.notDeepEqual(plain(parsePolicy(next)), plain(doc), JSON.stringify(change));
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)), JSON.stringify(change));
    }
    // A sentence in lower case under a short line ("We do not sh" / "are your Information…") carries on no entry,
    // however long it grows: an edit of it, reusing the line stages, leaves the tables as a fresh parse finds them
    // (found by random edits: such a line of 55 characters was taken for the rest of the line before, of 66 not).
    const fuzzed = 'Privacy Policy\nThis. policy, contains the followingx sections:\n1. How we collect and use your personal\ninformation\n2. How we use cook1.ies and similar\ntechnolog:\n3. How we share your personal information\n4. Contact us\n\n1. How we cAol,ct and use your personal information\nWe collect your phone number wh:you register.\n2. How we use cookies and si milar technologies\nWe use :cookies to keep you signed in.\n3. How we share your personal information:\nWe do not sh\nare your Informationinformation without your consent.\n4. Contact us\nEAmail: privacy@wrap.example\n';
    const at = fuzzed.indexOf('Informationinformation') + 'Informationinformati'.length;
    const grown = { start: at, end: at, newText: 'Information' };
    const fuzzedDoc = parsePolicy(fuzzed);
    const grownText = apply(fuzzed, grown);
    assert.deepEqual(plain(reparsePolicy(fuzzedDoc, grown, grownText)), plain(parsePolicy(grownText)));
    assert.deepEqual(reparsePolicy(fuzzedDoc, grown, grownText).tocs.map((t) => t.entries.map((e) => e.line)), parsePolicy(grownText).tocs.map((t) => t.entries.map((e) => e.line)));
  });

  it('keeps a heading wrapped onto the next line as a fresh parse finds it after edits of the text under it', () => {
    // (A short line of text: a long one is a paragraph's first, ended or not.)
    const text = 'Privacy Policy\n\n1. How we collect and use your personal\ninformation\nWe collect your phone number.\n\n2. Contact us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    assert.equal(doc.sections[0].title, 'How we collect and use your personal information');
    const first = text.indexOf('We collect');
    const stop = text.indexOf('number.') + 'number'.length;
    for (const change of [{ start: first, end: first + 1, newText: 'w' }, { start: stop, end: stop + 1, newText: '' }, { start: stop, end: stop, newText: ' today' }]) {
      const next = apply(text, change);
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)), JSON.stringify(change));
    }
    // The text under it turned into a title of its own: the heading keeps its first line's title only.
    const titled = apply(text, { start: stop, end: stop + 1, newText: '' });
    assert.equal(parsePolicy(titled).sections[0].title, 'How we collect and use your personal');
    // In capitals: the line after the title's second line, in capitals or not, tells a wrapped title from a
    // paragraph in capitals.
    const capitals = 'PRIVACY POLICY\n\n5. INTERNATIONAL DATA TRANSFERS AND STORAGE\nYOUR DATA MAY BE PROCESSED IN THE UNITED STATES\nAND OTHER COUNTRIES WHERE OUR PROVIDERS OPERATE.\n\n6. CONTACT\nEmail privacy@example.com.\n';
    const before = parsePolicy(capitals);
    const at = capitals.indexOf('WHERE');
    const lower = { start: at, end: at + 'WHERE OUR PROVIDERS OPERATE'.length, newText: 'where our providers operate' };
    const next = apply(capitals, lower);
    assert.notEqual(parsePolicy(next).sections[0].title, before.sections[0].title, 'the heading takes the line under it');
    assert.deepEqual(plain(reparsePolicy(before, lower, next)), plain(parsePolicy(next)));
  });

  it('judges numbered lines again when the sentence before them starts or stops introducing them', () => {
    const text = 'Privacy Policy\n\nArticle 1 (Purpose of Processing)\nThe Company processes personal information for the following purposes.\n1. Membership management\n2. Service provision\n\nArticle 2 (Retention Period)\nThe Company keeps personal information for the period the law requires.\n';
    const doc = parsePolicy(text);
    const at = text.indexOf('the following purposes');
    const change = { start: at, end: at + 'the following purposes'.length, newText: 'its own purposes' };
    const next = apply(text, change);
    assert.notDeepEqual(parsePolicy(next).sections.length, doc.sections.length, 'the items become sub-headings');
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
    assert.deepEqual(plain(reparsePolicy(parsePolicy(next), { start: at, end: at + 'its own purposes'.length, newText: 'the following purposes' }, text)), plain(doc));
  });

  it('judges numbered items again when the numbered sentence before them changes its wording or its number', () => {
    const text = 'Privacy Policy\n\nArticle 4 (Entrustment of Processing)\n① The Company entrusts the processing of personal information as follows for the smooth handling of its services.\n1. Payment processing: Hana Payments\n2. Delivery: Swift Couriers\n② When concluding an entrustment contract, the Company sets out its responsibilities in the contract.\n\nArticle 5 (Destruction)\nThe Company destroys personal information without delay.\n';
    const doc = parsePolicy(text);
    // (Numbered `1.` as they are, the sentence is their sibling, and introduces nothing.)
    for (const [written, typed] of [['its services.', 'its servi.ces.'], ['① The', '1. The']]) {
      const at = text.indexOf(written);
      const change = { start: at, end: at + written.length, newText: typed };
      const next = apply(text, change);
      assert.notDeepEqual(parsePolicy(next).sections.length, doc.sections.length, `${typed}: the items become sub-headings`);
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)), typed);
    }
  });

  it('judges a contact title again when the sentence before it, in a policy without blank lines, gains or loses its full stop', () => {
    const body = Array.from({ length: 12 }, (_, i) => `We keep record ${i + 1} of your orders for as long as the law requires.`).join('\n');
    const text = `Privacy Statement\nSECTION 1 - WHAT WE COLLECT\n${body}\nSECTION 2 - CHANGES\nWe may change this statement at any time.\nQUESTIONS AND CONTACT INFORMATION\nWrite to privacy@kiln.example.\n`;
    editsBothWays(text, text.indexOf('at any time.') + 'at any time'.length, 1, '', (d) => d.sections.length, 'the contact title becomes text');
  });

  it('judges a title about contact again when the sentence above it ends with a question mark instead of a full stop', () => {
    // The policies with their headings written in capitals without numbers: there a contact title right under a
    // finished sentence is a section of its own, under a question it is read by its shape (isContactHeading).
    let edits = 0;
    let changed = 0;
    for (const base of BASES) {
      const lines = base.split('\n');
      for (const s of parsePolicy(base).sections) if (!s.inline) lines[s.line] = s.title.toUpperCase();
      const text = lines.join('\n');
      const doc = parsePolicy(text);
      for (let i = 1; i < doc.lines.length; i++) {
        const end = doc.lines.ends[i - 1];
        if (end === doc.lines.starts[i - 1] || !isContactTitle(text.slice(doc.lines.starts[i], doc.lines.ends[i]).trim())) continue;
        for (const typed of ['?', '.', '!', ',']) {
          if (text[end - 1] === typed) continue;
          const change = { start: end - 1, end, newText: typed };
          const next = apply(text, change);
          const fresh = parsePolicy(next);
          assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(fresh), `line ${i}: ${JSON.stringify(change)}`);
          edits++;
          if (JSON.stringify(fresh.sections.map((x) => [x.line, x.level])) !== JSON.stringify(doc.sections.map((x) => [x.line, x.level]))) changed++;
        }
      }
    }
    assert.ok(changed > 0 && changed < edits, `${changed} of ${edits} edits changed the outline`);
  });

  it('looks again for the numbers a sequence skips when an edit makes a line long enough to hold headings run into it', () => {
    // `1)` and `3)` are headings; "2) How We Use Information" sits in a line one word too short to be searched.
    const short = 'We collect the information you give us, such as your name and email address, and the information collected automatically when you use the service. 2) How We Use Information We use';
    const text = `Privacy Policy\n\n1) Information We Collect\n\n${short}\n\n3) Contact Us\n\nEmail: privacy@example.com\n`;
    editsBothWays(text, text.indexOf(' We use\n') + ' We use'.length, 0, ' it to provide the service.', (d) => d.sections.length, 'the line becomes long enough to hold 2)');
  });

  it('reads the tables of contents again when a line under title-like lines gains or loses its full stop or a number', () => {
    // Under "1 …" and "1.1 …", a sentence ended by its full stop makes them headings; a line ended by a comma, a
    // table's entries (nothing under them reads as text).
    const text = 'Privacy Policy\n\nThis policy will help you understand the following:\n1 How we collect and use personal information\n1.1 What personal information means\nPersonal information is information about an identified or identifiable natural person, recorded in any form.\n1.2 Collection and use of personal information\nWe collect your name and email address when you register.\n2 How we share personal information\nWe do not sell your personal information.\n3 Contact us\nEmail: privacy@example.com\n';
    editsBothWays(text, text.indexOf('in any form.') + 'in any form.'.length, 0, ',', (d) => d.tocs.length, 'the first lines become a table');
    // So does a number written before it (a numbered line is no line of text), even before a line too long to be
    // anything but text otherwise.
    const long = text.replace('recorded in any form.', 'recorded electronically or in any other form, such as your name, your address, or the numbers of your devices.');
    editsBothWays(long, long.indexOf('Personal information is'), 0, 'IV. ', (d) => d.tocs.length, 'the first lines become a table');
  });

  it('finds the numbers a sequence skips again, not from the version before, when an edit unmakes a heading of the sequence', () => {
    const text = 'Privacy Policy\n\nThis policy contains the following parts:\n1. Information We Collect\n2. How We Use Your Information\n3. Sharing\n4. Rights of Users\n5. Contact Us\n\n1. Information We Collect\n\nWe collect your email.\n\n2. How We Use Information\n\nWe use your information to provide the app. 3. How We Share Your Information We share information with cloud providers only. 4. Your Rights You can access and delete your information at any time in the app settings, and we answer within thirty days.\n\n5. Contact Us\n\nEmail privacy@example.com.\n';
    editsBothWays(text, text.lastIndexOf('2. How') + 1, 2, '?', (d) => d.sections.length, 'the run-in headings go with the second');
  });

  it('judges the items after a line longer than a heading again when an edit at its end makes or unmakes its colon', () => {
    const intro = 'We will not share your personal information with any company, organisation or individual other than the ones named in this policy, and we ask every recipient to protect it as carefully as we do, to use it only for the purposes we state, and to delete it when those purposes are met; we will share it only in the following circumstances:';
    const text = `Privacy Policy\n\n1. Information We Collect\n\nWe collect your name.\n\n2. Sharing\n\n${intro}\n\n1. With your explicit consent\n\n2. With our affiliates\n\n3. As required by law\n\n3. Contact Us\n\nEmail privacy@example.com.\n`;
    editsBothWays(text, text.indexOf('circumstances:') + 'circumstances'.length, 1, '', (d) => d.sections.length, 'the items become sub-sections');
  });

  it('judges a standard title again when the numbered line above it grows longer than a heading or shrinks back', () => {
    const long = '2. We keep your personal information only for as long as we need it to provide the service, to comply with our legal obligations, to resolve disputes and to enforce our agreements; when we no longer need it, we delete it or make it anonymous, and where this is not possible, we store it securely and isolate it from all use';
    const text = `Privacy Policy\n\n1. We collect your name and email address when you register, and we use them to run your account.\n\n${long.slice(0, 300)}\n\nContact Us\n\nEmail privacy@example.com.\n`;
    editsBothWays(text, text.indexOf('only for'), 0, 'xy', (d) => d.sections.length, 'the contact title becomes a heading');
  });

  it('reads the tables of contents again when an edit makes or unmakes a line ended by a colon that they read as a title', () => {
    // The last line, a sentence ended by a colon and no other, is read as a heading written with a colon: a colon
    // typed inside it makes it text, and the table at the top is found then.
    const text = 'Privacy Policy\nThis policy explains the following:\nPart 2. How we use cookies and similar technologies\nPart 3. How we share your personal information\nPart 6. How we protect the information of children\nPart 7. How this policy is updated\nPart 8. How to reach us\nPart 2. How we use cookies and similar technologies\nOur website uses cookies to remember your language.\nPart 3. How we share your personal information\n1. Sharing\nWe will not share your personal information with companies or people outside Larch, except in the following cases:\n';
    editsBothWays(text, text.indexOf('following cases') + 'follow'.length, 0, ':', (d) => d.tocs.length, 'the table is found');
  });

  // An edit that makes the words leading a paragraph a title: in title case or in bold in a policy without numbers,
  // in bold under a numbered heading, or as an entry that named nothing names them. [what the edit does, the text,
  // the words replaced, the words typed]
  const LEAD_EDITS: [string, string, string, string][] = [
    ['a title in title case makes a heading', 'Larchwood Privacy Policy\n\nLarchwood Apps makes the Larchwood journal app. This policy explains what we do with your data.\n\nInformation We Collect. We collect your email address when you create an account, and the entries you sync.\n\nData storage location. Our hosting provider stores your entries for us in the EU, and nobody else reads them.\n\nContact Us. Email privacy@larchwood.example with any question about this policy.\n', 'storage location', 'Storage Location'],
    ['a title in bold makes a heading', 'Omicron Privacy Policy\n\nOmicron Apps makes the Omicron journal app. This policy explains what we do with your data.\n\n**Information we collect.** We collect your email address when you create an account, and the entries you sync.\n\n**We keep it in the EU.** Our hosting provider stores your entries for us in Dublin, and nobody else reads them.\n\n**Contact Us.** Email privacy@omicron.example with any question about this policy.\n', 'We keep it in the EU', 'Data Storage'],
    ['two titles in bold under a numbered heading make its sub-sections', 'Sigma Privacy Policy\n\n1. Information We Collect\n\nWe collect the data you give us when you open an account.\n\n2. Your Rights\n\nYou have these rights under the GDPR.\n\n**Access.** You can ask us for a copy of the personal data we hold about you, free of charge.\n\n**We delete it.** You can ask us to delete your personal data, and we will do so within thirty days.\n\n3. Contact Us\n\nEmail privacy@sigma.example with any question.\n', 'We delete it', 'Deletion'],
    ['two titles in title case under a numbered heading make its sub-sections', 'Sigma Privacy Policy\n\n1. Your Rights\n\nRight to Know. You can ask us for a copy of the personal data we hold about you, free of charge.\n\nRight to delete. You can ask us to delete your personal data, and we will do so within thirty days.\n\n2. Contact Us\n\nEmail privacy@sigma.example with any question.\n', 'Right to delete', 'Right to Delete'],
    ['a standard title, alone, under a numbered heading makes a sub-section (a title of the same length before)', 'Sigma Privacy Policy\n\n1. Your Data\n\nWe collect the data you give us when you open an account.\n\nYour Rightz. You can ask us for a copy of the personal data we hold about you, and we send it within a month.\n\n2. Contact Us\n\nEmail privacy@sigma.example with any question.\n', 'Rightz', 'Rights'],
    ['the entry that named nothing names the paragraph', 'Mu Privacy Policy\n\nContents\nInformation We Collect\nCookie Settings\nContact Us\n\nInformation we collect. We collect the name and email address you give us when you sign up, and the pages you visit.\n\nCookie options. You can turn optional cookies off in the settings of the app at any time you like.\n\nContact us. Email privacy@mu.example or write to Mu Ltd, 1 Main Street, Springfield.\n', 'options', 'settings'],
  ];
  for (const [what, text, replaced, typed] of LEAD_EDITS) {
    it(`judges headings again when an edit makes the words leading a paragraph a title: ${what}`, () => {
      editsBothWays(text, text.indexOf(replaced), replaced.length, typed, (d) => d.sections.length, what);
    });
  }

  it('reads the tables of contents again when an edit changes the title a numbered line leads its text with', () => {
    // One entry of three names a heading: no table. The list item's title, typed to be the second entry's, makes one.
    const text = 'Privacy Policy\n\n1. Information We Collect\n2. Cookie Controls\n3. Children\n\n1. Information We Collect\n\nWe collect the name and email address you give us when you open an account.\n\nYou have two options:\n\n(a) Cookie options. You can turn optional cookies off in the settings of the app at any time.\n(b) Your emails. You can unsubscribe with the link at the foot of each email we send you.\n\n2. Sharing\n\nWe do not sell your personal information to anyone, and we share it only with our hosting provider.\n';
    editsBothWays(text, text.indexOf('options.'), 'options'.length, 'controls', (d) => d.tocs.length, 'the table is found');
    // (From a title of one word, the line is judged again with the whole document: the tables too.)
    const oneWord = text.replace('Cookie options.', 'Cookies.');
    editsBothWays(oneWord, oneWord.indexOf('Cookies.'), 'Cookies'.length, 'Cookie controls', (d) => d.tocs.length, 'the table is found');
  });

  it('judges numbered siblings again when an edit sets the title leading one of them in bold, or makes it one word', () => {
    const text = 'Privacy Policy\n\n1. Information We Collect\nWe keep two records.\n1. **Account Data** - the name and email address you sign up with.\n2. Usage Data - the pages you visit and when.\n\n2. Contact Us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    for (const [written, typed] of [['Usage Data', '**Usage Data**'], ['**Usage Data**', '**Usage**']]) {
      const base = written === 'Usage Data' ? text : text.replace('2. Usage Data', '2. **Usage Data**').replace('**Account Data**', '**Account**');
      const before = written === 'Usage Data' ? doc : parsePolicy(base);
      const at = base.indexOf(written);
      const change = { start: at, end: at + written.length, newText: typed };
      const next = apply(base, change);
      assert.notDeepEqual(parsePolicy(next).sections.length, before.sections.length, `${typed}: the siblings change`);
      assert.deepEqual(plain(reparsePolicy(before, change, next)), plain(parsePolicy(next)), typed);
    }
  });

  it('judges a long numbered line again when the line under it starts or stops carrying it on in lower case', () => {
    const text = 'Privacy Policy\n\n1. How we use information\nWe use your information for these purposes, each set out below with what it covers.\n(1) To improve our products or services: we may use the information you give\nUs to process your orders and to answer your requests.\n(2) Service security and stability: we are committed to delivering a secure\nand reliable service, and we use logs to find faults.\n\n2. Contact us\nEmail: privacy@example.com\n';
    editsBothWays(text, text.indexOf('Us to process'), 1, 'u', (d) => d.sections.length, 'the items are no headings any more');
  });

  it('judges a number standing alone again when the line under its title starts or stops carrying that title on', () => {
    const text = 'Privacy Policy\n\nI. How we use information\nWe use personal information in the ways set out below.\n1.1\nIn general, you do not need to give us your personal information to visit\nOur website, but some of its features need it.\n\nII. Contact us\nEmail: privacy@example.com\n';
    editsBothWays(text, text.indexOf('Our website'), 1, 'o', (d) => d.sections.map((s) => s.title), 'the number loses its title');
  });

  it('moves the end of a heading wrapped onto the next line when spaces are typed after its first line', () => {
    const text = 'Privacy Policy\n\n1. Scope\nThis policy covers the app.\n\n2. How we collect and use your personal\ninformation\nWe collect your phone number when you register.\n\n3. Contact us\nEmail: privacy@example.com\n';
    const doc = parsePolicy(text);
    assert.match(doc.sections[1].heading, /\ninformation$/);
    const at = text.indexOf('personal\n') + 'personal'.length;
    const change = { start: at, end: at, newText: '  ' };
    const next = apply(text, change);
    assert.ok(reusesLineStages(doc, change, next));
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
  });

  it('finds the sections of a policy pasted as one paragraph again when an edit writes or removes their first number', () => {
    const line = 'Alder Audio Ltd ("Alder", "we") explains here how it handles personal information. One. How We Collect Information We collect your email address when you register. 2. How We Use Information We use it to send firmware updates. 3. Your Rights You may ask for a copy of your information.';
    const text = `Alder Audio Privacy Policy\n\nPlease read this policy carefully.\n\n${line}\n\nWe may change this policy.\n`;
    const doc = parsePolicy(text);
    assert.deepEqual(doc.sections, []);
    const at = text.indexOf('One.');
    const change = { start: at, end: at + 3, newText: '1' };
    const next = apply(text, change);
    assert.equal(parsePolicy(next).sections.length, 3);
    assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)));
    assert.deepEqual(plain(reparsePolicy(parsePolicy(next), { start: at, end: at + 1, newText: 'One' }, text)), plain(doc));
  });

  it('finds sub-headings standing alone in numbered sections again when a line around them changes', () => {
    // "Externes Hosting" is a sub-heading because the line before it introduces it and the paragraph after it is
    // one; every line's last character deleted, or a full stop, a letter or words added after it, may change that.
    const text = [
      'Datenschutzerklärung', '', '1. Hosting', '', 'Wir hosten die Inhalte unserer Website und unserer App bei dem folgenden Anbieter in Deutschland:', '',
      'Externes Hosting', '', 'Diese Website wird extern gehostet. Die hier erfassten Daten werden auf den Servern des Hosters gespeichert.', '', 'Speicherdauer', '',
      'Wir speichern Ihre Daten bei uns. Sie bleiben gespeichert, bis der Zweck für die Datenverarbeitung entfällt.', '', '2. Kontakt', '', 'E-Mail: datenschutz@beispiel.de', '',
    ].join('\n');
    assert.deepEqual(parsePolicy(text).sections.map((s) => [s.level, s.title]), [[1, 'Hosting'], [2, 'Externes Hosting'], [2, 'Speicherdauer'], [1, 'Kontakt']]);
    assert.ok(lineEndEditsMatchFreshParse(text, ['.', 'e', ' und mehr']) > 0, 'some edit adds or removes a sub-heading');
  });

  it('finds sub-headings set right on their paragraphs again when a line around them changes', () => {
    // The questions are sub-headings because two of them sit right on a paragraph after a blank line; an edit at a
    // line's end may make a paragraph a short line (the one under "Links", one character longer than a title) or a
    // question a sentence, and so unmake one or more.
    const text = [
      'PRIVACY STATEMENT', '', 'SECTION 1 - CONSENT', '', 'How do you get my consent?',
      'When you place an order, you consent to our collecting your details and using them for that reason only.', '',
      'How do I withdraw my consent?', 'If you change your mind after you opt in, write to us and we will stop.', '',
      'SECTION 2 - SECURITY', '', 'We follow industry practice to keep your personal information safe.', '',
      'Links', 'We are not responsible for any such site.', '',
    ].join('\n');
    assert.deepEqual(parsePolicy(text).sections.map((s) => [s.level, s.title]),
      [[1, 'CONSENT'], [2, 'How do you get my consent?'], [2, 'How do I withdraw my consent?'], [1, 'SECURITY'], [2, 'Links']]);
    assert.ok(lineEndEditsMatchFreshParse(text, ['.', 'e', ' and more', '\n']) > 0, 'some edit adds or removes a sub-heading');
    // A colon typed early in a paragraph makes it a labelled value, no paragraph: the line above it is no sub-heading.
    expectEveryEditReparsed(parsePolicy(text), text, [':', '?', '']);
  });

  it('finds a title in capitals again when the line under it becomes or stops being a sentence without its full stop', () => {
    const text = 'Privacy Policy\n\nINFORMATION WE COLLECT\n\nWe collect the information you give us when you create an account.\n\nYOUR PRIVACY CONTROLS\n\nYou have choices\n\nCONTACT US\n\nWrite to privacy@example.com.\n';
    const at = text.indexOf('You have choices') + 'You have choices'.length;
    editsBothWays(text, at, 0, ' about what we collect', (doc) => doc.sections.map((x) => x.title), 'the sentence under YOUR PRIVACY CONTROLS makes it a heading');
  });

  it('keeps the previous answer to "is this text Markdown?" only when the edit cannot change it', () => {
    const texts = ['# Privacy Policy\n\nText.\n\n## Contact\n\nEmail us.\n', '# Privacy Policy\n\nText about issue #12.\n\n#Contact\n', 'Privacy Policy\n\n1. Scope\nText.\n##\n'];
    let changed = 0;
    for (const text of texts) {
      const previous = parsePolicy(text, { format: formatForPath('policy.txt', text) });
      for (let at = 0; at <= text.length; at++) {
        for (const change of [{ start: at, end: at, newText: 'x' }, { start: at, end: at, newText: '#' }, { start: at, end: at, newText: ' ' }, { start: at, end: at, newText: '\n' }, { start: at, end: Math.min(text.length, at + 1), newText: '' }]) {
          const next = apply(text, change);
          const expected = formatForPath('policy.txt', next);
          assert.equal(formatAfterChange('policy.txt', previous, change, next), expected, `${JSON.stringify(text)} ${JSON.stringify(change)}`);
          if (expected !== previous.format) changed++;
        }
      }
    }
    assert.ok(changed > 0, 'some edit makes or unmakes a Markdown policy');
  });

  it('reads the metadata of the edited line again, and moves the others, when an edit reads the line stages again', () => {
    const text = 'Privacy Policy\nLast updated: 1 May 2024\n\n1. Scope\n\nThis policy covers the app.\n\n2. Contact\n\nEmail: privacy@example.com\n\nEffective date: 1 June 2024\n';
    const doc = parsePolicy(text);
    assert.deepEqual(doc.metadata.map((m) => m.value), ['1 May 2024', '1 June 2024']);
    const heading = text.indexOf('Scope');
    const effective = text.indexOf('Effective date');
    for (const change of [
      { start: heading, end: heading + 5, newText: 'What this policy covers' }, // a heading: the line stages run again
      { start: effective + 'Effective date: 1 '.length, end: effective + 'Effective date: 1 June'.length, newText: 'July' },
      { start: effective, end: effective + 'Effective date:'.length, newText: 'Changed on' },
      { start: text.indexOf('2024\n\n1.'), end: text.indexOf('2024\n\n1.') + 4, newText: '2025' },
    ]) {
      const next = apply(text, change);
      assert.equal(reusesLineStages(doc, change, next), false, JSON.stringify(change));
      assert.deepEqual(plain(reparsePolicy(doc, change, next)), plain(parsePolicy(next)), JSON.stringify(change));
    }
    assert.deepEqual(parsePolicy(apply(text, { start: effective, end: effective + 'Effective date:'.length, newText: 'Changed on' })).metadata.length, 1);
  });

  it('parses again when text typed or removed between a carriage return and a line feed splits or joins line breaks', () => {
    const text = 'Privacy Notice\r\n\r\nLast revised: 12 May 2024\r\n\r\n1. Scope\r\n\r\nThis notice covers the app.\r\n';
    const between = text.indexOf('\r\n') + 1;
    // A space typed inside the first CRLF makes two line breaks of it; removed again, one.
    const split = { start: between, end: between, newText: ' ' };
    const apart = apply(text, split);
    assert.equal(parsePolicy(apart).lines.length, parsePolicy(text).lines.length + 1);
    assert.deepEqual(plain(reparsePolicy(parsePolicy(text), split, apart)), plain(parsePolicy(apart)));
    const join = { start: between, end: between + 1, newText: '' };
    assert.deepEqual(plain(reparsePolicy(parsePolicy(apart), join, text)), plain(parsePolicy(text)));
  });

  it('falls back to a full parse for a change that does not fit the previous text', () => {
    const text = 'Policy\n\n1. One\n\nBody text here.\n';
    const doc = parsePolicy(text);
    const wrong = { start: 5, end: 3, newText: 'x' };
    const next = 'Policy\n\n1. One\n\nBody text here!\n';
    assert.deepEqual(plain(reparsePolicy(doc, wrong, next)), plain(parsePolicy(next)));
  });
});

describe('analyzePolicy after an edit', () => {
  const settings = defaultSettings();
  const today = new Date('2026-06-01T12:00:00Z');
  const analyze = (text: string, previous?: { analysis: Analysis; change: TextChange }) => analyzePolicy(text, { settings, today, previous });

  it('finds what a fresh analysis finds after random edits, reusing findings where it can', (t) => {
    // Count the checks that ran during re-analyses: fewer than the rules that declare what they read means reuse.
    const checks = RULES.filter((r) => r.reads).map((r) => t.mock.method(r, 'check'));
    let incremental = 0;
    let checked = 0;
    fc.assert(fc.property(typing, ({ base, edits }) => {
        let analysis = analyze(base);
        for (const { change, text } of edits) {
          const calls = checks.reduce((n, c) => n + c.mock.callCount(), 0);
          const next = analyze(text, { analysis, change });
          incremental++;
          checked += checks.reduce((n, c) => n + c.mock.callCount(), 0) - calls;
          assert.deepEqual(next.findings, analyze(text).findings);
          analysis = next;
        }
      }), { numRuns: 300 });
    assert.ok(checked < incremental * checks.length, `${checked} checks in ${incremental} re-analyses`);
  });

  it('finds promises that nothing follows and sentences that break off as a fresh analysis does, typing on and around them', () => {
    let text = [
      'Example Privacy Policy', '', '1. What we collect', '', 'We collect the details listed below:', '', '2. How we use it', '',
      'We use your details to run the service and to answer your questions about it.', '',
      'If you access our website through a third party, or share our website content with the', '',
      'We keep records of the requests you make so that we can show what we did with them.', '', '3. Contact us', '', 'Email: privacy@example.com', '',
    ].join('\n');
    const found = (a: Analysis) => a.findings.filter((f) => f.code === 'dangling-reference' || f.code === 'truncated-sentence').map((f) => `${f.code}@${f.start}`);
    let analysis = analyze(text);
    assert.deepEqual(found(analysis).map((f) => f.split('@')[0]).sort(), ['dangling-reference', 'truncated-sentence']);
    const counts = new Set<number>();
    // At the end of each line in turn, then undone: typing a full stop after "with the" finishes that sentence, a
    // word after "below:" ends the promise; typing elsewhere moves the findings.
    for (const [line, typed] of [[4, ' x'], [8, ' Really'], [10, '.'], [10, 'x'], [4, ' everything'], [12, ' too'], [0, ' 2']] as const) {
      const lines = buildLineIndex(text);
      const at = lines.ends[line];
      for (const change of [{ start: at, end: at, newText: typed }, { start: at, end: at + typed.length, newText: '' }]) {
        text = apply(text, change);
        analysis = analyze(text, { analysis, change });
        assert.deepEqual(found(analysis), found(analyze(text)), JSON.stringify(change));
        counts.add(found(analysis).length);
      }
    }
    assert.deepEqual([...counts].sort(), [1, 2]);
  });

  it('reads again the whitespace of the edited line only (duplicate paragraphs compared with spaces normalised)', () => {
    // Whether a line holds two spaces is kept across edits: a space typed next to another must be seen, or the
    // copy below would no longer equal the paragraph it repeats once its spaces are normalised.
    const paragraph = 'We keep your account details for as long as your account is open, and delete them within thirty days.';
    const text = `Policy\n\n1. Retention\n\n${paragraph}\n\n2. Deletion\n\n${paragraph}\n\n3. Contact us\n\nEmail: privacy@example.com\n`;
    const before = analyze(text);
    assert.equal(before.findings.filter((f) => f.code === 'duplicate-text').length, 1);
    let analysis = before;
    let current = text;
    for (const where of [current.lastIndexOf('for as long'), current.lastIndexOf('delete them')]) {
      const change = { start: where, end: where, newText: ' ' };
      current = apply(current, change);
      analysis = analyze(current, { analysis, change });
      assert.deepEqual(analysis.findings, analyze(current).findings);
      assert.equal(analysis.findings.filter((f) => f.code === 'duplicate-text').length, 1, JSON.stringify(current.slice(where - 10, where + 10)));
    }
  });

  it('reads the headings again for duplicate paragraphs (copies one after another with no heading between are one finding)', () => {
    const one = 'We keep your account details for as long as your account is open, and delete them within thirty days.';
    const two = 'We keep order records for seven years because tax law requires it, and then delete them for good.';
    const text = `Policy\n\n1. Retention\n\n${one}\n\n${two}\n\n2. Deletion\n\n${one}\n\n3. More\n\n${two}\n\n4. Contact us\n\nEmail: privacy@example.com\n`;
    const before = analyze(text);
    assert.equal(before.findings.filter((f) => f.code === 'duplicate-text').length, 2);
    // "3. More" emptied within its line: the paragraphs are as they were, but nothing stands between the copies now.
    const at = text.indexOf('3. More');
    const change = { start: at, end: at + '3. More'.length, newText: '' };
    const after = analyze(apply(text, change), { analysis: before, change });
    assert.deepEqual(after.findings, analyze(apply(text, change)).findings);
    assert.equal(after.findings.filter((f) => f.code === 'duplicate-text').length, 1);
  });

  it('compares again only the paragraphs that read like the edited one, and finds the copies a fresh analysis finds', () => {
    const duplicates = (a: Analysis) => a.findings.filter((f) => f.code === 'duplicate-text');
    const carriedBefore = duplicateTextStats.carried;
    let reanalysed = 0;
    // Random typing, and paragraphs overwritten with the text of others (a copy made) and back.
    const copying = fc.tuple(fc.nat(BASES.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }));
    fc.assert(fc.property(typing, copying, ({ base, edits }, [b, copies]) => {
      let analysis = analyze(base);
      for (const { change, text } of edits) {
        analysis = analyze(text, { analysis, change });
        reanalysed++;
        assert.deepEqual(duplicates(analysis), duplicates(analyze(text)));
      }
      let text = BASES[b];
      analysis = analyze(text);
      for (const [from, to, undo] of copies) {
        const long = analysis.doc.paragraphs.filter((p) => p.end - p.start >= 80);
        if (long.length < 2) return;
        const source = long[from % long.length];
        const target = long[to % long.length];
        const change = undo
          ? { start: target.end, end: target.end, newText: ' again' }
          : { start: target.start, end: target.end, newText: text.slice(source.start, source.end) };
        text = apply(text, change);
        analysis = analyze(text, { analysis, change });
        reanalysed++;
        assert.deepEqual(duplicates(analysis), duplicates(analyze(text)), JSON.stringify(change).slice(0, 120));
      }
    }), { numRuns: 200 });
    // Most re-analyses carried the compared paragraphs over (a test that none did would prove nothing).
    assert.ok(duplicateTextStats.carried - carriedBefore > reanalysed / 3, `${duplicateTextStats.carried - carriedBefore} of ${reanalysed}`);
  });

  it('carries the compared paragraphs over an edit whose findings were only moved, to the edit after it', () => {
    const one = 'We keep your account details for as long as your account is open, and delete them within thirty days.';
    const two = 'We keep order records for seven years because tax law requires it, and then delete them for good.';
    let text = `Policy\n\n1. Retention\n\n${one}\n\n${two}\n\n2. Deletion\n\n${one}\n\n3. Contact us\n\nEmail: privacy@example.com\n`;
    let analysis = analyze(text);
    assert.equal(analysis.findings.filter((f) => f.code === 'duplicate-text').length, 1);
    const edits: [string, number, string][] = [
      // A space after the first copy: nothing the rule reads changed, its finding is moved.
      ['space', text.indexOf(one) + one.length, ' '],
      // The second paragraph made a copy of the first, then the first copy changed: the copies found are those of
      // a fresh analysis, each found by comparing again only the paragraphs with the edited one's text.
      ['copy', -1, one],
      ['typed', text.indexOf(one) + 3, 'x'],
    ];
    for (const [what, at, typed] of edits) {
      const carried = duplicateTextStats.carried;
      const compared = duplicateTextStats.compared;
      const second = analysis.doc.paragraphs.find((p) => text.slice(p.start, p.end) === two)!;
      const change = what === 'copy' ? { start: second.start, end: second.end, newText: typed } : { start: at, end: at, newText: typed };
      text = apply(text, change);
      analysis = analyze(text, { analysis, change });
      assert.deepEqual(analysis.findings, analyze(text).findings, what);
      if (what === 'space') assert.equal(duplicateTextStats.carried - carried, 0, what);
      else {
        assert.equal(duplicateTextStats.carried - carried, 1, what);
        assert.equal(duplicateTextStats.compared - compared, 1, `${what}: only the fresh analysis compared every paragraph`);
      }
    }
    // The first of three copies changed: the third now repeats the second, the first occurrence.
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'duplicate-text').map((f) => f.message.split('.')[0]), ['This paragraph repeats line 7 word for word']);
  });

  it('reuses findings between analyses given no settings (the defaults, the same each time)', (t) => {
    const text = 'Example Privacy Policy\n\n1. What we collect\n\nWe collect your name when you register.\n\n3. Contact us\n\nEmail: privacy@example.com\n';
    const before = analyzePolicy(text, { today });
    const at = text.indexOf('register');
    const change = { start: at, end: at, newText: 'first ' };
    const gapChecks = t.mock.method(RULES.find((r) => r.code === 'numbering-gap')!, 'check');
    const after = analyzePolicy(apply(text, change), { today, previous: { analysis: before, change } });
    assert.equal(gapChecks.mock.callCount(), 0);
    assert.deepEqual(after.findings, analyzePolicy(apply(text, change), { today }).findings);
  });

  it('keeps the findings of rules that read only what the edit left alone, moved by the edit', (t) => {
    const text = 'Example Privacy Policy\n\n1. What we collect\n\nWe collect your name and email address when you register for an account with us, and the pages you visit.\n\n3. Contact us\n\nWrite to privacy@example.com or to [*].\n';
    const before = analyze(text);
    const gap = before.findings.find((f) => f.code === 'numbering-gap');
    assert.ok(gap);
    const at = text.indexOf('register');
    const change = { start: at, end: at, newText: 'quickly ' };
    const gapChecks = t.mock.method(RULES.find((r) => r.code === 'numbering-gap')!, 'check');
    const placeholderChecks = t.mock.method(RULES.find((r) => r.code === 'placeholder')!, 'check');
    const after = analyze(apply(text, change), { analysis: before, change });
    // numbering-gap reads the structure only: its finding is the previous one, moved; placeholder runs again.
    assert.equal(gapChecks.mock.callCount(), 0);
    assert.equal(placeholderChecks.mock.callCount(), 1);
    const moved = after.byRule.get('numbering-gap')!;
    assert.equal(moved.length, 1);
    assert.equal(moved[0].start, gap.start + change.newText.length);
    assert.equal(moved[0].message, before.byRule.get('numbering-gap')![0].message);
    assert.deepEqual(after.findings, analyze(apply(text, change)).findings);
    // A change to a heading changes the structure: the structure rules run again.
    const heading = text.indexOf('3. Contact');
    const renumber = { start: heading, end: heading + 1, newText: '2' };
    const checksBefore = gapChecks.mock.callCount();
    const renumbered = analyze(apply(text, renumber), { analysis: before, change: renumber });
    assert.equal(gapChecks.mock.callCount(), checksBefore + 1);
    assert.equal(renumbered.findings.filter((f) => f.code === 'numbering-gap').length, 0);
  });
});

describe('answers kept per paragraph across edits (ParagraphMemo)', () => {
  /** Each paragraph's text and start: what a rule might read of it, with an offset to move. */
  const readings = () => {
    let reads = 0;
    const memo = new ParagraphMemo((text, p) => {
      reads++;
      return { start: p.start, text: text.slice(p.start, p.end) };
    }, (answer, delta) => ({ start: answer.start + delta, text: answer.text }));
    return { memo, reads: () => reads };
  };
  const fresh = (doc: PolicyDocument) => doc.paragraphs.map((p) => ({ start: p.start, text: doc.text.slice(p.start, p.end) }));

  it('gives what reading every paragraph gives, after random edits of real policies', () => {
    const { memo } = readings();
    fc.assert(fc.property(typing, ({ base, edits }) => {
      let doc = parsePolicy(base);
      memo.of(doc);
      for (const { change, text } of edits) {
        const next = reparsePolicy(doc, change, text);
        assert.deepEqual(memo.of(next, { doc, change }), fresh(next));
        doc = next;
      }
    }), { numRuns: 300 });
  });

  it('reads again the paragraph on the edited line only, and moves the answers after it', () => {
    const text = 'Policy\n\n1. Scope\n\nThis policy covers the app.\n\nIt also covers the website.\n\n2. Contact\n\nEmail: privacy@example.com\n';
    const { memo, reads } = readings();
    const before = parsePolicy(text);
    memo.of(before);
    const readFirst = reads();
    assert.equal(readFirst, before.paragraphs.length);
    const at = text.indexOf('the app') + 'the'.length;
    const change = { start: at, end: at, newText: ' mobile' };
    const after = parsePolicy(apply(text, change));
    const answers = memo.of(after, { doc: before, change });
    assert.equal(reads() - readFirst, 1);
    assert.deepEqual(answers, fresh(after));
    // Asked again for the same version: kept, not read again.
    assert.equal(memo.of(after, { doc: before, change }), answers);
    // A new line moves the lines under it: every paragraph is read again.
    const split = { start: at, end: at, newText: '\n' };
    const broken = parsePolicy(apply(text, split));
    assert.deepEqual(memo.of(broken, { doc: before, change: split }), fresh(broken));
    assert.equal(reads() - readFirst - 1, broken.paragraphs.length);
  });
});

describe('which parts an edit left as they were', () => {
  it('compares every field of a section (sections have exactly the fields the comparison reads)', () => {
    let sections = 0;
    for (const text of BASES) {
      for (const s of parsePolicy(text).sections) {
        assert.deepEqual(Object.keys(s).sort(), [...SECTION_FIELDS].sort());
        sections++;
      }
    }
    assert.ok(sections > 50, `${sections} sections read`);
  });

  it('compares every field of a cross-reference and of a number (they have no fields the comparisons do not read)', () => {
    let references = 0;
    let markers = 0;
    const allowed = new Set<string>(MARKER_FIELDS);
    // Besides the policies, one with every kind of reference: quoted, numbered, numbers listed after a plural, Chinese.
    const kinds = 'Policy\n\n1. Scope\n\nSee Sections 2 and 3, Article 2, section II and "3. Contact" below, and 第二条.\n\n2. Use\n\nText.\n\n3. Contact\n\nEmail: privacy@example.com\n';
    for (const text of [...BASES, kinds]) {
      const doc = parsePolicy(text);
      for (const r of doc.references) {
        assert.deepEqual(Object.keys(r).sort(), [...REFERENCE_FIELDS].sort());
        references++;
      }
      for (const m of [...doc.sections.map((s) => s.marker), ...doc.references.map((r) => r.marker)]) {
        if (!m) continue;
        for (const key of Object.keys(m)) assert.ok(allowed.has(key), `a number's field "${key}" is not compared`);
        markers++;
      }
    }
    assert.ok(references > 15 && markers > 50, `${references} references and ${markers} numbers read`);
  });

  it('sees a section end where the edit wrote after its last word, not where it only added spaces', () => {
    const text = 'Policy\n\n1. Scope\n\nThis policy covers the app.  \n\n2. Contact\n\nEmail: privacy@example.com\n';
    const before = parsePolicy(text);
    const afterSpaces = text.indexOf('app.') + 'app.  '.length;
    for (const [newText, same] of [[' ', true], ['x', false]] as const) {
      const change = { start: afterSpaces, end: afterSpaces, newText };
      const after = parsePolicy(apply(text, change));
      assert.equal(after.sections[0].end - before.sections[0].end, same ? 0 : 3, newText);
      assert.equal(unchangedParts(before, after, change).has('structure'), same, `${JSON.stringify(newText)} after the spaces`);
    }
    // A number changed in place: the same offsets, another section.
    const renumber = { start: text.indexOf('2. Contact'), end: text.indexOf('2. Contact') + 1, newText: '3' };
    assert.equal(unchangedParts(before, parsePolicy(apply(text, renumber)), renumber).has('structure'), false);
  });
});

describe('memory across edits', () => {
  it('does not keep every version of the text alive while typing through a long policy', () => {
    // Strings cut from a text keep the whole text alive (see text/detached.ts). Records carried from version to
    // version must not hold on to the version they were read from: after the first edits, typing on further lines
    // should not grow the heap by a text per edit. Measured on a collected heap (gc exposed for this test only).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let text = '';
    for (let copy = 0; text.length < 1_000_000; copy++) text += BASES.map((b) => b.replace(/Privacy/g, `Privacy ${copy}`)).join('\n\n');
    const settings = defaultSettings();
    let analysis = analyzePolicy(text, { settings });
    const heapAfter = (edits: number, from: number): number => {
      for (let k = 0; k < edits; k++) {
        // The end of a line spread through the text, one after another, as the benchmark types.
        let at = text.indexOf('\n', Math.floor(((from + k + 0.5) / 80) * text.length));
        if (at < 0) at = text.length;
        const change = { start: at, end: at, newText: k % 2 ? ' ' : 'x' };
        text = apply(text, change);
        analysis = analyzePolicy(text, { settings, previous: { analysis, change } });
      }
      gc();
      return process.memoryUsage().heapUsed;
    };
    const settled = heapAfter(10, 0);
    const later = heapAfter(40, 10);
    const textBytes = 2 * text.length;
    // Forty versions kept would be forty texts; allow a few (the caches hold the previous version's sections).
    assert.ok(later - settled < 8 * textBytes, `the heap grew by ${((later - settled) / 1e6).toFixed(1)} MB over 40 edits of a ${(textBytes / 1e6).toFixed(1)} MB text`);
  });
});
