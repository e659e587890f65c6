import { parseDay } from '../syntax/dates';
import { isWholeRange, type DateRange } from './dateRange';
import { partitionPoint } from '../util/search';

/** The first and last day (days since 1970-01-01) of a part's date-ordered list. */
export interface DaySpan<P> {
  first(part: P): number;
  last(part: P): number;
}

/** Past this many changes to the ordered copy, sorting it again is cheaper than keeping it up to date. */
const EDIT_LIMIT = 64;

/**
 * One list's parts (one per journal), found by date: a date filter visits only the parts whose
 * dates meet its range, by binary search in a copy ordered by first day, rather than every
 * part. The copy is made on the first filtered query and kept up to date after that.
 */
export class DatedParts<P> {
  private readonly parts: P[] = [];
  private ordered: P[] | undefined;
  /** No part spans more days than this (it may be larger than needed after removals). */
  private maxSpan = 0;
  private edits = 0;

  constructor(private readonly span: DaySpan<P>) {}

  get size(): number {
    return this.parts.length;
  }

  /** Every part, in no particular order; the list is the holder's own, to read only. */
  all(): readonly P[] {
    return this.parts;
  }

  add(part: P): void {
    this.parts.push(part);
    if (this.ordered === undefined) return;
    if (++this.edits > EDIT_LIMIT) {
      this.ordered = undefined;
      return;
    }
    const first = this.span.first(part);
    this.ordered.splice(this.firstStartingFrom(first), 0, part);
    this.maxSpan = Math.max(this.maxSpan, this.span.last(part) - first);
  }

  /** Removes the part; false when it is not here. */
  remove(part: P): boolean {
    const at = this.parts.indexOf(part);
    if (at === -1) return false;
    this.parts[at] = this.parts[this.parts.length - 1]!;
    this.parts.pop();
    if (this.ordered === undefined) return true;
    if (++this.edits > EDIT_LIMIT) {
      this.ordered = undefined;
      return true;
    }
    const ordered = this.ordered;
    for (let index = this.firstStartingFrom(this.span.first(part)); index < ordered.length; index++) {
      if (ordered[index] !== part) continue;
      ordered.splice(index, 1);
      break;
    }
    return true;
  }

  /** The parts whose dates meet the range (every part, for an open range). */
  meeting(range: DateRange): readonly P[] {
    if (isWholeRange(range)) return this.all();
    const ordered = this.orderedParts();
    const from = range.from === undefined ? Number.NEGATIVE_INFINITY : (parseDay(range.from) ?? Number.NEGATIVE_INFINITY);
    const to = range.to === undefined ? Number.POSITIVE_INFINITY : (parseDay(range.to) ?? Number.POSITIVE_INFINITY);
    const found: P[] = [];
    // A part starting more than `maxSpan` days before `from` ends before it.
    const end = this.firstStartingFrom(to + 1);
    for (let index = this.firstStartingFrom(from - this.maxSpan); index < end; index++) {
      const part = ordered[index]!;
      if (this.span.last(part) >= from) found.push(part);
    }
    return found;
  }

  private orderedParts(): P[] {
    if (this.ordered === undefined) {
      const parts = this.parts;
      const starts = new Float64Array(parts.length);
      let maxSpan = 0;
      parts.forEach((part, at) => {
        starts[at] = this.span.first(part);
        maxSpan = Math.max(maxSpan, this.span.last(part) - starts[at]!);
      });
      this.ordered = byStart(parts, starts);
      this.maxSpan = maxSpan;
      this.edits = 0;
    }
    return this.ordered;
  }

  /** The index of the first ordered part starting on or after `day`. */
  private firstStartingFrom(day: number): number {
    return partitionPoint(this.ordered!, (part) => this.span.first(part) < day);
  }
}

/**
 * The parts ordered by their first day. Days are whole numbers within a few thousand of each
 * other, so a counting sort does it in linear time; a wider spread falls back to sorting.
 */
function byStart<P>(parts: readonly P[], starts: Float64Array): P[] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const day of starts) {
    low = Math.min(low, day);
    high = Math.max(high, day);
  }
  if (parts.length === 0 || high - low > 4 * parts.length + 4096) {
    const order = parts.map((_, at) => at).sort((a, b) => starts[a]! - starts[b]!);
    return order.map((at) => parts[at]!);
  }
  const slots = new Int32Array(high - low + 2);
  for (const day of starts) slots[day - low + 1]!++;
  for (let at = 1; at < slots.length; at++) slots[at]! += slots[at - 1]!;
  const ordered = new Array<P>(parts.length);
  for (let at = 0; at < parts.length; at++) ordered[slots[starts[at]! - low]!++] = parts[at]!;
  return ordered;
}

/** The span of a part whose facts are ordered by date. */
export const FACT_SPAN: DaySpan<{ readonly facts: readonly { readonly day: number }[] }> = {
  first: (part) => part.facts[0]!.day,
  last: (part) => part.facts[part.facts.length - 1]!.day,
};

/** The span of a part whose crossings are ordered by date. */
export const CROSSING_SPAN: DaySpan<{ readonly crossings: readonly { readonly day: number }[] }> = {
  first: (part) => part.crossings[0]!.day,
  last: (part) => part.crossings[part.crossings.length - 1]!.day,
};
