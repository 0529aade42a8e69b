/**
 * One call that does everything the editor and the command line need: parse, then run every enabled rule.
 * Rules that throw are contained: the others still report, and the failure becomes a finding of its own.
 */
import { analyzeContact, ContactInfo } from './contact';
import type { PolicyDocument, PolicyFormat } from './model';
import { TextChange, parsePolicy, reparsePolicy } from './parse';
import { RULES, ruleByCode } from './rules/registry';
import type { CodeFix, Edit, Finding, Rule, RuleContext, RuleFinding, Severity } from './rules/types';
import { movedFindings, unchangedParts } from './reuse';
import { PolicySettings, defaultSettings } from './settings';

export interface AnalyzeOptions {
  format?: PolicyFormat;
  settings?: PolicySettings;
  version?: number;
  today?: Date;
  /**
   * The analysis of the text before one change that produced `text`: the parser reuses its line stages when the
   * change allows, and rules keep their findings (moved) when what they read came out the same.
   */
  previous?: { analysis: Analysis; change: TextChange };
}

export interface Analysis {
  readonly version: number | undefined;
  readonly doc: PolicyDocument;
  readonly contact: ContactInfo;
  readonly findings: readonly Finding[];
  readonly context: RuleContext;
  /** Each rule's own findings (before severities), for the next analysis to reuse. */
  readonly byRule: ReadonlyMap<string, readonly RuleFinding[]>;
}

const ORDER: Record<Severity, number> = { off: 0, hint: 1, info: 2, warning: 3, error: 4 };

export function severityAtLeast(s: Severity, min: Severity): boolean {
  return ORDER[s] >= ORDER[min];
}

/** The settings of analyses given none: one object, so that such analyses can reuse each other's findings. */
const DEFAULT_SETTINGS = defaultSettings();

export function analyzePolicy(text: string, options: AnalyzeOptions = {}): Analysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const previous = options.previous;
  const before = previous?.analysis.doc;
  const doc = previous && before && before.format === (options.format ?? 'plain')
    ? reparsePolicy(before, previous.change, text)
    : parsePolicy(text, { format: options.format });
  const contact = analyzeContact(doc);
  const context: RuleContext = { doc, settings, contact, today: options.today ?? new Date() };
  const findings: Finding[] = [];
  const byRule = new Map<string, readonly RuleFinding[]>();
  for (const problem of doc.problems) {
    findings.push({ code: 'parse-problem', severity: 'warning', message: problem.message, start: problem.start, end: problem.end });
  }
  if (doc.problems.some((p) => p.code === 'binary-content')) return { version: options.version, doc, contact, findings, context, byRule };
  const reusable = previous && reusableFindings(previous.analysis, context, previous.change);
  const previousVersion = previous && { doc: previous.analysis.doc, change: previous.change };
  for (const rule of RULES) {
    const configured = settings.rules[rule.code];
    if (configured === 'off') continue;
    try {
      const moved = reusable?.(rule);
      if (moved) rule.carry?.(doc, previousVersion!);
      const found = moved ?? rule.check(context, previousVersion);
      byRule.set(rule.code, found);
      for (const f of found) {
        // A milder variant keeps its relative severity only while the rule is at its default.
        const severity: Severity = configured ?? f.severity ?? rule.defaultSeverity;
        if ((severity as Severity) === 'off') continue;
        findings.push({ start: f.start, end: f.end, message: f.message, related: f.related, data: f.data, code: rule.code, severity });
      }
    } catch (e) {
      findings.push({ code: 'internal-error', severity: 'hint', message: `The rule ${rule.code} failed on this document: ${e instanceof Error ? e.message : String(e)}`, start: 0, end: 0 });
    }
  }
  findings.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { version: options.version, doc, contact, findings, context, byRule };
}

/**
 * A rule's previous findings moved by the change, when the rule declares what it reads and the change left
 * that as it was (with the same settings, on the same day); undefined when the rule must run again.
 */
function reusableFindings(previous: Analysis, context: RuleContext, change: TextChange): ((rule: Rule) => RuleFinding[] | undefined) | undefined {
  const was = previous.context;
  if (was.settings !== context.settings || utcDay(was.today) !== utcDay(context.today) || previous.doc.problems.length || context.doc.problems.length) return undefined;
  const unchanged = unchangedParts(previous.doc, context.doc, change);
  if (unchanged.size === 0) return undefined;
  return (rule) => {
    const found = previous.byRule.get(rule.code);
    if (!found || !rule.reads?.length) return undefined;
    // Every part the rule reads must have come out the same, its offsets following the change the same way.
    const move = unchanged.get(rule.reads[0]);
    if (!move || !rule.reads.every((part) => unchanged.get(part) === move)) return undefined;
    return movedFindings(found, move);
  };
}

function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Quick fixes for one finding; an empty list when the rule has none or fails. */
export function fixesFor(analysis: Analysis, finding: Finding): CodeFix[] {
  const rule = ruleByCode(finding.code);
  if (!rule?.fixes) return [];
  try {
    return rule.fixes(analysis.context, finding);
  } catch {
    return [];
  }
}

/** All safe fixes of the document as one edit set; overlapping edits are dropped so the result stays valid. */
export function fixAll(analysis: Analysis): CodeFix | undefined {
  const edits: Edit[] = [];
  for (const f of analysis.findings) {
    for (const fix of fixesFor(analysis, f)) {
      if (!fix.safe) continue;
      edits.push(...fix.edits);
      break;
    }
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (last && (e.start < last.end || (e.start === last.start && e.end === last.end))) continue;
    kept.push(e);
  }
  return { title: `Fix all safe privacy policy problems (${kept.length})`, edits: kept, safe: true };
}

/** Applies non-overlapping edits to text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
