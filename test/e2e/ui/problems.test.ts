import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickOpen } from './actions';
import { workbench } from './session';

const BROKEN = `---
author: maria
---
# November 2026

2026-11-20 engagment +data-team "A kind with a typo"
  with: @ana

  Written to be flagged.
`;

describe('problems of a broken journal (packaged extension)', () => {
  it('underlines the misspelt kind and lists it in the Problems panel', async () => {
    const { page, folder } = workbench();
    writeFileSync(join(folder, 'journals', 'maria', 'broken.practice'), BROKEN);
    await quickOpen(page, 'broken.practice');
    const squiggle = page.locator('.monaco-editor .squiggly-error');
    await squiggle.first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'engagment' });
    await row.first().waitFor();
    const text = await row.first().innerText();
    assert.match(text, /unknown-kind/);
    assert.match(text, /\[Ln 6, Col 12\]/);
  });

  it('clears the squiggle and the Problems row when the quick fix is chosen', async () => {
    const { page } = workbench();
    await page.locator('.monaco-editor .view-line', { hasText: 'engagment' }).getByText('engagment').click();
    // The light bulb shows once the quick fixes are known. It is drawn over the line above the
    // cursor, whose text can take the click, so the fixes are listed with the keyboard instead.
    await page.locator('.monaco-editor .lightBulbWidget').waitFor({ state: 'visible' });
    await page.keyboard.press('Control+Period');
    await page.locator('.action-widget .monaco-list-row', { hasText: "Change to 'engagement'" }).first().click();
    await page.locator('.monaco-editor .view-line', { hasText: '2026-11-20 engagement +data-team' }).waitFor();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached' });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'engagment' }).first().waitFor({ state: 'detached' });
  });
});
