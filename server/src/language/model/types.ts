/**
 * The workspace model: what every view and report is drawn from.
 *
 * How journals become the model:
 * - Only entries with a real calendar date and a known kind count. Entries missing what their
 *   kind needs are left out: a moment without a `+community` in its header, a trajectory
 *   without a community or a known trajectory kind, a crossing without two different
 *   communities.
 * - The communities of an entry are the `+community` references of its header; mentions in
 *   the reflection or in fields do not count.
 * - A moment (`engagement`, `imagination`, `alignment`) counts for the journal's author (front
 *   matter `author`) and for everyone who took part in it: the `@person`s of its `with:`
 *   field and of its header. A journal without an author (team meeting notes, say) gives its
 *   moments only to those people.
 * - A trajectory belongs to the author alone; a journal without an author contributes none.
 * - A membership is one person in one community: their level from the landscape, their latest
 *   trajectory (the latest date wins; on the same date, the later journal URI, then the later
 *   line), a count per mode, the first and last dates of their moments and trajectories there,
 *   and those entries, ordered by date, then journal URI, then line.
 * - People are everyone declared in a landscape, every journal author, and every `@person` of
 *   a counted entry's `with:` field or moment header; someone with no entries still appears,
 *   with no memberships. `declared` tells whether a landscape's `people:` lists them.
 * - Communities are the declared ones plus every one used in an entry. Their ancestors follow
 *   `parent` upwards and stop before any community already on the chain, so a cycle never
 *   loops.
 * - A crossing's people are the journal's author, or, without an author, the people of its
 *   `with:` field. Its object comes from `via:`: a quoted name as written, or a boundary-object
 *   id whose name (and kind, if `via:` has no valid kind) the landscape supplies. Role and
 *   interaction are kept only when they are values the language knows. Crossings are ordered
 *   by date, then journal URI, then line.
 * - Several landscapes are merged: the one nearest the workspace root (fewest path segments,
 *   then URI order) wins for a community's, person's or object's attributes; member levels are
 *   merged the same way, member by member.
 * - A filter narrows the model: `person` keeps only that person (in `people`, and crossings
 *   they brokered); `from`/`to` (inclusive `YYYY-MM-DD`) keep only entries and crossings in the
 *   range, recompute counts, first/last dates and the latest trajectory from them, and drop
 *   memberships left empty. A bound that is not a real date is ignored. Communities are never
 *   filtered. An unknown person gives an empty `people` list and no crossings.
 * - Everything is sorted: people and communities by id, memberships by community id (ids
 *   compare by UTF-16 code units, independent of locale).
 *
 * The summary (`ModelSummary`) is the same model without its long lists, for views that show
 * entries only when asked:
 * - A person carries their moments per mode and their entry count, each entry once however
 *   many communities it names; a membership carries everything but its entries, and their
 *   count instead. The same filter gives the same people, memberships and numbers as the
 *   model.
 * - Crossings are summed up per direction (from → to): how many, and the first and last dates,
 *   under the same filter; a direction with none left is dropped. Directions are sorted by
 *   `from`, then `to`.
 * - The boundary objects (`ObjectSummary`, asked for apart) are those the filtered crossings
 *   went through, as the crossings resolve them (id, name and kind: one object per distinct
 *   triple), with the number of crossings and the communities they went between; sorted by id
 *   (or name), then kind.
 * - The long lists come in pages: one membership's entries, or one direction's crossings (for
 *   a person filter, those they brokered), in the model's order, `offset` and `limit` into
 *   the filtered list, with its `total`. The pages of a list, put together, are the list the
 *   model holds.
 * - An entry's place (`EntryPlace`, for revealing it) is found from a journal and a line: the
 *   nearest entry at or above the line that the filter keeps, and its index in each list it
 *   is in (every membership of a moment or trajectory, the direction of a crossing).
 * - A summary is frozen and given again for the same filter until a journal or a landscape
 *   changes.
 *
 * Each build returns fresh lists of people, communities and crossings, but the memberships,
 * entries and crossings in them are shared between builds (the objects are frozen): the model
 * is read-only.
 *
 * Cost: a journal's contribution is computed once, when it changes, already aggregated per
 * (person, community). A build merges again only the memberships and crossings that changed
 * since the last one, so after an edit it costs about as much as the changed journal's share,
 * plus a pass over the people and communities; the first build of a large workspace sorts
 * everything once. A summary never orders entries: it reads totals kept up to date as
 * journals come and go (for a date filter: the journals whose dates meet the range, found by
 * binary search, each binary-searched in its date-ordered entries); a page orders only its own
 * list, once per change.
 */
import type { ModeKind, TrajectoryKind } from '../syntax/ast';
import type { BROKER_ROLES, INTERACTION_KINDS } from '../syntax/fields';
import type { BoundaryObjectKind, MemberLevel, Stage } from '../landscape/types';

export type BrokerRole = (typeof BROKER_ROLES)[number];
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Where an entry is: a journal and its header line (zero-based), for opening it. */
export interface EntryLocation {
  readonly uri: string;
  readonly line: number;
}

