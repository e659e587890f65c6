/**
 * "Open this month's journal": `journal/YYYY-MM.practice` in the first workspace folder,
 * created with its author in the front matter when it does not exist yet.
 */
import * as vscode from 'vscode';
import { localIsoDate } from '../pure/dates';
import { monthJournalPath, monthJournalText } from '../pure/monthJournal';
import { IDENTIFIER_HINT, isIdentifier } from '../pure/vocabulary';
import { createFile, exists, openAtEnd, targetFolder } from './workspaceFiles';

/** Opens (creating if needed) this month's journal; undefined when the user cancelled. */
export async function openMonthJournal(): Promise<vscode.TextEditor | undefined> {
  const folder = targetFolder("this month's journal");
  if (folder === undefined) return undefined;
  const today = localIsoDate(new Date());
  const uri = vscode.Uri.joinPath(folder.uri, ...monthJournalPath(today));
  if (!(await exists(uri))) {
    const author = await journalAuthor();
    if (author === undefined) return undefined;
    if (!(await createFile(uri, monthJournalText(author, today)))) {
      void vscode.window.showErrorMessage(`Practice Journal could not create ${vscode.workspace.asRelativePath(uri)}.`);
      return undefined;
    }
  }
  return openAtEnd(uri);
}

/** The author for a new journal: the `practiceJournal.me` setting, else asked for (and saved as that setting). */
async function journalAuthor(): Promise<string | undefined> {
  const settings = vscode.workspace.getConfiguration('practiceJournal');
  const me = settings.get<string>('me')?.trim().replace(/^@/, '');
  if (me) return me;
  const answer = await vscode.window.showInputBox({
    title: "This month's journal",
    prompt: "Your person id, written as the journal's author. It is also saved as your practiceJournal.me setting.",
    placeHolder: 'e.g. maria',
    ignoreFocusOut: true,
    validateInput: (value) => (isIdentifier(value.trim().replace(/^@/, '')) ? undefined : `That is not a person id: ${IDENTIFIER_HINT}.`),
  });
  if (answer === undefined) return undefined;
  const id = answer.trim().replace(/^@/, '');
  await settings.update('me', id, vscode.ConfigurationTarget.Global);
  return id;
}
