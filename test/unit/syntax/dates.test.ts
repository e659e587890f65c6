import { strict as assert } from 'node:assert';
import { formatDay, isValidTime, parseDay, weekdayOf } from '../../../server/src/language/syntax/dates';

describe('dates', () => {
  it('counts days from 1970-01-01', () => {
    assert.equal(parseDay('1970-01-01'), 0);
    assert.equal(parseDay('2026-11-21'), Date.UTC(2026, 10, 21) / 86_400_000);
  });

  it('orders the years 1 to 99 before the year 100', () => {
    assert.ok(parseDay('0099-12-31')! < parseDay('0100-01-01')!);
    assert.equal(parseDay('0100-01-01')! - parseDay('0099-12-31')!, 1);
  });

  it('round-trips every day through formatDay, early years included', () => {
    for (const date of ['0001-01-01', '0099-03-01', '1900-02-28', '2000-02-29', '2026-11-21', '9999-12-31']) {
      assert.equal(formatDay(parseDay(date)!), date);
    }
  });

  it('rejects impossible dates and malformed ones', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01', '2026-1-01', '20261101xx']) {
      assert.equal(parseDay(date), undefined, date);
    }
  });

  it('accepts 24-hour times only', () => {
    assert.deepEqual(['00:00', '23:59', '24:00', '9:30', '12:60'].map(isValidTime), [true, true, false, false, false]);
  });

  it('names the weekday', () => {
    assert.equal(weekdayOf(parseDay('2026-11-21')!), 'Saturday');
  });
});
