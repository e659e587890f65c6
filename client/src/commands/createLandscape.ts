/**
 * "Create landscape": a commented starter `landscape.yaml` in the first workspace folder,
 * built from the communities and people the journals already use. An existing landscape is
 * opened instead, never overwritten.
 */
import * as vscode from 'vscode';
import type { JournalServer } from '../journalServer';
import { starterLandscape } from '../pure/starterLandscape';
import { createFile, exists, targetFolder } from './workspaceFiles';

export async function createLandscape(server: JournalServer): Promise<void> {
  const folder = targetFolder('the landscape');
  if (folder === undefined) return;
  for (const name of ['landscape.yaml', 'landscape.yml']) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(existing)) {
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(`This workspace already has ${name}; it is open for editing. Practice Journal never overwrites it.`);
      return;
    }
  }
  const [result, objects] = await Promise.all([server.summary({}), server.boundaryObjects({})]);
  const uri = vscode.Uri.joinPath(folder.uri, 'landscape.yaml');
  const text = starterLandscape(result?.summary ?? { people: [], communities: [], directions: [] }, objects?.objects ?? []);
  if (!(await createFile(uri, text))) {
    void vscode.window.showErrorMessage('Practice Journal could not create landscape.yaml.');
    return;
  }
  await vscode.window.showTextDocument(uri);
}
