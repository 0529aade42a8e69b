// Benchmark inputs: realistic policies of about 30 KB, 300 KB, 3 MB and 30 MB, made from the seed policies (or,
// without ../shared, from the samples) by copying their sections and renumbering the top-level headings so the
// numbering goes on (1. … 10., then 11. … 20., …), as one long policy would.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = (p) => require(join(root, 'out/server/src/core', p));
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { parsePolicy } = core('parse/index.js');
const { markerWithValue } = core('parse/numbering.js');

export const SIZES = [['30 KB', 30e3], ['300 KB', 300e3], ['3 MB', 3e6], ['30 MB', 30e6]];

export function sourcePolicies() {
  const seeds = resolve(root, '../shared/corpus/seeds');
  const dir = existsSync(seeds) ? seeds : join(root, 'samples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { from: existsSync(seeds) ? 'seed policies' : 'samples', texts: files.map((f) => readFileSync(join(dir, f), 'utf8')) };
}

/** The body of a policy from its first top-level section on, with top-level numbers shifted by `offset`. */
const parsed = new Map();
function renumbered(text, offset) {
  let doc = parsed.get(text);
  if (!doc) { doc = parsePolicy(text); parsed.set(text, doc); }
  const roots = doc.roots.map((i) => doc.sections[i]);
  if (roots.length === 0) return { text, count: 0 };
  let out = '';
  let at = roots[0].start;
  let count = 0;
  for (const s of roots) {
    out += text.slice(at, s.headingStart);
    if (s.marker && !s.appendix && s.marker.decoration !== 'bracket') {
      count++;
      out += markerWithValue(s.marker, offset + count);
      at = s.headingStart + s.marker.text.length;
    } else at = s.headingStart;
  }
  return { text: out + text.slice(at), count };
}

/** About `size` characters of policy text. */
export function makePolicy(size, texts) {
  const parts = ['Generated Privacy Policy\nLast updated: March 3, 2025\n\n'];
  let length = parts[0].length;
  let offset = 0;
  for (let k = 0; length < size; k++) {
    const { text, count } = renumbered(texts[k % texts.length], offset);
    offset += count;
    parts.push(text.endsWith('\n') ? text : text + '\n');
    length += text.length + 1;
  }
  return parts.join('').slice(0, Math.max(size, 1));
}
