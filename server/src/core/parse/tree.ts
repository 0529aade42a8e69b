/**
 * Levels and ranges. A stack holds the open headings; a new heading becomes the sibling of the open heading
 * whose number it continues (`2.` after `1.`, `V.` after `IV.`, and `5.` after `IV.` when a policy mixes
 * Arabic and Roman numerals; of two, the one written alike, see likeliestContinued), or of the open heading
 * written in the same style, and otherwise the child of the innermost open heading. Multi-level numbers (`1.2.1`)
 * find their parent by prefix. Headings named by the table of contents, appendices and unnumbered section titles
 * are top-level.
 */
import type { Section } from '../model';
import type { LineIndex } from '../text/lines';
import { Marker, familyKey, isContainerMarker, isParentNumber, sameStyle } from './numbering';
import { HeadingDraft } from './headings';
import { wordsWithin } from '../text/titles';

interface Open {
  index: number;
  level: number;
  marker: Marker | undefined;
  source: HeadingDraft['source'];
  /** Opened as a list nested under a heading of its own style (`1.` right under `1.`). */
  nested?: boolean;
  /** An unnumbered opening section (see HeadingDraft.opening). */
  opening?: boolean;
  /** A further notice's title (see HeadingDraft.part). */
  part?: boolean;
  /** Indentation of its line (see assignLevels' indentOf). */
  indent: number | undefined;
  /** An unnumbered sub-heading inside a numbered section, and its depth (see HeadingDraft.underNumbered). */
  under?: 1 | 2;
  /** Its text starts on its line (see HeadingDraft.runIn). */
  runIn: boolean;
  /** A numbered heading with a standard section title (see HeadingDraft.standard). */
  standard: boolean;
}

function isTopLevel(d: HeadingDraft): boolean {
  return d.top || d.appendix || (!d.marker && d.source !== 'bracket' && d.source !== 'markdown');
}

/**
 * `indentOf`: how far a heading's line is indented, or undefined where that says nothing (a heading inside a line):
 * of two open headings whose number a heading continues, the one indented alike is its sibling.
 */
