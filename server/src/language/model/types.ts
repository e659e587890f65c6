import type { ModeKind, TrajectoryKind } from '../syntax/ast';
import type { BoundaryObjectKind, MemberLevel, Stage } from '../landscape/types';

/** Where an entry is: a journal and its header line (zero-based), for opening it. */
export interface EntryLocation {
  uri: string;
  line: number;
}

export interface ModeCounts {
  engagement: number;
  imagination: number;
  alignment: number;
}

/** One person's belonging to one community, as their entries show it. */
export interface Membership {
  community: string;
  /** The level the landscape gives them, when it does. */
  level: MemberLevel | undefined;
  /** Their latest trajectory kind in the community, with its date. */
  trajectory: { kind: TrajectoryKind; date: string } | undefined;
  counts: ModeCounts;
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** The entries (moments and trajectories) that make up this membership. */
  entries: MembershipEntry[];
}

export interface MembershipEntry extends EntryLocation {
  date: string;
  kind: ModeKind | 'trajectory';
  title: string | undefined;
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

export interface CrossingModel extends EntryLocation {
  from: string;
  to: string;
  date: string;
  /** The broker: the journal's author, or the people it was written with. */
  people: string[];
  object: { kind: BoundaryObjectKind | undefined; name: string; id: string | undefined } | undefined;
  role: string | undefined;
  interaction: string | undefined;
  title: string | undefined;
}

/** The one model every view and report is drawn from. */
export interface WorkspaceModel {
  people: PersonModel[];
  communities: CommunityModel[];
  crossings: CrossingModel[];
}
