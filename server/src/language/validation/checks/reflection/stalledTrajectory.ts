import { TRAJECTORY_KINDS, type Entry, type Token } from '../../../syntax/ast';
import { formatDay } from '../../../syntax/dates';
import type { CheckContext, JournalCheck } from '../../types';
import { windowOf } from './window';
import { firstCommunity, trajectoryKindWord } from '../../../syntax/headerShape';

const TRAJECTORY_WORDS: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);

/** The latest readable trajectory of one community. */
interface Latest {
  day: number;
  kind: Token;
}

/** The community and kind words of a trajectory header, read as the checks and the model read them. */
function trajectoryOf(entry: Entry): { community: string; kind: Token } | undefined {
  const communityIndex = firstCommunity(entry.args);
  const kindIndex = trajectoryKindWord(entry.args);
  if (communityIndex === -1 || kindIndex === -1) return undefined;
  const kind = entry.args[kindIndex]!;
  if (!TRAJECTORY_WORDS.has(kind.text)) return undefined;
  return { community: entry.args[communityIndex]!.reference!.name, kind };
}

/** Each community's latest trajectory and latest engagement date, updated with one entry. */
function survey(entry: Entry, trajectories: Map<string, Latest>, engagements: Map<string, number>): void {
  const day = entry.day;
  if (day === undefined) return;
  if (entry.kindValue === 'trajectory') {
    const trajectory = trajectoryOf(entry);
    const known = trajectory && trajectories.get(trajectory.community);
    // On equal dates the trajectory further down the journal is the latest.
    if (trajectory && (!known || day >= known.day)) trajectories.set(trajectory.community, { day, kind: trajectory.kind });
  } else if (entry.kindValue === 'engagement') {
    for (const argument of entry.args) {
      const reference = argument.reference;
      if (reference?.sigil !== '+') continue;
      const last = engagements.get(reference.name);
      if (last === undefined || day > last) engagements.set(reference.name, day);
    }
  }
}

function report(context: CheckContext, community: string, latest: Latest, waited: number): void {
  context.report({
    rule: 'stalled-trajectory',
    start: latest.kind.start,
    end: latest.kind.end,
    message:
      `Your inbound trajectory in '+${community}' has had no engagement there in the ${waited} days since ` +
      `${formatDay(latest.day)}. Is it still the path you are on? Log the engagement that happened, or record a ` +
      'new trajectory if your direction has changed.',
  });
}

/**
 * `stalled-trajectory`: a community whose latest trajectory is `inbound`, with no engagement
 * in it dated after that trajectory, for at least the window's days up to the journal's
 * reference day. A window of 0 drops the age condition.
 */
export const stalledTrajectory: JournalCheck = {
  rule: 'stalled-trajectory',
  begin(context) {
    const trajectories = new Map<string, Latest>();
    const engagements = new Map<string, number>();
    return {
      entry: (entry) => survey(entry, trajectories, engagements),
      finish(journal) {
        const window = windowOf(context, 'stalled-trajectory', journal);
        if (!window) return;
        for (const [community, latest] of trajectories) {
          if (latest.kind.text !== 'inbound') continue;
          const engaged = engagements.get(community);
          if (engaged !== undefined && engaged > latest.day) continue;
          const waited = window.last - latest.day;
          if (waited >= 0 && waited >= window.days) report(context, community, latest, waited);
        }
      },
    };
  },
};
