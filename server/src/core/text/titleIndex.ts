/**
 * Finding a section by its title without comparing against every section: an exact index of title keys, and an
 * inverted index of title words whose rarest words narrow the candidates for a similarity match. Built once per
 * list of sections and cached, so resolving many references stays linear.
 */
import type { Section } from '../model';
import { titleWords, wordSetSimilarity } from './titles';

const MAX_CANDIDATES = 400;

export class TitleIndex {
  private readonly byKey = new Map<string, Section>();
  private readonly postings = new Map<string, number[]>();
  /** Each section's title words, computed once. */
  private readonly words: (ReadonlySet<string> | undefined)[] = [];
  private readonly keys: string[] = [];

  /** `knownWords` may supply a section's title words already computed (undefined: compute them here). */
  constructor(private readonly sections: readonly Section[], knownWords?: (s: Section) => string[] | undefined) {
    for (const s of sections) {
      if (!s.title) continue;
      const words = knownWords?.(s) ?? titleWords(s.title);
      this.words[s.index] = new Set(words);
      const key = words.join(' ');
      this.keys[s.index] = key;
      if (!this.byKey.has(key)) this.byKey.set(key, s);
      for (const w of new Set(words)) {
        const list = this.postings.get(w);
        if (list) list.push(s.index);
        else this.postings.set(w, [s.index]);
      }
    }
  }

  /** The first section whose title has the same key. */
  exact(title: string): Section | undefined {
    return this.byKey.get(titleWords(title).join(' '));
  }

  /** A section's title key (see titleKey). */
  keyOf(index: number): string {
    return this.keys[index] ?? '';
  }

  /** A section's title words (for callers comparing titles with sets). */
  wordsOf(index: number): ReadonlySet<string> {
    return this.words[index] ?? new Set();
  }

  /** The section whose title is most similar (at least `min`), looking first at sections sharing rare words. */
  best(title: string, min: number): Section | undefined {
    const exact = this.exact(title);
    if (exact) return exact;
    const query = new Set(titleWords(title));
    const words = [...query].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0));
    const candidates = new Set<number>();
    // At most MAX_CANDIDATES, even when one word is in many titles (a long policy made of repeated parts).
    collect: for (const w of words) {
      for (const i of this.postings.get(w) ?? []) {
        candidates.add(i);
        if (candidates.size >= MAX_CANDIDATES) break collect;
      }
    }
    let best: Section | undefined;
    let bestScore = min;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const s = this.sections[i];
      const score = wordSetSimilarity(this.words[i]!, query);
      if (score > bestScore) { best = s; bestScore = score; }
    }
    return best;
  }
}

const cache = new WeakMap<readonly Section[], TitleIndex>();

export function titleIndex(sections: readonly Section[], knownWords?: (s: Section) => string[] | undefined): TitleIndex {
  let index = cache.get(sections);
  if (!index) { index = new TitleIndex(sections, knownWords); cache.set(sections, index); }
  return index;
}
