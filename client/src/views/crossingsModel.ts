/**
 * The Boundary crossings tree: one node per direction between two communities (from → to),
 * the most crossed first, and under it each crossing with its date, boundary object,
 * brokering role and brokers.
 */
import type { CommunityModel, CrossingModel, WorkspaceModel } from '../../../server/src/protocol';
import { communityLabel, dateSpan, locationDetails, plural, type Detail, type TreeNode } from './nodeModel';

interface Pair {
  readonly from: string;
  readonly to: string;
  readonly crossings: CrossingModel[];
}

/** Crossings grouped by direction, in the model's order (by date) within each group. */
export function groupCrossings(crossings: readonly CrossingModel[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const crossing of crossings) {
    // `>` cannot occur in an id, so the key cannot collide.
    const key = `${crossing.from}>${crossing.to}`;
    const pair = pairs.get(key) ?? { from: crossing.from, to: crossing.to, crossings: [] };
    pair.crossings.push(crossing);
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((a, b) => b.crossings.length - a.crossings.length || compare(a.from, b.from) || compare(a.to, b.to));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The tree's roots: one node per direction. */
export function buildCrossingsTree(model: WorkspaceModel): TreeNode[] {
  const communities = new Map(model.communities.map((community) => [community.id, community]));
  return groupCrossings(model.crossings).map((pair) => pairNode(pair, communities));
}

function pairNode(pair: Pair, communities: ReadonlyMap<string, CommunityModel>): TreeNode {
  const id = `pair:${pair.from}>${pair.to}`;
  const from = communityLabel(pair.from, communities.get(pair.from));
  const to = communityLabel(pair.to, communities.get(pair.to));
  const count = pair.crossings.length;
  const details: Detail[] = [
    { label: 'From', value: `+${pair.from}` },
    { label: 'To', value: `+${pair.to}` },
    { label: 'Crossings', value: String(count) },
  ];
  const span = dateSpan(pair.crossings[0]?.date, pair.crossings[count - 1]?.date);
  if (span !== undefined) details.push({ label: 'Dates', value: span });
  return {
    id,
    parentId: undefined,
    kind: 'pair',
    label: `${from} → ${to}`,
    description: plural(count, 'crossing'),
    icon: 'arrow-right',
    tooltip: { heading: `${from} → ${to}`, details },
    expanded: false,
    location: undefined,
    person: undefined,
    community: pair.from,
    children: pair.crossings.map((crossing) => crossingNode(crossing, id)),
  };
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
