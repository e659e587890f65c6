import type { FrontMatter } from '../frontMatter';
import { BOUNDARY_OBJECT_KINDS, type BoundaryObjectKind } from '../landscape/types';
import type { Entry, JournalSyntax, ModeKind, TrajectoryKind } from '../syntax/ast';
import { TRAJECTORY_KINDS } from '../syntax/ast';
import { BROKER_ROLES, INTERACTION_KINDS, fieldOf, parseVia } from '../syntax/fields';
import type { LandscapeIndex } from './landscapeIndex';
import type { BrokerRole, CrossingModel, InteractionKind, MembershipEntry } from './types';
import { crossingFrom, crossingTo } from '../syntax/headerShape';
import { directionParts, type DirectionPart } from './directionParts';
import { headerCommunities, participantsOf } from './entryPeople';

/** An entry of a membership with its day number, so merging compares numbers, not strings. */
export interface EntryFact {
  day: number;
  entry: MembershipEntry;
}

/** One journal's share of one (person, community) membership, already aggregated. */
export interface MembershipPart {
  uri: string;
  person: string;
  community: string;
  counts: Record<ModeKind, number>;
  firstDate: string;
  lastDate: string;
  /** The latest trajectory in this journal (by date, then line). */
  trajectory: { readonly kind: TrajectoryKind; readonly date: string } | undefined;
  /** Ordered by date, then line. */
  facts: EntryFact[];
}

/** One journal's entries of one person, each once however many communities it names. */
export interface PersonPart {
  uri: string;
  person: string;
  /** Moments per mode, each entry once. */
  counts: Record<ModeKind, number>;
  /** Ordered by date, then line. */
  facts: EntryFact[];
}

/** A crossing as the journal wrote it; the landscape resolves its object at build time. */
export interface CrossingPart {
  uri: string;
  line: number;
  date: string;
  /** The date as days since 1970-01-01. */
  day: number;
  from: string;
  to: string;
  people: string[];
  via: { kind: BoundaryObjectKind | undefined; name: string | undefined; id: string | undefined } | undefined;
  role: BrokerRole | undefined;
  interaction: InteractionKind | undefined;
  title: string | undefined;
  /** The crossing as the model shows it, for the landscape index it was resolved with. */
  resolved?: { index: LandscapeIndex; model: CrossingModel };
}

/** Everything one journal adds to the workspace model. */
export interface JournalContribution {
  uri: string;
  /** The author and everyone named as taking part, each once. */
  people: string[];
  /** Every community its counted entries use, each once. */
  communities: string[];
  parts: MembershipPart[];
  persons: PersonPart[];
  /** Ordered by date, then line. */
  crossings: CrossingPart[];
  /** The crossings per direction, and per direction and broker. */
  directions: DirectionPart[];
}

const MODES: ReadonlySet<string> = new Set(['engagement', 'imagination', 'alignment']);
const TRAJECTORIES: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);
const OBJECT_KINDS: ReadonlySet<string> = new Set(BOUNDARY_OBJECT_KINDS);
const ROLES: ReadonlySet<string> = new Set(BROKER_ROLES);
const INTERACTIONS: ReadonlySet<string> = new Set(INTERACTION_KINDS);

/** Computes a journal's contribution once, so a change to one file replaces only its part. */
export function journalContribution(uri: string, syntax: JournalSyntax, frontMatter: FrontMatter): JournalContribution {
  const author = frontMatter.author?.trim() || undefined;
  const collector = new Collector(uri, syntax.text, author);
  for (const entry of datedEntriesInOrder(syntax.entries)) collector.add(entry);
  return collector.finish();
}

/** Entries with a real date, ordered by date then line (a stable sort keeps line order). */
function datedEntriesInOrder(entries: readonly Entry[]): Entry[] {
  const dated = entries.filter((entry) => entry.day !== undefined && entry.kindValue !== undefined);
  return dated.sort((a, b) => a.day! - b.day!);
}

class Collector {
  private readonly people = new Set<string>();
  private readonly communities = new Set<string>();
  private readonly parts = new Map<string, Map<string, MembershipPart>>();
  private readonly persons = new Map<string, PersonPart>();
  private readonly crossings: CrossingPart[] = [];

  constructor(
    private readonly uri: string,
    private readonly text: string,
    private readonly author: string | undefined,
  ) {
    if (author !== undefined) this.people.add(author);
  }

  add(entry: Entry): void {
    const kind = entry.kindValue!;
    const isMoment = MODES.has(kind);
    // Only a moment's header takes `@person`s; elsewhere they are stray arguments.
    const participants = participantsOf(entry, isMoment);
    let counted: boolean;
    if (isMoment) counted = this.addMoment(entry, kind as ModeKind, participants);
    else if (kind === 'trajectory') counted = this.addTrajectory(entry);
    else counted = this.addCrossing(entry, participants);
    if (counted) for (const person of participants) this.people.add(person);
  }

