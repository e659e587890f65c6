import type { WorkspaceModel } from '../../language/service';

export type PersonModel = WorkspaceModel['people'][number];
export type Membership = PersonModel['memberships'][number];
export type CommunityModel = WorkspaceModel['communities'][number];
export type CrossingModel = WorkspaceModel['crossings'][number];

/** One broker of a boundary and how many of its crossings they made. */
export interface BrokerCount {
  person: string;
  count: number;
}

/** Every crossing from one community to another, and who made them. */
export interface Boundary {
  from: string;
  to: string;
  count: number;
  /** Most crossings first, then by id. */
  brokers: BrokerCount[];
  /** Crossings nobody is credited with (a journal with no author and no `with:`). */
  unattributed: number;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A community with its parent chain, `data-science ⊂ analytics ⊂ hospital`. */
export function communityChain(id: string, communities: ReadonlyMap<string, CommunityModel>): string {
  const ancestors = communities.get(id)?.ancestors ?? [];
  return [id, ...ancestors].join(' ⊂ ');
}

export function communitiesById(model: WorkspaceModel): Map<string, CommunityModel> {
  return new Map(model.communities.map((community) => [community.id, community]));
}

/** The crossings each person is credited with, in the model's order (date, journal, line). */
export function crossingsByPerson(model: WorkspaceModel): Map<string, CrossingModel[]> {
  const byPerson = new Map<string, CrossingModel[]>();
  for (const crossing of model.crossings) {
    for (const person of crossing.people) {
      const list = byPerson.get(person);
      if (list) list.push(crossing);
      else byPerson.set(person, [crossing]);
    }
  }
  return byPerson;
}

/** Crossings grouped by direction (`from → to`): the busiest boundaries first, then by ids. */
export function boundariesOf(model: WorkspaceModel): Boundary[] {
  const byPair = new Map<string, { from: string; to: string; count: number; brokers: Map<string, number>; unattributed: number }>();
  for (const crossing of model.crossings) {
    const key = `${crossing.from}\u0000${crossing.to}`;
    let pair = byPair.get(key);
    if (pair === undefined) {
      pair = { from: crossing.from, to: crossing.to, count: 0, brokers: new Map(), unattributed: 0 };
      byPair.set(key, pair);
    }
    pair.count++;
    if (crossing.people.length === 0) pair.unattributed++;
    for (const person of crossing.people) pair.brokers.set(person, (pair.brokers.get(person) ?? 0) + 1);
  }
  const boundaries = [...byPair.values()].map(({ from, to, count, brokers, unattributed }) => ({
    from,
    to,
    count,
    brokers: [...brokers].map(([person, times]) => ({ person, count: times })).sort((a, b) => b.count - a.count || compareIds(a.person, b.person)),
    unattributed,
  }));
  return boundaries.sort((a, b) => b.count - a.count || compareIds(a.from, b.from) || compareIds(a.to, b.to));
}

/** `inbound (2026-11-25)`, or undefined when there is no trajectory. */
export function trajectoryText(membership: Membership): string | undefined {
  return membership.trajectory && `${membership.trajectory.kind} (${membership.trajectory.date})`;
}

/** `artifact "discharge dashboard"`, with the id when the landscape names the object. */
export function objectText(crossing: CrossingModel): string | undefined {
  const object = crossing.object;
  if (object === undefined) return undefined;
  const named = object.id !== undefined && object.name !== object.id ? `"${object.name}" (${object.id})` : object.id ?? `"${object.name}"`;
  return object.kind === undefined ? named : `${object.kind} ${named}`;
}

/** `ana (2), maria (1)`, plus the unattributed crossings. */
/** A membership's table cells, `none` standing for what it lacks: community, level, trajectory, counts, first, last. */
export function membershipCells(membership: Membership, communities: ReadonlyMap<string, CommunityModel>, none: string): string[] {
  return [
    communityChain(membership.community, communities),
    membership.level ?? none,
    trajectoryText(membership) ?? none,
    String(membership.counts.engagement),
    String(membership.counts.imagination),
    String(membership.counts.alignment),
    membership.firstDate ?? none,
    membership.lastDate ?? none,
  ];
}

/** A crossing's table cells: date, from → to, object, role, interaction. */
export function crossingCells(crossing: CrossingModel, none: string): string[] {
  return [crossing.date, `${crossing.from} → ${crossing.to}`, objectText(crossing) ?? none, crossing.role ?? none, crossing.interaction ?? none];
}

/** A boundary's table cells: from → to, count, brokers. */
export function boundaryCells(boundary: Boundary): string[] {
  return [`${boundary.from} → ${boundary.to}`, String(boundary.count), brokersText(boundary)];
}

export function brokersText(boundary: Boundary): string {
  const parts = boundary.brokers.map((broker) => `${broker.person} (${broker.count})`);
  if (boundary.unattributed > 0) parts.push(`unattributed (${boundary.unattributed})`);
  return parts.join(', ');
}

/** The filter a report was drawn with, as one phrase; undefined when there is none. */
export function filterText(filter: ReportFilter | undefined): string | undefined {
  if (filter === undefined) return undefined;
  const parts: string[] = [];
  if (filter.person !== undefined) parts.push(`person ${filter.person}`);
  if (filter.from !== undefined && filter.to !== undefined) parts.push(`${filter.from} to ${filter.to}`);
  else if (filter.from !== undefined) parts.push(`from ${filter.from}`);
  else if (filter.to !== undefined) parts.push(`up to ${filter.to}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The filter the model was built with, as the report states it. */
export interface ReportFilter {
  person?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}
