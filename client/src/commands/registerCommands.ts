/** Registers every command the extension contributes; each delegates in a line or two. */
import * as vscode from 'vscode';
import type { JournalServer } from '../journalServer';
import type { ViewFilter } from '../views/filter';
import { OPEN_ENTRY_COMMAND } from '../views/modelTree';
import type { TreeNode } from '../views/nodeModel';
import type { Views } from '../views/registerViews';
import { createLandscape } from './createLandscape';
import { lintWorkspace } from './lintWorkspace';
import { openMonthJournal } from './monthJournal';
import { newEntry } from './newEntry';
import { openEntry } from './openEntry';
import { revealInTree } from './revealInTree';

export interface CommandTargets {
  readonly server: JournalServer;
  readonly filter: ViewFilter;
  readonly views: Views;
}

export function registerCommands(context: vscode.ExtensionContext, { server, filter, views }: CommandTargets): void {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'practiceJournal.newEntry': () => newEntry(server),
    'practiceJournal.newEntryInCommunity': (node?: TreeNode) => newEntry(server, node?.community),
    'practiceJournal.openMonthJournal': () => openMonthJournal(),
    'practiceJournal.createLandscape': () => createLandscape(server),
    'practiceJournal.lintWorkspace': () => lintWorkspace(server),
    'practiceJournal.revealInTree': () => revealInTree(server, views, filter),
    'practiceJournal.restartServer': () => server.restart(),
    'practiceJournal.filterByPerson': () => filter.pickPerson(server),
    'practiceJournal.filterByPeriod': () => filter.pickPeriod(),
    'practiceJournal.showOnlyPerson': (node?: TreeNode) => (node?.person === undefined ? undefined : filter.set({ ...filter.state, person: node.person })),
    'practiceJournal.clearFilter': () => filter.clear(),
    'practiceJournal.refreshViews': () => views.refresh(),
    [OPEN_ENTRY_COMMAND]: openEntry,
  };
  for (const [id, run] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, run));
}
