/**
 * Shared by numbering-gap, numbering-order and numbering-style: the numbered siblings of each level, and the
 * "Renumber sections at this level" fix, which rewrites the numbers in the level's main style and updates the
 * table of contents and every cross-reference that pointed to a renumbered section.
 */
import type { PolicyDocument, Section } from '../model';
import { slugLinkEdit } from '../parse/markdown';
import { Marker, markerWithValue, sameStyle, styleKey } from '../parse/numbering';
import { markerStart } from '../sections';
import { titleKey } from '../text/titles';
import type { CodeFix, Edit, Finding, RuleContext } from './types';
import { sectionStyle, siblingGroups } from './util';

/** A run of siblings numbered in one counter family (appendices count on their own, each word its own series:
 * "Annex 1" and "Schedule A" are both the first of theirs). */
export function numberedRuns(doc: PolicyDocument): Section[][] {
  const out: Section[][] = [];
  for (const group of siblingGroups(doc)) {
    const appendices = new Map<string, Section[]>();
    for (const s of group) {
      if (!s.appendix || !s.marker) continue;
      const key = s.marker.keyword ?? '';
      const run = appendices.get(key);
      if (run) run.push(s);
      else appendices.set(key, [s]);
    }
    const others = group.filter((s) => !s.appendix && s.marker && s.marker.decoration !== 'multi' && s.marker.decoration !== 'bracket');
    const multi = group.filter((s) => !s.appendix && s.marker?.decoration === 'multi');
    for (const run of [...appendices.values(), others, multi]) if (run.length) out.push(run);
  }
  return out;
}

/** The style most siblings use; on a tie, the style of the first sibling. */
export function mainStyle(group: readonly Section[]): string {
  const counts = new Map<string, number>();
  for (const s of group) counts.set(sectionStyle(s), (counts.get(sectionStyle(s)) ?? 0) + 1);
  let best = sectionStyle(group[0]);
  for (const [style, n] of counts) if (n > counts.get(best)!) best = style;
  return best;
}

/** Siblings of `s` (including it). */
export function siblingsOf(doc: PolicyDocument, s: Section): Section[] {
  const ids = s.parent === undefined ? doc.roots : doc.sections[s.parent].children;
  return ids.map((i) => doc.sections[i]);
}

