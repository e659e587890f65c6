/**
 * What the extension-host tests share: the extension's API, the scratch workspace (a copy of
 * examples/ that the runner opened), and polling, since the language server answers
 * asynchronously and a test must wait for a condition rather than for a fixed time.
 */
import { strict as assert } from 'node:assert';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import type { LintWorkspaceResult } from '../../../server/src/protocol';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'practice-journal.practice-journal';

/** The extension, activated; its exports are the API tests inspect the views through. */
export async function extensionApi(): Promise<PracticeJournalApi> {
  const extension = vscode.extensions.getExtension<PracticeJournalApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  assert.equal(await api.ready(), true, 'the language server did not start');
  return api;
}

/** The opened workspace folder: the runner's copy of examples/. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a workspace file in an editor. */
export async function openFile(...segments: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(document);
}

/** Writes a file into the workspace (through VS Code, so its watchers see it) and returns its URI. */
export async function writeFile(text: string, ...segments: string[]): Promise<vscode.Uri> {
  const uri = workspaceUri(...segments);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Removes files the tests created; missing ones are fine. */
export async function removeFiles(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    } catch {
      // Never created, or already gone.
    }
  }
}

/** Closes every editor, so each test starts from the same workbench. */
export async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Polls until `probe` returns something other than undefined/false, and returns it. Fails
 * with `what` (and the last value seen) when it does not happen within the timeout.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) assert.fail(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The diagnostic's rule id: the `code`, plain or with its documentation link. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** The position of the first occurrence of `needle` in a document, `offset` characters into it. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `${needle} does not occur in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

/** Prints a line into the suite's report (a measurement, say), indented like mocha's. */
export function note(line: string): void {
  Mocha.reporters.Base.consoleLog(`      ${line}`);
}

/**
 * Waits until the language server's model holds entries of a journal written to disk: proof
 * that the server has read it. (The reverse is not a reliable probe: VS Code keeps documents
 * that extensions opened alive for up to three minutes, and an open document outlives its file.)
 */
export async function waitForJournalInModel(api: PracticeJournalApi, uri: vscode.Uri): Promise<void> {
  const wanted = uri.toString();
  await waitFor(`the server to read ${vscode.workspace.asRelativePath(uri)}`, async () => {
    const result = await api.model({});
    if (result === undefined) return false;
    const uris = [
      ...result.model.crossings.map((crossing) => crossing.uri),
      ...result.model.people.flatMap((person) => person.memberships.flatMap((membership) => membership.entries.map((entry) => entry.uri))),
    ];
    return uris.some((each) => vscode.Uri.parse(each).toString() === wanted);
  });
}

/**
 * Runs "Lint Whole Workspace" to its end: the command finishes with a notification that waits
 * for a button, so the notifications are dismissed until the command's promise settles.
 */
export async function lintWorkspace(): Promise<LintWorkspaceResult> {
  let settled: LintWorkspaceResult | undefined | null = null;
  const running = vscode.commands.executeCommand<LintWorkspaceResult | undefined>('practiceJournal.lintWorkspace').then((result) => (settled = result));
  await waitFor('the lint to finish', async () => {
    if (settled === null) await vscode.commands.executeCommand('notifications.clearAll');
    return settled !== null;
  });
  const result = await running;
  assert.ok(result, 'the lint failed');
  return result;
}
