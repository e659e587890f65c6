/**
 * The pickers of "New entry". Each resolves to undefined when the user cancels (Escape), which
 * ends the command; optional ones resolve to null when the user skips them.
 */
import * as vscode from 'vscode';
import type { ModelSummary, ObjectSummary } from '../../../server/src/protocol';
import { quotedTextProblem } from '../pure/entryHeader';
import { ENTRY_KINDS, IDENTIFIER_HINT, isIdentifier, KIND_DESCRIPTIONS, type EntryKind } from '../pure/vocabulary';

/** What the pickers offer: the workspace's communities, people and boundary objects, and whose journal it is. */
export interface PickerContext {
  readonly summary: ModelSummary;
  readonly objects: readonly ObjectSummary[];
  readonly author: string | undefined;
  /** The step counter shown in each picker's title. */
  readonly title: (step: string) => string;
}

type Item<T> = vscode.QuickPickItem & { value: T };

const NEW_ITEM = '$(add) New…';

export async function pickKind(context: PickerContext): Promise<EntryKind | undefined> {
  const items = ENTRY_KINDS.map((kind): Item<EntryKind> => ({ label: kind, description: KIND_DESCRIPTIONS[kind], value: kind }));
  return (await vscode.window.showQuickPick(items, { title: context.title('kind'), placeHolder: 'What kind of entry?', ignoreFocusOut: true }))?.value;
}

/** Communities: a preset one first, then the author's most recent ones, then the others by id. */
function communityItems(context: PickerContext, exclude: string | undefined, picked: string | undefined): Item<string | undefined>[] {
  const own = context.summary.people.find((person) => person.id === context.author)?.memberships ?? [];
  const recency = new Map(own.map((membership) => [membership.community, membership.lastDate ?? '']));
  const communities = context.summary.communities.filter((community) => community.id !== exclude);
  communities.sort((a, b) => Number(b.id === picked) - Number(a.id === picked) || (recency.get(b.id) ?? '').localeCompare(recency.get(a.id) ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...communities.map((community): Item<string | undefined> => ({
      label: `+${community.id}`,
      description: [community.name, recency.has(community.id) ? 'yours' : undefined].filter(Boolean).join(' · '),
      ...(community.domain === undefined ? {} : { detail: community.domain }),
      picked: community.id === picked,
      value: community.id,
    })),
    { label: NEW_ITEM, description: 'a community not used yet', value: undefined },
  ];
}

/** Asks for a new id, checked as the language checks ids. */
export async function inputId(context: PickerContext, what: string, sigil: string, exclude?: string): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: context.title(`new ${what}`),
    prompt: `The new ${what}'s id, without the ${sigil}`,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const id = value.trim().replace(new RegExp(`^\\${sigil}`), '');
      if (!isIdentifier(id)) return `That is not an id: ${IDENTIFIER_HINT}.`;
      return id === exclude ? `Choose a ${what} other than ${sigil}${exclude}.` : undefined;
    },
  });
  return answer?.trim().replace(new RegExp(`^\\${sigil}`), '');
}

/** One or more communities (a moment's). */
export async function pickCommunities(context: PickerContext, preset: string | undefined): Promise<string[] | undefined> {
  const chosen = await vscode.window.showQuickPick(communityItems(context, undefined, preset), {
    title: context.title('communities'),
    placeHolder: 'Which communities was it in? (one or more)',
    canPickMany: true,
    ignoreFocusOut: true,
    matchOnDescription: true,
  });
  if (chosen === undefined) return undefined;
  const ids = chosen.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  if (chosen.some((item) => item.value === undefined) || ids.length === 0) {
    const added = await inputId(context, 'community', '+');
    if (added === undefined) return undefined;
    if (!ids.includes(added)) ids.push(added);
  }
  return ids;
}

/** One community (a crossing's side or a trajectory's). */
export async function pickCommunity(context: PickerContext, step: string, question: string, preset?: string, exclude?: string): Promise<string | undefined> {
  const chosen = await vscode.window.showQuickPick(communityItems(context, exclude, preset), { title: context.title(step), placeHolder: question, ignoreFocusOut: true, matchOnDescription: true });
  if (chosen === undefined) return undefined;
  return chosen.value ?? (await inputId(context, 'community', '+', exclude));
}

/** The people who took part besides the author; none is a valid answer. */
export async function pickPeople(context: PickerContext): Promise<string[] | undefined> {
  const items = context.summary.people
    .filter((person) => person.id !== context.author)
    .map((person): Item<string | undefined> => ({ label: `@${person.id}`, description: person.name ?? '', value: person.id }));
  items.push({ label: NEW_ITEM, description: 'someone not named yet', value: undefined });
  const chosen = await vscode.window.showQuickPick(items, {
    title: context.title('with'),
    placeHolder: 'Who else took part? (none is fine: press Enter)',
    canPickMany: true,
    ignoreFocusOut: true,
    matchOnDescription: true,
  });
  if (chosen === undefined) return undefined;
  const ids = chosen.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  if (chosen.some((item) => item.value === undefined)) {
    const added = await inputId(context, 'person', '@');
    if (added === undefined) return undefined;
    if (!ids.includes(added)) ids.push(added);
  }
  return ids;
}

/** One of a field's words, or null for "leave it out". */
export async function pickOptional<T extends string>(context: PickerContext, step: string, question: string, values: readonly T[], first?: T): Promise<T | null | undefined> {
  const ordered = first === undefined ? [...values] : [first, ...values.filter((value) => value !== first)];
  const items: Item<T | null>[] = [
    ...ordered.map((value): Item<T | null> => ({ label: value, ...(value === first ? { description: 'current' } : {}), value })),
    { label: '$(dash) Leave it out', value: null },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: context.title(step), placeHolder: question, ignoreFocusOut: true });
  return chosen === undefined ? undefined : chosen.value;
}

/** One of a field's words; required. */
export async function pickRequired<T extends string>(context: PickerContext, step: string, question: string, values: readonly T[]): Promise<T | undefined> {
  const items = values.map((value): Item<T> => ({ label: value, value }));
  return (await vscode.window.showQuickPick(items, { title: context.title(step), placeHolder: question, ignoreFocusOut: true }))?.value;
}

/** Free text that goes between double quotes (a title, a boundary object's name); empty when left blank. */
export async function inputQuoted(context: PickerContext, step: string, prompt: string, what: string, optional: boolean): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: context.title(step),
    prompt,
    ignoreFocusOut: true,
    validateInput: (value) => quotedTextProblem(value, what) ?? (!optional && value.trim() === '' ? `Write the ${what}, or press Escape to cancel.` : undefined),
  });
  return answer?.trim();
}
