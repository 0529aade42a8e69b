/**
 * The VS Code side: starts the language server, tells it which documents are policies, and recognises a
 * plain-text policy by its first lines (VS Code gives `.txt` files the plain-text language by extension before
 * it looks at a manifest's `firstLine`, so the switch has to happen here).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { DocumentSelector, ErrorAction, ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'privacy-policy';
let client: LanguageClient | undefined;

/** First lines that name a privacy policy, statement or notice, or a personal-information protection policy. */
const RE_POLICY_OPENING = /privacy\s+(policy|statement|notice)|personal\s+information\s+protection\s+policy|data\s+protection\s+(policy|notice)|隐私政策|隐私权政策|隐私声明|个人信息保护政策/i;

export function looksLikePolicy(firstLines: string): boolean {
  return RE_POLICY_OPENING.test(firstLines);
}

function openingLines(document: vscode.TextDocument, count = 5): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(count, document.lineCount); i++) lines.push(document.lineAt(i).text.slice(0, 300));
  return lines.join('\n');
}

async function detectLanguage(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext') return;
  if (!vscode.workspace.getConfiguration('privacyPolicy', document.uri).get<boolean>('detectByFirstLines', true)) return;
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return;
  if (looksLikePolicy(openingLines(document))) {
    try {
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    } catch (e) {
      client?.outputChannel.appendLine(`could not switch ${document.uri.toString()} to ${LANGUAGE_ID}: ${String(e)}`);
    }
  }
}

function documentSelector(): DocumentSelector {
  const files = vscode.workspace.getConfiguration('privacyPolicy').get<string[]>('files', []);
  return [
    { language: LANGUAGE_ID },
    ...files.map((pattern) => ({ pattern })),
  ];
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio, as other editors start it: the server then writes its messages in pieces (see jsonChunks.ts), where
  // over IPC Node would make each one a single string, as long as a quarter of a megabyte for a long policy.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  let restarts: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'privacyPolicy', fileEvents: vscode.workspace.createFileSystemWatcher('**/.privacypolicy.json') },
    outputChannelName: 'Privacy Policy',
    initializationOptions: {},
    // A failed write means the server's pipe is broken, and the close that follows decides whether to start it again.
    // The library's default shuts the client down on the pipe's own error (EPIPE, which comes without a count), so a
    // server that died while a request was on its way was never restarted.
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => (restarts ??= created.createDefaultErrorHandler()).closed(),
    },
  };
  const created = new LanguageClient('privacyPolicy', 'Privacy Policy Language Server', serverOptions, clientOptions);
  client = created;
  await client.start();
}

/** What the extension exports: how long activation took, for the end-to-end tests and the benchmark. */
export interface PrivacyPolicyApi {
  readonly activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<PrivacyPolicyApi> {
  const started = performance.now();
  registerCommands(context);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void detectLanguage(d)),
    vscode.commands.registerCommand('privacyPolicy.restartServer', async () => {
      if (client) await client.restart();
    }),
    vscode.commands.registerCommand('privacyPolicy.serverStatus', async () => {
      if (!client?.isRunning()) {
        void vscode.window.showWarningMessage('The privacy policy language server is not running.');
        return undefined;
      }
      const status = await client.sendRequest<{ pid: number; documents: number; analysed: number }>('privacyPolicy/status');
      void vscode.window.setStatusBarMessage(`Privacy policy server: process ${status.pid}, ${status.documents} open document(s)`, 5000);
      return status;
    }),
    vscode.commands.registerCommand('privacyPolicy.showOutline', async () => {
      await vscode.commands.executeCommand('outline.focus');
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('privacyPolicy.files') && client) {
        // The document selector is fixed when the client starts: restart to apply new patterns.
        await client.stop();
        await startClient(context);
      }
    }),
  );
  for (const d of vscode.workspace.textDocuments) void detectLanguage(d);
  await startClient(context);
  return { activationMs: performance.now() - started };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
