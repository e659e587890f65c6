import type { Entry, Span } from '../../../syntax/ast';
import type { RuleId } from '../../../rules';
import type { CheckContext, JournalPass } from '../../types';

/**
 * The journal's "now": the latest valid entry date, but never after today, so an old journal
 * is judged as of when it was written and a mistyped future date does not move the window.
 * Undefined when no entry has a valid date. `latest` is the latest entry date of the journal.
 */
export function referenceDay(latest: number | undefined, today: number): number | undefined {
  return latest === undefined ? undefined : Math.min(latest, today);
}

/** The later of a running latest day and an entry's day. */
export function laterDay(latest: number | undefined, entry: Entry): number | undefined {
  const day = entry.day;
  return day !== undefined && (latest === undefined || day > latest) ? day : latest;
}

/** The days a windowed rule looks at: `first`..`last` inclusive. */
export interface DayWindow {
  first: number;
  last: number;
  /** The rule's window in days; 0 when it has no limit. */
  days: number;
}

/**
 * The rule's window: its last `days` days up to the reference day, given the journal's latest
 * entry date. With 0 days there is no lower limit. Undefined when the journal has no valid date
 * to count from.
 */
export function windowOf(context: CheckContext, rule: RuleId, latest: number | undefined): DayWindow | undefined {
  const last = referenceDay(latest, context.today);
  if (last === undefined) return undefined;
  const days = context.windowDays(rule);
  return { first: days > 0 ? last - days + 1 : Number.NEGATIVE_INFINITY, last, days };
}

/** What a prompting rule keeps of an entry it may prompt on. */
export interface PromptCandidate {
  kind: Span;
  kindValue: NonNullable<Entry['kindValue']>;
  day: number | undefined;
}

/**
 * A pass for a reflective rule that prompts on single entries: `wants` picks the entries that
 * lack something, and once the journal's latest date is known, the ones to prompt on are those
 * inside the rule's window: every picked entry when its window is 0 (dated or not), else the
 * ones dated inside it. `prompt` reports on each, in document order.
 */
export function promptInWindow(
  context: CheckContext,
  rule: RuleId,
  wants: (entry: Entry) => boolean,
  prompt: (candidate: PromptCandidate) => void,
): JournalPass {
  const candidates: PromptCandidate[] = [];
  let latest: number | undefined;
  return {
    entry(entry) {
      latest = laterDay(latest, entry);
      const kindValue = entry.kindValue;
      if (kindValue === undefined || !wants(entry)) return;
      candidates.push({ kind: { start: entry.kind.start, end: entry.kind.end }, kindValue, day: entry.day });
    },
    finish() {
      if (context.windowDays(rule) <= 0) {
        for (const candidate of candidates) prompt(candidate);
        return;
      }
      const window = windowOf(context, rule, latest);
      if (!window) return;
      for (const candidate of candidates) {
        const day = candidate.day;
        if (day !== undefined && day >= window.first && day <= window.last) prompt(candidate);
      }
    },
  };
}
