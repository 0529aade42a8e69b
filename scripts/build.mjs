// Bundles the extension client, the language server and the command line with esbuild.
// usage: node scripts/build.mjs [--production] [--watch] [--outdir=DIR]
// (bench/run.mjs builds into a temporary directory to weigh the bundles as they ship.)
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { withoutUnusedRequests } from './unusedRequests.mjs';

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
  // The ids of registrations and progress tokens, v4 UUIDs: Node's own `crypto.randomUUID` makes them, in place of
  // vscode-languageserver's generator (1.3 KB).
  { importer: /vscode-languageserver[\\/]lib[\\/]common[\\/](?:server|progress)\.js$/, path: './utils/uuid', stub: 'exports.generateUuid = () => crypto.randomUUID();' },
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

// vscode-languageserver-types defines each LSP data type's helpers (`Range.create`, `CodeAction.is`, …) in a
// namespace compiled to a function run when the module loads, `export var Range; (function (Range) { … })(Range ||
// (Range = {}));`, which a bundler must keep whether or not anything reads it. Written as the value of a call marked
// pure, `export var Range = /* @__PURE__ */ (function (Range) { … return Range; })({});`, it is left out when nothing
// does (its deprecated `TextDocument` among them, which neither the server nor its dependencies use: the server's
// documents are server/src/textDocument.ts). A version of the module written otherwise is bundled as it is.
const RE_NAMESPACE_START = /^((?:export )?)var (\w+);\n\(function \(\2\) \{$/gm;
const RE_NAMESPACE_END = /^\}\)\((\w+) \|\| \(\1 = \{\}\)\);$/gm;
const pureTypeNamespaces = {
  name: 'pure-type-namespaces',
  setup(build) {
    build.onLoad({ filter: /vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const starts = source.match(RE_NAMESPACE_START)?.length ?? 0;
      if (starts === 0 || starts !== source.match(RE_NAMESPACE_END)?.length) return undefined;
      const contents = source
        .replace(RE_NAMESPACE_START, '$1var $2 = /* @__PURE__ */ (function ($2) {')
        .replace(RE_NAMESPACE_END, 'return $1;\n})({});');
      return { contents, loader: 'js' };
    });
  },
};

// vscode-languageserver-protocol re-exports all of vscode-languageserver-types (every LSP data type's namespace of
// helpers, `Range.create`, `CodeAction.is`, …), which keeps all of it in the bundle though the protocol's code and
// vscode-languageserver's read only a few of them (the tests of URIs and workspace folders). The protocol is given a
// module that re-exports only the names their code reads, found in it as the build runs; the server imports the
// types it uses from the types' package itself (server.ts), whose unused parts are left out.
// test/unit/imports.test.ts checks that the server imports none of them through vscode-languageserver.
const protocolTypes = {
  name: 'protocol-types',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, (args) => (
      /vscode-languageserver-protocol[\\/]/.test(args.importer) ? { path: 'read-types', namespace: 'protocol-types' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'protocol-types' }, async () => {
      const { readTypeNames } = await import('./protocolTypes.mjs');
      return { contents: `export { ${(await readTypeNames()).join(', ')} } from 'vscode-languageserver-types';`, resolveDir: process.cwd(), loader: 'js' };
    });
  },
};

// The dependencies compiled by TypeScript carry each its own copy of the compiler's module helpers (`__createBinding`,
// `__importStar`, `__exportStar`, …, the same text in some twenty modules of vscode-jsonrpc, -protocol and
// vscode-languageserver). Each module's copies are replaced by those of one module holding them all, made from the
// module that has all five: 8 KB less. A module whose helpers read otherwise (another compiler's) is bundled as it is.
const TS_HELPERS_SOURCE = 'node_modules/vscode-jsonrpc/lib/node/main.js';
// The helpers at the top of a module, before it marks itself an ES module; one of them at a time.
const RE_TS_HELPERS = /^var __\w+ = \(this && this\.__\w+\) \|\|[^]*?(?=^Object\.defineProperty\(exports, "__esModule")/m;
const RE_TS_HELPER = /^var (__\w+) = \(this && this\.\1\) \|\|[^]*?(?=^var __|$(?![^]))/gm;
const helpersOf = (prologue) => new Map([...prologue.matchAll(RE_TS_HELPER)].map((m) => [m[1], m[0]]));
const sharedTsHelpers = {
  name: 'shared-ts-helpers',
  async setup(build) {
    const reference = RE_TS_HELPERS.exec(await readFile(TS_HELPERS_SOURCE, 'utf8'));
    if (!reference) return;
    const shared = helpersOf(reference[0]);
    build.onResolve({ filter: /^shared-ts-helpers$/ }, () => ({ path: 'shared-ts-helpers', namespace: 'shared-ts-helpers' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-ts-helpers' }, () => ({ contents: `${reference[0]}module.exports = { ${[...shared.keys()].join(', ')} };`, loader: 'js' }));
    // (Where the server's bundle leaves out the requests it never handles, this plugin loads their modules trimmed.)
    const trimmed = build.initialOptions.entryPoints['language-server'] ? await withoutUnusedRequests() : new Map();
    build.onLoad({ filter: /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver|languageserver-protocol)[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const trim = [...trimmed].find(([end]) => args.path.endsWith(end));
      const source = trim ? trim[1] : await readFile(args.path, 'utf8');
      const asIs = trim ? { contents: source, loader: 'js' } : undefined;
      const prologue = RE_TS_HELPERS.exec(source);
      if (!prologue) return asIs;
      const own = helpersOf(prologue[0]);
      // Every helper of the module must be one of the shared, word for word, and nothing else stand between them.
      if ([...own].some(([name, text]) => shared.get(name) !== text) || [...own.values()].join('') !== prologue[0]) return asIs;
      const contents = `${source.slice(0, prologue.index)}var { ${[...own.keys()].join(', ')} } = require('shared-ts-helpers');\n${source.slice(prologue.index + prologue[0].length)}`;
      return { contents, loader: 'js' };
    });
  },
};

// The dependencies' private properties (`this._connection`, `this._callbacks`, some fifty names written 500 times):
// renamed short in the server's bundle, in every build (the tests run what ships), 3.9 KB less. Safe as long as no
// code outside the bundle reads them: none of them is a Node API's (`_read` is vscode-jsonrpc's message buffer's,
// not a stream's), none is sent as JSON, and the server's own code names no property so.
const RE_PRIVATE_PROPERTY = /^_[A-Za-z]/;

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] },
  { ...common, entryPoints: { 'language-server': 'server/src/server.ts', cli: 'server/src/cli/main.ts' }, outdir, plugins: [lazyBuiltins, unusedModules, pureTypeNamespaces, protocolTypes, sharedTsHelpers], mangleProps: RE_PRIVATE_PROPERTY },
  // The file clients start: a small launcher that loads language-server.js with a code cache.
  { ...common, entryPoints: { server: 'server/src/launcher.ts' }, outdir },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
