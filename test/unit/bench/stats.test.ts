import { strict as assert } from 'node:assert';
import { rateOf, repeatWithin, summarize, timeEach } from '../../../bench/stats';

describe('bench stats', () => {
  it('takes the middle sample as the median of an odd count, the mean of the two middle ones of an even count', () => {
    assert.equal(summarize([5, 1, 3]).median, 3);
    assert.equal(summarize([4, 1, 3, 2]).median, 2.5);
  });

  it('takes the nearest-rank 95th percentile, which is the slowest sample below 20 samples', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => index + 1);
    assert.equal(summarize(twenty).p95, 19);
    assert.equal(summarize([3, 9, 4]).p95, 9);
    assert.deepEqual(summarize([2, 8, 5]), { n: 3, median: 5, p95: 8, min: 2, max: 8 });
  });

  it('refuses to summarise nothing', () => {
    assert.throws(() => summarize([]), /no samples/);
  });

  it('turns times into rates, the p95 time giving the slow rate', () => {
    assert.deepEqual(rateOf(50, summarize([1000, 2000, 2500])), { median: 25, p95: 20 });
  });

  it('repeats up to the count when the budget allows', async () => {
    const seen: number[] = [];
    assert.equal(await repeatWithin(5, 60_000, async (sample) => void seen.push(sample)), 5);
    assert.deepEqual(seen, [0, 1, 2, 3, 4]);
  });

  it('stops once the budget is spent, but never before the minimum', async () => {
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 15));
    assert.equal(await repeatWithin(100, 0, slow), 3);
    assert.equal(await repeatWithin(100, 0, slow, 1), 1);
  });

  it('times each repetition', async () => {
    const samples = await timeEach(3, 60_000, () => new Promise((resolve) => setTimeout(resolve, 10)));
    assert.equal(samples.length, 3);
    assert.ok(samples.every((sample) => sample >= 9), samples.join(', '));
  });
});