  finish(): JournalContribution {
    return {
      uri: this.uri,
      people: [...this.people],
      communities: [...this.communities],
      parts: [...this.parts.values()].flatMap((byCommunity) => [...byCommunity.values()]),
      persons: [...this.persons.values()],
      crossings: this.crossings,
      directions: directionParts(this.uri, this.crossings),
    };
  }

  /** Each `add…` returns false for an entry that lacks what its kind needs. */
  private addMoment(entry: Entry, kind: ModeKind, participants: string[]): boolean {
    const communities = headerCommunities(entry);
    if (communities.length === 0) return false;
    const people = this.author === undefined ? participants : [this.author, ...participants.filter((person) => person !== this.author)];
    const fact = this.fact(entry, kind, undefined);
    for (const person of people) this.personPart(person, fact).counts[kind]++;
    for (const community of communities) {
      this.communities.add(community);
      for (const person of people) {
        const part = this.part(person, community, fact);
        part.counts[kind]++;
      }
    }
    return true;
  }

  private addTrajectory(entry: Entry): boolean {
    const community = headerCommunities(entry)[0];
    const trajectory = entry.args.find((argument) => argument.type === 'word' && TRAJECTORIES.has(argument.text));
    if (community === undefined || trajectory === undefined) return false;
    this.communities.add(community);
    if (this.author === undefined) return true;
    const kind = trajectory.text as TrajectoryKind;
    const fact = this.fact(entry, 'trajectory', kind);
    this.personPart(this.author, fact);
    const part = this.part(this.author, community, fact);
    part.trajectory = Object.freeze({ kind, date: fact.entry.date });
    return true;
  }

  private addCrossing(entry: Entry, participants: string[]): boolean {
    const fromIndex = crossingFrom(entry.args);
    const toIndex = crossingTo(entry.args);
    if (fromIndex === -1 || toIndex === -1) return false;
    const from = entry.args[fromIndex]!.reference!.name;
    const to = entry.args[toIndex]!.reference!.name;
    if (from === to) return false;
    this.communities.add(from);
    this.communities.add(to);
    const role = fieldOf(entry, 'as')?.value.text;
    const interaction = fieldOf(entry, 'interaction')?.value.text;
    this.crossings.push({
      uri: this.uri,
      line: entry.line,
      date: entry.date.text,
      day: entry.day!,
      from,
      to,
      people: this.author === undefined ? participants : [this.author],
      via: this.via(entry),
      role: role !== undefined && ROLES.has(role) ? (role as BrokerRole) : undefined,
      interaction: interaction !== undefined && INTERACTIONS.has(interaction) ? (interaction as InteractionKind) : undefined,
      title: entry.title?.text,
    });
    return true;
  }

  private via(entry: Entry): CrossingPart['via'] {
    const field = fieldOf(entry, 'via');
    const value = field && parseVia(this.text, field);
    if (!value || (value.name === undefined && value.id === undefined)) return undefined;
    const kind = OBJECT_KINDS.has(value.kind.text) ? (value.kind.text as BoundaryObjectKind) : undefined;
    return { kind, name: value.name?.text, id: value.id?.text };
  }

  /** Entry objects are frozen: the model shares them between builds. */
  private fact(entry: Entry, kind: MembershipEntry['kind'], trajectory: TrajectoryKind | undefined): EntryFact {
    const shared = Object.freeze({ uri: this.uri, line: entry.line, date: entry.date.text, kind, trajectory, title: entry.title?.text });
    return { day: entry.day!, entry: shared };
  }

  /** Adds the fact to the person's own part; facts arrive in date order. */
  private personPart(person: string, fact: EntryFact): PersonPart {
    let part = this.persons.get(person);
    if (part === undefined) {
      part = { uri: this.uri, person, counts: { engagement: 0, imagination: 0, alignment: 0 }, facts: [] };
      this.persons.set(person, part);
    }
    part.facts.push(fact);
    return part;
  }

  /**
   * Adds the fact to the part for (person, community); facts arrive in date order, so the
   * latest one gives the last date.
   */
  private part(person: string, community: string, fact: EntryFact): MembershipPart {
    let byCommunity = this.parts.get(person);
    if (byCommunity === undefined) {
      byCommunity = new Map();
      this.parts.set(person, byCommunity);
    }
    let part = byCommunity.get(community);
    if (part === undefined) {
      const counts = { engagement: 0, imagination: 0, alignment: 0 };
      const date = fact.entry.date;
      part = { uri: this.uri, person, community, counts, firstDate: date, lastDate: date, trajectory: undefined, facts: [] };
      byCommunity.set(community, part);
    }
    part.lastDate = fact.entry.date;
    part.facts.push(fact);
    return part;
  }
}
