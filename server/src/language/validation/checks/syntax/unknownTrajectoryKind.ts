import { TRAJECTORY_KINDS } from '../../../syntax/ast';
import { didYouMean } from '../../../util/didYouMean';
import type { EntryCheck } from '../../types';
import { isEntryLike, trajectoryKindWord } from '../../../syntax/headerShape';
import { didYouMeanHint, isQuotable, replaceFix, report } from './problems';

const TRAJECTORIES: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);
const TRAJECTORY_LIST = TRAJECTORY_KINDS.join(', ');

/** `unknown-trajectory-kind`: a trajectory's kind word is not one of the five trajectory kinds. */
export const unknownTrajectoryKind: EntryCheck = {
  rule: 'unknown-trajectory-kind',
  checkEntry(entry, context) {
    if (entry.kindValue !== 'trajectory' || !isEntryLike(entry)) return;
    const index = trajectoryKindWord(entry.args);
    if (index === -1) return;
    const word = entry.args[index]!;
    if (TRAJECTORIES.has(word.text)) return;
    const suggestions = didYouMean(word.text, TRAJECTORY_KINDS);
    const what = isQuotable(word.text) ? `Unknown trajectory kind '${word.text}'.` : 'Unknown trajectory kind.';
    report(
      context,
      'unknown-trajectory-kind',
      word,
      `${what}${didYouMeanHint(suggestions)} A trajectory is one of: ${TRAJECTORY_LIST}, written after its community.`,
      replaceFix(suggestions),
    );
  },
};
