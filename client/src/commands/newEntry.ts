/**
 * "New entry": asks for the kind, the communities and the kind's fields, then appends a
 * correct entry dated today to the active journal (or to this month's journal when no journal
 * is active) and leaves the cursor where the reflection goes.
 */
import * as vscode from 'vscode';
import type { ModelSummary } from '../../../server/src/protocol';
import { localIsoDate } from '../pure/dates';
import { composeEntry, entryInsertion, type NewBoundaryObject, type NewEntry } from '../pure/entryHeader';
import { frontMatterAuthor } from '../pure/monthJournal';
import { BOUNDARY_OBJECT_KINDS, BROKER_ROLES, INTERACTION_KINDS, TRAJECTORY_KINDS, type BoundaryObjectKind, type EntryKind } from '../pure/vocabulary';
import type { JournalServer } from '../journalServer';
import { inputQuoted, pickCommunities, pickCommunity, pickKind, pickOptional, pickPeople, pickRequired, type PickerContext } from './entryPickers';
import { openMonthJournal } from './monthJournal';

const EMPTY_SUMMARY: ModelSummary = { people: [], communities: [], directions: [] };

/** Runs the command; `community` preselects one (from a tree item). Resolves to the entry written, if any. */
export async function newEntry(server: JournalServer, community?: string): Promise<NewEntry | undefined> {
  const active = vscode.window.activeTextEditor?.document.languageId === 'practice' ? vscode.window.activeTextEditor.document : undefined;
  const [result, objects] = await Promise.all([server.summary({}), server.boundaryObjects({})]);
  const author = (active && frontMatterAuthor(active.getText())) ?? result?.me;
  const context: PickerContext = { summary: result?.summary ?? EMPTY_SUMMARY, objects: objects?.objects ?? [], author, title: (step) => `New entry: ${step}` };
  const kind = await pickKind(context);
  if (kind === undefined) return undefined;
  const entry = await askEntry(kind, context, localIsoDate(new Date()), community);
  if (entry === undefined) return undefined;
  const document = active ?? (await openMonthJournal())?.document;
  if (document === undefined) return undefined;
  return (await insertEntry(document, entry)) ? entry : undefined;
}

async function askEntry(kind: EntryKind, context: PickerContext, date: string, preset: string | undefined): Promise<NewEntry | undefined> {
  if (kind === 'crossing') return askCrossing(context, date, preset);
  if (kind === 'trajectory') return askTrajectory(context, date, preset);
  const communities = await pickCommunities(context, preset);
  if (communities === undefined) return undefined;
  const people = await pickPeople(context);
  if (people === undefined) return undefined;
  const title = await askTitle(context);
  if (title === undefined) return undefined;
  return { kind, date, communities, with: people, title };
}

async function askTrajectory(context: PickerContext, date: string, preset: string | undefined): Promise<NewEntry | undefined> {
  const community = await pickCommunity(context, 'community', 'In which community did your trajectory change?', preset);
  if (community === undefined) return undefined;
  const trajectory = await pickRequired(context, 'trajectory', 'Where is your trajectory heading now?', TRAJECTORY_KINDS);
  if (trajectory === undefined) return undefined;
  const memberships = context.summary.people.find((person) => person.id === context.author)?.memberships ?? [];
  const current = memberships.find((membership) => membership.community === community)?.trajectory?.kind;
  const previous = await pickOptional(context, 'from', 'What was it before? (the from: field)', TRAJECTORY_KINDS, current);
  if (previous === undefined) return undefined;
  const title = await askTitle(context);
  if (title === undefined) return undefined;
  return { kind: 'trajectory', date, community, trajectory, previous: previous ?? undefined, title };
}

async function askCrossing(context: PickerContext, date: string, preset: string | undefined): Promise<NewEntry | undefined> {
  const from = await pickCommunity(context, 'from', 'Which community did you cross from?', preset);
  if (from === undefined) return undefined;
  const to = await pickCommunity(context, 'to', `Which community did you cross into from +${from}?`, undefined, from);
  if (to === undefined) return undefined;
  const via = await askBoundaryObject(context);
  if (via === undefined) return undefined;
  const role = await pickOptional(context, 'as', 'Your brokering role? (the as: field)', BROKER_ROLES);
  if (role === undefined) return undefined;
  const interaction = await pickOptional(context, 'interaction', 'What kind of interaction? (the interaction: field)', INTERACTION_KINDS);
  if (interaction === undefined) return undefined;
  const title = await askTitle(context);
  if (title === undefined) return undefined;
  return { kind: 'crossing', date, from, to, via: via ?? undefined, role: role ?? undefined, interaction: interaction ?? undefined, title };
}

function askTitle(context: PickerContext): Promise<string | undefined> {
  return inputQuoted(context, 'title', 'A short title for the entry (optional: press Enter to leave it out)', 'title', true);
}

type ObjectItem = vscode.QuickPickItem & { value: NewBoundaryObject | 'new' | null };

/** The `via:` field: a boundary object crossings already named, a new one, or none (null). */
async function askBoundaryObject(context: PickerContext): Promise<NewBoundaryObject | null | undefined> {
  const known = new Map<string, ObjectItem>();
  for (const object of context.objects) {
    if (object.kind === undefined) continue;
    const value: NewBoundaryObject = object.id === undefined ? { kind: object.kind, name: object.name } : { kind: object.kind, id: object.id };
    const key = object.id === undefined ? `"${object.name}` : object.id;
    known.set(key, { label: object.name, description: object.id === undefined ? object.kind : `${object.kind} · ${object.id}`, value });
  }
  const items: ObjectItem[] = [...known.values(), { label: '$(add) New boundary object…', value: 'new' }, { label: '$(dash) Leave it out', value: null }];
  const chosen = await vscode.window.showQuickPick(items, { title: context.title('via'), placeHolder: 'What did the crossing go through? (the via: field)', ignoreFocusOut: true, matchOnDescription: true });
  if (chosen === undefined) return undefined;
  if (chosen.value !== 'new') return chosen.value;
  const kind = await pickRequired<BoundaryObjectKind>(context, 'via kind', 'What kind of boundary object?', BOUNDARY_OBJECT_KINDS);
  const name = kind && (await inputQuoted(context, 'via name', 'Its name, as you would say it', 'name', false));
  return kind === undefined || !name ? undefined : { kind, name };
}

/** Appends the entry at the end of the journal and puts the cursor in its reflection. */
async function insertEntry(document: vscode.TextDocument, entry: NewEntry): Promise<boolean> {
  const editor = await vscode.window.showTextDocument(document);
  const text = document.getText();
  const insertion = entryInsertion(text, composeEntry(entry));
  const end = document.positionAt(text.length);
  if (!(await editor.edit((builder) => builder.insert(end, insertion.text)))) {
    void vscode.window.showErrorMessage('Practice Journal could not add the entry: the journal changed meanwhile. Try again.');
    return false;
  }
  const cursor = new vscode.Position(end.line + insertion.cursor.lineDelta, insertion.cursor.character);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
