/**
 * Commands that quick fixes run in VS Code: ask for a placeholder's value (checked before it is written, and
 * offered to be remembered in .privacypolicy.json), and reveal a location such as a section's first occurrence.
 */
import * as vscode from 'vscode';
import { isValidEmail, isValidPhone, isValidUrl } from '../../server/src/core/text/patterns';
import { parseDate } from '../../server/src/core/text/dates';

const CONFIG_FILE = '.privacypolicy.json';

const PROMPTS: Record<string, string> = {
  email: 'Email address for privacy requests', phone: 'Phone number', address: 'Postal address', website: 'Website address',
  feedbackUrl: 'Address of the online feedback form', company: 'Company name', protectionOfficer: 'Data protection officer',
  effectiveDate: 'Effective date (for example March 3, 2025)', text: 'Text to put in place of the placeholder',
};

/** An error message for a value that does not fit the field, or undefined when it fits. */
export function validateFact(field: string, value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a value, or press Escape to cancel.';
  switch (field) {
    case 'email': return isValidEmail(v) ? undefined : 'This is not a valid email address.';
    case 'phone': return isValidPhone(v) ? undefined : 'A phone number has 7 to 15 digits, with +, spaces, dots, dashes or parentheses.';
    case 'website': case 'feedbackUrl': return isValidUrl(v) ? undefined : 'Enter a web address starting with https:// or www.';
    case 'effectiveDate': return parseDate(v) ? undefined : 'Write the date like "March 3, 2025" or "2025-03-03".';
    default: return undefined;
  }
}

async function fillPlaceholder(uri: string, range: vscode.Range | { start: { line: number; character: number }; end: { line: number; character: number } }, field: string | null): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const document = await vscode.workspace.openTextDocument(target);
  const placeholder = document.getText(r);
  const key = field ?? 'text';
  const value = await vscode.window.showInputBox({
    title: `Fill in ${placeholder}`,
    prompt: PROMPTS[key] ?? PROMPTS.text,
    ignoreFocusOut: true,
    validateInput: (v) => validateFact(key, v),
  });
  if (value === undefined) return;
  // Only the placeholder changes, and only if it is still there.
  if (document.getText(r) !== placeholder) {
    void vscode.window.showWarningMessage('The placeholder changed while you were typing; nothing was written.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, r, value.trim());
  await vscode.workspace.applyEdit(edit);
  if (key === 'text') return;
  const folder = vscode.workspace.getWorkspaceFolder(target) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const choice = await vscode.window.showInformationMessage(`Remember ${PROMPTS[key].toLowerCase()} "${value.trim()}" in ${CONFIG_FILE} to fill other placeholders?`, 'Remember', 'Not now');
  if (choice === 'Remember') await rememberFact(folder.uri, key, value.trim());
}

/** Adds a fact to .privacypolicy.json, keeping everything else in the file; a malformed file is left alone. */
export async function rememberFact(folder: vscode.Uri, key: string, value: string): Promise<void> {
  const file = vscode.Uri.joinPath(folder, CONFIG_FILE);
  let existing: Uint8Array | undefined;
  try {
    existing = await vscode.workspace.fs.readFile(file);
  } catch {
    existing = undefined; // no file yet: create one
  }
  let config: Record<string, unknown> = {};
  if (existing) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(existing));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      config = parsed as Record<string, unknown>;
    } catch {
      void vscode.window.showErrorMessage(`${CONFIG_FILE} is not a valid JSON object; the value was not remembered.`);
      return;
    }
  }
  const facts = config.facts && typeof config.facts === 'object' && !Array.isArray(config.facts) ? (config.facts as Record<string, unknown>) : {};
  config = { ...config, facts: { ...facts, [key]: value } };
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(config, null, 2) + '\n'));
}

async function reveal(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('privacyPolicy.fillPlaceholder', fillPlaceholder),
    vscode.commands.registerCommand('privacyPolicy.reveal', reveal),
  );
}
