import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { partitionPoint } from '../../../server/src/language/util/search';

describe('partitionPoint', () => {
  it('finds where the items for which the test holds end', () => {
    assert.equal(partitionPoint([], () => true), 0);
    assert.equal(partitionPoint([1, 2, 3], (value) => value < 1), 0);
    assert.equal(partitionPoint([1, 2, 2, 3], (value) => value < 2), 1);
    assert.equal(partitionPoint([1, 2, 2, 3], (value) => value <= 2), 3);
    assert.equal(partitionPoint([1, 2, 3], (value) => value < 9), 3);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, bound) => {
        const sorted = [...values].sort((a, b) => a - b);
        const expected = sorted.findIndex((value) => value >= bound);
        assert.equal(partitionPoint(sorted, (value) => value < bound), expected === -1 ? sorted.length : expected);
      }),
    );
  });
});
