/**
 * Whether the workspace holds any journal, as the `practiceJournal.hasJournals` context key:
 * the views show their welcome ("New journal", "Create landscape") only when it holds none.
 */
import * as vscode from 'vscode';
import { JOURNAL_GLOB } from './pure/watchedFiles';

const CONTEXT_KEY = 'practiceJournal.hasJournals';

export function trackJournalPresence(context: vscode.ExtensionContext, journals: vscode.FileSystemWatcher): void {
  let generation = 0;
  const update = async (): Promise<void> => {
    const asked = ++generation;
    const found = await vscode.workspace.findFiles(JOURNAL_GLOB, '**/node_modules/**', 1);
    // Only the latest look decides, so a slow early answer cannot overwrite a newer one.
    if (asked === generation) await vscode.commands.executeCommand('setContext', CONTEXT_KEY, found.length > 0);
  };
  context.subscriptions.push(
    journals.onDidCreate(() => void update()),
    journals.onDidDelete(() => void update()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void update()),
  );
  void update();
}
