/**
 * The Boundary crossings tree: one node per direction between two communities (from → to),
 * the most crossed first, and under it each crossing with its date, boundary object,
 * brokering role and brokers. The directions come from the model summary; a direction's
 * crossings are loaded, page by page, when it is expanded.
 */
import type { CommunityModel, CrossingModel, DirectionSummary, ModelSummary } from '../../../server/src/protocol';
import { communityLabel, dateSpan, locationDetails, plural, type Detail, type TreeNode } from './nodeModel';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The tree's roots: one node per direction, the most crossed first. */
export function buildCrossingsTree(summary: ModelSummary): TreeNode[] {
  const communities = new Map(summary.communities.map((community) => [community.id, community]));
  const directions = [...summary.directions].sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to));
  return directions.map((direction) => pairNode(direction, communities));
}

/** The node id of a direction's node. */
export function pairNodeId(from: string, to: string): string {
  return `pair:${from}>${to}`;
}

function pairNode(direction: DirectionSummary, communities: ReadonlyMap<string, CommunityModel>): TreeNode {
  const { from: fromId, to: toId, count } = direction;
  const from = communityLabel(fromId, communities.get(fromId));
  const to = communityLabel(toId, communities.get(toId));
  const details: Detail[] = [
    { label: 'From', value: `+${fromId}` },
    { label: 'To', value: `+${toId}` },
    { label: 'Crossings', value: String(count) },
  ];
  const span = dateSpan(direction.firstDate, direction.lastDate);
  if (span !== undefined) details.push({ label: 'Dates', value: span });
  return {
    id: pairNodeId(fromId, toId),
    parentId: undefined,
    kind: 'pair',
    label: `${from} → ${to}`,
    description: plural(count, 'crossing'),
    icon: 'arrow-right',
    tooltip: { heading: `${from} → ${to}`, details },
    expanded: false,
    location: undefined,
    person: undefined,
    community: fromId,
    children: [],
    lazy: { kind: 'crossings', from: fromId, to: toId, total: count },
  };
}

/** The nodes of a page of a direction's crossings, under the direction's node. */
export function crossingNodes(crossings: readonly CrossingModel[], pair: TreeNode): TreeNode[] {
  return crossings.map((crossing) => crossingNode(crossing, pair.id));
}

function objectText(crossing: CrossingModel): string | undefined {
  if (crossing.object === undefined) return undefined;
  return crossing.object.kind === undefined ? crossing.object.name : `${crossing.object.name} (${crossing.object.kind})`;
}

function crossingNode(crossing: CrossingModel, parentId: string): TreeNode {
  const brokers = crossing.people.map((person) => `@${person}`).join(', ');
  const description = [crossing.object?.name ?? 'no boundary object', crossing.role === undefined ? undefined : `as ${crossing.role}`, brokers || undefined].filter(Boolean).join(' · ');
  const details: Detail[] = [
    { label: 'Date', value: crossing.date },
    { label: 'From', value: `+${crossing.from}` },
    { label: 'To', value: `+${crossing.to}` },
    { label: 'Boundary object', value: objectText(crossing) ?? 'none named (add a via: field)' },
  ];
  if (crossing.role !== undefined) details.push({ label: 'Brokering role', value: crossing.role });
  if (crossing.interaction !== undefined) details.push({ label: 'Interaction', value: crossing.interaction });
  details.push({ label: crossing.people.length === 1 ? 'Broker' : 'Brokers', value: brokers || 'nobody named' }, ...locationDetails(crossing));
  return {
    id: `${parentId}/crossing:${crossing.line}:${crossing.uri}`,
    parentId,
    kind: 'crossing',
    label: crossing.date,
    description,
    icon: 'arrow-swap',
    tooltip: { heading: crossing.title ?? 'Boundary crossing', details },
    expanded: false,
    location: { uri: crossing.uri, line: crossing.line },
    person: crossing.people[0],
    community: crossing.from,
    children: [],
  };
}