export function renumberFix(doc: PolicyDocument, s: Section): CodeFix | undefined {
  const multi = s.marker?.decoration === 'multi';
  const siblings = siblingsOf(doc, s).filter((o) => !o.appendix && o.marker && o.marker.decoration !== 'bracket' && (o.marker.decoration === 'multi') === multi);
  if (siblings.length < 2) return undefined;
  const style = mainStyle(siblings);
  const model = siblings.find((o) => sectionStyle(o) === style)!.marker!;
  const edits: Edit[] = [];
  const renamed = new Map<number, string>();
  const renumbered = new Map<number, number>();
  const numberEdits = new Map<number, Edit>();
  const first = multi ? 1 : firstNumber(doc, siblings[0]);
  // Articles numbered through the chapters: those of the chapters after this one go on from its last number.
  const level = multi ? siblings : [...siblings, ...runningOn(doc, siblings)];
  level.forEach((o, k) => {
    const m = o.marker!;
    const text = markerWithValue(multi ? m : model, first + k);
    if (text === m.text) return;
    // Keep the author's spacing between number and title; add a space where the new number needs one (not after
    // an article's 条 or 조, nor before a title in brackets: `第４条（目的）`).
    const at = markerStart(doc.text, o);
    const gap = doc.text.slice(at + m.text.length, o.titleStart);
    const needsSpace = !gap && o.title && !/[.、)）:：\u3000-\u9fff\uac00-\ud7af]$/.test(text) && !/^[(（【[]/.test(o.title);
    const edit = { start: at, end: at + m.text.length, newText: needsSpace ? text + ' ' : text };
    edits.push(edit);
    numberEdits.set(o.index, edit);
    renamed.set(o.index, text.replace(/[.、:：]$/, ''));
    renumbered.set(o.index, first + k);
  });
  if (edits.length === 0) return undefined;
  // Table-of-contents entries and references that name a renumbered section follow it.
  for (const toc of doc.tocs) {
    for (const e of toc.entries) {
      const to = e.target !== undefined ? renamed.get(e.target) : undefined;
      if (to === undefined || !e.marker || e.marker.decoration === 'bracket') continue;
      const suffix = e.marker.text.startsWith(e.marker.label) ? e.marker.text.slice(e.marker.label.length) : '';
      // (A number's closing mark is in its new text already where the heading's marker holds it: `2.2)`.)
      edits.push({ start: e.start, end: e.start + e.marker.text.length, newText: suffix && to.endsWith(suffix) ? to : to + suffix });
    }
  }
  for (const ref of doc.references) {
    const to = ref.target !== undefined ? renamed.get(ref.target) : undefined;
    if (to === undefined) continue;
    // A Markdown link by the heading's slug (`#4-contact-us`) follows its new number.
    if (ref.kind === 'anchor') {
      const edit = numberEdits.get(ref.target!);
      const link = edit && slugLinkEdit(doc, doc.sections[ref.target!], ref, edit.start, edit.end, edit.newText);
      if (link) edits.push(link);
      continue;
    }
    if (!ref.marker) continue;
    // "Article 6", "see section 4", "第六条", and the bare numbers listed after "Sections 2 and …".
    if (ref.marker.decoration === 'keyword' || ref.marker.decoration === 'chapter' || (ref.marker.decoration === 'space' && ref.text === ref.marker.text)) {
      // The number changes in the reference's own words and case ("Sections 2" stays plural); in a quoted title
      // ("Article 4 Retention"), the number before the title only.
      const value = renumbered.get(ref.target!);
      if (multi) {
        // "see Section 4.2" when 4.2 becomes 4.3, "section 3.0" when 3.0 becomes 2.0: the whole number, as the
        // heading now writes it.
        const number = ref.kind === 'numbered' ? /\d{1,3}(?:\.\d{1,3})*$/.exec(ref.text) : null;
        if (number && /^\d+(?:\.\d+)*$/.test(to)) edits.push({ start: ref.start + number.index, end: ref.start + ref.text.length, newText: to });
        continue;
      }
      if (ref.marker.path.length !== 1 || value === undefined) continue;
      const written = ref.kind === 'numbered' ? ref.text : ref.text.startsWith(ref.marker.text) ? ref.marker.text : undefined;
      if (written !== undefined) edits.push({ start: ref.start, end: ref.start + written.length, newText: markerWithValue({ ...ref.marker, text: written }, value) });
      continue;
    }
    if (!ref.text.startsWith(ref.marker.label)) continue;
    edits.push({ start: ref.start, end: ref.start + ref.marker.label.length, newText: to });
  }
  // Entries and references already written with the new number (a table that skipped the number the headings
  // skip) are left alone: the fix changes only what changes.
  const changed = edits.filter((e) => doc.text.slice(e.start, e.end) !== e.newText);
  changed.sort((a, b) => a.start - b.start);
  return { title: 'Renumber sections at this level', edits: changed };
}

/**
 * The sections numbered in the style of `siblings` in the parts after theirs, where that level numbers on through
 * the parts ("CHAPTER II" / "Article 3" after "CHAPTER I" / "Article 2"); none otherwise.
 */
function runningOn(doc: PolicyDocument, siblings: readonly Section[]): Section[] {
  const first = siblings[0];
  if (first.parent === undefined || !numbersRunOn(doc, first)) return [];
  const parent = doc.sections[first.parent];
  const parts = siblingsOf(doc, parent);
  return parts.slice(parts.indexOf(parent) + 1).flatMap((part) => childrenInStyle(doc, part, first.marker!).filter((c) => !c.appendix));
}

/**
 * The number a level starts at: 1, or, for articles numbered on across chapters or parts (Chapter II opening with
 * Article 3 after Articles 1 and 2 of Chapter I), one after the last one of the part before, as its first is.
 */
function firstNumber(doc: PolicyDocument, first: Section): number {
  const m = first.marker!;
  const last = continuedFrom(doc, first);
  if (!last) return 1;
  if (last.marker!.value + 1 === m.value) return m.value;
  // Articles numbered through the chapters ("Article 3" opening chapter II): on from the chapter before, past a gap.
  return last.marker!.value < m.value && numbersRunOn(doc, first) ? last.marker!.value + 1 : 1;
}

/**
 * The section whose number `first`, the first of its siblings numbered above 1, may go on from: the last child
 * numbered in its style of the nearest section before its parent, at its parent's level, that has such children.
 */
export function continuedFrom(doc: PolicyDocument, first: Section): Section | undefined {
  const m = first.marker;
  if (!m || m.value <= 1 || first.parent === undefined) return undefined;
  const parent = doc.sections[first.parent];
  const parts = siblingsOf(doc, parent);
  for (let k = parts.indexOf(parent) - 1; k >= 0; k--) {
    const before = childrenInStyle(doc, parts[k], m);
    if (before.length) return before[before.length - 1];
  }
  return undefined;
}

/** The children of `part` numbered in the style of `m`. */
function childrenInStyle(doc: PolicyDocument, part: Section, m: Marker): Section[] {
  return part.children.map((i) => doc.sections[i]).filter((c) => !!c.marker && sameStyle(c.marker, m));
}

/**
 * Whether the children in the style of `first` number on through their parents' level rather than start again
 * under each: the first of one parent's goes on from the last of the parent before (articles through the chapters,
 * "CHAPTER I" / "Article 1" / "Article 2" / "CHAPTER II" / "Article 3"). The answer is the same for every child of
 * that level and style: `known` keeps it, so that a check of every level reads each level once.
 */
export function numbersRunOn(doc: PolicyDocument, first: Section, known?: Map<string, boolean>): boolean {
  const m = first.marker;
  if (!m || first.parent === undefined) return false;
  const parent = doc.sections[first.parent];
  const key = `${parent.parent ?? -1} ${styleKey(m)}`;
  const answer = known?.get(key);
  if (answer !== undefined) return answer;
  let runsOn = false;
  let last: Section | undefined;
  for (const part of siblingsOf(doc, parent)) {
    const run = childrenInStyle(doc, part, m);
    if (!run.length) continue;
    const value = run[0].marker!.value;
    if (last && value > 1 && value === last.marker!.value + 1) { runsOn = true; break; }
    last = run[run.length - 1];
  }
  known?.set(key, runsOn);
  return runsOn;
}

export function titlesDiffer(a: Section, b: Section): boolean {
  return titleKey(a.title) !== titleKey(b.title);
}

/** The fixes of the numbering rules: renumber the level of the section the finding names (numbered ones only). */
export function renumberFixes({ doc }: RuleContext, finding: Finding): CodeFix[] {
  const s = doc.sections[finding.data!.section as number];
  const fix = s?.marker ? renumberFix(doc, s) : undefined;
  return fix ? [fix] : [];
}
