import type { MembershipPart } from './contribution';
import type { LandscapeIndex } from './landscapeIndex';
import { orderedEntries, updatedEntries } from './entryOrder';
import { membershipInRange, membershipSummary, totalsInRange, wholeMembership, type Totals } from './memberships';
import { MembershipTotals } from './runningTotals';
import { isWholeRange, type DateRange } from './dateRange';
import { DatedParts, FACT_SPAN } from './datedParts';
import type { Membership, MembershipEntry, MembershipSummary } from './types';

/** One (person, community) membership's parts from every journal, with what was derived from them. */
interface Group {
  community: string;
  /** One part per journal that contributes to it. */
  parts: DatedParts<MembershipPart>;
  /** The parts' totals, kept up to date as parts come and go. */
  running: MembershipTotals;
  /** The entries in order; undefined until first asked for. */
  entries: readonly MembershipEntry[] | undefined;
  /** Parts that left or came since `entries`, applied when the entries are next asked for. */
  removed: MembershipPart[];
  added: MembershipPart[];
  /** The last unfiltered membership, valid for that landscape index. */
  membership: { index: LandscapeIndex; value: Membership } | undefined;
}

/** When most entries change, sorting them all is cheaper than filtering and merging. */
function isLargeChange(entries: number, removed: readonly MembershipPart[], added: readonly MembershipPart[]): boolean {
  let changed = 0;
  for (const part of removed) changed += part.facts.length;
  for (const part of added) changed += part.facts.length;
  return changed * 2 > entries || added.length > 8;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One person's groups, with their last unfiltered membership list. */
interface PersonGroups {
  groups: Map<string, Group>;
  whole: { index: LandscapeIndex; list: Membership[] } | undefined;
}

/**
 * Memberships kept up to date journal by journal: a change touches only the groups of the
 * journal's parts, and a build merges only those again. A summary reads running totals (or,
 * for a date range, the parts the range meets) and never orders entries.
 */
export class MembershipGroups {
  private readonly byPerson = new Map<string, PersonGroups>();

  add(parts: readonly MembershipPart[]): void {
    for (const part of parts) {
      let person = this.byPerson.get(part.person);
      if (person === undefined) {
        person = { groups: new Map(), whole: undefined };
        this.byPerson.set(part.person, person);
      }
      let group = person.groups.get(part.community);
      if (group === undefined) {
        group = { community: part.community, parts: new DatedParts<MembershipPart>(FACT_SPAN), running: new MembershipTotals(), entries: undefined, removed: [], added: [], membership: undefined };
        person.groups.set(part.community, group);
      }
      group.parts.add(part);
      group.running.add(part);
      if (group.entries) group.added.push(part);
      group.membership = undefined;
      person.whole = undefined;
    }
  }

  /** Removes exactly these parts (the ones a journal added before). */
  remove(parts: readonly MembershipPart[]): void {
    for (const part of parts) {
      const person = this.byPerson.get(part.person);
      const group = person?.groups.get(part.community);
      if (person === undefined || group === undefined || !group.parts.remove(part)) continue;
      group.running.remove(part);
      const pending = group.added.indexOf(part);
      if (pending !== -1) group.added.splice(pending, 1);
      else if (group.entries) group.removed.push(part);
      group.membership = undefined;
      person.whole = undefined;
      if (group.parts.size > 0) continue;
      person.groups.delete(part.community);
      if (person.groups.size === 0) this.byPerson.delete(part.person);
    }
  }

  /** Each person's memberships (of `person` only, when given), sorted by community id. */
  memberships(index: LandscapeIndex, person: string | undefined, range: DateRange): Map<string, Membership[]> {
    return this.perPerson(person, (id, groups) => this.personMemberships(id, groups, index, range));
  }

  /** Each person's memberships without entries (of `person` only, when given), sorted by community id. */
  summaries(index: LandscapeIndex, person: string | undefined, range: DateRange): Map<string, MembershipSummary[]> {
    return this.perPerson(person, (id, { groups }) => {
      const list: MembershipSummary[] = [];
      for (const group of groups.values()) {
        const totals = isWholeRange(range) ? this.totals(group) : totalsInRange(group.parts.meeting(range), range);
        if (totals) list.push(membershipSummary(group.community, levelOf(index, group.community, id), totals));
      }
      return list.sort((a, b) => compareIds(a.community, b.community));
    });
  }

  /** One membership's entries in order (merged once per change), or undefined when there is no such membership. */
  entries(person: string, community: string): readonly MembershipEntry[] | undefined {
    const group = this.byPerson.get(person)?.groups.get(community);
    return group && this.entriesOf(group);
  }

  private perPerson<T>(person: string | undefined, each: (id: string, groups: PersonGroups) => T): Map<string, T> {
    const result = new Map<string, T>();
    if (person !== undefined) {
      const groups = this.byPerson.get(person);
      if (groups) result.set(person, each(person, groups));
      return result;
    }
    for (const [id, groups] of this.byPerson) result.set(id, each(id, groups));
    return result;
  }

  /** A fresh list per build; without a range, rebuilt only when the person's groups changed. */
  private personMemberships(id: string, person: PersonGroups, index: LandscapeIndex, range: DateRange): Membership[] {
    if (isWholeRange(range)) {
      if (person.whole?.index !== index) {
        const list = [...person.groups.values()].map((group) => this.whole(id, group, index));
        person.whole = { index, list: list.sort((a, b) => compareIds(a.community, b.community)) };
      }
      return person.whole.list.slice();
    }
    const list: Membership[] = [];
    for (const group of person.groups.values()) {
      const membership = membershipInRange(group.community, levelOf(index, group.community, id), this.entriesOf(group), range);
      if (membership) list.push(membership);
    }
    return list.sort((a, b) => compareIds(a.community, b.community));
  }

  private whole(person: string, group: Group, index: LandscapeIndex): Membership {
    if (group.membership?.index === index) return group.membership.value;
    const value = wholeMembership(group.community, levelOf(index, group.community, person), this.totals(group), this.entriesOf(group));
    group.membership = { index, value };
    return value;
  }

  /** A group is dropped with its last part, so it always has totals. */
  private totals(group: Group): Totals {
    return group.running.totals(() => group.parts.all())!;
  }

  private entriesOf(group: Group): readonly MembershipEntry[] {
    const { entries, removed, added } = group;
    if (entries !== undefined && removed.length === 0 && added.length === 0) return entries;
    group.entries = entries === undefined || isLargeChange(entries.length, removed, added) ? orderedEntries(group.parts.all()) : updatedEntries(entries, removed, added);
    group.removed = [];
    group.added = [];
    return group.entries;
  }
}

function levelOf(index: LandscapeIndex, community: string, person: string): Membership['level'] {
  return index.communities.get(community)?.members.get(person);
}