export function assignLevels(drafts: readonly HeadingDraft[], explicitLevels?: readonly number[], indentOf: (d: HeadingDraft) => number | undefined = () => undefined): number[] {
  const levels: number[] = new Array(drafts.length);
  const stack: Open[] = [];
  const indents = drafts.map(indentOf);
  // The latest numbered heading, closed or open: one an unnumbered heading closed may be continued after it.
  let lastNumbered: Open | undefined;
  const pushAt = (i: number, level: number, nested = false) => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const open: Open = { index: i, level, marker: drafts[i].marker, source: drafts[i].source, nested, opening: drafts[i].opening, part: drafts[i].part, indent: indents[i], under: drafts[i].underNumbered, runIn: !!drafts[i].runIn, standard: !!drafts[i].standard };
    stack.push(open);
    if (open.marker) lastNumbered = open;
    levels[i] = level;
  };
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const indent = indents[i];
    if (explicitLevels) { pushAt(i, explicitLevels[i]); continue; }
    // A title-cased heading under the capitalised ones of its policy: below the open one, if any.
    // One under a sub-heading: below that one, three levels at most.
    if (d.subheading) { pushAt(i, !stack.length ? 1 : d.deeper ? Math.min(3, stack[stack.length - 1].level + 1) : 2); continue; }
    if (d.underNumbered) {
      const group = d.underNumbered === 2 ? findFromTop(stack, (o) => o.under === 1) : undefined;
      const parent = group ?? findFromTop(stack, (o) => !!o.marker);
      pushAt(i, parent ? parent.level + 1 : 1);
      continue;
    }
    if (isTopLevel(d)) {
      // A numbered section the table of contents names, inside an open part or chapter (`第二部分` / `一、…`): the
      // table lists that part's sections.
      const container = d.top && d.marker && !isContainerMarker(d.marker) ? findFromTop(stack, (o) => !!o.marker && isContainerMarker(o.marker)) : undefined;
      pushAt(i, container ? container.level + 1 : 1);
      continue;
    }
    const top = stack.length ? stack[stack.length - 1] : undefined;
    const m = d.marker;
    if (!m) { // bracket headings: one level below the open heading, siblings of each other
      const same = findFromTop(stack, (o) => o.source === d.source && !o.marker);
      pushAt(i, same ? same.level : (top ? top.level + 1 : 1));
      continue;
    }
    if (m.decoration === 'multi') {
      const parent = findFromTop(stack, (o) => !!o.marker && isParentNumber(o.marker, m));
      if (parent) { pushAt(i, parent.level + 1); continue; }
      const sibling = findFromTop(stack, (o) => !!o.marker && o.marker.decoration === 'multi' && o.marker.path.length === m.path.length);
      if (sibling) { pushAt(i, sibling.level); continue; }
      const shallower = findFromTop(stack, (o) => !!o.marker && o.marker.path.length === m.path.length - 1);
      pushAt(i, shallower ? shallower.level + 1 : (top ? top.level + 1 : m.path.length));
      continue;
    }
    const family = familyKey(m);
    const styledAlike = (o: Open) => !!o.marker && sameStyle(o.marker, m);
    const continues = (o: Open) => !!o.marker && m.value === o.marker.value + 1;
    const alignedWith = (o: Open) => indent === undefined || o.indent === undefined || o.indent === indent;
    const target =
      likeliestContinued(d, stack.filter((o) => styledAlike(o) && continues(o) && alignedWith(o))) ??
      findFromTop(stack, (o) => styledAlike(o) && continues(o)) ??
      findFromTop(stack, (o) => !!o.marker && familyKey(o.marker) === family && continues(o)) ??
      // Or with another closing mark (`3)` after `2.`): the sequence goes on, in a style numbering-style reports.
      findFromTop(stack, (o) => !!o.marker && continues(o) && looseFamily(o.marker) === looseFamily(m));
    if (target) { pushAt(i, target.level); continue; }
    // The number after the first part of an open multi-level one (`1.2 Scope` then `2 Information We Collect`, the
    // policy's `1` missing or unnumbered): on the level of that first part, not under `1.2`.
    const firstPartAfter = (m.decoration === 'dot' || m.decoration === 'space') && (m.kind === 'arabic' || m.kind === 'roman-upper')
      ? findFromTop(stack, (o) => o.marker?.decoration === 'multi' && !o.marker.head && o.marker.path[0] + 1 === m.value)
      : undefined;
    if (firstPartAfter?.marker) { pushAt(i, Math.max(1, firstPartAfter.level - firstPartAfter.marker.path.length + 1)); continue; }
    // The number after that of a heading an unnumbered one closed, on its level or above ("SECTION 6 - SECURITY" /
    // "COOKIES" / "SECTION 7 - …"): the sequence goes on, as the sibling of the one it continues (not under the
    // unnumbered heading, unless that is a further notice, which holds the sections after it).
    const resumed = lastNumbered;
    if (resumed && top && !top.marker && !top.part && resumed.level <= top.level && !stack.includes(resumed) && styledAlike(resumed) && continues(resumed)) {
      pushAt(i, resumed.level);
      continue;
    }
    const same = findFromTop(stack, styledAlike);
    if (same) {
      // `1.` right under `1.` opens a nested list (001: "1. How…" then "1. Personal information…"); a third `1.`
      // right under that one starts the nested list again, one level is all this nesting goes (unbalanced
      // numbering repeating `(1)` would otherwise nest without end).
      if (m.value === 1 && same === top && !top.nested) pushAt(i, top.level + 1, true);
      else pushAt(i, same.level, same.nested);
      continue;
    }
    // A number further on in the other numerals of a policy that mixes them (`XII.` after `8.`, numbers skipped in
    // between): the sequence goes on, as `5.` after `IV.` does.
    const skippedTo = m.value > 2 ? findFromTop(stack, (o) => !!o.marker && familyKey(o.marker) === family && o.marker.value + 1 < m.value) : undefined;
    if (skippedTo) { pushAt(i, skippedTo.level); continue; }
    // Under the innermost open heading, unless that is an opening section ("Overview" then "1 Data We Collect"), or
    // an unnumbered standard section and this one's title is standard too ("How We Use Information:" then "1) Sharing");
    // a further notice holds its standard sections too. A `1` that starts its numbers again, or whose title's words
    // are all in the unnumbered heading's, opens that heading's sections ("How we use cookies" / "4. …" / "How we
    // share your information" / "1. Sharing").
    const opensTop = (t: Open) => m.value === 1 && ((!!lastNumbered?.marker && sameStyle(lastNumbered.marker, m) && lastNumbered.marker.value > 1)
      || wordsWithin(d.title, drafts[t.index].title));
    const sibling = top && (top.opening || (d.standard && !top.marker && top.source === 'canonical' && !top.part && !opensTop(top)));
    pushAt(i, top ? (sibling ? top.level : top.level + 1) : 1);
  }
  return levels;
}

