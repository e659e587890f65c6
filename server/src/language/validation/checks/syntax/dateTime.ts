import { isValidTime } from '../../../syntax/dates';
import type { EntryCheck } from '../../types';
import { hasDateShape } from '../../../syntax/headerShape';
import { isQuotable, lookalikeSpaceHint, report } from './problems';

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
/** A date followed by something that neither continues a number nor is a blank. */
const GLUED_DATE = /^\d{4}-\d{2}-\d{2}[^\d-]/;

function invalidDateMessage(date: string): string {
  if (DATE_FORM.test(date)) {
    return `'${date}' is not a real calendar date: the month must be 01 to 12 and the day must exist in that month. Correct the date.`;
  }
  const space = lookalikeSpaceHint(date);
  // `2026-11-20T09:30`, or a date glued to the kind: the date is there, the blank after it is not.
  if (GLUED_DATE.test(date)) {
    const advice = space !== '' ? space : ' Put a space after the date; a time follows it as HH:MM, e.g. 2026-11-20 09:30.';
    return `An entry header starts with its date alone, followed by a space or a tab, but this first word goes on after the date.${advice}`;
  }
  if (space !== '') return `A line at column 0 that starts with a digit is read as an entry header, but its first word is not a date alone.${space}`;
  if (hasDateShape(date)) {
    return `An entry date is written YYYY-MM-DD, with a four-digit year and two-digit month and day, e.g. 2026-11-20. Rewrite this date in that form.`;
  }
  return 'A line at column 0 that starts with a digit is read as an entry header, but this one does not start with a YYYY-MM-DD date. Write the date as e.g. 2026-11-20, or indent the line if it belongs to the entry above.';
}

/** `invalid-date`: the header's first word is not a real `YYYY-MM-DD` date. */
export const invalidDate: EntryCheck = {
  rule: 'invalid-date',
  checkEntry(entry, context) {
    if (entry.day !== undefined) return;
    report(context, 'invalid-date', entry.date, invalidDateMessage(entry.date.text));
  },
};

/** `invalid-time`: the word after the date starts with a digit but is not a 24-hour `HH:MM`. */
export const invalidTime: EntryCheck = {
  rule: 'invalid-time',
  checkEntry(entry, context) {
    const { time } = entry;
    if (time === undefined || isValidTime(time.text)) return;
    const what = isQuotable(time.text) ? `'${time.text}' is not` : 'This is not';
    report(
      context,
      'invalid-time',
      time,
      `${what} a 24-hour time. Write it as HH:MM with two digits each, from 00:00 to 23:59, e.g. 09:30.`,
    );
  },
};
