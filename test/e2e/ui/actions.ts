/**
 * What a person does in the workbench, as Playwright steps with the selectors of VS Code's
 * DOM: open the Practice Journal container, expand a view, find tree rows, quick-open a file,
 * run a command from the palette. Every step waits for what it needs instead of sleeping.
 */
import type { Locator, Page } from 'playwright-core';

/** The Practice Journal container's activity bar entry. */
export async function showPracticeJournal(page: Page): Promise<void> {
  const item = page.locator('.activitybar .action-item', { has: page.locator('a.action-label[aria-label^="Practice Journal"]') });
  if ((await item.getAttribute('aria-selected')) !== 'true') await item.click();
  await page.locator('.sidebar .composite.title', { hasText: /Practice Journal/i }).waitFor();
}

/** A view's pane in the side bar, expanded (a contributed view may start collapsed). */
export async function expandedView(page: Page, title: string): Promise<Locator> {
  const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: title }) });
  const header = pane.locator('.pane-header');
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await pane.locator('.pane-body').waitFor();
  return pane;
}

/** A tree row of a view whose accessible name starts with `name`. */
export function treeItem(view: Locator, name: string | RegExp): Locator {
  const pattern = typeof name === 'string' ? new RegExp(`^${escapeRegExp(name)}`) : name;
  return view.getByRole('treeitem', { name: pattern });
}

/** Expands a tree row (a no-op when it is expanded already). */
export async function expand(row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
  await row.page().waitForFunction((element) => element?.getAttribute('aria-expanded') === 'true', await row.elementHandle());
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
}

/** Runs a command by its palette title (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The cursor's line (1-based), read from the status bar's "Ln N, Col M". */
export async function cursorLine(page: Page): Promise<number> {
  const text = (await page.locator('.statusbar-item[id$="editor.selection"]').innerText()).trim();
  const match = /Ln (\d+)/.exec(text);
  if (match === null) throw new Error(`no cursor position in the status bar: ${text}`);
  return Number(match[1]);
}

/** Waits until a locator matches exactly `count` elements. */
export async function countOf(locator: Locator, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} matches of ${locator.toString()}, found ${seen}`);
    await locator.page().waitForTimeout(100);
    seen = await locator.count();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
