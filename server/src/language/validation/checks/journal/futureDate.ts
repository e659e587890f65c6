import { formatDay } from '../../../syntax/dates';
import type { EntryCheck } from '../../types';

/** `future-date`: an entry dated after today. */
export const futureDate: EntryCheck = {
  rule: 'future-date',
  checkEntry(entry, context) {
    const day = entry.day;
    if (day === undefined || day <= context.today) return;
    context.report({
      rule: 'future-date',
      start: entry.date.start,
      end: entry.date.end,
      message: `This entry is dated ${entry.date.text}, after today (${formatDay(context.today)}). A journal records what has happened: correct the date, or write plans in the reflection of today's entry.`,
    });
  },
};
