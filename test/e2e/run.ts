/**
 * `npm run test:e2e`: both end-to-end suites in the real VS Code (code-server from npm, see
 * scripts/e2e/setup.ts), one after the other, each in one launch:
 * 1. the extension-host suite (suite/), the extension loaded from this repository;
 * 2. the Playwright UI suite (ui/), the packaged .vsix installed as users install it.
 * Both print mocha's "N passing" / "N failing"; the exit code is non-zero when either fails.
 * Screenshots of failed UI tests, the workbench's log and the measured activation time go to
 * test-results/e2e/.
 */
import { rmSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT, TEST_RESULTS_DIR, vsixPath } from '../../scripts/e2e/paths';
import { ensureVsCode } from '../../scripts/e2e/setup';
import { runExtensionHostSuite } from './runExtensionHost';
import { runUiSuite } from './ui';

async function main(): Promise<number> {
  const started = performance.now();
  // Screenshots and logs of an earlier run would be mistaken for this one's.
  rmSync(TEST_RESULTS_DIR, { recursive: true, force: true });
  await ensureVsCode();
  const vsix = vsixPath();
  console.log(`packaged extension: ${relative(ROOT, vsix)} (${(statSync(vsix).size / 1024).toFixed(1)} KB)`);
  console.log('\n== extension-host suite (extension development path)');
  const hostCode = await runExtensionHostSuite();
  console.log('\n== UI suite (packaged .vsix, Playwright)');
  const uiStarted = performance.now();
  const uiFailures = await runUiSuite();
  console.log(`UI suite: ${uiFailures} failed after ${((performance.now() - uiStarted) / 1000).toFixed(1)} s (launch included)`);
  console.log(`end-to-end suites: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return hostCode !== 0 || uiFailures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    // Counted by .ci/run like a failed test: the suites could not run at all.
    console.log('\n  0 passing\n  1 failing');
    process.exit(1);
  },
);
