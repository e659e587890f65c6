import type { Entry } from '../../../syntax/ast';
import { isValidTime } from '../../../syntax/dates';
import type { JournalCheck } from '../../types';

/** Minutes since midnight; an entry without a (valid) time sorts at the start of its day. */
function minuteOf(entry: Entry): number {
  const time = entry.time;
  if (time === undefined || !isValidTime(time.text)) return 0;
  const text = time.text;
  const hours = (text.charCodeAt(0) - 48) * 10 + text.charCodeAt(1) - 48;
  const minutes = (text.charCodeAt(3) - 48) * 10 + text.charCodeAt(4) - 48;
  return hours * 60 + minutes;
}

/** The date, and the time when it is valid, as a message shows them. */
function when(entry: Entry): string {
  const time = entry.time;
  return time !== undefined && isValidTime(time.text) ? `${entry.date.text} ${time.text}` : entry.date.text;
}

/**
 * `chronological-order`: an entry dated before the entry above it in the same section (the run
 * of entries between two headings). Entries without a real date are skipped.
 */
export const chronologicalOrder: JournalCheck = {
  rule: 'chronological-order',
  begin(context) {
    const { headings } = context.syntax;
    let heading = 0;
    let previous: Entry | undefined;
    let previousDay = 0;
    let previousMinute = 0;
    return {
      entry(entry) {
        // A heading between two entries starts a new section, with an order of its own.
        while (heading < headings.length && headings[heading]!.start < entry.start) {
          heading++;
          previous = undefined;
        }
        const day = entry.day;
        if (day === undefined) return;
        const minute = minuteOf(entry);
        if (previous !== undefined && (day < previousDay || (day === previousDay && minute < previousMinute))) {
          context.report({
            rule: 'chronological-order',
            start: entry.date.start,
            end: entry.date.end,
            message: `This entry (${when(entry)}) is dated before the entry above it (${when(previous)}, line ${previous.line + 1}). Entries run oldest first: move it up, or sort the entries by date.`,
            data: { fix: 'sort-entries' },
          });
        }
        previous = entry;
        previousDay = day;
        previousMinute = minute;
      },
    };
  },
};
