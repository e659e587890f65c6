/**
 * What the two tree views have in common: a tree drawn from the server's model summary for the
 * shared filter, rebuilt when the model or the filter changes (emitter → event → `refresh()`),
 * and shown as tree items with a codicon, a description and an escaped Markdown tooltip. A
 * node with `lazy` children asks the server for its first page when it is expanded; a
 * "Load more…" row at the end of a partial list asks for the next. A page read at a later
 * revision than the tree's summary belongs to a changed model (the server announces changes
 * only after a pause in typing): it is not added to the old tree, which is drawn again instead.
 */
import * as vscode from 'vscode';
import type { JournalServer } from '../journalServer';
import type { ModelFilter, ModelSummaryResult } from '../../../server/src/protocol';
import { indexTree, moreNode, type LazyChildren, type NodeIndex, type NodeTooltip, type TreeNode } from './nodeModel';
import type { ViewFilter } from './filter';

/** Opens an entry at its header line; the argument is an `EntryLocation`. */
export const OPEN_ENTRY_COMMAND = 'practiceJournal.openEntry';

/** Loads the next page of a partly loaded list; the argument is its "Load more…" node. */
export const LOAD_MORE_COMMAND = 'practiceJournal.loadMore';

/** How many entries or crossings a page brings. */
export const PAGE_SIZE = 500;

/** A page of a lazy node's children, as tree nodes, and how many there are in all. */
export interface NodePage {
  readonly nodes: readonly TreeNode[];
  readonly total: number;
  /** The model revision the page was read at. */
  readonly revision: number;
}

/** The children of a lazy node loaded so far. */
interface Loaded {
  items: TreeNode[];
  total: number;
  /** The request under way, if any: a second caller waits for it rather than asking again. */
  pending: Promise<boolean> | undefined;
}

/** One drawing of the tree: its nodes, the filter it was drawn for, and the pages loaded into it. */
interface Drawing {
  readonly roots: readonly TreeNode[];
  readonly byId: Map<string, TreeNode>;
  readonly filter: ModelFilter;
  readonly loaded: Map<string, Loaded>;
  /** The revision of the summary it was drawn from (undefined when the server gave none). */
  readonly revision: number | undefined;
}

