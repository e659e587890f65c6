import { partitionPoint } from '../util/search';

/** An inclusive date range; a missing bound is open. Dates compare as `YYYY-MM-DD` strings. */
export interface DateRange {
  from: string | undefined;
  to: string | undefined;
}

/** True when the range is open at both ends. */
export function isWholeRange(range: DateRange): boolean {
  return range.from === undefined && range.to === undefined;
}

/**
 * In a list ordered by date, the first index whose date is not before `date`, or, with
 * `after`, the first whose date is after it: `[boundary(from), boundary(to, after))` is the range.
 */
export function dateBoundary(ordered: readonly { readonly date: string }[], date: string, after: boolean): number {
  return boundaryBy(ordered, date, after, (item) => item.date);
}

/**
 * The part `[start, end)` of a list ordered by date that lies in the range: no search when the
 * whole list does, a binary search at each end that cuts into it.
 */
export function spanInRange<T>(ordered: readonly T[], range: DateRange, dateOf: (item: T) => string): [number, number] {
  const last = ordered.length - 1;
  if (last < 0) return [0, 0];
  const start = range.from === undefined || dateOf(ordered[0]!) >= range.from ? 0 : boundaryBy(ordered, range.from, false, dateOf);
  const end = range.to === undefined || dateOf(ordered[last]!) <= range.to ? last + 1 : boundaryBy(ordered, range.to, true, dateOf);
  return [start, Math.max(start, end)];
}

function boundaryBy<T>(ordered: readonly T[], date: string, after: boolean, dateOf: (item: T) => string): number {
  return partitionPoint(ordered, (item) => {
    const current = dateOf(item);
    return current < date || (after && current === date);
  });
}
