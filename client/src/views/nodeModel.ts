/**
 * The shape both tree views are drawn in: plain data with no editor types, so the way a
 * workspace model becomes a tree is tested without an editor. The view classes turn each node
 * into a `TreeItem` (icon → ThemeIcon, tooltip → escaped Markdown, location → open command).
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
export type NodeKind = 'me' | 'person' | 'membership' | 'community' | 'fact' | 'entries' | 'entry' | 'pair' | 'crossing';

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

/** The details saying where an entry is written. */
export function locationDetails(location: EntryLocation): Detail[] {
  return [
    { label: 'Journal', value: journalName(location.uri) },
    { label: 'Line', value: String(location.line + 1) },
  ];
}

/**
 * The entry nearest above a line (its header at or before it) among entry nodes of one file,
 * preferring nodes under the given people (in that order) when the entry shows up several times.
 */
export function entryNodeAt(nodes: Iterable<TreeNode>, isSameFile: (uri: string) => boolean, line: number, preferredPeople: readonly string[] = []): TreeNode | undefined {
  let best: TreeNode | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    const location = node.location;
    if (location === undefined || location.line > line || !isSameFile(location.uri)) continue;
    const preference = node.person === undefined ? -1 : preferredPeople.indexOf(node.person);
    const rank = preference === -1 ? preferredPeople.length : preference;
    if (best === undefined || location.line > best.location!.line || (location.line === best.location!.line && rank < bestRank)) {
      best = node;
      bestRank = rank;
    }
  }
  return best;
}
