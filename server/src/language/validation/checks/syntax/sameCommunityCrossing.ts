import type { EntryCheck } from '../../types';
import { crossingFrom, crossingTo, isEntryLike } from '../../../syntax/headerShape';
import { report } from './problems';

/** `same-community-crossing`: a crossing from a community to itself. */
export const sameCommunityCrossing: EntryCheck = {
  rule: 'same-community-crossing',
  checkEntry(entry, context) {
    if (entry.kindValue !== 'crossing' || !isEntryLike(entry)) return;
    const from = crossingFrom(entry.args);
    const to = crossingTo(entry.args);
    if (from === -1 || to === -1) return;
    const source = entry.args[from]!;
    const target = entry.args[to]!;
    if (source.text !== target.text) return;
    report(
      context,
      'same-community-crossing',
      { start: source.start, end: target.end },
      `This crossing goes from '${source.text}' to itself, but a crossing joins two different communities. Name the community on the other side of the boundary, or log the moment as an engagement in '${source.text}'.`,
    );
  },
};
