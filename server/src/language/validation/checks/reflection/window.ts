import type { Entry, JournalSyntax } from '../../../syntax/ast';
import type { RuleId } from '../../../rules';
import type { CheckContext } from '../../types';

/**
 * The journal's "now": the latest valid entry date, but never after today, so an old journal
 * is judged as of when it was written and a mistyped future date does not move the window.
 * Undefined when no entry has a valid date.
 */
export function referenceDay(syntax: JournalSyntax, today: number): number | undefined {
  let latest: number | undefined;
  for (const entry of syntax.entries) {
    const day = entry.day;
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  return latest === undefined ? undefined : Math.min(latest, today);
}

/** The days a windowed rule looks at: `first`..`last` inclusive. */
export interface DayWindow {
  first: number;
  last: number;
  /** The rule's window in days; 0 when it has no limit. */
  days: number;
}

/**
 * The rule's window: its last `days` days up to the reference day. With 0 days there is no
 * lower limit. Undefined when the journal has no valid date to count from.
 */
export function windowOf(context: CheckContext, rule: RuleId): DayWindow | undefined {
  const last = referenceDay(context.syntax, context.today);
  if (last === undefined) return undefined;
  const days = context.windowDays(rule);
  return { first: days > 0 ? last - days + 1 : Number.NEGATIVE_INFINITY, last, days };
}

/**
 * The entries a per-entry reflective rule prompts on: every entry when its window is 0 (dated
 * or not), else the entries dated inside the window.
 */
export function forEachEntryInWindow(context: CheckContext, rule: RuleId, visit: (entry: Entry) => void): void {
  const entries = context.syntax.entries;
  if (context.windowDays(rule) <= 0) {
    for (const entry of entries) visit(entry);
    return;
  }
  const window = windowOf(context, rule);
  if (!window) return;
  for (const entry of entries) {
    const day = entry.day;
    if (day !== undefined && day >= window.first && day <= window.last) visit(entry);
  }
}
