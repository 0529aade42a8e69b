/**
 * The language server: an adapter between LSP and the pure core. It keeps the open documents, asks the core
 * for an analysis (cached per document version), and converts offsets to LSP positions with positions.ts.
 * Start it with `node dist/server.js --stdio`, as any LSP client does and the VS Code client does.
 */
import {
  CodeActionParams, Connection, InitializeResult, MessageType, ProposedFeatures, SemanticTokensBuilder, ShowMessageNotification,
  StreamMessageWriter, TextDocumentContentChangeEvent, TextDocumentSyncKind, TextDocuments, createConnection,
} from 'vscode-languageserver/node';
// LSP's data types from their own package, which the bundle takes only the used parts of (see scripts/build.mjs).
import {
  CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentLink, DocumentSymbol, FoldingRange,
  FoldingRangeKind, InsertTextFormat, Location, MarkupKind, SymbolInformation, SymbolKind, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyTextDocument, updatePolicyDocument } from './textDocument';
import { Analysis, analyzePolicy, fixAll, fixesFor } from './core/analyze';
import { CodeFix, Severity } from './core/rules/types';
import { foldingRanges, outline, OutlineNode, sectionLinks, definitionAt, symbolName } from './core/features/outline';
import { ClauseSnippet, SEMANTIC_TOKEN_TYPES, completionsAt, formatEdits, hoverAt, referencesTo, renameEdits, renameTargetAt, semanticTokens } from './core/features/authoring';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chunkedJsonEncoder } from './jsonChunks';
import { republished } from './republish';
import { TextChange, formatAfterChange, formatForPath } from './core/parse';
import { offsetAt, rangeAt } from './core/positions';
import { PolicySettings, defaultSettings, matchesFiles } from './core/settings';
import { loadWorkspaceConfig, mergeEditorSettings } from './config';
import { ruleDocUrl } from './core/rules/registry';
import { oneLine } from './core/rules/util';

const LANGUAGE_ID = 'privacy-policy';
const SOURCE = 'privacy-policy';
/** More than this many diagnostics help nobody and slow every editor down; the rest are counted in one message. */
const MAX_DIAGNOSTICS = 1000;

/**
 * How long to wait after an edit before analysing again. Edits that arrive together are coalesced anyway (see
 * schedule), so an analysis that fits between keystrokes runs at once; only one that would hold up the next
 * keystrokes waits for a pause in typing.
 */
export function typingDelay(lastAnalysisMs: number): number {
  return lastAnalysisMs <= 150 ? 0 : Math.min(300, Math.round(lastAnalysisMs));
}

