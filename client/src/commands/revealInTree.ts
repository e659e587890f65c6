/**
 * "Reveal in tree": selects the entry under the cursor (the nearest header at or above it) in
 * the Multimembership tree, under the journal's author when the entry shows up for several
 * people; a crossing is revealed in the Boundary crossings tree.
 */
import * as vscode from 'vscode';
import { frontMatterAuthor } from '../pure/monthJournal';
import { entryNodeAt, walk, type TreeNode } from '../views/nodeModel';
import type { Views } from '../views/registerViews';

export async function revealInTree(views: Views, filterActive: boolean, clearFilter: () => Promise<void>): Promise<TreeNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'practice') {
    void vscode.window.showInformationMessage('Open a journal (a .practice file) and put the cursor in an entry to reveal it in the tree.');
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const isSameFile = (candidate: string): boolean => vscode.Uri.parse(candidate).toString() === uri;
  const line = editor.selection.active.line;
  const me = vscode.workspace.getConfiguration('practiceJournal').get<string>('me')?.replace(/^@/, '');
  const preferred = [frontMatterAuthor(editor.document.getText()), me].filter((person): person is string => Boolean(person));

  const membership = entryNodeAt(walk((await views.multimembership.tree()).roots), isSameFile, line, preferred);
  const crossing = entryNodeAt(walk((await views.crossings.tree()).roots), isSameFile, line);
  const useCrossing = crossing !== undefined && (membership === undefined || crossing.location!.line > membership.location!.line);
  const target = useCrossing ? crossing : membership;
  if (target === undefined) {
    const choice = await vscode.window.showInformationMessage(
      filterActive ? 'The entry at the cursor is not in the trees: the filter hides it, or it is not complete yet.' : 'The entry at the cursor is not in the trees yet: it needs a valid date, kind and community.',
      ...(filterActive ? ['Clear Filter'] : []),
    );
    if (choice === 'Clear Filter') await clearFilter();
    return undefined;
  }
  await (useCrossing ? views.crossingsView : views.multimembershipView).reveal(target, { select: true, focus: false, expand: true });
  return target;
}
