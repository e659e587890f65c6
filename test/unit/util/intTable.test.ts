import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { IntTable } from '../../../server/src/language/util/intTable';

describe('IntTable', () => {
  it('answers as a Map does, through growth, collisions and replaced values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 1 << 20, 2 << 20, 3 << 20)), fc.nat({ max: 1_000_000 })), { maxLength: 300 }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 20 }),
        (writes, probes) => {
          const table = new IntTable(1);
          const map = new Map<number, number>();
          for (const [key, value] of writes) {
            table.set(key, value);
            map.set(key, value);
          }
          assert.equal(table.size, map.size);
          for (const key of [...map.keys(), ...probes]) assert.equal(table.get(key), map.get(key) ?? -1);
        },
      ),
    );
  });

  it('takes a key as its 32-bit integer, in both directions', () => {
    const table = new IntTable();
    table.set(2 ** 31, 7);
    assert.equal(table.get(-(2 ** 31)), 7);
    assert.equal(table.get(2 ** 31), 7);
    table.set(2.5, 1);
    assert.equal(table.get(2), 1);
    assert.equal(table.size, 2);
  });

  it('says -1 for a key never stored, 0 included', () => {
    const table = new IntTable();
    assert.equal(table.get(0), -1);
    table.set(0, 0);
    assert.equal(table.get(0), 0);
    assert.equal(table.get(1), -1);
  });
});