/** Moments per mode of belonging. */
export interface ModeCounts {
  readonly engagement: number;
  readonly imagination: number;
  readonly alignment: number;
}

/** What a membership says of one person in one community, with or without its entries. */
export interface MembershipFacts {
  readonly community: string;
  /** The level the landscape gives them, when it does. */
  readonly level: MemberLevel | undefined;
  /** Their latest trajectory kind in the community, with its date. */
  readonly trajectory: { readonly kind: TrajectoryKind; readonly date: string } | undefined;
  readonly counts: ModeCounts;
  readonly firstDate: string | undefined;
  readonly lastDate: string | undefined;
}

/** One person's belonging to one community, as their entries show it. */
export interface Membership extends MembershipFacts {
  /** The entries (moments and trajectories) that make up this membership. */
  readonly entries: readonly MembershipEntry[];
}

/** A moment or trajectory entry, as part of a membership. */
export interface MembershipEntry extends EntryLocation {
  readonly date: string;
  readonly kind: ModeKind | 'trajectory';
  /** The trajectory kind, for a trajectory entry. */
  readonly trajectory: TrajectoryKind | undefined;
  readonly title: string | undefined;
}

export interface PersonModel {
  id: string;
  name: string | undefined;
  /** Declared in a landscape (or only used in journals). */
  declared: boolean;
  memberships: Membership[];
}

export interface CommunityModel {
  id: string;
  name: string | undefined;
  domain: string | undefined;
  stage: Stage | undefined;
  parent: string | undefined;
  /** Parent chain from the direct parent up to the root (cycles cut). */
  ancestors: string[];
  /** Person id → level, from the landscape. */
  members: Record<string, MemberLevel>;
  declared: boolean;
}

/** The boundary object a crossing went through (`via:`). */
export interface CrossingObject {
  readonly kind: BoundaryObjectKind | undefined;
  /** The quoted name, or the landscape's name for an id (the id itself when it has none). */
  readonly name: string;
  /** The boundary-object id, when `via:` named one. */
  readonly id: string | undefined;
}

export interface CrossingModel extends EntryLocation {
  readonly from: string;
  readonly to: string;
  readonly date: string;
  /** The broker: the journal's author, or the people it was written with. */
  readonly people: readonly string[];
  readonly object: CrossingObject | undefined;
  readonly role: BrokerRole | undefined;
  readonly interaction: InteractionKind | undefined;
  readonly title: string | undefined;
}

/** The one model every view and report is drawn from. */
export interface WorkspaceModel {
  people: PersonModel[];
  communities: CommunityModel[];
  crossings: CrossingModel[];
}

/** A membership without its entries, for views that load them when they are shown. */
export interface MembershipSummary extends MembershipFacts {
  /** How many entries the membership has (the `total` of its entry pages). */
  readonly entryCount: number;
}

export interface PersonSummary {
  readonly id: string;
  readonly name: string | undefined;
  readonly declared: boolean;
  /** Their moments per mode, each entry once however many communities it names. */
  readonly counts: ModeCounts;
  /** Their moments and trajectories, each entry once. */
  readonly entryCount: number;
  readonly memberships: readonly MembershipSummary[];
}

/** The crossings from one community into another, summed up. */
export interface DirectionSummary {
  readonly from: string;
  readonly to: string;
  /** How many crossings (the `total` of its crossing pages). */
  readonly count: number;
  readonly firstDate: string;
  readonly lastDate: string;
}

/** A boundary object as the crossings through it resolve it, with what went through it. */
export interface ObjectSummary {
  readonly id: string | undefined;
  readonly name: string;
  readonly kind: BoundaryObjectKind | undefined;
  /** How many crossings went through it. */
  readonly crossings: number;
  /** The communities those crossings went between, sorted. */
  readonly communities: readonly string[];
}

/** The model without its long lists: everything a tree shows before a node is expanded. */
export interface ModelSummary {
  readonly people: readonly PersonSummary[];
  readonly communities: readonly CommunityModel[];
  readonly directions: readonly DirectionSummary[];
}

/** A membership's numbers, as the whole model and its summary both give them. */
export type MembershipNumbers = Omit<MembershipSummary, 'entryCount'>;

/**
 * What editor features (hover, completion, rename) read of the model: its people with their
 * memberships' numbers, and its communities. The summary has it, so they never wait for the
 * whole model; the whole model has it too.
 */
export interface ModelOverview {
  readonly people: readonly { readonly id: string; readonly name: string | undefined; readonly declared: boolean; readonly memberships: readonly MembershipNumbers[] }[];
  readonly communities: readonly CommunityModel[];
}

/** Part of a long list: `items` from `offset` on, out of `total`. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly offset: number;
  readonly total: number;
}

/** Where an entry shows in the model, for revealing it: each list it is in, and its index there. */
export interface EntryPlace {
  /** The entry: the nearest counted one whose header is at or above the line asked about. */
  readonly entry: EntryLocation;
  /** A moment's or trajectory's memberships (sorted by person, then community). */
  readonly memberships: readonly { readonly person: string; readonly community: string; readonly index: number }[];
  /** A crossing's direction. */
  readonly crossing: { readonly from: string; readonly to: string; readonly index: number } | undefined;
}
