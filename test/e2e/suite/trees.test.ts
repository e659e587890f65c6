import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import type { ModelTreeProvider } from '../../../client/src/views/modelTree';
import type { TreeNode } from '../../../client/src/views/nodeModel';
import { closeEditors, extensionApi, waitFor } from './helpers';

/** Every node below the roots, depth first, asking the view for each node's children as expanding it would. */
async function all(provider: ModelTreeProvider, nodes: readonly TreeNode[]): Promise<TreeNode[]> {
  const found: TreeNode[] = [];
  for (const node of nodes) found.push(node, ...(await all(provider, await provider.getChildren(node))));
  return found;
}

describe('tree views of the example workspace', () => {
  let api: PracticeJournalApi;

  before(async () => {
    api = await extensionApi();
    await api.filter.clear();
    // The trees fill once the server has read the workspace (it announces the change); run on
    // its own, this file can start before that.
    await waitFor('the example workspace in the trees', async () => (await api.crossings.getChildren()).length >= 5);
  });
  after(closeEditors);

  it('lists every practitioner in Multimembership by their landscape name', async () => {
    const roots = await api.multimembership.getChildren();
    const labels = roots.map((node) => api.multimembership.getTreeItem(node).label);
    for (const name of ['Maria Okafor', 'Ana Ferreira', 'Li Wen', 'Tomás Berg', 'Priya Nair', 'Jocelyn Hart', 'Samira Haddad']) {
      assert.ok(labels.includes(name), `${name} missing from ${labels.join(', ')}`);
    }
  });

  it("nests Maria's chapter inside the guild inside the network, as the landscape's parents do", async () => {
    const maria = (await api.multimembership.getChildren()).find((node) => node.person === 'maria' && node.parentId === undefined);
    assert.ok(maria);
    const network = maria.children.find((node) => node.community === 'nursing-informatics-network');
    const guild = network?.children.find((node) => node.community === 'northern-guild');
    const chapter = guild?.children.find((node) => node.community === 'st-brigids-chapter');
    assert.ok(chapter, 'the chapter is not under the guild under the network');
    assert.equal(chapter.label, "St Brigid's chapter of the guild");
    assert.equal(chapter.kind, 'membership');
    const entries = chapter.children.find((node) => node.kind === 'entries');
    assert.ok(entries);
    assert.deepEqual(
      (await api.multimembership.getChildren(entries)).map((node) => node.description),
      ['2026-11-05 · imagination', '2026-11-12 · trajectory: insider', '2026-11-13 · alignment', '2026-11-16 · engagement'],
    );
  });

  it('groups the six example crossings by direction in Boundary Crossings, the most crossed first', async () => {
    const pairs = await api.crossings.getChildren();
    const first = pairs[0];
    assert.ok(first);
    const item = api.crossings.getTreeItem(first);
    assert.equal(item.label, 'Clinical data and analytics team → Ward 7B (acute medicine)');
    assert.equal(item.description, '2 crossings');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal((await all(api.crossings, pairs)).filter((node) => node.kind === 'crossing').length, 6);
    assert.equal(pairs.length, 5);
  });

  it('opens a crossing at its header line when its item is clicked', async () => {
    const pair = (await api.crossings.getChildren()).find((node) => node.id === 'pair:ward-7b>patient-flow');
    assert.ok(pair);
    const [crossing] = await api.crossings.getChildren(pair);
    assert.ok(crossing);
    const command = api.crossings.getTreeItem(crossing).command;
    assert.ok(command);
    assert.equal(command.command, 'practiceJournal.openEntry');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the journal to open', () => vscode.window.activeTextEditor);
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri, false), 'journals/maria/2026-11.practice');
    assert.equal(editor.selection.active.line, crossing.location?.line);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^2026-11-10 crossing \+ward-7b -> \+patient-flow/);
  });

  it('redraws the trees when a journal changes on disk', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'journals', 'li', 'added.practice');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('---\nauthor: li\n---\n2026-11-20 crossing +patient-flow -> +night-coordinators\n  via: process safety-huddle\n\n  Took the huddle to the nights.\n'),
    );
    try {
      await waitFor('a redrawn crossings tree with the new crossing', async () => (await api.crossings.tree()).byId.has('pair:patient-flow>night-coordinators'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the crossing to go again', async () => !(await api.crossings.tree()).byId.has('pair:patient-flow>night-coordinators'));
  });
});
