// Bundles the extension client, the language server and the command line with esbuild.
// usage: node scripts/build.mjs [--production] [--watch] [--outdir=DIR]
// (bench/run.mjs builds into a temporary directory to weigh the bundles as they ship.)
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: production ? 'none' : 'inline',
  // Non-ASCII characters (the Chinese, Japanese and Korean words the parser reads) as themselves, not as `\uXXXX`
  // escapes twice their size: 3 KB less of the server bundle. (bench/run.mjs measures the bundles built so.)
  charset: 'utf8',
  logLevel: 'warning',
};

// The language server's dependencies load `child_process`, `net` and `crypto` for features a stdio or IPC server
// never uses (finding global npm modules, named pipes). Loading them only when first used keeps start-up short.
const LAZY_BUILTINS = ['child_process', 'net', 'crypto'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.importer.includes('node_modules') ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' } : undefined));
    // One module makes the stand-ins, each builtin's a line that names it.
    build.onResolve({ filter: /^lazy-proxy$/, namespace: 'lazy-builtin' }, () => ({ path: 'lazy-proxy', namespace: 'lazy-proxy' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-proxy' }, () => ({
      contents: `module.exports = (load) => { let m; const get = () => (m ??= load());
  return new Proxy({}, { get: (_, key) => get()[key], has: (_, key) => key in get(), ownKeys: () => Reflect.ownKeys(get()), getOwnPropertyDescriptor: (_, key) => { const d = Object.getOwnPropertyDescriptor(get(), key); return d && { ...d, configurable: true }; } }); };`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = require('lazy-proxy')(() => require(${JSON.stringify(`node:${args.path}`)}));`,
      loader: 'js',
    }));
  },
};

// Modules of the dependencies that the server never calls, left out of the bundle: `vscode-languageserver`'s
// `Files` helpers (finding global npm and yarn modules), which `createConnection` does not use, its notebook
// support (the server declares no notebook sync, so no client sends notebook notifications; the connection's
// `notebooks` feature is left as its base class), and the connection's helpers for requests the server declares no
// capability for (call and type hierarchies, inlay hints, pull diagnostics, …): each adds methods to register a
// handler, which the server never calls, and is left as its base class. So is the workspace folders' feature: the
// server reads the folders once, from `initialize`, and declares no interest in their changes, so no client sends
// them. A stub stands in for each.
const UNUSED_FEATURES = {
  workspaceFolder: 'WorkspaceFoldersFeature',
  callHierarchy: 'CallHierarchyFeature', linkedEditingRange: 'LinkedEditingRangeFeature', typeHierarchy: 'TypeHierarchyFeature',
  inlineValue: 'InlineValueFeature', inlayHint: 'InlayHintFeature', diagnostic: 'DiagnosticFeature', moniker: 'MonikerFeature',
  inlineCompletion: 'InlineCompletionFeature', fileOperations: 'FileOperationsFeature', textDocumentContent: 'TextDocumentContentFeature',
  showDocument: 'ShowDocumentFeature',
};
// Likewise the protocol's definitions of those requests and notifications (and of notebooks'), one module each by
// the same name, which `vscode-languageserver-protocol` only re-exports once its features above are left out; and
// those of requests the server declares no capability for and registers no handler for (declaration, type
// definition, implementation, colours, selection ranges), which only the connection's `onDeclaration`, … read.
const UNUSED_PROTOCOL = ['notebook', ...Object.keys(UNUSED_FEATURES), 'declaration', 'typeDefinition', 'implementation', 'colorProvider', 'selectionRange'];
const UNUSED_MODULES = [
  { importer: /vscode-languageserver[\\/]lib[\\/]node[\\/]main\.js$/, path: './files', stub: 'module.exports = {};' },
  // vscode-jsonrpc's cancellation over a SharedArrayBuffer, which only re-exports reach: a connection uses it only
  // when its creator passes it, and the server's does not.
  { importer: /vscode-jsonrpc[\\/]lib[\\/]common[\\/]api\.js$/, path: './sharedArrayCancellation', stub: 'module.exports = {};' },
  ...UNUSED_PROTOCOL.map((name) => ({ importer: /vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.js$/, path: `./protocol.${name}`, stub: 'module.exports = {};' })),
  { importer: /vscode-languageserver[\\/]lib[\\/]common[\\/](?:server|api)\.js$/, path: './notebook', stub: 'exports.NotebookSyncFeature = (Base) => Base;' },
  ...Object.entries(UNUSED_FEATURES).map(([file, feature]) => (
    { importer: /vscode-languageserver[\\/]lib[\\/]common[\\/]server\.js$/, path: `./${file}`, stub: `exports.${feature} = (Base) => Base;` })),
];
const unusedModules = {
  name: 'unused-modules',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const k = UNUSED_MODULES.findIndex((u) => u.path === args.path && u.importer.test(args.importer));
      // Stubs alike are one module (the first of them): an empty one stands in for some twenty.
      return k < 0 ? undefined : { path: String(UNUSED_MODULES.findIndex((u) => u.stub === UNUSED_MODULES[k].stub)), namespace: 'unused-module' };
    });
    build.onLoad({ filter: /.*/, namespace: 'unused-module' }, (args) => ({ contents: UNUSED_MODULES[Number(args.path)].stub, loader: 'js' }));
  },
};

// vscode-languageserver-types still defines its deprecated `TextDocument` (a namespace and a document class of its
// own, some 3 KB minified), which neither the server nor its dependencies use: the server's documents are
// server/src/textDocument.ts. Left out of the bundle (the export stays, undefined); a version of the module without
// these exact lines is bundled as it is.
const DEPRECATED_TEXT_DOCUMENT = {
  start: '/**\n * @deprecated Use the text document from the new vscode-languageserver-textdocument package.\n */\nexport var TextDocument;\n',
  end: '\nvar Is;\n',
};
const withoutDeprecatedTextDocument = {
  name: 'without-deprecated-text-document',
  setup(build) {
    build.onLoad({ filter: /vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const start = source.indexOf(DEPRECATED_TEXT_DOCUMENT.start);
      const end = start < 0 ? -1 : source.indexOf(DEPRECATED_TEXT_DOCUMENT.end, start);
      if (end < 0) return undefined;
      return { contents: `${source.slice(0, start)}export var TextDocument;\n${source.slice(end + 1)}`, loader: 'js' };
    });
  },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] },
  { ...common, entryPoints: { 'language-server': 'server/src/server.ts', cli: 'server/src/cli/main.ts' }, outdir, plugins: [lazyBuiltins, unusedModules, withoutDeprecatedTextDocument] },
  // The file clients start: a small launcher that loads language-server.js with a code cache.
  { ...common, entryPoints: { server: 'server/src/launcher.ts' }, outdir },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
