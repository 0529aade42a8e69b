/**
 * Finding sections by offset or line without walking the whole list: sections are in document order, so a
 * binary search finds the place and the tree (parent links) does the rest. Keeps rules linear on long policies.
 */
import type { PolicyDocument, Section } from './model';

/** Index of the first item whose `key` is greater than `value` in a list sorted by it (items.length if none). */
export function firstAfter<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first section whose `key` is greater than `value` (sections.length if none). */
export function firstSectionAfter(sections: readonly Section[], value: number, key: (s: Section) => number = (s) => s.start): number {
  return firstAfter(sections, value, key);
}

/**
 * Whether a section whose heading is on `line` passes `test`. The sections of a line are found by bisection (they are
 * in document order, so in line order too): no map or set of the sections by line is made.
 */
export function anySectionOnLine(sections: readonly Section[], line: number, test: (s: Section) => boolean): boolean {
  for (let k = firstSectionAfter(sections, line - 1, (s) => s.line); k < sections.length && sections[k].line === line; k++) {
    if (test(sections[k])) return true;
  }
  return false;
}

/** The innermost section that contains `offset`. */
export function sectionAt(doc: PolicyDocument, offset: number): Section | undefined {
  const i = firstSectionAfter(doc.sections, offset) - 1;
  let s: Section | undefined = i >= 0 ? doc.sections[i] : undefined;
  // Sections nest: the ones containing the offset are the last-started one's ancestors.
  while (s && offset > s.end) s = s.parent === undefined ? undefined : doc.sections[s.parent];
  return s;
}

/** The first section after `index` at the same level as it or above: where its block ends. */
export function nextSectionAtOrAbove(doc: PolicyDocument, index: number, level: number): Section | undefined {
  for (let i = index + 1; i < doc.sections.length; i++) if (doc.sections[i].level <= level) return doc.sections[i];
  return undefined;
}

/** Where a heading's number starts: at the heading's start, or after a Markdown heading's `#` marks (`## 4. Contact`). */
export function markerStart(text: string, s: Section): number {
  if (!s.marker || s.source !== 'markdown') return s.headingStart;
  const at = text.slice(s.headingStart, s.titleStart).lastIndexOf(s.marker.text);
  return at >= 0 ? s.headingStart + at : s.headingStart;
}
