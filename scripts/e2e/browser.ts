/**
 * The browser that renders the real VS Code's workbench: Debian's chromium driven by
 * playwright-core (Playwright's own browser builds are neither needed nor downloadable here).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The chromium executable; PRACTICE_E2E_CHROMIUM overrides it (e.g. a desktop Chrome). */
export const CHROMIUM = process.env['PRACTICE_E2E_CHROMIUM'] ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless browser with one page. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts headless chromium with a fresh profile (Playwright makes one: never pass
 * --user-data-dir) and a viewport that fits the side bar, an editor and the panel.
 */
export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium).`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  return { browser, page: await context.newPage() };
}
