/**
 * The policy model: what the parser understood of one document. An immutable value; every location is an
 * offset (UTF-16 code units) into `text`. Convert offsets to positions with `positions.ts` only.
 */
import type { Marker } from './parse/numbering';
import type { LineIndex } from './text/lines';

export type PolicyFormat = 'plain' | 'markdown';

/** Why the parser took a line for a heading. */
export type HeadingSource = 'numbered' | 'toc' | 'canonical' | 'markdown' | 'inline' | 'bracket' | 'shape';

export interface Section {
  readonly index: number;
  /** 1 for top-level sections and appendices. */
  readonly level: number;
  readonly marker?: Marker;
  /** The title without its number ('' for a bare `1.2.1`). */
  readonly title: string;
  /** The heading as written: number and title (`1.How We Collect…`). */
  readonly heading: string;
  /** The heading's own span (selection range). */
  readonly headingStart: number;
  readonly headingEnd: number;
  /** Where the title starts within the heading (after the number). */
  readonly titleStart: number;
  /** The whole section: heading, body and subsections. */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the heading. */
  readonly line: number;
  readonly parent: number | undefined;
  readonly children: readonly number[];
  readonly source: HeadingSource;
  /** True when the heading starts inside a paragraph line instead of on its own line. */
  readonly inline: boolean;
  readonly appendix: boolean;
  /** The body starts on the heading's line, right after the number (`第一条 为保护…`): the heading is the number. */
  readonly runIn: boolean;
}

export interface TocEntry {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The entry's text as written, without bullet. */
  readonly text: string;
  readonly marker?: Marker;
  readonly title: string;
  readonly titleStart: number;
  /** The section this entry names, when one was found. */
  readonly target: number | undefined;
  /** Indented under another entry, or numbered deeper (`2.1` among `1.`, `2.`): it names a sub-section. */
  readonly subEntry: boolean;
}

export interface TableOfContents {
  /** The line that introduces the list ("This policy helps you understand the following:"), if any. */
  readonly introLine: number | undefined;
  readonly startLine: number;
  readonly endLine: number;
  readonly start: number;
  readonly end: number;
  readonly entries: readonly TocEntry[];
  /**
   * Run into a line that goes on with the sections it lists (a policy pasted as one paragraph, its table first):
   * its entries share that line, and it spans start to end only.
   */
  readonly runIn?: boolean;
}

/** `established`: the date a policy was first made ("制定日"), which is no version's effective date. */
export type MetadataKey = 'effectiveDate' | 'lastUpdated' | 'established' | 'version';

export interface MetadataField {
  readonly key: MetadataKey;
  readonly label: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly valueStart: number;
}

export interface TitleLine {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A quoted title (`"XII. Contact Us"`), a number (`Section 4`), or in Markdown a link to an anchor (`](#contact-us)`). */
export type ReferenceKind = 'quoted' | 'numbered' | 'anchor';

/** A place in the text that names another section: "XII. Contact Us", "Appendix 1", "Article 12". */
export interface CrossReference {
  readonly kind: ReferenceKind;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** The reference as written, without quotes. */
  readonly text: string;
  readonly marker?: Marker;
  /** The title part of the reference, when it quotes one. */
  readonly title: string;
  /** The section it resolves to, if any (by number first, then by title). */
  readonly target: number | undefined;
}

/** A line of body text (not a heading, a table of contents, the title or metadata). Used by text-level rules. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface ParseProblem {
  readonly code: 'binary-content' | 'internal-error' | 'truncated-analysis';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface PolicyDocument {
  readonly text: string;
  readonly format: PolicyFormat;
  readonly lines: LineIndex;
  readonly title: TitleLine | undefined;
  readonly metadata: readonly MetadataField[];
  /** All sections in document order (pre-order of the tree). */
  readonly sections: readonly Section[];
  /** Indexes of the top-level sections. */
  readonly roots: readonly number[];
  readonly tocs: readonly TableOfContents[];
  readonly references: readonly CrossReference[];
  readonly paragraphs: readonly Paragraph[];
  readonly problems: readonly ParseProblem[];
}
