/** Entry point that VS Code's extension host calls: runs the mocha suite and records the counts for the runner. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // PP_E2E_GREP runs only the tests whose titles match it (to repeat one while investigating it).
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.PP_E2E_GREP || undefined });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      const file = process.env.PP_E2E_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passed: stats.passes, failed: stats.failures, failures: failedTitles }));
      if (failures) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    const failedTitles: string[] = [];
    runner.on('fail', (test, err) => failedTitles.push(`${test.fullTitle()}: ${err.message}`));
  });
}
