import type { Entry, Span } from '../../../syntax/ast';
import type { RuleId } from '../../../rules';
import type { CheckContext, JournalPass, SeenJournal } from '../../types';

/**
 * The journal's "now": the latest valid entry date, but never after today, so an old journal
 * is judged as of when it was written and a mistyped future date does not move the window.
 * Undefined when no entry has a valid date.
 */
export function referenceDay(journal: SeenJournal, today: number): number | undefined {
  return journal.latestDay === undefined ? undefined : Math.min(journal.latestDay, today);
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
export function windowOf(context: CheckContext, rule: RuleId, journal: SeenJournal): DayWindow | undefined {
  const last = referenceDay(journal, context.today);
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
  return {
    entry(entry) {
      const kindValue = entry.kindValue;
      if (kindValue === undefined || !wants(entry)) return;
      candidates.push({ kind: { start: entry.kind.start, end: entry.kind.end }, kindValue, day: entry.day });
    },
    finish(journal) {
      if (context.windowDays(rule) <= 0) {
        for (const candidate of candidates) prompt(candidate);
        return;
      }
      const window = windowOf(context, rule, journal);
      if (!window) return;
      for (const candidate of candidates) {
        const day = candidate.day;
        if (day !== undefined && day >= window.first && day <= window.last) prompt(candidate);
      }
    },
  };
}
