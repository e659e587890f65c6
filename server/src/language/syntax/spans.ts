import type { Entry, Span } from './ast';

/** Index of the last span starting at or before `offset`, or -1. Spans must be sorted by start. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Index of the first span starting at or after `offset` (the length when none). Spans must be sorted by start. */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The entry whose span (header to last body line, inclusive of its end) holds `offset`. */
export function entryContaining(entries: readonly Entry[], offset: number): Entry | undefined {
  const entry = entries[lastStartingAtOrBefore(entries, offset)];
  return entry !== undefined && offset <= entry.end ? entry : undefined;
}
