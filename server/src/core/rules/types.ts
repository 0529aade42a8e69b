/**
 * What a rule is: one file per rule exports one `Rule`. A rule reads the policy model and returns findings;
 * its `fixes` turn a finding into edits. Findings and edits are offsets into the document text.
 */
import type { DocumentPart } from '../reuse';
import type { PolicyDocument } from '../model';
import type { PolicySettings } from '../settings';
import type { ContactInfo } from '../contact';
import type { TextChange } from '../parse';

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** An editor command a fix runs instead of (or after) its edits: ask for a value, reveal a location. */
export interface FixCommand {
  readonly name: 'privacyPolicy.fillPlaceholder' | 'privacyPolicy.reveal';
  /** Offsets of the text the command is about (the placeholder, the place to reveal). */
  readonly start: number;
  readonly end: number;
  /** Command-specific: the fact a placeholder stands for. */
  readonly field?: string;
}

export interface CodeFix {
  readonly title: string;
  readonly edits: readonly Edit[];
  readonly command?: FixCommand;
  /** Shown first in the light-bulb menu. */
  readonly preferred?: boolean;
  /** Safe to apply without looking (used by "fix all" and `check --fix`). */
  readonly safe?: boolean;
}

export interface RelatedLocation {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What a rule's check returns. The registry adds the severity from the settings. */
export interface RuleFinding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** A severity below the rule's default for a milder variant (toc-mismatch wording drift is info). */
  readonly severity?: Severity;
  readonly related?: readonly RelatedLocation[];
  /** Rule-specific facts the fixes need (kept small and serialisable). */
  readonly data?: Record<string, unknown>;
}

export interface Finding extends RuleFinding {
  readonly code: string;
  readonly severity: Severity;
}

export interface RuleContext {
  readonly doc: PolicyDocument;
  readonly settings: PolicySettings;
  readonly contact: ContactInfo;
  /** Today, for "a date in the future". Injected so tests do not depend on the clock. */
  readonly today: Date;
}

/** The version of the document before one edit, when an analysis follows one (see Rule.check). */
export interface PreviousVersion {
  readonly doc: PolicyDocument;
  readonly change: TextChange;
}

export interface Rule {
  readonly code: string;
  readonly defaultSeverity: Severity;
  /**
   * Everything `check` reads besides offsets, when that is less than the whole text: after an edit that leaves
   * these parts as they were (reuse.ts compares them), the previous findings are moved instead of checked again.
   * Leave it out when in doubt: the rule then runs on every edit.
   */
  readonly reads?: readonly DocumentPart[];
  /**
   * The findings. `previous`, when given, is the document before the one edit that made this one: a rule may carry
   * over what it read of the text the edit left alone instead of reading it again, but must find exactly what it
   * finds without it.
   */
  check(ctx: RuleContext, previous?: PreviousVersion): RuleFinding[];
  /**
   * Called instead of `check` when the previous findings were moved over the edit (the parts in `reads` came out the
   * same): a rule that keeps what it read per document (see ParagraphMemo) keeps it for `doc` too, so that the edit
   * after this one still finds it. It reads no more of the text than the edited line.
   */
  carry?(doc: PolicyDocument, previous: PreviousVersion): void;
  fixes?(ctx: RuleContext, finding: Finding): CodeFix[];
}
