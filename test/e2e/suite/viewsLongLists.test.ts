import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import type { TreeNode } from '../../../client/src/views/nodeModel';
import { closeEditors, extensionApi, removeFiles, waitFor, writeFile } from './helpers';

const MOMENTS = 1201;
const CROSSINGS = 501;

/** A day after 2021-01-01, as `YYYY-MM-DD`: every entry its own date, so the list order is the file order. */
function day(offset: number): string {
  return new Date(Date.UTC(2021, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Li's bulk journal: many moments in one community, many crossings in one direction. */
function bulkJournal(): string {
  const lines = ['---', 'author: li', '---'];
  for (let index = 0; index < MOMENTS; index++) lines.push(`${day(index)} engagement +bulk-a "Moment ${index + 1}"`, '  Noted.', '');
  for (let index = 0; index < CROSSINGS; index++) lines.push(`${day(index)} crossing +bulk-a -> +bulk-b`, '  Carried over.', '');
  return lines.join('\n');
}

/** The zero-based header line of the `index`th moment in the bulk journal. */
function momentLine(index: number): number {
  return 3 + index * 3;
}

// Named to run last: the journal opened here stays open in the editor's memory for minutes.
describe('long lists in the trees', () => {
  let api: PracticeJournalApi;
  let uri: vscode.Uri;

  before(async () => {
    api = await extensionApi();
    await api.filter.clear();
    uri = await writeFile(bulkJournal(), 'journals', 'li', 'bulk.practice');
    await waitFor('the bulk journal in the trees', async () => (await api.crossings.tree()).byId.has('pair:bulk-a>bulk-b'), 60_000);
  });
  after(async () => {
    await closeEditors();
    await removeFiles(uri);
  });

  async function entriesRow(): Promise<TreeNode> {
    const { byId } = await api.multimembership.tree();
    const membership = [...byId.values()].find((node) => node.kind === 'membership' && node.person === 'li' && node.community === 'bulk-a');
    const row = membership?.children.find((node) => node.kind === 'entries');
    assert.ok(row, "no Entries row under Li's bulk-a membership");
    return row;
  }

  async function loadMore(children: readonly TreeNode[]): Promise<void> {
    const more = children[children.length - 1]!;
    const command = api.multimembership.getTreeItem(more).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  }

  it('loads a membership’s entries 500 at a time, ending a partial list with Load more', async () => {
    const row = await entriesRow();
    assert.equal(row.description, String(MOMENTS));
    let children = await api.multimembership.getChildren(row);
    assert.equal(children.length, 501);
    const more = children[500]!;
    assert.deepEqual([more.kind, more.label, more.description], ['more', 'Load more…', '500 of 1,201 shown']);
    assert.equal(api.multimembership.getTreeItem(more).command?.command, 'practiceJournal.loadMore');
    await loadMore(children);
    children = await api.multimembership.getChildren(row);
    assert.deepEqual([children.length, children[1000]?.description], [1001, '1,000 of 1,201 shown']);
    await loadMore(children);
    children = await api.multimembership.getChildren(row);
    assert.equal(children.length, MOMENTS);
    assert.deepEqual([children[0]?.label, children[MOMENTS - 1]?.label], ['Moment 1', `Moment ${MOMENTS}`]);
  });

  it('shows as many entries again once the trees are redrawn', async () => {
    const redrawn = new Promise<void>((resolve) => {
      const listener = api.multimembership.onDidLoad(() => {
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('practiceJournal.refreshViews');
    const row = await entriesRow();
    await redrawn;
    assert.equal((await api.multimembership.getChildren(row)).length, MOMENTS);
  });

  it('loads a direction’s crossings in pages too', async () => {
    const pair = (await api.crossings.tree()).byId.get('pair:bulk-a>bulk-b');
    assert.ok(pair);
    assert.equal(pair.description, `${CROSSINGS} crossings`);
    const children = await api.crossings.getChildren(pair);
    assert.deepEqual([children.length, children[500]?.kind, children[500]?.description], [501, 'more', '500 of 501 shown']);
    await vscode.commands.executeCommand('practiceJournal.loadMore', children[500]);
    assert.equal((await api.crossings.getChildren(pair)).length, CROSSINGS);
  });

  it('reveals an entry far down a long list, loading the entries up to it', async () => {
    await vscode.commands.executeCommand('practiceJournal.refreshViews');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const line = momentLine(1150);
    editor.selection = new vscode.Selection(line + 1, 2, line + 1, 2);
    await vscode.commands.executeCommand('workbench.view.extension.practiceJournal');
    const node = await vscode.commands.executeCommand<TreeNode | undefined>('practiceJournal.revealInTree');
    assert.ok(node, 'nothing was revealed');
    assert.deepEqual([node.label, node.person, node.location?.line], ['Moment 1151', 'li', line]);
    await waitFor('the selection in the view', () => api.multimembershipView.selection.some((selected) => selected.id === node.id));
  });
});
