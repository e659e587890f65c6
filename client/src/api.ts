/**
 * What `activate` returns: a handle for tests running in the editor, which inspect the tree
 * views and the status bar as a user would see them. It is not a stable public API.
 */
import type * as vscode from 'vscode';
import type { ModelParams, ModelResult } from '../../server/src/protocol';
import type { ModeStatusBar } from './statusBar';
import type { CrossingsProvider } from './views/crossingsView';
import type { ViewFilter } from './views/filter';
import type { MultimembershipProvider } from './views/multimembershipView';
import type { TreeNode } from './views/nodeModel';

export interface PracticeJournalApi {
  /**
   * The Multimembership view's provider: `getChildren(node?)` (an Entries row's children are
   * loaded from the server, a page at a time, ending with a "Load more…" node while the list is
   * partial), `getTreeItem(node)`, `loadMore(moreNode)`, `tree()` (the nodes drawn and loaded
   * so far), `entryNode(person, community, index)`, `onDidLoad`.
   */
  readonly multimembership: MultimembershipProvider;
  /** The Boundary crossings view's provider; a direction's crossings load as the Entries rows' do (`crossingNode(from, to, index)`). */
  readonly crossings: CrossingsProvider;
  readonly multimembershipView: vscode.TreeView<TreeNode>;
  readonly crossingsView: vscode.TreeView<TreeNode>;
  /** The filter both views share (`state`, `set(...)`, `clear()`). */
  readonly filter: ViewFilter;
  /** The status-bar item of the active journal (`item.text`, `update()`). */
  readonly statusBar: ModeStatusBar;
  /** Resolves true once the language server runs (false if it cannot start). */
  ready(): Promise<boolean>;
  /** Asks the server for the whole model (the views ask for its summary and pages). */
  model(params: ModelParams): Promise<ModelResult | undefined>;
}
