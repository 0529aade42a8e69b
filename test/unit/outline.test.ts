/**
 * Outline and folding ranges from the policy model.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parsePolicy } from '../../server/src/core/parse';
import { OutlineNode, foldingRanges, outline } from '../../server/src/core/features/outline';

// Sections 2 and 3 are run into one long line after the first line of section 1's text (a policy pasted from a
// page that lost its line breaks); the table of contents names them.
const RUN_IN = `Example Privacy Policy

Contents
1. Who We Are
2. What We Collect
3. Contact Us

1. Who We Are
We are Example Ltd, a small company.
We run the service for our customers across Europe and keep this policy up to date. 2. What We Collect We collect your name and email address when you sign up for the service and use it. 3. Contact Us Write to privacy@example.com for anything about this policy and your data.
`;

describe('folding ranges', () => {
  it('fold a section up to the line before one where later headings start, so that folding it hides none of them', () => {
    const doc = parsePolicy(RUN_IN);
    assert.deepEqual(doc.sections.map((s) => [s.line, s.title]), [[7, 'Who We Are'], [9, 'What We Collect'], [9, 'Contact Us']]);
    assert.deepEqual(foldingRanges(doc), [{ startLine: 7, endLine: 8 }, { startLine: 2, endLine: 5, kind: 'region' }]);
  });

  it('fold a section over its whole text when the next heading has a line of its own', () => {
    const doc = parsePolicy('1. Scope\nThis policy covers the app.\nAnd the website.\n\n2. Contact\nWrite to us.\n');
    assert.deepEqual(foldingRanges(doc), [{ startLine: 0, endLine: 2 }, { startLine: 4, endLine: 5 }]);
  });
});

describe('outline', () => {
  it('names a plain-text heading copied out of HTML by the characters its references stand for', () => {
    const doc = parsePolicy('1. Cookies &amp; Tracking\nWe use cookies.\n2. Children&#8217;s Privacy\nWe do not collect it.\n3. Fees &amp Costs\nNone.\n');
    assert.deepEqual(outline(doc).map((n) => n.name), ['1. Cookies & Tracking', '2. Children’s Privacy', '3. Fees &amp Costs']);
  });

  it('details a section without a title by the start of its text when that runs on from its number', () => {
    const doc = parsePolicy('第一章 总则\n第一条 为保护用户个人信息，根据《中华人民共和国个人信息保护法》等法律法规，制定本政策，请您在使用服务前仔细阅读。\n第二条 本政策适用于全部服务。\n1.2.1\nText.\n');
    const details = (nodes: readonly OutlineNode[]): unknown[] => nodes.flatMap((n) => [[n.name, n.detail], ...details(n.children)]);
    assert.deepEqual(details(outline(doc)), [
      ['第一章 总则', ''], ['第一条', '为保护用户个人信息，根据《中华人民共和国个人信息保护法》等法律法规，制定本政策…'], ['第二条', '本政策适用于全部服务。'], ['1.2.1', 'no title'],
    ]);
  });

  it('names each section by its heading on one line, nested as the numbering says', () => {
    const doc = parsePolicy('1. Scope\nText.\n1.1 Apps\nText.\n2. Contact\nWrite to us.\n');
    const names = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => [n.name, names(n.children)]);
    assert.deepEqual(names(outline(doc)), [['1. Scope', [['1.1 Apps', []]]], ['2. Contact', []]]);
  });

  it('names a heading that ends with a colon without it', () => {
    const doc = parsePolicy('PRIVACY POLICY\nINFORMATION WE COLLECT:\nWe collect your name and email address when you shop.\nCOOKIES:\nWe use cookies for our cart.\n3. Contact：\nWrite to us.\n');
    assert.deepEqual(outline(doc).map((n) => n.name), ['INFORMATION WE COLLECT', 'COOKIES', '3. Contact']);
  });
});
