/**
 * Finding a section by its title without comparing against every section: an exact index of title keys, and an
 * inverted index of title words whose rarest words narrow the candidates for a similarity match. Built once per
 * list of sections and cached, so resolving many references stays linear.
 */
import type { Section } from '../model';
import { titleKey, titleWords, wordSetSimilarity } from './titles';

// Enough for any real policy (no rare word is in hundreds of its titles); bounds the work on huge repetitive ones.
const MAX_CANDIDATES = 200;
/** How many answers of `best` the tables keep (each a title and a number): the references of any real policy. */
const MAX_REMEMBERED = 20_000;

/** What an index knows about the titles, by section index; shared by indexes of sections with equal titles. */
interface TitleTables {
  readonly byKey: Map<string, number>;
  readonly postings: Map<string, number[]>;
  /** Each section's title words, computed once. */
  readonly words: (ReadonlySet<string> | undefined)[];
  readonly keys: string[];
  /** The titles the tables were made from, to check that they still apply. */
  readonly titles: readonly string[];
  /**
   * Answers of `best` already given, by minimum score and title (-1: none): they depend on the titles alone, so
   * the versions of a document that share these tables (typing that changes no heading) look each reference up once.
   */
  readonly bestByQuery: Map<string, number>;
  /** The sections whose titles pass each test asked about (see matching). */
  readonly byTest: Map<(title: string) => boolean, readonly number[]>;
}

export class TitleIndex {
  private readonly tables: TitleTables;

  /**
   * `knownKey` may supply a section's title key already computed (undefined: compute it here).
   * `previous`, an index of sections with the same titles in the same order (the document before an edit that
   * changed no heading), lends its tables instead of building them again.
   */
  constructor(private readonly sections: readonly Section[], knownKey?: (s: Section) => string | undefined, previous?: TitleIndex) {
    if (previous && sameTitles(previous.tables.titles, sections)) { this.tables = previous.tables; return; }
    const tables: TitleTables = { byKey: new Map(), postings: new Map(), words: [], keys: [], titles: sections.map((s) => s.title), bestByQuery: new Map(), byTest: new Map() };
    for (const s of sections) {
      if (!s.title) continue;
      const key = knownKey?.(s) ?? titleKey(s.title);
      const words = new Set(key === '' ? [] : key.split(' '));
      tables.words[s.index] = words;
      tables.keys[s.index] = key;
      if (!tables.byKey.has(key)) tables.byKey.set(key, s.index);
      for (const w of words) {
        const list = tables.postings.get(w);
        if (list) list.push(s.index);
        else tables.postings.set(w, [s.index]);
      }
    }
    this.tables = tables;
  }

  private get words() { return this.tables.words; }
  private get keys() { return this.tables.keys; }
  private get postings() { return this.tables.postings; }

  /** The first section whose title has the same key. */
  exact(title: string): Section | undefined {
    const i = this.tables.byKey.get(titleKey(title));
    return i === undefined ? undefined : this.sections[i];
  }

  /** A section's title key (see titleKey). */
  keyOf(index: number): string {
    return this.keys[index] ?? '';
  }

  /** A section's title words (for callers comparing titles with sets). */
  wordsOf(index: number): ReadonlySet<string> {
    return this.words[index] ?? new Set();
  }

  /**
   * The indexes of the sections whose titles pass `test`, which must read the title alone (and be one function, not
   * made anew for each call: the answer is kept by it, for every version of the document with these titles).
   */
  matching(test: (title: string) => boolean): readonly number[] {
    let found = this.tables.byTest.get(test);
    if (!found) {
      found = [];
      for (const s of this.sections) if (test(s.title)) (found as number[]).push(s.index);
      this.tables.byTest.set(test, found);
    }
    return found;
  }

  /** The section whose title is most similar (at least `min`), looking first at sections sharing rare words. */
  best(title: string, min: number): Section | undefined {
    const query = `${min}|${title}`;
    const known = this.tables.bestByQuery.get(query);
    if (known !== undefined) return known < 0 ? undefined : this.sections[known];
    const found = this.bestMatch(title, min);
    if (this.tables.bestByQuery.size < MAX_REMEMBERED) this.tables.bestByQuery.set(query, found ? found.index : -1);
    return found;
  }

  private bestMatch(title: string, min: number): Section | undefined {
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

function sameTitles(titles: readonly string[], sections: readonly Section[]): boolean {
  if (titles.length !== sections.length) return false;
  for (let i = 0; i < titles.length; i++) if (titles[i] !== sections[i].title) return false;
  return true;
}

const cache = new WeakMap<readonly Section[], TitleIndex>();

export function titleIndex(sections: readonly Section[], knownKey?: (s: Section) => string | undefined, previous?: readonly Section[]): TitleIndex {
  let index = cache.get(sections);
  if (!index) { index = new TitleIndex(sections, knownKey, previous && cache.get(previous)); cache.set(sections, index); }
  return index;
}
