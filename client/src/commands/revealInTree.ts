/**
 * "Reveal in tree": selects the entry under the cursor (the nearest header at or above it) in
 * the Multimembership tree, under the journal's author when the entry shows up for several
 * people; a crossing is revealed in the Boundary crossings tree. The server says where the
 * entry is (which membership or direction, at which index), and the tree loads the entries up
 * to it. The server announces a change only after a pause in typing, so right after an edit
 * the trees may still show the model before it: trees drawn at another revision than the
 * place's are drawn again first.
 */
import * as vscode from 'vscode';
import type { EntryLocation, EntryPlace, LocateEntryResult } from '../../../server/src/protocol';
import type { JournalServer } from '../journalServer';
import { frontMatterAuthor } from '../pure/monthJournal';
import type { ViewFilter } from '../views/filter';
import type { TreeNode } from '../views/nodeModel';
import type { Views } from '../views/registerViews';

type Located = NonNullable<LocateEntryResult>;

export async function revealInTree(server: JournalServer, views: Views, filter: ViewFilter): Promise<TreeNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'practice') {
    void vscode.window.showInformationMessage('Open a journal (a .practice file) and put the cursor in an entry to reveal it in the tree.');
    return undefined;
  }
  const me = vscode.workspace.getConfiguration('practiceJournal').get<string>('me')?.replace(/^@/, '');
  const preferred = [frontMatterAuthor(editor.document.getText()), me].filter((person): person is string => Boolean(person));
  const place = await server.locateEntry({ ...filter.params(), uri: editor.document.uri.toString(), line: editor.selection.active.line });
  const target = place ? await currentNodeOf(views, place, preferred, me) : undefined;
  if (target === undefined) {
    const filterActive = filter.state.person !== undefined || filter.state.period !== 'all';
    const choice = await vscode.window.showInformationMessage(
      filterActive ? 'The entry at the cursor is not in the trees: the filter hides it, or it is not complete yet.' : 'The entry at the cursor is not in the trees yet: it needs a valid date, kind and community.',
      ...(filterActive ? ['Clear Filter'] : []),
    );
    if (choice === 'Clear Filter') await filter.clear();
    return undefined;
  }
  const view = target.kind === 'crossing' ? views.crossingsView : views.multimembershipView;
  await view.reveal(target, { select: true, focus: false, expand: true });
  return target;
}

/**
 * The tree node of the place, in trees drawn again when they show another revision of the model
 * than the place was found in; never a node the entry has moved away from.
 */
async function currentNodeOf(views: Views, place: Located, preferred: readonly string[], me: string | undefined): Promise<TreeNode | undefined> {
  const tree = place.crossing ? views.crossings : views.multimembership;
  if ((await tree.revision()) !== place.revision) views.refresh();
  const found = await nodeOf(views, place, preferred, me);
  return found !== undefined && isAt(found, place.entry) ? found : undefined;
}

function isAt(node: TreeNode, entry: EntryLocation): boolean {
  return node.location?.uri === entry.uri && node.location.line === entry.line;
}

/** The tree node of the place: a crossing's, or the membership entry of the most preferred person (else the first in the tree). */
async function nodeOf(views: Views, place: EntryPlace, preferred: readonly string[], me: string | undefined): Promise<TreeNode | undefined> {
  if (place.crossing) return views.crossings.crossingNode(place.crossing.from, place.crossing.to, place.crossing.index);
  const rank = (person: string): number => {
    const at = preferred.indexOf(person);
    return at !== -1 ? at : person === me ? preferred.length : preferred.length + 1;
  };
  // A stable sort keeps the server's order (by person, then community) among equals.
  const [best] = [...place.memberships].sort((a, b) => rank(a.person) - rank(b.person));
  return best && views.multimembership.entryNode(best.person, best.community, best.index);
}
