import type { MembershipPart } from './contribution';
import type { LandscapeIndex } from './landscapeIndex';
import { orderedEntries, updatedEntries } from './entryOrder';
import { membershipInRange, mergeParts, wholeMembership, type MergedParts } from './memberships';
import type { DateRange } from './dateRange';
import type { Membership } from './types';

/** One (person, community) membership's parts from every journal, with its merge cached. */
interface Group {
  community: string;
  /** One part per journal that contributes to it. */
  parts: MembershipPart[];
  /** The last merge; undefined until the first build. */
  merged: MergedParts | undefined;
  /** Parts that left or came since `merged`, applied on the next build. */
  removed: MembershipPart[];
  added: MembershipPart[];
  /** The last unfiltered membership, valid for that landscape index. */
  membership: { index: LandscapeIndex; value: Membership } | undefined;
}

/** When most entries change, sorting them all is cheaper than filtering and merging. */
function isLargeChange(merged: MergedParts, removed: readonly MembershipPart[], added: readonly MembershipPart[]): boolean {
  let changed = 0;
  for (const part of removed) changed += part.facts.length;
  for (const part of added) changed += part.facts.length;
  return changed * 2 > merged.entries.length || added.length > 8;
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
 * journal's parts, and a build merges only those again.
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
        group = { community: part.community, parts: [], merged: undefined, removed: [], added: [], membership: undefined };
        person.groups.set(part.community, group);
      }
      group.parts.push(part);
      if (group.merged) group.added.push(part);
      group.membership = undefined;
      person.whole = undefined;
    }
  }

  /** Removes exactly these parts (the ones a journal added before). */
  remove(parts: readonly MembershipPart[]): void {
    for (const part of parts) {
      const person = this.byPerson.get(part.person);
      const group = person?.groups.get(part.community);
      const at = group ? group.parts.indexOf(part) : -1;
      if (person === undefined || group === undefined || at === -1) continue;
      group.parts.splice(at, 1);
      const pending = group.added.indexOf(part);
      if (pending !== -1) group.added.splice(pending, 1);
      else if (group.merged) group.removed.push(part);
      group.membership = undefined;
      person.whole = undefined;
      if (group.parts.length > 0) continue;
      person.groups.delete(part.community);
      if (person.groups.size === 0) this.byPerson.delete(part.person);
    }
  }

  /** Each person's memberships (of `person` only, when given), sorted by community id. */
  memberships(index: LandscapeIndex, person: string | undefined, range: DateRange): Map<string, Membership[]> {
    const result = new Map<string, Membership[]>();
    if (person !== undefined) {
      const groups = this.byPerson.get(person);
      if (groups) result.set(person, this.personMemberships(person, groups, index, range));
      return result;
    }
    for (const [id, groups] of this.byPerson) result.set(id, this.personMemberships(id, groups, index, range));
    return result;
  }

  /** A fresh list per build; without a range, rebuilt only when the person's groups changed. */
  private personMemberships(id: string, person: PersonGroups, index: LandscapeIndex, range: DateRange): Membership[] {
    if (range.from === undefined && range.to === undefined) {
      if (person.whole?.index !== index) {
        const list = [...person.groups.values()].map((group) => this.whole(id, group, index));
        person.whole = { index, list: list.sort((a, b) => compareIds(a.community, b.community)) };
      }
      return person.whole.list.slice();
    }
    const list: Membership[] = [];
    for (const group of person.groups.values()) {
      const membership = this.inRange(id, group, index, range);
      if (membership) list.push(membership);
    }
    return list.sort((a, b) => compareIds(a.community, b.community));
  }

  private whole(person: string, group: Group, index: LandscapeIndex): Membership {
    if (group.membership?.index === index) return group.membership.value;
    const level = index.communities.get(group.community)?.members.get(person);
    const value = wholeMembership(group.community, level, this.merged(group));
    group.membership = { index, value };
    return value;
  }

  private inRange(person: string, group: Group, index: LandscapeIndex, range: DateRange): Membership | undefined {
    const level = index.communities.get(group.community)?.members.get(person);
    return membershipInRange(group.community, level, this.merged(group), range);
  }

  private merged(group: Group): MergedParts {
    const { merged, removed, added } = group;
    if (merged !== undefined && removed.length === 0 && added.length === 0) return merged;
    const entries = merged === undefined || isLargeChange(merged, removed, added) ? orderedEntries(group.parts) : updatedEntries(merged.entries, removed, added);
    group.merged = mergeParts(group.parts, entries);
    group.removed = [];
    group.added = [];
    return group.merged;
  }
}
