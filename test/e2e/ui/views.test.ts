import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOf, cursorLine, expand, expandedView, showPracticeJournal, treeItem } from './actions';
import { loadTimes, workbench } from './session';

describe('Practice Journal views (packaged extension)', () => {
  it('shows both trees with the example data in the Practice Journal container', async () => {
    const { page } = workbench();
    await showPracticeJournal(page);
    const people = await expandedView(page, 'Multimembership');
    const crossings = await expandedView(page, 'Boundary Crossings');
    await treeItem(people, 'Maria Okafor').waitFor({ timeout: 30_000 });
    const { started, workbenchShown } = loadTimes();
    const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(1);
    console.log(`      page load → example data in the trees: ${seconds(started)} s (workbench shown after ${((workbenchShown - started) / 1000).toFixed(1)} s)`);
    for (const name of ['Ana Ferreira', 'Li Wen', 'Jocelyn Hart']) await treeItem(people, name).waitFor();
    await treeItem(crossings, 'Clinical data and analytics team → Ward 7B (acute medicine), 2 crossings').waitFor();
    await countOf(crossings.getByRole('treeitem'), 5);
  });

  it('opens a crossing at its header line when it is clicked', async () => {
    const { page, folder } = workbench();
    await showPracticeJournal(page);
    const crossings = await expandedView(page, 'Boundary Crossings');
    await expand(treeItem(crossings, 'Ward 7B (acute medicine) → Patient flow and bed management'));
    await treeItem(crossings, '2026-11-10').click();
    await page.locator('.tabs-container .tab.active', { hasText: '2026-11.practice' }).waitFor();
    const lines = readFileSync(join(folder, 'journals', 'maria', '2026-11.practice'), 'utf8').split('\n');
    const header = lines.findIndex((line) => line.startsWith('2026-11-10 crossing'));
    assert.equal(await cursorLine(page), header + 1);
  });

  it("narrows both trees to one person with the view's Filter by Person action", async () => {
    const { page } = workbench();
    await showPracticeJournal(page);
    const people = await expandedView(page, 'Multimembership');
    await people.locator('.pane-header').hover();
    await people.locator('.pane-header .action-label[aria-label^="Filter by Person"]').click();
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: '@li' });
    await row.click();
    await people.locator('.pane-header', { hasText: '@li' }).waitFor();
    await treeItem(people, 'Ana Ferreira').waitFor({ state: 'detached' });
    await treeItem(people, 'Li Wen').waitFor();
    const crossings = await expandedView(page, 'Boundary Crossings');
    await countOf(crossings.getByRole('treeitem'), 1);
    await treeItem(crossings, 'Patient flow and bed management → Ward 7B (acute medicine)').waitFor();
    await people.locator('.pane-header').hover();
    await people.locator('.pane-header .action-label[aria-label^="Clear Filter"]').click();
    await treeItem(people, 'Ana Ferreira').waitFor();
  });
});
