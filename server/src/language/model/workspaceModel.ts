import type { FrontMatter } from '../frontMatter';
import type { Landscape } from '../landscape/types';
import type { JournalSyntax } from '../syntax/ast';
import { parseDay } from '../syntax/dates';
import { uriKey } from '../util/uri';
import { journalContribution, type JournalContribution } from './contribution';
import { CrossingList } from './crossings';
import { MembershipGroups } from './groups';
import { indexLandscapes, type LandscapeIndex } from './landscapeIndex';
import type { DateRange } from './dateRange';
import { RefCounts } from './refCounts';
import type { CommunityModel, Membership, PersonModel, WorkspaceModel } from './types';

/** Narrows the model to one person and/or a date range (inclusive `YYYY-MM-DD`). */
export interface ModelFilter {
  person?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A bound that is not a real calendar date is ignored rather than compared as text. */
function validBound(value: string | undefined): string | undefined {
  return value !== undefined && parseDay(value) !== undefined ? value : undefined;
}

/**
 * Holds each journal's contribution to the model, so a changed file replaces only its own
 * part; `build` aggregates the parts with the landscapes on request, merging again only what
 * changed since the last build. The semantics are documented in `types.ts`.
 */
export class WorkspaceModelBuilder {
  private readonly contributions = new Map<string, JournalContribution>();
  private readonly groups = new MembershipGroups();
  private readonly crossings = new CrossingList();
  private readonly people = new RefCounts();
  private readonly communities = new RefCounts();
  private cachedIndex: { landscapes: Landscape[]; index: LandscapeIndex } | undefined;

  updateJournal(uri: string, syntax: JournalSyntax, frontMatter: FrontMatter): void {
    const key = uriKey(uri);
    this.forget(key);
    const contribution = journalContribution(uri, syntax, frontMatter);
    this.contributions.set(key, contribution);
    this.groups.add(contribution.parts);
    this.crossings.set(key, contribution.crossings);
    this.people.add(contribution.people);
    this.communities.add(contribution.communities);
  }

  removeJournal(uri: string): void {
    const key = uriKey(uri);
    this.forget(key);
    this.crossings.set(key, []);
  }

  build(landscapes: Iterable<Landscape>, filter: ModelFilter = {}): WorkspaceModel {
    const index = this.index(landscapes);
    const range: DateRange = { from: validBound(filter.from), to: validBound(filter.to) };
    const person = filter.person;
    const memberships = this.groups.memberships(index, person, range);
    return {
      people: this.personIds(index, person).map((id) => personModel(id, index, memberships.get(id))),
      communities: this.communityIds(index).map((id) => communityModel(id, index)),
      crossings: this.crossings.build(index, { ...range, person }),
    };
  }

  private forget(key: string): void {
    const previous = this.contributions.get(key);
    if (previous === undefined) return;
    this.contributions.delete(key);
    this.groups.remove(previous.parts);
    this.people.remove(previous.people);
    this.communities.remove(previous.communities);
  }

  private personIds(index: LandscapeIndex, person: string | undefined): string[] {
    if (person !== undefined) return index.people.has(person) || this.people.has(person) ? [person] : [];
    const ids = new Set<string>(index.people.keys());
    for (const id of this.people.keys()) ids.add(id);
    return [...ids].sort(compareIds);
  }

  private communityIds(index: LandscapeIndex): string[] {
    const ids = new Set<string>(index.communities.keys());
    for (const id of this.communities.keys()) ids.add(id);
    return [...ids].sort(compareIds);
  }

  /** Landscapes are replaced, never changed, when their file changes: the same objects give the same index. */
  private index(landscapes: Iterable<Landscape>): LandscapeIndex {
    const list = [...landscapes];
    const cached = this.cachedIndex;
    if (cached && cached.landscapes.length === list.length && cached.landscapes.every((landscape, at) => landscape === list[at])) {
      return cached.index;
    }
    const index = indexLandscapes(list);
    this.cachedIndex = { landscapes: list, index };
    return index;
  }
}

function personModel(id: string, index: LandscapeIndex, memberships: Membership[] | undefined): PersonModel {
  const declared = index.people.get(id);
  return { id, name: declared?.name, declared: declared !== undefined, memberships: memberships ?? [] };
}

function communityModel(id: string, index: LandscapeIndex): CommunityModel {
  const declared = index.communities.get(id);
  if (declared === undefined) {
    return { id, name: undefined, domain: undefined, stage: undefined, parent: undefined, ancestors: [], members: {}, declared: false };
  }
  const members = Object.fromEntries([...declared.members].sort((a, b) => compareIds(a[0], b[0])));
  const { name, domain, stage, parent } = declared;
  return { id, name, domain, stage, parent, ancestors: declared.ancestors.slice(), members, declared: true };
}
