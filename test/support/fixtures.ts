/**
 * Inline text fixtures with markers. `⟦N⟧` marks "a section of level N starts here"; `⟦toc⟧` at the start of
 * a line marks a table-of-contents entry. The markers are removed to give the text the parser sees.
 */
import { parsePolicy } from '../../server/src/core/parse';
import type { PolicyDocument, PolicyFormat } from '../../server/src/core/model';
import { positionAt } from '../../server/src/core/positions';

export interface ExpectedHeading {
  line: number;
  character: number;
  level: number;
}

export interface Fixture {
  text: string;
  headings: ExpectedHeading[];
  tocLines: number[];
}

const MARK = /⟦(\d|toc)⟧/g;

export function fixture(source: string): Fixture {
  const lines = source.replace(/^\n/, '').split('\n');
  const headings: ExpectedHeading[] = [];
  const tocLines: number[] = [];
  const out = lines.map((raw, line) => {
    let removed = 0;
    return raw.replace(MARK, (m, what: string, at: number) => {
      if (what === 'toc') tocLines.push(line);
      else headings.push({ line, character: at - removed, level: Number(what) });
      removed += m.length;
      return '';
    });
  });
  return { text: out.join('\n'), headings, tocLines };
}

export function parsedHeadings(doc: PolicyDocument): ExpectedHeading[] {
  return doc.sections.map((s) => {
    const p = positionAt(doc.lines, s.headingStart);
    return { line: p.line, character: p.character, level: s.level };
  });
}

/** Parses a fixture and returns [expected, actual] as readable strings for assert.deepStrictEqual. */
export function compareOutline(source: string, format: PolicyFormat = 'plain'): { expected: string[]; actual: string[]; doc: PolicyDocument; fx: Fixture } {
  const fx = fixture(source);
  const doc = parsePolicy(fx.text, { format });
  const lines = fx.text.split('\n');
  const show = (h: ExpectedHeading) => `L${h.level} ${h.line + 1}:${h.character} ${lines[h.line].slice(h.character, h.character + 40)}`;
  return { expected: fx.headings.map(show), actual: parsedHeadings(doc).map(show), doc, fx };
}
