/**
 * "Lint whole workspace": the server lints every journal and landscape and keeps their
 * problems in the Problems panel. A server without that request is offered the
 * `practiceJournal.diagnostics.scope` setting instead, which does the same for good.
 */
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../../server/src/protocol';
import type { JournalServer } from '../journalServer';
import { lintSummary } from '../pure/lintSummary';
import { isMethodNotFound, messageOf } from '../pure/serverErrors';

export async function lintWorkspace(server: JournalServer): Promise<LintWorkspaceResult | undefined> {
  let result: LintWorkspaceResult;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Linting the workspace' }, () => server.lintWorkspace());
  } catch (error) {
    if (isMethodNotFound(error)) await offerWorkspaceScope();
    else void vscode.window.showErrorMessage(`Practice Journal could not lint the workspace: ${messageOf(error)}.`);
    return undefined;
  }
  const choice = await vscode.window.showInformationMessage(lintSummary(result), 'Show Problems');
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  return result;
}

async function offerWorkspaceScope(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('practiceJournal');
  if (settings.get('diagnostics.scope') === 'workspace') {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const choice = await vscode.window.showInformationMessage(
    'This language server cannot lint the workspace on request. Show problems for every journal from now on? This sets practiceJournal.diagnostics.scope to "workspace" for this workspace.',
    'Show All Problems',
  );
  if (choice !== 'Show All Problems') return;
  await settings.update('diagnostics.scope', 'workspace', vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
