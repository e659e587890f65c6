/** What the model and its pages are asked for: a filter, and which part of which long list. */
import type { Page } from './types';

/** Narrows the model to one person and/or a date range (inclusive `YYYY-MM-DD`). */
export interface ModelFilter {
  person?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Which part of a list: `limit` items from `offset` on. */
export interface PageRequest {
  offset?: number | undefined;
  limit?: number | undefined;
}

/** How many items a page holds when the request does not say. */
export const DEFAULT_PAGE_SIZE = 500;

/** A page of one membership's entries; `person` is the member, the range narrows the entries. */
export interface MembershipEntriesQuery extends ModelFilter, PageRequest {
  person: string;
  community: string;
}

/** A page of one direction's crossings under the filter (for a person, those they brokered). */
export interface DirectionCrossingsQuery extends ModelFilter, PageRequest {
  direction: { from: string; to: string };
}

/** The entry whose header is nearest at or above `line` (zero-based) in the journal `uri`, under the filter. */
export interface EntryQuery extends ModelFilter {
  uri: string;
  line: number;
}

/** A whole number from 0 on; anything else gives the fallback. */
function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** The requested part of `list[start, end)` (a filter's span of an ordered list), each item shown through `show`. */
export function pageOf<T, R>(list: readonly T[], [start, end]: readonly [number, number], request: PageRequest, show: (item: T) => R): Page<R> {
  const total = end - start;
  const offset = Math.min(count(request.offset, 0), total);
  const stop = Math.min(total, offset + count(request.limit, DEFAULT_PAGE_SIZE));
  const items: R[] = [];
  for (let at = offset; at < stop; at++) items.push(show(list[start + at]!));
  return { items, offset, total };
}
