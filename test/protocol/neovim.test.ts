/**
 * Another editor: Neovim's built-in LSP client (Debian's neovim) drives dist/server.js over stdio and receives the
 * outline and the diagnostics of a policy. Skipped where Neovim is missing or older than 0.7.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SERVER } from '../support/lsp';
import { tempDir } from '../support/tempDir';

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const match = /NVIM v(\d+)\.(\d+)/.exec(version.stdout ?? '');
const usable = !!match && (Number(match[1]) > 0 || Number(match[2]) >= 7);

describe('Neovim as the LSP client', { skip: !usable && 'skipped: Neovim 0.7 or later is not installed (apt-get install neovim)' }, () => {
  it('receives the outline and the diagnostics of a policy', () => {
    const out = join(tempDir('pp-nvim-'), 'result.json');
    // `-n`: no swap file, so that another editor (or another run of this suite) holding the sample open is no conflict.
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/support/neovim-lsp.lua')}`], {
      env: { ...process.env, PP_SERVER: SERVER, PP_FILE: join(ROOT, 'samples/acme-privacy-policy.txt'), PP_OUT: out },
      encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(r.status, 0, `nvim failed: ${r.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { symbols: { name: string; depth: number; line: number }[]; diagnostics: { code: string; line: number }[] };
    assert.deepEqual(result.symbols.filter((s) => s.depth === 1).map((s) => s.name), ['I. Information We Collect', 'II. How We Use Information', '3. Sharing and Disclosure', 'IV. Data Retention', 'IV. Data Retention', 'VII. Contact Us']);
    const codes = new Set(result.diagnostics.map((d) => d.code));
    for (const c of ['placeholder', 'duplicate-section', 'numbering-gap']) assert.ok(codes.has(c), `${c} among ${[...codes].join(', ')}`);
  });
});
