/** Tokenises text with the extension's TextMate grammar, as VS Code does (vscode-textmate + Oniguruma). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '../../..');
let grammar: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => scope === 'text.privacy-policy'
        ? parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/privacy-policy.tmLanguage.json'), 'utf8'), 'privacy-policy.tmLanguage.json')
        : null,
    });
    const g = await registry.loadGrammar('text.privacy-policy');
    if (!g) throw new Error('grammar not found');
    return g;
  })();
  return grammar;
}

/** Each token as "text => innermost scope" (scopes of the root omitted), line by line. */
export async function tokenize(text: string): Promise<string[][]> {
  const g = await loadGrammar();
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens
      .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes.slice(1).join(' ') }))
      .filter((t) => t.text.trim() && t.scope)
      .map((t) => `${t.text} => ${t.scope}`);
  });
}
