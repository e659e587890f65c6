import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import type { TreeNode } from '../../../client/src/views/nodeModel';
import { EXTENSION_ID, closeEditors, extensionApi, note, openFile, positionOf, removeFiles, waitFor, workspaceUri } from './helpers';

interface ContributedCommand {
  command: string;
  title: string;
}

describe('commands', () => {
  let api: PracticeJournalApi;

  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeEditors);

  it('registers every command package.json contributes', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: ContributedCommand[] } };
    const contributed = manifest.contributes.commands.map((command) => command.command);
    assert.ok(contributed.length >= 10, `only ${contributed.length} commands contributed`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
    for (const command of manifest.contributes.commands) assert.match(command.title, /\S/, `${command.command} has no title`);
  });

  it("Open this month's journal creates journal/YYYY-MM.practice with the author from practiceJournal.me", async () => {
    const settings = vscode.workspace.getConfiguration('practiceJournal');
    await settings.update('me', 'maria', vscode.ConfigurationTarget.Workspace);
    const month = new Date().toISOString().slice(0, 7);
    const uri = workspaceUri('journal', `${month}.practice`);
    try {
      await vscode.commands.executeCommand('practiceJournal.openMonthJournal');
      const editor = await waitFor('the month journal', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
      assert.match(editor.document.getText(), /^---\nauthor: maria\n---\n/);
      assert.equal(editor.document.languageId, 'practice');
      assert.equal(editor.selection.active.line, editor.document.lineCount - 1);
    } finally {
      await settings.update('me', undefined, vscode.ConfigurationTarget.Workspace);
      await closeEditors();
      await removeFiles(uri, workspaceUri('journal'));
    }
  });

  it('Create landscape opens the existing landscape.yaml instead of overwriting it', async () => {
    const uri = workspaceUri('landscape.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.commands.executeCommand('practiceJournal.createLandscape');
    const editor = await waitFor('landscape.yaml to open', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(), before);
  });

  it('Reveal in tree selects the entry under the cursor in Multimembership', async () => {
    const editor = await openFile('journals', 'li', '2026-11.practice');
    const at = positionOf(editor.document, 'Handing back my last night shifts');
    editor.selection = new vscode.Selection(at.translate(2), at.translate(2));
    await vscode.commands.executeCommand('workbench.view.extension.practiceJournal');
    const node = await vscode.commands.executeCommand<TreeNode | undefined>('practiceJournal.revealInTree');
    assert.ok(node, 'nothing was revealed');
    assert.equal(node.label, 'Handing back my last night shifts');
    assert.equal(node.person, 'li');
    assert.equal(node.location?.line, at.line);
    await waitFor('the selection in the view', () => api.multimembershipView.selection.some((selected) => selected.id === node.id));
  });

  it('Restart server brings the language server back, answering model requests again', async () => {
    const started = performance.now();
    await vscode.commands.executeCommand('practiceJournal.restartServer');
    assert.equal(await api.ready(), true);
    const result = await waitFor('a model answer after the restart', () => api.model({}));
    assert.ok(result.model.people.length > 0);
    note(`language server restart → first model answer: ${Math.round(performance.now() - started)} ms`);
  });

  it('Refresh views redraws both trees', async () => {
    await api.crossings.tree();
    const redrawn = new Promise<void>((resolve) => {
      const listener = api.crossings.onDidLoad(() => {
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('practiceJournal.refreshViews');
    await api.crossings.tree();
    await redrawn;
  });
});