export function startServer(connection: Connection): void {
  // The last change of each document and the versions it leads from and to: when the next analysis starts from
  // the version before it, the parser can reuse the previous document's line stages (see reparsePolicy).
  const lastChange = new Map<string, { from: number; to: number; change: TextChange }>();
  const documents = new TextDocuments<PolicyTextDocument>({
    create: (uri, languageId, version, content) => new PolicyTextDocument(uri, languageId, version, content),
    update(document, changes, version) {
      const only = changes.length === 1 ? changes[0] : undefined;
      if (only && TextDocumentContentChangeEvent.isIncremental(only)) {
        const change = { start: document.offsetAt(only.range.start), end: document.offsetAt(only.range.end), newText: only.text };
        lastChange.set(document.uri, { from: document.version, to: version, change });
      } else lastChange.delete(document.uri);
      return updatePolicyDocument(document, changes, version);
    },
  });
  const cache = new Map<string, Analysis>();
  const analysisMs = new Map<string, number>();
  /** The diagnostics last published for each open document (see republished). */
  const published = new Map<string, Diagnostic[]>();
  /** The scheduled analysis of each document, cancelled by a newer edit. */
  const pending = new Map<string, () => void>();
  let settings: PolicySettings = defaultSettings();
  let canConfigure = false;
  let roots: string[] = [];

  const log = (message: string) => {
    try {
      connection.console.log(message);
    } catch {
      // The connection is closed (the client went away): standard error is the only log left.
      process.stderr.write(`${message}\n`);
    }
  };

  /** Analysis of an open document, recomputed only when its version changed. */
  function analysisOf(uri: string): Analysis | undefined {
    const document = documents.get(uri);
    if (!document || !isPolicy(document)) return undefined;
    const cached = cache.get(uri);
    if (cached && cached.version === document.version) return cached;
    const started = performance.now();
    const edit = lastChange.get(uri);
    const previous = cached && edit && edit.from === cached.version && edit.to === document.version ? { analysis: cached, change: edit.change } : undefined;
    const text = document.getText();
    const path = uriPath(uri);
    const format = document.languageId === 'markdown' ? 'markdown' : previous ? formatAfterChange(path, previous.analysis.doc, previous.change, text) : formatForPath(path, text);
    const analysis = analyzePolicy(text, {
      format,
      settings,
      version: document.version,
      previous,
    });
    cache.set(uri, analysis);
    analysisMs.set(uri, performance.now() - started);
    return analysis;
  }

  /** A request's handler that reads the analysis of its document; `none` when that is no open policy. */
  function withAnalysis<P extends { textDocument: { uri: string } }, R, N>(none: N, handle: (analysis: Analysis, params: P) => R): (params: P) => R | N {
    return (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? handle(analysis, params) : none;
    };
  }

  function isPolicy(document: TextDocument): boolean {
    if (document.languageId === LANGUAGE_ID) return true;
    return matchesFiles(uriPath(document.uri), settings.files);
  }

  function publish(uri: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const analysis = analysisOf(uri);
    const diagnostics = republished(published.get(uri), analysis ? toDiagnostics(analysis, uri, MAX_DIAGNOSTICS) : []);
    published.set(uri, diagnostics);
    sent(connection.sendDiagnostics({ uri, version: document.version, diagnostics }));
  }

  /** A notification's write fails only when the client has gone: said in the log, never an unhandled rejection. */
  function sent(written: Promise<void>): void {
    written.catch((e) => log(`could not notify the client: ${String(e)}`));
  }

  /** Diagnostics follow typing after a short pause (or none); a newer edit cancels the pending run. */
  function schedule(uri: string, delay: number): void {
    cancelPending(uri);
    const run = () => {
      pending.delete(uri);
      try { publish(uri); } catch (e) { log(`diagnostics failed for ${uri}: ${String(e)}`); }
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      pending.set(uri, () => clearTimeout(timer));
      return;
    }
    // At once, but after the edits that arrived with this one: the JSON-RPC connection handles one queued message
    // per turn of the event loop, so waiting two turns lets the next queued edit cancel this run and take its
    // place. (A zero timeout would wait a millisecond: Node rounds it up.)
    let handle = setImmediate(() => {
      handle = setImmediate(run);
    });
    pending.set(uri, () => clearImmediate(handle));
  }

  function cancelPending(uri: string): void {
    pending.get(uri)?.();
    pending.delete(uri);
  }

  function toDiagnostics(analysis: Analysis, uri: string, limit = Infinity): Diagnostic[] {
    const { lines } = analysis.doc;
    let findings = analysis.findings.filter((f) => f.severity !== 'off');
    let hidden = 0;
    if (findings.length > limit) {
      // The most severe first, each severity in document order (findings come sorted by position, so one pass
      // per severity keeps that order); the command line reports them all.
      const kept: typeof findings = [];
      for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
        for (const f of findings) if (f.severity === severity && kept.length < limit) kept.push(f);
      }
      hidden = findings.length - kept.length;
      findings = kept.sort((a, b) => a.start - b.start);
    }
    const out: Diagnostic[] = findings.map((f) => ({
      range: rangeAt(lines, f.start, f.end),
      severity: lspSeverity(f.severity),
      code: f.code,
      codeDescription: { href: ruleDocUrl(f.code) },
      source: SOURCE,
      message: f.message,
      ...(f.related ? { relatedInformation: f.related.map((r) => ({ location: { uri, range: rangeAt(lines, r.start, r.end) }, message: r.message })) } : {}),
    }));
    if (hidden) out.push({ range: rangeAt(lines, 0, 0), severity: DiagnosticSeverity.Information, source: SOURCE, code: 'too-many-findings', message: `${hidden} more findings are not shown. Run the privacy-policy command line to list them all.` });
    return out;
  }

  /** `.privacypolicy.json` at a workspace root, then the editor's settings on top of it. */
  async function refreshSettings(): Promise<void> {
    const warnUser = (message: string) => sent(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    const fromFile = loadWorkspaceConfig(roots, warnUser, log);
    let next = fromFile;
    if (canConfigure) {
      try {
        const [value] = await connection.workspace.getConfiguration([{ section: 'privacyPolicy' }]);
        next = mergeEditorSettings(fromFile, value, log);
      } catch (e) {
        log(`could not read the editor settings, using .privacypolicy.json and defaults: ${String(e)}`);
      }
    }
    settings = next;
    cache.clear();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    canConfigure = !!params.capabilities.workspace?.configuration;
    roots = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).filter((u) => u.startsWith('file:'));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Privacy policy' },
        foldingRangeProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.privacyPolicy'] },
        completionProvider: { triggerCharacters: [' ', '"', '“'] },
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        referencesProvider: true,
        documentFormattingProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] }, full: true },
      },
      serverInfo: { name: 'privacy-policy-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => { void refreshSettings(); });
  connection.onDidChangeConfiguration(() => { void refreshSettings(); });
  connection.onDidChangeWatchedFiles(() => { void refreshSettings(); });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, typingDelay(analysisMs.get(e.document.uri) ?? 0)));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    published.delete(e.document.uri);
    lastChange.delete(e.document.uri);
    analysisMs.delete(e.document.uri);
    cancelPending(e.document.uri);
    sent(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });

  connection.onDocumentSymbol(withAnalysis([], (analysis) => {
    const { lines } = analysis.doc;
    const convert = (n: OutlineNode): DocumentSymbol => ({
      name: n.name,
      detail: n.detail,
      kind: n.kind === 'appendix' ? SymbolKind.Module : SymbolKind.String,
      range: rangeAt(lines, n.start, n.end),
      selectionRange: rangeAt(lines, n.selectionStart, n.selectionEnd),
      children: n.children.map(convert),
    });
    return outline(analysis.doc).map(convert);
  }));

  connection.onFoldingRanges(withAnalysis([], (analysis) => {
    return foldingRanges(analysis.doc).map((f): FoldingRange => ({ startLine: f.startLine, endLine: f.endLine, ...(f.kind ? { kind: f.kind === 'region' ? FoldingRangeKind.Region : FoldingRangeKind.Comment } : {}) }));
  }));

  connection.onDefinition(withAnalysis(null, (analysis, params) => {
    const link = definitionAt(analysis.doc, offsetAt(analysis.doc.lines, params.position));
    if (!link) return null;
    return Location.create(params.textDocument.uri, rangeAt(analysis.doc.lines, link.target.headingStart, link.target.headingEnd));
  }));

  connection.onDocumentLinks(withAnalysis([], (analysis, params) => {
    const { lines } = analysis.doc;
    return sectionLinks(analysis.doc).map((l): DocumentLink => {
      const at = rangeAt(lines, l.target.headingStart, l.target.headingEnd).start;
      return {
        range: rangeAt(lines, l.start, l.end),
        target: `${params.textDocument.uri}#L${at.line + 1},${at.character + 1}`,
        tooltip: `Go to ${oneLine(l.target.heading)}`,
      };
    });
  }));

  connection.onWorkspaceSymbol((params) => {
    const query = params.query.toLowerCase();
    const out: SymbolInformation[] = [];
    for (const document of documents.all()) {
      const analysis = analysisOf(document.uri);
      if (!analysis) continue;
      for (const s of analysis.doc.sections) {
        const name = symbolName(s);
        if (query && !name.toLowerCase().includes(query)) continue;
        const container = s.parent !== undefined ? oneLine(analysis.doc.sections[s.parent].heading) : undefined;
        out.push({ name, kind: s.appendix ? SymbolKind.Module : SymbolKind.String, location: Location.create(document.uri, rangeAt(analysis.doc.lines, s.headingStart, s.headingEnd)), ...(container ? { containerName: container } : {}) });
        if (out.length >= 2000) return out;
      }
    }
    return out;
  });

  connection.onCodeAction(withAnalysis([], (analysis, params: CodeActionParams): CodeAction[] => {
    const { lines } = analysis.doc;
    const uri = params.textDocument.uri;
    const toEdit = (fix: CodeFix): WorkspaceEdit => ({ changes: { [uri]: fix.edits.map((e) => TextEdit.replace(rangeAt(lines, e.start, e.end), e.newText)) } });
    const toAction = (fix: CodeFix, kind: string, diagnostics?: Diagnostic[]): CodeAction => ({
      title: fix.title,
      kind,
      ...(diagnostics ? { diagnostics } : {}),
      ...(fix.edits.length ? { edit: toEdit(fix) } : {}),
      ...(fix.command ? { command: { title: fix.title, command: fix.command.name, arguments: [uri, rangeAt(lines, fix.command.start, fix.command.end), fix.command.field ?? null] } } : {}),
      ...(fix.preferred ? { isPreferred: true } : {}),
    });
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
    const out: CodeAction[] = [];
    const start = offsetAt(lines, params.range.start);
    const end = offsetAt(lines, params.range.end);
    if (wants(CodeActionKind.QuickFix)) {
      for (const f of analysis.findings) {
        if (f.severity === 'off' || f.end < start || f.start > end) continue;
        const diagnostic = toDiagnostics({ ...analysis, findings: [f] }, uri)[0];
        for (const fix of fixesFor(analysis, f)) out.push(toAction(fix, CodeActionKind.QuickFix, [diagnostic]));
      }
    }
    // "Fix all" computes every finding's fixes: only when source actions are asked for (on save, or from the
    // Source Action menu), not on the light-bulb requests that follow every cursor move.
    if (only && only.some((k) => 'source.fixAll.privacyPolicy'.startsWith(k) && k.startsWith('source'))) {
      const safe = fixAll(analysis);
      if (safe) out.push(toAction(safe, 'source.fixAll.privacyPolicy'));
    }
    return out;
  }));

  connection.onCompletion(withAnalysis([], (analysis, params): CompletionItem[] => {
    const { lines } = analysis.doc;
    const offset = offsetAt(lines, params.position);
    const kinds = { number: CompletionItemKind.EnumMember, section: CompletionItemKind.Reference, field: CompletionItemKind.Field, title: CompletionItemKind.Text, snippet: CompletionItemKind.Snippet };
    return completionsAt(analysis.doc, analysis.contact, offset, clauseSnippets()).map((c) => ({
      label: c.label,
      kind: kinds[c.kind],
      detail: c.detail,
      ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
      sortText: c.sortText,
      filterText: c.kind === 'snippet' ? c.label : undefined,
      insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: TextEdit.replace(rangeAt(lines, c.replaceStart, offset), c.insertText),
    }));
  }));

  connection.onHover(withAnalysis(null, (analysis, params) => {
    const hover = hoverAt(analysis.doc, settings, offsetAt(analysis.doc.lines, params.position));
    return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: rangeAt(analysis.doc.lines, hover.start, hover.end) } : null;
  }));

  connection.onPrepareRename(withAnalysis(null, (analysis, params) => {
    const target = renameTargetAt(analysis.doc, offsetAt(analysis.doc.lines, params.position));
    return target ? { range: rangeAt(analysis.doc.lines, target.start, target.end), placeholder: target.text } : null;
  }));

  connection.onRenameRequest(withAnalysis(null, (analysis, params) => {
    const target = renameTargetAt(analysis.doc, offsetAt(analysis.doc.lines, params.position));
    if (!target || !params.newName.trim()) return null;
    const edits = renameEdits(analysis.doc, target, params.newName.trim());
    return { changes: { [params.textDocument.uri]: edits.map((e) => TextEdit.replace(rangeAt(analysis.doc.lines, e.start, e.end), e.newText)) } };
  }));

  connection.onReferences(withAnalysis([], (analysis, params) => {
    const target = renameTargetAt(analysis.doc, offsetAt(analysis.doc.lines, params.position));
    if (!target) return [];
    return referencesTo(analysis.doc, target.section)
      .filter((r) => params.context.includeDeclaration || r.kind !== 'heading')
      .map((r) => Location.create(params.textDocument.uri, rangeAt(analysis.doc.lines, r.start, r.end)));
  }));

  connection.onDocumentFormatting(withAnalysis([], (analysis) => {
    return formatEdits(analysis.doc).map((e) => TextEdit.replace(rangeAt(analysis.doc.lines, e.start, e.end), e.newText));
  }));

  connection.languages.semanticTokens.on(withAnalysis({ data: [] }, (analysis) => {
    const builder = new SemanticTokensBuilder();
    for (const t of semanticTokens(analysis.doc)) {
      const start = rangeAt(analysis.doc.lines, t.start, t.end);
      builder.push(start.start.line, start.start.character, t.end - t.start, SEMANTIC_TOKEN_TYPES.indexOf(t.type), 0);
    }
    return builder.build();
  }));

  /** For the client's status command and the recovery test: which process serves, and how many documents. */
  connection.onRequest('privacyPolicy/status', () => ({ pid: process.pid, documents: documents.all().length, analysed: cache.size }));

  documents.listen(connection);
  connection.listen();
}

