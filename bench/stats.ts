/** Summaries of repeated measurements: the median and the 95th percentile, with the spread. */

export interface Summary {
  /** How many samples. */
  n: number;
  median: number;
  /** Nearest-rank 95th percentile: with fewer than 20 samples, the largest. */
  p95: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { n: sorted.length, median, p95: rank(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** A rate (e.g. MB/s) from a summary of times: the median time gives the median rate, the p95 time the p95 (slow) rate. */
export function rateOf(amount: number, timesMs: Summary): { median: number; p95: number } {
  return { median: amount / (timesMs.median / 1000), p95: amount / (timesMs.p95 / 1000) };
}

/** Milliseconds since `started` (a `performance.now()` reading). */
export function since(started: number): number {
  return performance.now() - started;
}

/**
 * Runs `body` for samples 0…count-1, stopping early once `budgetMs` has passed (but never
 * before `minimum` samples), so a pathologically slow measurement cannot stall the whole run;
 * the report shows how many samples each figure rests on.
 */
export async function repeatWithin(count: number, budgetMs: number, body: (sample: number) => Promise<void>, minimum = 3): Promise<number> {
  const started = performance.now();
  let done = 0;
  while (done < count && (done < minimum || performance.now() - started < budgetMs)) await body(done++);
  return done;
}

/** Times `work` `count` times (within the budget), one sample each. */
export async function timeEach(count: number, budgetMs: number, work: (sample: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  await repeatWithin(count, budgetMs, async (sample) => {
    const started = performance.now();
    await work(sample);
    samples.push(performance.now() - started);
  });
  return samples;
}
