/**
 * What to do when the language server's process ends unexpectedly: restart it, and tell the
 * user once per streak of crashes (crashes less than `windowMs` apart), not once per crash.
 * After `limit` restarts in one streak the server is left stopped, and the user told so.
 */

export interface CrashDecision {
  readonly restart: boolean;
  /** What to tell the user now, if anything: the first crash of a streak, or giving up. */
  readonly announce: 'restarting' | 'stopped' | undefined;
}

export class CrashStreak {
  private last: number | undefined;
  private count = 0;

  constructor(
    private readonly limit = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` (milliseconds) and decides what follows. */
  crashed(now: number): CrashDecision {
    const sameStreak = this.last !== undefined && now - this.last <= this.windowMs;
    this.last = now;
    this.count = sameStreak ? this.count + 1 : 1;
    if (this.count > this.limit) return { restart: false, announce: this.count === this.limit + 1 ? 'stopped' : undefined };
    return { restart: true, announce: this.count === 1 ? 'restarting' : undefined };
  }

  /** Forgets the streak (the user restarted the server by hand). */
  reset(): void {
    this.last = undefined;
    this.count = 0;
  }

  /** How many crashes the current streak has had. */
  get crashes(): number {
    return this.count;
  }
}
