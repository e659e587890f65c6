import type { FrontMatter } from '../frontMatter';
import type { Landscape } from '../landscape/types';
import type { JournalSyntax } from '../syntax/ast';
import { parseDay } from '../syntax/dates';
import { uriKey } from '../util/uri';
import { journalContribution, type JournalContribution } from './contribution';
import { CrossingList, crossingModel, type CrossingFilter } from './crossings';
import { MembershipGroups } from './groups';
import { indexLandscapes, type LandscapeIndex } from './landscapeIndex';
import { isWholeRange, spanInRange, type DateRange } from './dateRange';
import { DirectionGroups } from './directions';
import { locateEntry } from './locate';
import { ObjectTally, objectSummaries } from './objects';
import { PersonTotalsIndex } from './personTotals';
import { pageOf, type DirectionCrossingsQuery, type EntryQuery, type MembershipEntriesQuery, type ModelFilter } from './queries';
import { RefCounts } from './refCounts';
import type { CommunityModel, CrossingModel, EntryPlace, Membership, MembershipEntry, ModelSummary, ObjectSummary, Page, PersonModel, PersonSummary, WorkspaceModel } from './types';

export type { ModelFilter } from './queries';

/** How many filtered summaries are kept until the next change. */
const SUMMARY_CACHE_SIZE = 8;

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
 * changed since the last build. `summary` adds up running totals instead of merging entries,
 * and the page requests order one list at a time. The semantics are documented in `types.ts`.
 */
export class WorkspaceModelBuilder {
  private readonly contributions = new Map<string, JournalContribution>();
  private readonly groups = new MembershipGroups();
  private readonly crossings = new CrossingList();
  private readonly people = new RefCounts();
  private readonly communities = new RefCounts();
  private readonly persons = new PersonTotalsIndex();
  private readonly directions = new DirectionGroups();
  private readonly objects = new ObjectTally();
  private cachedIndex: { landscapes: Landscape[]; index: LandscapeIndex } | undefined;
  /** Summaries per filter, for one landscape index, until a journal changes. */
  private summaries: { index: LandscapeIndex | undefined; byFilter: Map<string, ModelSummary> } = { index: undefined, byFilter: new Map() };

  updateJournal(uri: string, syntax: JournalSyntax, frontMatter: FrontMatter): void {
    const key = uriKey(uri);
    this.forget(key);
    const contribution = journalContribution(uri, syntax, frontMatter);
    this.contributions.set(key, contribution);
    this.groups.add(contribution.parts);
    this.crossings.set(key, contribution.crossings);
    this.people.add(contribution.people);
    this.communities.add(contribution.communities);
    this.persons.add(contribution.persons);
    this.directions.add(contribution.directions);
    this.objects.add(contribution.crossings);
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

  /** The model without its long lists, kept per filter until something changes. See `types.ts`. */
  summary(landscapes: Iterable<Landscape>, filter: ModelFilter = {}): ModelSummary {
    const index = this.index(landscapes);
    const crossings = crossingFilter(filter);
    const key = JSON.stringify([crossings.person, crossings.from, crossings.to]);
    if (this.summaries.index !== index) this.summaries = { index, byFilter: new Map() };
    const cached = this.summaries.byFilter.get(key);
    if (cached) return cached;
    const summary = this.buildSummary(index, crossings);
    if (this.summaries.byFilter.size >= SUMMARY_CACHE_SIZE) this.summaries.byFilter.clear();
    this.summaries.byFilter.set(key, summary);
    return summary;
  }

  /** The boundary objects the filtered crossings went through. See `types.ts`. */
  boundaryObjects(landscapes: Iterable<Landscape>, filter: ModelFilter = {}): ObjectSummary[] {
    const index = this.index(landscapes);
    const crossings = crossingFilter(filter);
    if (crossings.person === undefined && isWholeRange(crossings)) return this.objects.summaries(index);
    return objectSummaries(this.directions.each(crossings), index);
  }

  /** A page of one membership's entries within the filter's range. */
  membershipEntries(query: MembershipEntriesQuery): Page<MembershipEntry> {
    const all = this.groups.entries(query.person, query.community) ?? [];
    const span = spanInRange(all, { from: validBound(query.from), to: validBound(query.to) }, (entry) => entry.date);
    return pageOf(all, span, query, (entry) => entry);
  }

  /** A page of one direction's crossings under the filter. */
  directionCrossings(landscapes: Iterable<Landscape>, query: DirectionCrossingsQuery): Page<CrossingModel> {
    const index = this.index(landscapes);
    const filter = crossingFilter(query);
    const list = this.directions.crossings(query.direction.from, query.direction.to, filter.person);
    return pageOf(list, spanInRange(list, filter, (part) => part.date), query, (part) => crossingModel(part, index));
  }

  /** Where the entry at a journal's line shows in the filtered model. */
  locate(query: EntryQuery): EntryPlace | undefined {
    const lists = {
      entries: (person: string, community: string) => this.groups.entries(person, community),
      crossings: (from: string, to: string, person: string | undefined) => this.directions.crossings(from, to, person),
    };
    return locateEntry(this.contributions.get(uriKey(query.uri)), query.line, crossingFilter(query), lists);
  }

  private buildSummary(index: LandscapeIndex, filter: CrossingFilter): ModelSummary {
    const memberships = this.groups.summaries(index, filter.person, filter);
    const people = this.personIds(index, filter.person).map((id): PersonSummary => {
      const { counts, entryCount } = this.persons.totals(id, filter);
      const declared = index.people.get(id);
      return Object.freeze({ id, name: declared?.name, declared: declared !== undefined, counts, entryCount, memberships: Object.freeze(memberships.get(id) ?? []) });
    });
    return Object.freeze({
      people: Object.freeze(people),
      communities: Object.freeze(this.communityIds(index).map((id) => communityModel(id, index))),
      directions: Object.freeze(this.directions.summaries(filter)),
    });
  }

  private forget(key: string): void {
    this.summaries = { index: undefined, byFilter: new Map() };
    const previous = this.contributions.get(key);
    if (previous === undefined) return;
    this.contributions.delete(key);
    this.groups.remove(previous.parts);
    this.people.remove(previous.people);
    this.communities.remove(previous.communities);
    this.persons.remove(previous.persons);
    this.directions.remove(previous.directions);
    this.objects.remove(previous.crossings);
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

/** The filter as the crossings and pages read it: bounds that are not real dates are ignored. */
function crossingFilter(filter: ModelFilter): CrossingFilter {
  return { person: filter.person, from: validBound(filter.from), to: validBound(filter.to) };
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
