import { strict as assert } from 'node:assert';
import { journal, workspace } from '../../support/journal';

describe('model: the ends of a crossing', () => {
  it('reads from and to around the arrow, as the checks do', () => {
    const service = workspace(journal`
      ---
      author: maria
      ---
      2026-11-20 crossing +a +b -> +c
    `);
    const [crossing] = service.getModel().crossings;
    assert.deepEqual([crossing?.from, crossing?.to], ['a', 'c']);
  });

  it('leaves out a crossing from a community to itself', () => {
    const service = workspace(journal`
      2026-11-20 crossing +a -> +a
    `);
    assert.equal(service.getModel().crossings.length, 0);
  });
});
