import { strict as assert } from 'node:assert';
import { CrashStreak } from '../../../client/src/pure/crashStreak';

const MINUTE = 60_000;

describe('restarting a crashed language server', () => {
  it('restarts after a crash and says so once for a streak of crashes', () => {
    const streak = new CrashStreak(4, 3 * MINUTE);
    assert.deepEqual([0, 1, 2].map((minute) => streak.crashed(minute * MINUTE)), [
      { restart: true, announce: 'restarting' },
      { restart: true, announce: undefined },
      { restart: true, announce: undefined },
    ]);
  });

  it('starts a new streak, announced again, after a quiet spell', () => {
    const streak = new CrashStreak(4, 3 * MINUTE);
    streak.crashed(0);
    assert.deepEqual(streak.crashed(10 * MINUTE), { restart: true, announce: 'restarting' });
    assert.equal(streak.crashes, 1);
  });

  it('stops restarting after the limit, saying so once', () => {
    const streak = new CrashStreak(2, 3 * MINUTE);
    const decisions = [0, 1, 2, 3].map((second) => streak.crashed(second * 1000));
    assert.deepEqual(decisions.slice(2), [
      { restart: false, announce: 'stopped' },
      { restart: false, announce: undefined },
    ]);
  });

  it('forgets the streak when the server is restarted by hand', () => {
    const streak = new CrashStreak(1, 3 * MINUTE);
    streak.crashed(0);
    streak.reset();
    assert.deepEqual(streak.crashed(1000), { restart: true, announce: 'restarting' });
  });
});
