import type { MemberLevel } from '../landscape/types';
import type { EntryFact, MembershipPart } from './contribution';
import { dateBoundary, spanInRange, type DateRange } from './dateRange';
import type { Membership, MembershipEntry, MembershipSummary, ModeCounts } from './types';

/** A membership's numbers merged across journals, before the landscape adds the level. */
export interface Totals {
  counts: ModeCounts;
  firstDate: string;
  lastDate: string;
  trajectory: Membership['trajectory'];
  entryCount: number;
}

const factDate = (fact: EntryFact): string => fact.entry.date;

/** Adds parts' numbers up, in any order; on the same date the later journal's trajectory wins. */
class TotalsSum {
  private readonly counts = { engagement: 0, imagination: 0, alignment: 0 };
  private firstDate = '';
  private lastDate = '';
  private entryCount = 0;
  private trajectory: Membership['trajectory'];
  private trajectoryUri = '';

  add(uri: string, counts: ModeCounts, firstDate: string, lastDate: string, entryCount: number, trajectory: Membership['trajectory']): void {
    this.counts.engagement += counts.engagement;
    this.counts.imagination += counts.imagination;
    this.counts.alignment += counts.alignment;
    if (this.entryCount === 0 || firstDate < this.firstDate) this.firstDate = firstDate;
    if (this.entryCount === 0 || lastDate > this.lastDate) this.lastDate = lastDate;
    this.entryCount += entryCount;
    if (trajectory === undefined) return;
    const current = this.trajectory;
    if (current === undefined || trajectory.date > current.date || (trajectory.date === current.date && uri > this.trajectoryUri)) {
      this.trajectory = trajectory;
      this.trajectoryUri = uri;
    }
  }

  /** The part's facts in `[start, end)`, counted one by one: the part of a journal a range cuts. */
  addFacts(uri: string, facts: readonly EntryFact[], start: number, end: number): void {
    const counts = { engagement: 0, imagination: 0, alignment: 0 };
    let trajectory: Membership['trajectory'];
    for (let at = start; at < end; at++) {
      const entry = facts[at]!.entry;
      if (entry.kind === 'trajectory') trajectory = { kind: entry.trajectory!, date: entry.date };
      else counts[entry.kind]++;
    }
    this.add(uri, counts, facts[start]!.entry.date, facts[end - 1]!.entry.date, end - start, trajectory);
  }

  result(): Totals | undefined {
    if (this.entryCount === 0) return undefined;
    const { firstDate, lastDate, trajectory, entryCount } = this;
    return { counts: Object.freeze({ ...this.counts }), firstDate, lastDate, trajectory, entryCount };
  }
}

/**
 * A membership's totals within `range`: a part wholly inside counts with its own totals, one
 * wholly outside is passed over, and only a part the range cuts has its entries in range counted.
 */
export function totalsInRange(parts: readonly MembershipPart[], range: DateRange): Totals | undefined {
  const sum = new TotalsSum();
  for (const part of parts) {
    const [start, end] = spanInRange(part.facts, range, factDate);
    if (start === end) continue;
    if (end - start === part.facts.length) sum.add(part.uri, part.counts, part.firstDate, part.lastDate, end - start, part.trajectory);
    else sum.addFacts(part.uri, part.facts, start, end);
  }
  return sum.result();
}

/** The membership with its landscape level, over all its entries. */
export function wholeMembership(community: string, level: MemberLevel | undefined, totals: Totals, entries: readonly MembershipEntry[]): Membership {
  const { counts, firstDate, lastDate, trajectory } = totals;
  return Object.freeze({ community, level, trajectory, counts, firstDate, lastDate, entries });
}

/** The membership without its entries. */
export function membershipSummary(community: string, level: MemberLevel | undefined, totals: Totals): MembershipSummary {
  const { counts, firstDate, lastDate, trajectory, entryCount } = totals;
  return Object.freeze({ community, level, trajectory, counts, firstDate, lastDate, entryCount });
}

/** The membership recomputed over its ordered entries within `range`; undefined when none is left. */
export function membershipInRange(community: string, level: MemberLevel | undefined, all: readonly MembershipEntry[], range: DateRange): Membership | undefined {
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
