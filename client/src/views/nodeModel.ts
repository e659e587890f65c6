/**
 * The shape both tree views are drawn in: plain data with no editor types, so the way a
 * workspace model becomes a tree is tested without an editor. The view classes turn each node
 * into a `TreeItem` (icon → ThemeIcon, tooltip → escaped Markdown, location → open command).
 * Long lists (a membership's entries, a direction's crossings) are not in the tree the model
 * summary gives: their node says what to load (`lazy`), and the view loads it in pages.
 */
import type { CommunityModel, EntryLocation } from '../../../server/src/protocol';

/** One line of a tooltip: a fixed label and a value that may be user text (escaped when shown). */
export interface Detail {
  readonly label: string;
  readonly value: string;
}

export interface NodeTooltip {
  /** Shown in bold; may be user text. */
  readonly heading: string;
  readonly details: readonly Detail[];
  /** A closing sentence of the extension's own words. */
  readonly note?: string;
}

/** What a node is; also its `contextValue`, which menus match on. */
export type NodeKind = 'me' | 'person' | 'membership' | 'community' | 'fact' | 'entries' | 'entry' | 'pair' | 'crossing' | 'more';

/**
 * Children the server gives in pages when the node is expanded: one membership's entries, or
 * one direction's crossings, and how many there are in all.
 */
export type LazyChildren =
  | { readonly kind: 'entries'; readonly person: string; readonly community: string; readonly total: number }
  | { readonly kind: 'crossings'; readonly from: string; readonly to: string; readonly total: number };

export interface TreeNode {
  /** Unique in its tree and stable across refreshes, so expansion and selection survive them. */
  readonly id: string;
  readonly parentId: string | undefined;
  readonly kind: NodeKind;
  readonly label: string;
  readonly description: string;
  /** A codicon id. */
  readonly icon: string;
  readonly tooltip: NodeTooltip;
  /** Starts expanded (when it has children). */
  readonly expanded: boolean;
  /** The entry a click opens. */
  readonly location: EntryLocation | undefined;
  /** The person and community the node belongs to, for actions on it. */
  readonly person: string | undefined;
  readonly community: string | undefined;
  readonly children: readonly TreeNode[];
  /** Children to load on expansion (then `children` is empty). */
  readonly lazy?: LazyChildren;
}

/** A tree with every node reachable by id (for `getParent` and reveal). */
export interface NodeIndex {
  readonly roots: readonly TreeNode[];
  readonly byId: ReadonlyMap<string, TreeNode>;
}

export function indexTree(roots: readonly TreeNode[]): NodeIndex {
  const byId = new Map<string, TreeNode>();
  const visit = (node: TreeNode): void => {
    byId.set(node.id, node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return { roots, byId };
}

/** Every node of a tree, depth first in display order. */
export function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** A community's display name: its landscape name, else its `+id`. */
export function communityLabel(id: string, community: CommunityModel | undefined): string {
  return community?.name ?? `+${id}`;
}

/** The file name of a journal URI, decoded for display. */
export function journalName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** "1 crossing", "3 crossings", "2 communities". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A date range for display: one date when both ends agree. */
export function dateSpan(first: string | undefined, last: string | undefined): string | undefined {
  if (first === undefined || last === undefined) return first ?? last;
  return first === last ? first : `${first} – ${last}`;
}

/** A number as people read it: 100,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** The last row of a partly loaded list: clicking it loads the next page. */
export function moreNode(parent: TreeNode, shown: number, total: number, pageSize: number): TreeNode {
  const next = Math.min(pageSize, total - shown);
  const [one, many] = parent.lazy?.kind === 'crossings' ? ['crossing', 'crossings'] : ['entry', 'entries'];
  return {
    id: `${parent.id}/more`,
    parentId: parent.id,
    kind: 'more',
    label: 'Load more…',
    description: `${formatCount(shown)} of ${formatCount(total)} shown`,
    icon: 'ellipsis',
    tooltip: { heading: 'Load more', details: [{ label: 'Shown', value: `${formatCount(shown)} of ${formatCount(total)}` }], note: `Click to show the next ${formatCount(next)} ${next === 1 ? one : many}.` },
    expanded: false,
    location: undefined,
    person: parent.person,
    community: parent.community,
    children: [],
  };
}

/** The details saying where an entry is written. */
export function locationDetails(location: EntryLocation): Detail[] {
  return [
    { label: 'Journal', value: journalName(location.uri) },
    { label: 'Line', value: String(location.line + 1) },
  ];
}
