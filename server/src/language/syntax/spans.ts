import { partitionPoint } from '../util/search';
import type { Entry, Span } from './ast';

/** Index of the last span starting at or before `offset`, or -1. Spans must be sorted by start. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans, (span) => span.start <= offset) - 1;
}

/** Index of the first span starting at or after `offset` (the length when none). Spans must be sorted by start. */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans, (span) => span.start < offset);
}

/** The entry whose span (header to last body line, inclusive of its end) holds `offset`. */
export function entryContaining<T extends Span = Entry>(entries: readonly T[], offset: number): T | undefined {
  const entry = entries[lastStartingAtOrBefore(entries, offset)];
  return entry !== undefined && offset <= entry.end ? entry : undefined;
}
