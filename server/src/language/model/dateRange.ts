/** An inclusive date range; a missing bound is open. Dates compare as `YYYY-MM-DD` strings. */
export interface DateRange {
  from: string | undefined;
  to: string | undefined;
}

/**
 * In a list ordered by date, the first index whose date is not before `date`, or, with
 * `after`, the first whose date is after it: `[boundary(from), boundary(to, after))` is the range.
 */
export function dateBoundary(ordered: readonly { readonly date: string }[], date: string, after: boolean): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const current = ordered[middle]!.date;
    if (current < date || (after && current === date)) low = middle + 1;
    else high = middle;
  }
  return low;
}
