/** Waiting for a condition by polling it, never by sleeping a fixed time. */

export interface PollOptions {
  /** Give up after this long. */
  timeoutMs?: number;
  /** What the failure says was awaited. */
  what?: string;
}

/**
 * Resolves with the first truthy value `probe` returns, checking every few milliseconds;
 * rejects once the timeout passes.
 */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what ?? 'a condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