/** familyKey, with a closing parenthesis read as a full stop (`3)` as `3.`). */
function looseFamily(m: Marker): string {
  const key = familyKey(m);
  return key.startsWith('half-paren:') ? `dot:${key.slice('half-paren:'.length)}` : key;
}

/**
 * Of the open headings a heading's number continues, innermost last, the one it goes on from: where more than one
 * does (`4.` after `3. Public disclosure. We…` inside `3. How we share…`), the innermost written alike, its title
 * alone on its line or its text run on after it as this one's; of those, for a standard title ("4. How we protect
 * your personal information"), the innermost with one too, as a policy's chapters are and their items seldom.
 */
function likeliestContinued(d: HeadingDraft, continued: readonly Open[]): Open | undefined {
  if (continued.length < 2) return continued[0];
  const alike = continued.filter((o) => o.runIn === !!d.runIn);
  const pool = alike.length ? alike : continued;
  const inner = pool[pool.length - 1];
  return d.standard && !inner.standard ? findFromTop(pool, (o) => o.standard) ?? inner : inner;
}

function findFromTop(stack: readonly Open[], test: (o: Open) => boolean): Open | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (test(stack[k])) return stack[k];
  return undefined;
}

/** End of the last non-space character before `offset` (so a section does not swallow trailing blank lines). */
function trimBack(text: string, from: number, offset: number): number {
  let e = offset;
  while (e > from) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000) e--;
    else break;
  }
  return e;
}

/** `textEnd`: where the policy's text ends, before a table of contents at its end (see closingTocStart). */
export function buildSections(text: string, lines: LineIndex, drafts: readonly HeadingDraft[], levels: readonly number[], textEnd = text.length): Section[] {
  const n = drafts.length;
  const ends: number[] = new Array(n);
  const parents: (number | undefined)[] = new Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    // A heading on a line of its own starts the line for the section before: the marks around its words (`**1.
    // Scope**`, `<h2 id="scope">`, a bullet) are no text of that section. One run into a line starts where it does.
    const bound = drafts[i].inline ? drafts[i].start : Math.min(lines.starts[drafts[i].line], drafts[i].start);
    while (stack.length && levels[stack[stack.length - 1]] >= levels[i]) {
      const closed = stack.pop()!;
      ends[closed] = trimBack(text, drafts[closed].end, Math.max(bound, drafts[closed].end));
    }
    const parent = stack.length ? stack[stack.length - 1] : undefined;
    parents[i] = parent;
    if (parent !== undefined) children[parent].push(i);
    stack.push(i);
  }
  for (const open of stack) ends[open] = Math.max(drafts[open].end, trimBack(text, drafts[open].end, textEnd));
  // A parent ends where its last descendant ends, at least.
  for (let i = n - 1; i >= 0; i--) {
    const p = parents[i];
    if (p !== undefined && ends[p] < ends[i]) ends[p] = ends[i];
  }
  return drafts.map((d, i) => ({
    index: i,
    level: levels[i],
    marker: d.marker,
    title: d.title,
    heading: text.slice(d.start, d.end),
    headingStart: d.start,
    headingEnd: d.end,
    titleStart: d.titleStart,
    start: d.start,
    end: ends[i],
    line: d.line,
    parent: parents[i],
    children: children[i],
    source: d.source,
    inline: d.inline,
    appendix: d.appendix,
    runIn: !!d.runIn,
  }));
}
