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
 * Each build returns fresh lists of people, communities and crossings, but the memberships,
 * entries and crossings in them are shared between builds (the objects are frozen): the model
 * is read-only.
 *
 * Cost: a journal's contribution is computed once, when it changes, already aggregated per
 * (person, community). A build merges again only the memberships and crossings that changed
 * since the last one, so after an edit it costs about as much as the changed journal's share,
 * plus a pass over the people and communities; the first build of a large workspace sorts
 * everything once.
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

/** One person's belonging to one community, as their entries show it. */
export interface Membership {
  readonly community: string;
  /** The level the landscape gives them, when it does. */
  readonly level: MemberLevel | undefined;
  /** Their latest trajectory kind in the community, with its date. */
  readonly trajectory: { readonly kind: TrajectoryKind; readonly date: string } | undefined;
  readonly counts: ModeCounts;
  readonly firstDate: string | undefined;
  readonly lastDate: string | undefined;
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
