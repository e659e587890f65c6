import type { WorkspaceModel } from '../../language/service';
import { boundariesOf, type Boundary, type CommunityModel, type CrossingModel, type Membership, type PersonModel, type ReportFilter } from './summary';

/** Where an entry is: its journal's URI, the path shown for it, and its 1-based line. */
export interface JsonLocation {
  uri: string;
  path: string;
  line: number;
}

export interface JsonMembership {
  community: string;
  level: string | null;
  trajectory: { kind: string; date: string } | null;
  counts: { engagement: number; imagination: number; alignment: number };
  firstDate: string | null;
  lastDate: string | null;
  entries: (JsonLocation & { date: string; kind: string; trajectory: string | null })[];
}

export interface JsonPerson {
  id: string;
  name: string | null;
  declared: boolean;
  memberships: JsonMembership[];
}

export interface JsonCommunity {
  id: string;
  name: string | null;
  stage: string | null;
  parent: string | null;
  ancestors: string[];
  members: Record<string, string>;
  declared: boolean;
}

export interface JsonCrossing extends JsonLocation {
  date: string;
  from: string;
  to: string;
  people: string[];
  object: { kind: string | null; name: string; id: string | null } | null;
  role: string | null;
  interaction: string | null;
}

/**
 * The `report --format json` document, version 1: a public contract (docs/cli.md). Every key
 * is always present (`null` when there is no value); lists keep the model's order. Entry
 * titles and prose are never included.
 */
export interface JsonReport {
  version: 1;
  filter: { person: string | null; from: string | null; to: string | null };
  people: JsonPerson[];
  communities: JsonCommunity[];
  crossings: JsonCrossing[];
  boundaries: Boundary[];
}

export function renderJson(model: WorkspaceModel, filter: ReportFilter | undefined, pathOf: (uri: string) => string): string {
  const report: JsonReport = {
    version: 1,
    filter: { person: filter?.person ?? null, from: filter?.from ?? null, to: filter?.to ?? null },
    people: model.people.map((person) => jsonPerson(person, pathOf)),
    communities: model.communities.map(jsonCommunity),
    crossings: model.crossings.map((crossing) => jsonCrossing(crossing, pathOf)),
    boundaries: boundariesOf(model),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

function location(uri: string, line: number, pathOf: (uri: string) => string): JsonLocation {
  return { uri, path: pathOf(uri), line: line + 1 };
}

function jsonPerson(person: PersonModel, pathOf: (uri: string) => string): JsonPerson {
  return { id: person.id, name: person.name ?? null, declared: person.declared, memberships: person.memberships.map((membership) => jsonMembership(membership, pathOf)) };
}

function jsonMembership(membership: Membership, pathOf: (uri: string) => string): JsonMembership {
  const { engagement, imagination, alignment } = membership.counts;
  return {
    community: membership.community,
    level: membership.level ?? null,
    trajectory: membership.trajectory ? { kind: membership.trajectory.kind, date: membership.trajectory.date } : null,
    counts: { engagement, imagination, alignment },
    firstDate: membership.firstDate ?? null,
    lastDate: membership.lastDate ?? null,
    entries: membership.entries.map((entry) => ({
      date: entry.date,
      kind: entry.kind,
      trajectory: entry.trajectory ?? null,
      ...location(entry.uri, entry.line, pathOf),
    })),
  };
}

function jsonCommunity(community: CommunityModel): JsonCommunity {
  const { id, ancestors, members, declared } = community;
  return { id, name: community.name ?? null, stage: community.stage ?? null, parent: community.parent ?? null, ancestors: [...ancestors], members: { ...members }, declared };
}

function jsonCrossing(crossing: CrossingModel, pathOf: (uri: string) => string): JsonCrossing {
  const object = crossing.object && { kind: crossing.object.kind ?? null, name: crossing.object.name, id: crossing.object.id ?? null };
  return {
    date: crossing.date,
    from: crossing.from,
    to: crossing.to,
    people: [...crossing.people],
    object: object ?? null,
    role: crossing.role ?? null,
    interaction: crossing.interaction ?? null,
    ...location(crossing.uri, crossing.line, pathOf),
  };
}
