import type { JournalCheck } from '../../types';
import { report } from './problems';

const MESSAGE =
  "This line belongs to no entry. Indent it under an entry to make it part of that entry, start it with a YYYY-MM-DD date to begin a new entry, start it with ';' to make it a comment, or with '#' to make it a heading.";

/** `stray-text`: lines that belong to no entry (before the first one, or after a heading or comment). */
export const strayText: JournalCheck = {
  rule: 'stray-text',
  begin(context) {
    return {
      // Stray lines are read with the entries; only at the end are they all known.
      finish() {
        const { strays } = context.syntax;
        for (let index = 0; index < strays.length; index++) report(context, 'stray-text', strays[index]!, MESSAGE);
      },
    };
  },
};
