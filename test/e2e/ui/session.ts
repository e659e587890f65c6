/**
 * The one real VS Code the UI tests share: code-server with the packaged .vsix installed (what
 * users install), the workbench open on a scratch copy of examples/ in headless chromium. Mocha
 * root hooks open it before the first test, screenshot it after each failure, and close it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../../../scripts/e2e/browser';
import { startCodeServer, type CodeServer } from '../../../scripts/e2e/codeServer';
import { TEST_RESULTS_DIR, vsixPath } from '../../../scripts/e2e/paths';
import { scratchExamples, type ScratchWorkspace } from '../workspace';

/** What a UI test works with. */
export interface Workbench {
  readonly page: Page;
  /** The scratch workspace folder the workbench has open. */
  readonly folder: string;
}

let server: CodeServer | undefined;
let browser: BrowserSession | undefined;
let workspace: ScratchWorkspace | undefined;
let loadStarted = 0;
let workbenchShown = 0;

/** When the page started loading and when the workbench appeared (performance.now()). */
export function loadTimes(): { started: number; workbenchShown: number } {
  return { started: loadStarted, workbenchShown };
}

/** The shared workbench; only valid inside tests (the root hooks open it). */
export function workbench(): Workbench {
  if (browser === undefined || workspace === undefined) throw new Error('The workbench is not open: run the UI tests through test/e2e/ui/index.');
  return { page: browser.page, folder: workspace.folder };
}

/** Starts VS Code with the packaged extension and loads the workbench on the examples. */
export async function openWorkbench(): Promise<void> {
  const vsix = vsixPath();
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first.`);
  workspace = scratchExamples();
  server = await startCodeServer({ vsix: [vsix] });
  browser = await openBrowser();
  browser.page.setDefaultTimeout(20_000);
  loadStarted = performance.now();
  await browser.page.goto(server.workbenchUrl({ folder: workspace.folder }));
  await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  workbenchShown = performance.now();
}

/** Saves a full-page screenshot named after the failed test; returns its path. */
export async function screenshot(title: string): Promise<string | undefined> {
  if (browser === undefined) return undefined;
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
  const name = title.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 100).toLowerCase();
  const path = join(TEST_RESULTS_DIR, `${name}.png`);
  await browser.page.screenshot({ path, fullPage: true });
  return path;
}

/** Closes the browser and stops VS Code. */
export async function closeWorkbench(): Promise<void> {
  await browser?.browser.close();
  await server?.stop();
  workspace?.dispose();
  browser = undefined;
  server = undefined;
  workspace = undefined;
}

/** What code-server printed, for a failure report. */
export function serverOutput(): string {
  return server?.output() ?? '';
}
