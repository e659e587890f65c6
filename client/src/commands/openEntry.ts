/** Opens an entry of a tree view at its header line. */
import * as vscode from 'vscode';
import type { EntryLocation } from '../../../server/src/protocol';

export async function openEntry(location: EntryLocation | undefined): Promise<void> {
  if (location === undefined) return;
  const start = new vscode.Position(location.line, 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: new vscode.Range(start, start), preserveFocus: false });
}
