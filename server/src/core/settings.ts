/**
 * Settings shared by the editor and the command line: rule severities, required contact channels, policy facts
 * (the values that fill placeholders) and which Markdown/text files are policies. Unknown or malformed values
 * fall back to the defaults with a message; they never stop the analysis.
 */
import picomatch from 'picomatch';
import { SEVERITIES, Severity } from './rules/types';

export type ContactChannel = 'email' | 'address' | 'phone' | 'form';

export interface PolicyFacts {
  company?: string;
  address?: string;
  email?: string;
  phone?: string;
  website?: string;
  feedbackUrl?: string;
  protectionOfficer?: string;
  effectiveDate?: string;
}

export const FACT_KEYS: readonly (keyof PolicyFacts)[] = ['company', 'address', 'email', 'phone', 'website', 'feedbackUrl', 'protectionOfficer', 'effectiveDate'];

export interface PolicySettings {
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, Severity>>;
  /** Every group must be satisfied by one of its channels: default email, address, and phone or form. */
  readonly requiredContact: readonly (readonly ContactChannel[])[];
  readonly facts: PolicyFacts;
}

export const DEFAULT_FILES = ['**/*privacy*.md', '**/*privacy*.txt', '**/*Privacy*.md', '**/*Privacy*.txt'];

export function defaultSettings(): PolicySettings {
  return { files: DEFAULT_FILES, rules: {}, requiredContact: [['email'], ['address'], ['phone', 'form']], facts: {} };
}

const CHANNELS: readonly ContactChannel[] = ['email', 'address', 'phone', 'form'];

/**
 * Reads settings from a plain object (the `privacyPolicy` section of VS Code settings, or the content of
 * `.privacypolicy.json`). `base` supplies values the object leaves out. Problems are reported through `warn`.
 */
export function readSettings(value: unknown, base: PolicySettings | Record<string, unknown> | undefined = undefined, warn: (message: string) => void = () => undefined): PolicySettings {
  const start = base && 'requiredContact' in base ? (base as PolicySettings) : defaultSettings();
  if (value === null || value === undefined) return start;
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('privacy policy settings must be an object; using defaults');
    return start;
  }
  const v = value as Record<string, unknown>;
  let files = start.files;
  if (v.files !== undefined) {
    if (Array.isArray(v.files) && v.files.every((f) => typeof f === 'string')) files = v.files as string[];
    else warn('"files" must be a list of glob patterns; using the default');
  }
  const rules: Record<string, Severity> = { ...start.rules };
  if (v.rules !== undefined) {
    if (v.rules && typeof v.rules === 'object' && !Array.isArray(v.rules)) {
      for (const [code, sev] of Object.entries(v.rules as Record<string, unknown>)) {
        if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) rules[code] = sev as Severity;
        else warn(`rule "${code}": severity must be one of ${SEVERITIES.join(', ')}; ignoring "${String(sev)}"`);
      }
    } else warn('"rules" must map rule codes to off|hint|info|warning|error');
  }
  let requiredContact = start.requiredContact;
  const rc = v.requiredContactFields ?? v.requiredContact;
  if (rc !== undefined) {
    const groups = Array.isArray(rc) ? rc.map((g) => (Array.isArray(g) ? g : [g])) : undefined;
    if (groups && groups.every((g) => g.every((c) => (CHANNELS as readonly unknown[]).includes(c)))) requiredContact = groups as ContactChannel[][];
    else warn(`"requiredContactFields" must list channels (${CHANNELS.join(', ')}) or groups of them; using the default`);
  }
  const facts: PolicyFacts = { ...start.facts };
  if (v.facts !== undefined) {
    if (v.facts && typeof v.facts === 'object' && !Array.isArray(v.facts)) {
      for (const [k, val] of Object.entries(v.facts as Record<string, unknown>)) {
        if (!(FACT_KEYS as readonly string[]).includes(k)) { warn(`unknown fact "${k}" ignored`); continue; }
        if (typeof val === 'string' && val.trim()) facts[k as keyof PolicyFacts] = val.trim();
        else if (val !== undefined && val !== null && val !== '') warn(`fact "${k}" must be a string`);
      }
    } else warn('"facts" must be an object');
  }
  return { files, rules, requiredContact, facts };
}

const matcherCache = new Map<string, (path: string) => boolean>();

/** Whether a file path matches one of the `files` globs (matched against the path's end, as VS Code does). */
export function matchesFiles(path: string, globs: readonly string[]): boolean {
  const key = globs.join('\u0000');
  let match = matcherCache.get(key);
  if (!match) {
    const matchers = globs.map((g) => picomatch(g, { dot: true }));
    match = (p: string) => matchers.some((m) => m(p));
    if (matcherCache.size > 20) matcherCache.clear();
    matcherCache.set(key, match);
  }
  const normalized = path.replace(/\\/g, '/');
  return match(normalized) || match(normalized.replace(/^\/+/, ''));
}
