/**
 * Reads `.privacypolicy.json` from the workspace root (the one configuration the editor and the command line
 * share) and lays the editor's settings over it. Lives outside the core because it touches the file system.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicySettings, defaultSettings, readSettings } from './core/settings';

export const CONFIG_FILE = '.privacypolicy.json';

/** Settings from the first root that has a `.privacypolicy.json`; defaults when none has or it is malformed. */
export function loadWorkspaceConfig(rootUris: readonly string[], showError: (message: string) => void, log: (message: string) => void): PolicySettings {
  for (const uri of rootUris) {
    let dir: string;
    try { dir = fileURLToPath(uri); } catch { continue; }
    const file = join(dir, CONFIG_FILE);
    if (!existsSync(file)) continue;
    return readConfigFile(file, showError, log);
  }
  return defaultSettings();
}

export function readConfigFile(file: string, showError: (message: string) => void, log: (message: string) => void): PolicySettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const message = `${file} is not valid JSON (${(e as Error).message}); using the default privacy policy settings.`;
    showError(message);
    log(message);
    return defaultSettings();
  }
  const problems: string[] = [];
  const settings = readSettings(parsed, undefined, (m) => problems.push(m));
  if (problems.length) {
    log(`${file}: ${problems.join('; ')}`);
    showError(`${file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more, see the Privacy Policy output)` : ''}`);
  }
  return settings;
}

/**
 * The editor's `privacyPolicy` settings over the file's: rule severities and facts the user set win, file
 * patterns add up (the editor always reports its defaults, so they cannot simply replace the file's).
 */
export function mergeEditorSettings(base: PolicySettings, editor: unknown, log: (message: string) => void): PolicySettings {
  if (!editor || typeof editor !== 'object') return base;
  const e = editor as Record<string, unknown>;
  const merged = readSettings({ rules: e.rules, facts: e.facts, ...(Array.isArray(e.requiredContactFields) && e.requiredContactFields.length ? { requiredContactFields: e.requiredContactFields } : {}) }, base, log);
  const files = Array.isArray(e.files) ? e.files.filter((f): f is string => typeof f === 'string') : [];
  return { ...merged, files: [...new Set([...base.files, ...files])] };
}
