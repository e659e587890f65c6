/**
 * Totals kept up to date as journals' parts come and go, so a change costs about the changed
 * journal's share rather than a pass over every journal's part.
 */
import type { MembershipPart } from './contribution';
import type { DirectionPart } from './directionParts';
import type { Totals } from './memberships';
import type { Membership } from './types';

/**
 * The greatest of some values while values come and go. When the greatest leaves it becomes an
 * upper bound: a value at least as great that comes back takes its place at once, and only
 * otherwise does the next read look at every value again.
 */
export class Greatest<T> {
  private value: T | undefined;
  private gone = false;

  /** `greater(a, b)`: a comes strictly after b. */
  constructor(private readonly greater: (a: T, b: T) => boolean) {}

  add(item: T): void {
    if (this.value === undefined || !this.greater(this.value, item)) {
      this.value = item;
      this.gone = false;
    }
  }

  remove(item: T): void {
    if (this.value !== undefined && !this.greater(this.value, item)) this.gone = true;
  }

  /** The greatest value; `all` is read only when the greatest left and nothing as great came back. */
  get(all: () => Iterable<T>): T | undefined {
    if (this.gone) {
      this.value = undefined;
      this.gone = false;
      for (const item of all()) this.add(item);
    }
    return this.value;
  }
}

const laterDate = (a: string, b: string): boolean => a > b;
const earlierDate = (a: string, b: string): boolean => a < b;
/** On the same date, the later journal's trajectory wins. */
const laterTrajectory = (a: MembershipPart, b: MembershipPart): boolean => {
  const x = a.trajectory!;
  const y = b.trajectory!;
  return x.date > y.date || (x.date === y.date && a.uri > b.uri);
};

/** One membership's totals over its parts. */
export class MembershipTotals {
  private readonly counts = { engagement: 0, imagination: 0, alignment: 0 };
  private entryCount = 0;
  private readonly first = new Greatest(earlierDate);
  private readonly last = new Greatest(laterDate);
  private readonly trajectory = new Greatest(laterTrajectory);

  add(part: MembershipPart): void {
    this.step(part, 1);
    this.first.add(part.firstDate);
    this.last.add(part.lastDate);
    if (part.trajectory) this.trajectory.add(part);
  }

  remove(part: MembershipPart): void {
    this.step(part, -1);
    this.first.remove(part.firstDate);
    this.last.remove(part.lastDate);
    if (part.trajectory) this.trajectory.remove(part);
  }

  /** The totals; `parts` is read only to find an end that left. Undefined with no entries. */
  totals(parts: () => readonly MembershipPart[]): Totals | undefined {
    if (this.entryCount === 0) return undefined;
    const firstDate = this.first.get(() => parts().map((part) => part.firstDate))!;
    const lastDate = this.last.get(() => parts().map((part) => part.lastDate))!;
    const latest = this.trajectory.get(() => parts().filter((part) => part.trajectory !== undefined));
    const trajectory: Membership['trajectory'] = latest?.trajectory;
    return { counts: Object.freeze({ ...this.counts }), firstDate, lastDate, trajectory, entryCount: this.entryCount };
  }

  private step(part: MembershipPart, sign: 1 | -1): void {
    this.counts.engagement += sign * part.counts.engagement;
    this.counts.imagination += sign * part.counts.imagination;
    this.counts.alignment += sign * part.counts.alignment;
    this.entryCount += sign * part.facts.length;
  }
}

/** How many crossings, and their first and last dates. */
export interface CrossingTotals {
  count: number;
  firstDate: string;
  lastDate: string;
}

/** One direction's crossing totals over its parts. */
export class DirectionTotals {
  private count = 0;
  private readonly first = new Greatest(earlierDate);
  private readonly last = new Greatest(laterDate);

  add(part: DirectionPart): void {
    this.count += part.crossings.length;
    this.first.add(part.crossings[0]!.date);
    this.last.add(part.crossings[part.crossings.length - 1]!.date);
  }

  remove(part: DirectionPart): void {
    this.count -= part.crossings.length;
    this.first.remove(part.crossings[0]!.date);
    this.last.remove(part.crossings[part.crossings.length - 1]!.date);
  }

  totals(parts: () => readonly DirectionPart[]): CrossingTotals | undefined {
    if (this.count === 0) return undefined;
    const firstDate = this.first.get(() => parts().map((part) => part.crossings[0]!.date))!;
    const lastDate = this.last.get(() => parts().map((part) => part.crossings[part.crossings.length - 1]!.date))!;
    return { count: this.count, firstDate, lastDate };
  }
}
