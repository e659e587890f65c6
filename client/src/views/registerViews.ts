/** Creates the two tree views of the Practice Journal container and keeps them current. */
import * as vscode from 'vscode';
import type { JournalServer } from '../journalServer';
import { filterSummary } from '../pure/viewFilter';
import { CROSSINGS_VIEW, CrossingsProvider } from './crossingsView';
import type { ViewFilter } from './filter';
import { LOAD_MORE_COMMAND } from './modelTree';
import { MULTIMEMBERSHIP_VIEW, MultimembershipProvider } from './multimembershipView';
import type { TreeNode } from './nodeModel';

export interface Views {
  readonly multimembership: MultimembershipProvider;
  readonly crossings: CrossingsProvider;
  readonly multimembershipView: vscode.TreeView<TreeNode>;
  readonly crossingsView: vscode.TreeView<TreeNode>;
  /** Draws both trees again. */
  refresh(): void;
}

export function registerViews(context: vscode.ExtensionContext, server: JournalServer, filter: ViewFilter): Views {
  const multimembership = new MultimembershipProvider(server, filter);
  const crossings = new CrossingsProvider(server, filter);
  const multimembershipView = vscode.window.createTreeView(MULTIMEMBERSHIP_VIEW, { treeDataProvider: multimembership, showCollapseAll: true });
  const crossingsView = vscode.window.createTreeView(CROSSINGS_VIEW, { treeDataProvider: crossings, showCollapseAll: true });
  const refresh = (): void => {
    multimembership.refresh();
    crossings.refresh();
  };
  const describe = (): void => {
    const summary = filterSummary(filter.state) ?? '';
    multimembershipView.description = summary;
    crossingsView.description = summary;
  };
  describe();
  context.subscriptions.push(
    multimembership,
    crossings,
    multimembershipView,
    crossingsView,
    server.onDidChangeModel(refresh),
    vscode.commands.registerCommand(LOAD_MORE_COMMAND, (more: TreeNode) => (crossings.owns(more) ? crossings : multimembership).loadMore(more)),
    filter.onDidChange(() => {
      describe();
      refresh();
    }),
  );
  return { multimembership, crossings, multimembershipView, crossingsView, refresh };
}
