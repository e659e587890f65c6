import type { MemberLevel } from '../landscape/types';
import type { MembershipPart } from './contribution';
import { dateBoundary, type DateRange } from './dateRange';
import type { Membership, MembershipEntry, ModeCounts } from './types';

/** A membership's parts merged across journals, before the landscape adds the level. */
export interface MergedParts {
  counts: ModeCounts;
  firstDate: string;
  lastDate: string;
  trajectory: Membership['trajectory'];
  /** Ordered by date, then journal URI, then line; shared by builds, never changed. */
  entries: readonly MembershipEntry[];
}

/** True when `part`'s trajectory comes after `current` (on the same date, the later journal wins). */
function isLater(part: MembershipPart, current: { date: string; uri: string } | undefined): boolean {
  const trajectory = part.trajectory!;
  if (current === undefined || trajectory.date > current.date) return true;
  return trajectory.date === current.date && part.uri > current.uri;
}

/**
 * Merges one membership's parts, in any order: the aggregates from each part's own, the
 * entries from `entries` (ordered by the caller, see `entryOrder.ts`).
 */
export function mergeParts(parts: readonly MembershipPart[], entries: MembershipEntry[]): MergedParts {
  const counts = { engagement: 0, imagination: 0, alignment: 0 };
  let firstDate = parts[0]!.firstDate;
  let lastDate = parts[0]!.lastDate;
  let latest: { date: string; uri: string } | undefined;
  let trajectory: Membership['trajectory'];
  for (const part of parts) {
    counts.engagement += part.counts.engagement;
    counts.imagination += part.counts.imagination;
    counts.alignment += part.counts.alignment;
    if (part.firstDate < firstDate) firstDate = part.firstDate;
    if (part.lastDate > lastDate) lastDate = part.lastDate;
    if (part.trajectory && isLater(part, latest)) {
      trajectory = part.trajectory;
      latest = { date: part.trajectory.date, uri: part.uri };
    }
  }
  return { counts: Object.freeze(counts), firstDate, lastDate, trajectory, entries };
}

/** The membership with its landscape level, over all its entries. */
export function wholeMembership(community: string, level: MemberLevel | undefined, merged: MergedParts): Membership {
  const { counts, firstDate, lastDate, trajectory, entries } = merged;
  return Object.freeze({ community, level, trajectory, counts, firstDate, lastDate, entries });
}

/** The membership recomputed over its entries within `range`; undefined when none is left. */
export function membershipInRange(community: string, level: MemberLevel | undefined, merged: MergedParts, range: DateRange): Membership | undefined {
  const all = merged.entries;
  const start = range.from === undefined ? 0 : dateBoundary(all, range.from, false);
  const end = range.to === undefined ? all.length : dateBoundary(all, range.to, true);
  if (start >= end) return undefined;
  const entries = all.slice(start, end);
  const counts = { engagement: 0, imagination: 0, alignment: 0 };
  let trajectory: Membership['trajectory'];
  for (const entry of entries) {
    if (entry.kind === 'trajectory') trajectory = { kind: entry.trajectory!, date: entry.date };
    else counts[entry.kind]++;
  }
  const firstDate = entries[0]!.date;
  const lastDate = entries[entries.length - 1]!.date;
  return { community, level, trajectory, counts, firstDate, lastDate, entries };
}
