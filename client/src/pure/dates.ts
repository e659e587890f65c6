/**
 * Calendar dates as the journal writes them (`YYYY-MM-DD`). "Today" is the writer's local
 * date: an entry written at 00:30 belongs to the day on the writer's wall calendar.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MS_PER_DAY = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The local calendar date of a moment, as `YYYY-MM-DD`. */
export function localIsoDate(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** The date `days` days after (or, when negative, before) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parts(isoDate);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The month of a date, as `YYYY-MM` (a journal's usual file name). */
export function monthKey(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The first and last day of the month a date falls in, inclusive. */
export function monthRange(isoDate: string): { from: string; to: string } {
  const { year, month } = parts(isoDate);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${monthKey(isoDate)}-01`, to: `${monthKey(isoDate)}-${pad(lastDay)}` };
}

/** The month's name and year, e.g. "November 2026". */
export function monthTitle(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${MONTH_NAMES[month - 1] ?? ''} ${pad(year, 4)}`;
}
