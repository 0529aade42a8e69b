/**
 * A small LSP client for protocol tests: starts `node dist/server.js --stdio` and speaks JSON-RPC to it with
 * vscode-jsonrpc, as an editor would. Tests wait on the server's notifications, never on timers.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = resolve(__dirname, '../../..');
export const SERVER = resolve(ROOT, 'dist/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; severity?: number; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; codeDescription?: { href: string }; source?: string }[];
}

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private waiters: { test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly published: PublishedDiagnostics[] = [];
  stderr = '';

  readonly messages: { type: number; message: string }[] = [];
  private messageWaiters: ((m: { type: number; message: string }) => void)[] = [];

  constructor(settings: unknown = null, private readonly rootUri: string | null = null, server = SERVER) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => { this.stderr += d; });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      this.messages.push(m);
      for (const w of this.messageWaiters.splice(0)) w(m);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: this.rootUri, workspaceFolders: this.rootUri ? [{ uri: this.rootUri, name: 'root' }] : null,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { codeDescriptionSupport: true } }, workspace: { configuration: true } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics for `uri` that pass `test` (by default: any). */
  diagnostics(uri: string, test: (p: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    return new Promise((resolveWaiter) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: resolveWaiter }));
  }

  /** Resolves with the first message shown to the user (now or later). */
  nextMessage(): Promise<{ type: number; message: string }> {
    if (this.messages.length) return Promise.resolve(this.messages[0]);
    return new Promise((r) => this.messageWaiters.push(r));
  }

  open(uri: string, text: string, languageId = 'privacy-policy', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Notifications written to the server in one piece, so that they arrive together (as a burst of typing may). */
  notifyTogether(notifications: readonly { method: string; params: unknown }[]): void {
    const frames = notifications.map(({ method, params }) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }));
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    });
    this.process.stdin!.write(Buffer.concat(frames));
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch { /* the process may already be gone */ }
    this.connection.dispose();
    if (this.process.exitCode === null) await new Promise((r) => { this.process.once('exit', r); setTimeout(() => { this.process.kill(); }, 2000).unref(); });
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
