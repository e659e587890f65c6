import type { CrossingPart, EntryFact, JournalContribution } from './contribution';
import { compareParts, type CrossingFilter } from './crossings';
import { dateBoundary, spanInRange, type DateRange } from './dateRange';
import { compareEntries } from './entryOrder';
import type { EntryPlace, MembershipEntry } from './types';
import { partitionPoint } from '../util/search';

/** The ordered lists an entry's index is counted in. */
export interface PlaceLists {
  /** One membership's entries, all of them, in order. */
  entries(person: string, community: string): readonly MembershipEntry[] | undefined;
  /** One direction's crossings, all or those `person` brokered, in order. */
  crossings(from: string, to: string, person: string | undefined): readonly CrossingPart[];
}

const factDate = (fact: EntryFact): string => fact.entry.date;
const crossingDate = (crossing: CrossingPart): string => crossing.date;

/**
 * Where the entry nearest at or above `line` shows in the filtered model: only entries the
 * filter keeps are candidates, as in the views. Undefined when the journal has none.
 */
export function locateEntry(journal: JournalContribution | undefined, line: number, filter: CrossingFilter, lists: PlaceLists): EntryPlace | undefined {
  if (journal === undefined) return undefined;
  const fact = nearestFact(journal, line, filter);
  const crossing = nearestCrossing(journal, line, filter);
  if (crossing !== undefined && (fact === undefined || crossing.line > fact.entry.line)) {
    const ordered = lists.crossings(crossing.from, crossing.to, filter.person);
    const first = filter.from === undefined ? 0 : dateBoundary(ordered, filter.from, false);
    const index = partitionPoint(ordered, (other) => compareParts(other, crossing) < 0) - first;
    return { entry: { uri: crossing.uri, line: crossing.line }, memberships: [], crossing: { from: crossing.from, to: crossing.to, index } };
  }
  if (fact === undefined) return undefined;
  const memberships: EntryPlace['memberships'][number][] = [];
  const day: DateRange = { from: fact.entry.date, to: fact.entry.date };
  for (const part of journal.parts) {
    if (filter.person !== undefined && part.person !== filter.person) continue;
    const [start, end] = spanInRange(part.facts, day, factDate);
    if (!part.facts.slice(start, end).includes(fact)) continue;
    const all = lists.entries(part.person, part.community) ?? [];
    const first = filter.from === undefined ? 0 : dateBoundary(all, filter.from, false);
    memberships.push({ person: part.person, community: part.community, index: partitionPoint(all, (other) => compareEntries(other, fact.entry) < 0) - first });
  }
  memberships.sort((a, b) => compareIds(a.person, b.person) || compareIds(a.community, b.community));
  return { entry: { uri: fact.entry.uri, line: fact.entry.line }, memberships, crossing: undefined };
}

function nearestFact(journal: JournalContribution, line: number, filter: CrossingFilter): EntryFact | undefined {
  let best: EntryFact | undefined;
  for (const part of journal.parts) {
    if (filter.person !== undefined && part.person !== filter.person) continue;
    const [start, end] = spanInRange(part.facts, filter, factDate);
    for (let at = start; at < end; at++) {
      const fact = part.facts[at]!;
      if (fact.entry.line <= line && (best === undefined || fact.entry.line > best.entry.line)) best = fact;
    }
  }
  return best;
}

function nearestCrossing(journal: JournalContribution, line: number, filter: CrossingFilter): CrossingPart | undefined {
  let best: CrossingPart | undefined;
  const [start, end] = spanInRange(journal.crossings, filter, crossingDate);
  for (let at = start; at < end; at++) {
    const crossing = journal.crossings[at]!;
    if (crossing.line > line || (best !== undefined && crossing.line <= best.line)) continue;
    if (filter.person === undefined || crossing.people.includes(filter.person)) best = crossing;
  }
  return best;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
