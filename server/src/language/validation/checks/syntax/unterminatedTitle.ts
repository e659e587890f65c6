import type { EntryCheck } from '../../types';
import { isEntryLike } from '../../../syntax/headerShape';
import { report } from './problems';

/** `unterminated-title`: a title opened with `"` and never closed on its line. */
export const unterminatedTitle: EntryCheck = {
  rule: 'unterminated-title',
  checkEntry(entry, context) {
    const { title } = entry;
    if (title === undefined || title.closed || !isEntryLike(entry)) return;
    report(
      context,
      'unterminated-title',
      title,
      'The title has no closing double quote, and a title cannot run onto the next line. Add \'"\' at the end of the title.',
      // Right after the last non-blank character, so trailing blanks stay outside the title.
      { fix: 'insert', offset: title.end, text: '"' },
    );
  },
};
