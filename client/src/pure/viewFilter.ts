/**
 * What the tree views are narrowed to: one person and/or a recent period. Both views share
 * one filter, so the crossings shown are always those of the people and days in the other.
 */
import type { ModelParams } from '../../../server/src/protocol';
import { addDays } from './dates';

/** The periods offered by the "Filter by period" action. */
export const PERIODS = [
  { id: 'last30', label: 'Last 30 days', days: 30 },
  { id: 'last90', label: 'Last 90 days', days: 90 },
  { id: 'last365', label: 'Last 365 days', days: 365 },
  { id: 'all', label: 'All time', days: undefined },
] as const;

export type PeriodId = (typeof PERIODS)[number]['id'];

/** The views' filter; `person` is an id without `@`, undefined for everyone. */
export interface ViewFilterState {
  readonly person: string | undefined;
  readonly period: PeriodId;
}

export const NO_FILTER: ViewFilterState = { person: undefined, period: 'all' };

export function isPeriodId(value: unknown): value is PeriodId {
  return PERIODS.some((period) => period.id === value);
}

/**
 * The model request for a filter. A period of N days ends today and holds N days; it sets no
 * upper bound, so an entry dated after today (a mistake the linter reports) stays visible.
 */
export function modelParamsOf(filter: ViewFilterState, today: string): ModelParams {
  const params: ModelParams = {};
  if (filter.person !== undefined) params.person = filter.person;
  const days = PERIODS.find((period) => period.id === filter.period)?.days;
  if (days !== undefined) params.from = addDays(today, -(days - 1));
  return params;
}

/** A short description of an active filter (shown beside the views' titles), or undefined for none. */
export function filterSummary(filter: ViewFilterState): string | undefined {
  const parts: string[] = [];
  if (filter.person !== undefined) parts.push(`@${filter.person}`);
  if (filter.period !== 'all') parts.push(PERIODS.find((period) => period.id === filter.period)!.label.toLowerCase());
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Reads a filter saved in the workspace state, keeping only what is still well-formed. */
export function restoreFilter(saved: unknown): ViewFilterState {
  if (saved === null || typeof saved !== 'object') return NO_FILTER;
  const { person, period } = saved as Record<string, unknown>;
  return {
    person: typeof person === 'string' && person !== '' ? person : undefined,
    period: isPeriodId(period) ? period : 'all',
  };
}
