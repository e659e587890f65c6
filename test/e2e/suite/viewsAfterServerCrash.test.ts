import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { closeEditors, extensionApi, openFile, ruleOf, waitFor, writeFile, removeFiles } from './helpers';
import * as vscode from 'vscode';

/** The language servers this extension host started: its child processes running server.js. */
function serverProcesses(): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (parent === process.pid && command.includes('server.js')) found.push(Number(name));
    } catch {
      // The process ended while being looked at.
    }
  }
  return found;
}

describe('when the language server is killed', () => {
  after(closeEditors);

  it('restarts it, and the views and diagnostics come back', async () => {
    const api = await extensionApi();
    await openFile('journals', 'maria', '2026-11.practice');
    const [killed] = await waitFor('the language server process', () => {
      const servers = serverProcesses();
      return servers.length === 1 ? servers : undefined;
    });
    // The views refresh when the restarted server runs; a view not on screen loads on demand.
    let refreshesAfterKill = 0;
    const listener = api.multimembership.onDidChangeTreeData(() => refreshesAfterKill++);
    try {
      process.kill(killed!, 'SIGKILL');
      const [restarted] = await waitFor('a new language server process', () => {
        const servers = serverProcesses().filter((pid) => pid !== killed);
        return servers.length === 1 ? servers : undefined;
      });
      assert.notEqual(restarted, killed);
      await waitFor('the Multimembership view to refresh', () => refreshesAfterKill > 0);
      // The new server reads the workspace again; the view follows it until the landscape is in.
      await waitFor('the practitioners by their landscape names again', async () => {
        const roots = await api.multimembership.getChildren();
        const labels = roots.map((node) => api.multimembership.getTreeItem(node).label);
        return labels.includes('Maria Okafor') && labels.includes('Ana Ferreira');
      });
      assert.ok((await api.crossings.getChildren()).length > 0, 'the Boundary crossings view came back empty');
    } finally {
      listener.dispose();
    }
    const broken = await writeFile('2026-11-20 engagment +data-team\n  After the restart.\n', 'after-crash.practice');
    try {
      const document = await vscode.workspace.openTextDocument(broken);
      await vscode.window.showTextDocument(document);
      await waitFor('diagnostics from the restarted server', () => vscode.languages.getDiagnostics(broken).some((diagnostic) => ruleOf(diagnostic) === 'unknown-kind'));
    } finally {
      await closeEditors();
      await removeFiles(broken);
    }
  });
});
