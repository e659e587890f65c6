/** Small file helpers for the commands that create files in the workspace folder. */
import * as vscode from 'vscode';

/** The folder new files go in: the first workspace folder; says so when there is none. */
export function targetFolder(what: string): vscode.WorkspaceFolder | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) void vscode.window.showWarningMessage(`Open a folder first: ${what} is created in the workspace folder.`);
  return folder;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a file with its text unless it exists (an existing file is never overwritten, even
 * one that appeared a moment ago). Returns false when the edit was refused.
 */
export async function createFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}

/** Opens a file with the cursor at its end, ready to write. */
export async function openAtEnd(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri);
  const end = editor.document.positionAt(editor.document.getText().length);
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(end, end));
  return editor;
}
