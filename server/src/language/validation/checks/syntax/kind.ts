import { ENTRY_KINDS } from '../../../syntax/ast';
import { didYouMean } from '../../../util/didYouMean';
import type { EntryCheck } from '../../types';
import { isEntryLike } from '../../../syntax/headerShape';
import { didYouMeanHint, isQuotable, lookalikeSpaceHint, replaceFix, report } from './problems';

const KIND_LIST = ENTRY_KINDS.join(', ');

/** `unknown-kind`: the word after the date (and time) is not one of the five kinds. */
export const unknownKind: EntryCheck = {
  rule: 'unknown-kind',
  checkEntry(entry, context) {
    const { kind } = entry;
    // A missing kind is a missing argument, reported by that rule.
    if (entry.kindValue !== undefined || kind.start === kind.end || !isEntryLike(entry)) return;
    const suggestions = didYouMean(kind.text, ENTRY_KINDS);
    const what = isQuotable(kind.text) ? `Unknown entry kind '${kind.text}'.` : 'Unknown entry kind.';
    report(
      context,
      'unknown-kind',
      kind,
      `${what}${didYouMeanHint(suggestions)}${lookalikeSpaceHint(kind.text)} An entry is one of: ${KIND_LIST}, written right after the date (and time).`,
      replaceFix(suggestions),
    );
  },
};
