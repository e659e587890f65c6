import { strict as assert } from 'node:assert';
import { addDays, localIsoDate, monthKey, monthRange, monthTitle } from '../../../client/src/pure/dates';

describe('calendar dates', () => {
  it("writes a moment as the writer's local date", () => {
    assert.equal(localIsoDate(new Date(2026, 10, 21, 0, 30)), '2026-11-21');
    assert.equal(localIsoDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });

  it('adds and subtracts days across months, years and leap days', () => {
    assert.equal(addDays('2026-11-21', -29), '2026-10-23');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  it('gives the first and last day of a month', () => {
    assert.deepEqual(monthRange('2026-11-21'), { from: '2026-11-01', to: '2026-11-30' });
    assert.deepEqual(monthRange('2028-02-10'), { from: '2028-02-01', to: '2028-02-29' });
    assert.deepEqual(monthRange('2026-12-31'), { from: '2026-12-01', to: '2026-12-31' });
  });

  it("names a date's month", () => {
    assert.equal(monthKey('2026-11-21'), '2026-11');
    assert.equal(monthTitle('2026-11-21'), 'November 2026');
    assert.equal(monthTitle('2027-01-01'), 'January 2027');
  });
});