let snippetCache: ClauseSnippet[] | undefined;

/** The extension's clause snippets (snippets/ beside dist/), offered by completion with the right number. */
function clauseSnippets(): ClauseSnippet[] {
  if (snippetCache) return snippetCache;
  try {
    const raw = JSON.parse(readFileSync(join(__dirname, '..', 'snippets', 'privacy-policy.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; description?: string; body: string | string[] }>;
    snippetCache = Object.entries(raw).map(([name, s]) => ({
      name,
      prefix: Array.isArray(s.prefix) ? s.prefix[0] : s.prefix,
      description: s.description ?? name,
      body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
    }));
  } catch {
    snippetCache = [];
  }
  return snippetCache;
}

function lspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'info': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}

function uriPath(uri: string): string {
  try { return decodeURIComponent(new URL(uri).pathname); } catch { return uri; }
}

/**
 * Over stdio the server's messages are written by chunkedJsonEncoder (see jsonChunks.ts). Given a message writer
 * for standard output instead of the stream, the library no longer treats it as its own: what it would do then,
 * send the console's output elsewhere (there it would corrupt the protocol), is done here, to standard error. The
 * input stays the stream, so that the library still ends the server when its client closes it.
 */
function stdioConnection(): Connection {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[method] = (...args: unknown[]) => { process.stderr.write(`${format(...args)}\n`); };
  }
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: chunkedJsonEncoder });
  // (A writer where the types want a stream: the library tells the two apart by their methods.)
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}

/** Starts the server on the transport named by the arguments (stdio, IPC or a socket). */
export function main(): void {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // Reported to the client's log while there is a client; once it is gone (its end of the pipe closed), there is
  // no one to serve, and the server leaves quietly instead of failing again on the closed connection.
  const report = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      process.stderr.write(`${message}\n`);
    }
  };
  process.on('uncaughtException', (e) => report(`uncaught: ${e?.stack ?? String(e)}`));
  process.on('unhandledRejection', (e) => report(`unhandled rejection: ${String(e)}`));
  startServer(connection);
}

// Bundled as dist/language-server.js, which dist/server.js (launcher.ts) loads and starts; it can also be run directly.
if (require.main === module) main();
