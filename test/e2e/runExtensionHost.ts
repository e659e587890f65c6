/**
 * Runs the extension-host suite (test/e2e/suite) inside the real VS Code, the way
 * @vscode/test-electron's runTests does on the desktop: one code-server launch, one workbench
 * page whose URL asks VS Code's smoke-test driver to load the extension from this repository
 * (extensionDevelopmentPath) and to run out/test/e2e/suite/index.js in the extension host. The
 * suite's mocha output arrives through `codeAutomationLog` and is relayed to stdout; the exit
 * code arrives through `codeAutomationExit`. The workbench's own console messages come through
 * the same channel; they go to test-results/e2e/extension-host.log, and their tail is printed
 * when the suite fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { openBrowser } from '../../scripts/e2e/browser';
import { startCodeServer } from '../../scripts/e2e/codeServer';
import { ROOT, TEST_RESULTS_DIR } from '../../scripts/e2e/paths';
import { ensureVsCode } from '../../scripts/e2e/setup';
import { REPORT_MARKER } from './reportMarker';
import { scratchExamples } from './workspace';

/** The whole suite must finish within this; a hung extension host fails the run. */
const SUITE_TIMEOUT_MS = 10 * 60_000;

/** Runs the suite and resolves with its exit code (0 = every test passed). */
export async function runExtensionHostSuite(): Promise<number> {
  const started = performance.now();
  const workspace = scratchExamples();
  const server = await startCodeServer({ smokeTestDriver: true });
  const session = await openBrowser();
  const workbenchLog: string[] = [];
  try {
    let settle: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (settle = resolve));
    await session.page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => relay(type, args, workbenchLog));
    await session.page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    await session.page.goto(
      server.workbenchUrl({
        folder: workspace.folder,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
      }),
    );
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`The extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.`);
        resolve(1);
      }, SUITE_TIMEOUT_MS).unref(),
    );
    const code = await Promise.race([finished, timeout]);
    console.log(`extension-host suite: exit code ${code} after ${((performance.now() - started) / 1000).toFixed(1)} s (launch included)`);
    const logFile = join(TEST_RESULTS_DIR, 'extension-host.log');
    mkdirSync(TEST_RESULTS_DIR, { recursive: true });
    writeFileSync(logFile, `${workbenchLog.join('\n')}\n\n--- code-server ---\n${server.output()}`);
    if (code !== 0) console.error(`The workbench's last messages (all of them in ${logFile}):\n${workbenchLog.slice(-40).join('\n')}`);
    return code;
  } finally {
    await session.browser.close();
    await server.stop();
    workspace.dispose();
  }
}

/** Prints the suite's report lines; keeps everything else the workbench logs. */
function relay(type: string, args: unknown[], workbenchLog: string[]): void {
  const text = format(...args);
  if (!text.startsWith(REPORT_MARKER)) {
    workbenchLog.push(`[${type}] ${text}`);
    return;
  }
  for (const line of text.split('\n')) console.log(line.startsWith(REPORT_MARKER) ? line.slice(REPORT_MARKER.length) : line);
}

if (require.main === module) {
  ensureVsCode()
    .then(runExtensionHostSuite)
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        process.exit(1);
      },
    );
}