export abstract class ModelTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly drawn = new vscode.EventEmitter<NodeIndex>();
  /** Fires each time a fresh tree has been drawn from the model (tests wait on it). */
  readonly onDidLoad = this.drawn.event;
  private current: Drawing | undefined;
  private drawing: Promise<Drawing> | undefined;
  /** Bumped by every refresh, so a load started before it cannot overwrite a newer tree. */
  private generation = 0;
  /** How many children of each lazy node (by id) were shown, so a redrawn tree shows as many again. */
  private readonly shown = new Map<string, number>();

  constructor(
    protected readonly server: JournalServer,
    private readonly filter: ViewFilter,
  ) {}

  /** The tree's roots for one summary answer. */
  protected abstract build(result: ModelSummaryResult): TreeNode[];

  /** A page of a lazy node's children, or undefined while the server cannot answer. */
  protected abstract page(node: TreeNode, lazy: LazyChildren, filter: ModelFilter, offset: number, limit: number): Promise<NodePage | undefined>;

  refresh(): void {
    this.generation++;
    this.current = undefined;
    this.drawing = undefined;
    this.changed.fire();
  }

  /** The model revision of the current tree (drawing it when it is not drawn yet); undefined when the server gave none. */
  async revision(): Promise<number | undefined> {
    return (await this.currentDrawing()).revision;
  }

  /** The current tree (with the pages loaded into it so far), drawn from the model when it is not drawn yet. */
  async tree(): Promise<NodeIndex> {
    const { roots, byId } = await this.currentDrawing();
    return { roots, byId };
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return [...(await this.currentDrawing()).roots];
    if (node.lazy === undefined) return [...node.children];
    // A node of a tree the model has moved on from is answered from the tree drawn again: its
    // node of the same id, so expanding it right after a change shows the new list, not nothing.
    for (let attempt = 0; attempt < 2; attempt++) {
      const drawing = await this.currentDrawing();
      const current = drawing.byId.get(node.id);
      if (current?.lazy === undefined) return [];
      const loaded = await this.load(drawing, current, Math.max(PAGE_SIZE, this.shown.get(node.id) ?? 0));
      if (loaded !== undefined) return loaded.items.length < loaded.total ? [...loaded.items, this.more(drawing, current, loaded)] : [...loaded.items];
      if (drawing === this.current) return [];
    }
    return [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parentId === undefined ? undefined : this.current?.byId.get(node.parentId);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  /** Whether the node belongs to the tree as drawn now. */
  owns(node: TreeNode): boolean {
    return this.current?.byId.get(node.id) === node;
  }

  /** Shows the next page of the list a "Load more…" node ends. */
  async loadMore(more: TreeNode): Promise<void> {
    const drawing = this.current;
    const parent = more.parentId === undefined ? undefined : drawing?.byId.get(more.parentId);
    const loaded = parent && drawing?.loaded.get(parent.id);
    if (drawing === undefined || parent === undefined || loaded === undefined) return;
    await this.load(drawing, parent, loaded.items.length + PAGE_SIZE);
    if (drawing === this.current) this.changed.fire(parent);
  }

  /**
   * The first `count` children of a lazy node of the current tree, loading what is missing in
   * one request (for revealing a node deep in a long list).
   */
  async childrenUpTo(node: TreeNode, count: number): Promise<readonly TreeNode[]> {
    const drawing = await this.currentDrawing();
    if (drawing.byId.get(node.id) !== node) return [];
    const before = drawing.loaded.get(node.id)?.items.length ?? 0;
    const loaded = await this.load(drawing, node, Math.ceil(count / PAGE_SIZE) * PAGE_SIZE);
    if (loaded !== undefined && loaded.items.length > before && before > 0 && drawing === this.current) this.changed.fire(node);
    return loaded?.items ?? [];
  }

  dispose(): void {
    this.changed.dispose();
    this.drawn.dispose();
  }

  private currentDrawing(): Promise<Drawing> {
    if (this.current) return Promise.resolve(this.current);
    this.drawing ??= this.draw(this.generation);
    return this.drawing;
  }

  private async draw(generation: number): Promise<Drawing> {
    const filter = this.filter.params();
    const result = await this.server.summary(filter);
    const { roots, byId } = indexTree(result ? this.build(result) : []);
    const drawing: Drawing = { roots, byId: new Map(byId), filter, loaded: new Map(), revision: result?.revision };
    if (generation !== this.generation) return this.currentDrawing();
    this.current = drawing;
    this.drawn.fire({ roots, byId: drawing.byId });
    return drawing;
  }

  /**
   * Loads a lazy node's children until `count` are loaded (or all are), one request at a time.
   * Undefined when nothing could be loaded (the server is not answering).
   */
  private async load(drawing: Drawing, node: TreeNode, count: number): Promise<Loaded | undefined> {
    const lazy = node.lazy!;
    let loaded = drawing.loaded.get(node.id);
    if (loaded === undefined) {
      loaded = { items: [], total: lazy.total, pending: undefined };
      drawing.loaded.set(node.id, loaded);
    }
    while (loaded.pending) await loaded.pending;
    const wanted = Math.min(count, loaded.total);
    if (loaded.items.length > 0 && loaded.items.length >= wanted) return loaded;
    const target = loaded;
    target.pending = this.page(node, lazy, drawing.filter, target.items.length, Math.max(1, wanted - target.items.length)).then((page) => {
      target.pending = undefined;
      if (page === undefined) return false;
      if (drawing.revision !== undefined && page.revision !== drawing.revision) {
        this.redrawStale(drawing, node, wanted);
        return false;
      }
      target.total = page.total;
      for (const child of page.nodes) {
        drawing.byId.set(child.id, child);
        target.items.push(child);
      }
      this.shown.set(node.id, Math.max(this.shown.get(node.id) ?? 0, target.items.length));
      return true;
    });
    const answered = await target.pending;
    return answered || target.items.length > 0 ? target : undefined;
  }

  /**
   * A page showed the drawing is older than the model: its lists cannot take pages of the new
   * one (entries would show twice, or not at all). The tree is drawn again, showing as many of
   * the node's children as were asked for.
   */
  private redrawStale(drawing: Drawing, node: TreeNode, wanted: number): void {
    this.shown.set(node.id, Math.max(this.shown.get(node.id) ?? 0, wanted));
    if (drawing === this.current) this.refresh();
  }

  /** The "Load more…" row ending a partial list; the same object while the counts stay the same. */
  private more(drawing: Drawing, parent: TreeNode, loaded: Loaded): TreeNode {
    const fresh = moreNode(parent, loaded.items.length, loaded.total, PAGE_SIZE);
    const known = drawing.byId.get(fresh.id);
    if (known?.description === fresh.description) return known;
    drawing.byId.set(fresh.id, fresh);
    return fresh;
  }
}

/** A node as a tree item. */
export function treeItemOf(node: TreeNode): vscode.TreeItem {
  const hasChildren = node.children.length > 0 || (node.lazy?.total ?? 0) > 0;
  const state = !hasChildren ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.tooltip = markdownOf(node.tooltip);
  item.contextValue = node.kind;
  item.accessibilityInformation = { label: node.description === '' ? node.label : `${node.label}, ${node.description}` };
  if (node.location) item.command = { command: OPEN_ENTRY_COMMAND, title: 'Open Entry', arguments: [node.location] };
  if (node.kind === 'more') item.command = { command: LOAD_MORE_COMMAND, title: 'Load More', arguments: [node] };
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
