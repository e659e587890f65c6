/**
 * Runs the Playwright UI suite (every *.test.js beside this file) with mocha's spec reporter,
 * against one real VS Code that has the packaged extension installed. A failed test leaves a
 * screenshot in test-results/e2e/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { closeWorkbench, openWorkbench, screenshot } from './session';

const FIRST = 'views.test.js';

/** Runs the suite and resolves with the number of failed tests. */
export function runUiSuite(): Promise<number> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: 60_000,
    rootHooks: {
      async beforeAll(this: Mocha.Context) {
        this.timeout(180_000);
        await openWorkbench();
      },
      async afterEach(this: Mocha.Context) {
        const test = this.currentTest;
        if (test?.state !== 'failed') return;
        const path = await screenshot(test.fullTitle()).catch((error: unknown) => `none (${String(error)})`);
        console.log(`      screenshot: ${path}`);
      },
      async afterAll(this: Mocha.Context) {
        this.timeout(30_000);
        await closeWorkbench();
      },
    },
  });
  const grep = process.env['PRACTICE_E2E_GREP'];
  if (grep !== undefined && grep !== '') mocha.grep(grep);
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js'));
  // The views first: their first test measures the time from page load to the filled trees.
  files.sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  for (const file of files) mocha.addFile(join(__dirname, file));
  return new Promise((resolve) => mocha.run(resolve));
}
