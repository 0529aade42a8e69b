/**
 * The quality bar: ../shared/tools/check-seeds starts dist/server.js, opens every seed policy as an editor
 * would, and scores the outline and diagnostics against the gold files. This test asserts the figures.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/lsp';

const CHECK = resolve(ROOT, '../shared/tools/check-seeds');

describe('seed policies scored against their gold files', { skip: !existsSync(CHECK) && 'skipped: ../shared/tools/check-seeds is not on this machine' }, () => {
  let total: Record<string, number | null> | undefined;
  const scores = () => {
    if (!total) {
      const out = execFileSync(CHECK, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      const line = out.split('\n').find((l) => l.startsWith('TOTAL '));
      assert.ok(line, `check-seeds printed a TOTAL line:\n${out}`);
      total = JSON.parse(line.slice(6));
      process.stdout.write(`# ${line}\n`);
    }
    return total!;
  };
  it('heading F1 is at least 0.97', () => assert.ok(scores().headingF1! >= 0.97, `headingF1 ${scores().headingF1}`));
  it('parent accuracy is at least 0.95', () => assert.ok(scores().parentAccuracy! >= 0.95, `parentAccuracy ${scores().parentAccuracy}`));
  it('finding recall is 1.0: every required finding, at its line', () => assert.equal(scores().findingRecall, 1, `findingRecall ${scores().findingRecall}`));
  it('finding precision is at least 0.9', () => assert.ok(scores().findingPrecision! >= 0.9, `findingPrecision ${scores().findingPrecision}`));
});
