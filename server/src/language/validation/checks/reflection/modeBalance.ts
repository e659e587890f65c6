import { MODE_KINDS, type ModeKind, type Span } from '../../../syntax/ast';
import { formatDay } from '../../../syntax/dates';
import type { CheckContext, JournalCheck } from '../../types';
import { windowOf, type DayWindow } from './window';

/** How many moments of one mode make the absence of another worth a prompt. */
const RECURRING = 3;

/** A question per missing mode, to open reflection rather than to correct. */
const PROMPTS: Record<ModeKind, string> = {
  engagement:
    'When did you last do something together with others in one of your communities: work side by side, talk a problem through, help a colleague? If it happened, log it; if not, is that a choice?',
  imagination:
    'What would an imagination moment look like in this stretch: a story you tell about your practice, a picture of where it is heading, a sense of the wider community you belong to?',
  alignment:
    'Where did you coordinate your work with something larger: a plan, a method, an agreement between teams? Is it missing, or only not written down?',
};

/** The moments of one day: how many of each mode, and where the day's last entry of a known kind says so. */
interface DayTally {
  counts: Record<ModeKind, number>;
  /** The kind word of the day's last entry of a known kind, further down the journal than the others. */
  lastKind: Span;
}

interface Tally {
  counts: Record<ModeKind, number>;
  /** The kind word of the latest dated entry of a known kind in the window, where the prompt is shown. */
  latest: Span | undefined;
}

/** Adds up the days inside the window; the latest of them holds the latest entry. */
function tally(days: ReadonlyMap<number, DayTally>, window: DayWindow): Tally {
  const counts: Record<ModeKind, number> = { engagement: 0, imagination: 0, alignment: 0 };
  let latestDay = Number.NEGATIVE_INFINITY;
  let latest: Span | undefined;
  for (const [day, dayTally] of days) {
    if (day < window.first || day > window.last) continue;
    for (const mode of MODE_KINDS) counts[mode] += dayTally.counts[mode];
    if (day > latestDay) {
      latestDay = day;
      latest = dayTally.lastKind;
    }
  }
  return { counts, latest };
}

function spanText(window: DayWindow): string {
  const until = formatDay(window.last);
  return window.days > 0 ? `in the ${window.days} days up to ${until}` : `in this journal up to ${until}`;
}

function report(context: CheckContext, missing: ModeKind, tallied: Tally, window: DayWindow): void {
  const latest = tallied.latest!;
  const others = MODE_KINDS.filter((mode) => mode !== missing)
    .map((mode) => `${mode} ${tallied.counts[mode]}`)
    .join(', ');
  context.report({
    rule: 'mode-balance',
    start: latest.start,
    end: latest.end,
    message: `No ${missing} moments ${spanText(window)} (${others}). ${PROMPTS[missing]}`,
  });
}

/**
 * `mode-balance`: over the window ending at the journal's reference day, a mode of belonging
 * with no moment while another has several. Reported once per missing mode, on the latest
 * entry of the window. The window is only known once the journal's latest date is, so the
 * pass tallies per day and adds up the window's days at the end.
 */
export const modeBalance: JournalCheck = {
  rule: 'mode-balance',
  begin(context) {
    const days = new Map<number, DayTally>();
    return {
      entry(entry) {
        const day = entry.day;
        const kind = entry.kindValue;
        if (day === undefined || kind === undefined) return;
        let dayTally = days.get(day);
        if (!dayTally) days.set(day, (dayTally = { counts: { engagement: 0, imagination: 0, alignment: 0 }, lastKind: entry.kind }));
        if (kind === 'engagement' || kind === 'imagination' || kind === 'alignment') dayTally.counts[kind]++;
        dayTally.lastKind = entry.kind;
      },
      finish(journal) {
        const window = windowOf(context, 'mode-balance', journal);
        if (!window) return;
        const tallied = tally(days, window);
        const { counts } = tallied;
        if (!tallied.latest || Math.max(counts.engagement, counts.imagination, counts.alignment) < RECURRING) return;
        for (const mode of MODE_KINDS) if (counts[mode] === 0) report(context, mode, tallied, window);
      },
    };
  },
};
