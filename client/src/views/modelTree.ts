/**
 * What the two tree views have in common: a tree drawn from the server's model for the shared
 * filter, rebuilt when the model or the filter changes (emitter → event → `refresh()`), and
 * shown as tree items with a codicon, a description and an escaped Markdown tooltip.
 */
import * as vscode from 'vscode';
import type { JournalServer } from '../languageClient';
import type { ModelResult } from '../../../server/src/protocol';
import { indexTree, type NodeIndex, type NodeTooltip, type TreeNode } from './nodeModel';
import type { ViewFilter } from './filter';

/** Opens an entry at its header line; the argument is an `EntryLocation`. */
export const OPEN_ENTRY_COMMAND = 'practiceJournal.openEntry';

const EMPTY: NodeIndex = indexTree([]);

export abstract class ModelTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<NodeIndex>();
  /** Fires each time a fresh tree has been drawn from the model (tests wait on it). */
  readonly onDidLoad = this.loaded.event;
  private current: NodeIndex | undefined;
  private loading: Promise<NodeIndex> | undefined;
  /** Bumped by every refresh, so a load started before it cannot overwrite a newer tree. */
  private generation = 0;

  constructor(
    private readonly server: JournalServer,
    private readonly filter: ViewFilter,
  ) {}

  /** The tree for one model answer. */
  protected abstract build(result: ModelResult): TreeNode[];

  refresh(): void {
    this.generation++;
    this.current = undefined;
    this.loading = undefined;
    this.changed.fire();
  }

  /** The current tree, drawn from the model when it is not drawn yet. */
  tree(): Promise<NodeIndex> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.load(this.generation);
    return this.loading;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node) return [...node.children];
    return [...(await this.tree()).roots];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parentId === undefined ? undefined : this.current?.byId.get(node.parentId);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }

  private async load(generation: number): Promise<NodeIndex> {
    const result = await this.server.model(this.filter.params());
    const index = result ? indexTree(this.build(result)) : EMPTY;
    if (generation !== this.generation) return this.tree();
    this.current = index;
    this.loaded.fire(index);
    return index;
  }
}

/** A node as a tree item. */
export function treeItemOf(node: TreeNode): vscode.TreeItem {
  const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.tooltip = markdownOf(node.tooltip);
  item.contextValue = node.kind;
  item.accessibilityInformation = { label: node.description === '' ? node.label : `${node.label}, ${node.description}` };
  if (node.location) item.command = { command: OPEN_ENTRY_COMMAND, title: 'Open Entry', arguments: [node.location] };
  return item;
}

/** A tooltip as untrusted Markdown without HTML; every piece of user text is escaped. */
export function markdownOf(tooltip: NodeTooltip): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.appendMarkdown('**').appendText(tooltip.heading).appendMarkdown('**\n\n');
  for (const detail of tooltip.details) markdown.appendText(`${detail.label}: `).appendText(detail.value).appendMarkdown('  \n');
  if (tooltip.note !== undefined) markdown.appendMarkdown('\n').appendText(tooltip.note);
  return markdown;
}
