import { strict as assert } from 'node:assert';
import { didYouMean, editDistance } from '../../../server/src/language/util/didYouMean';

describe('didYouMean', () => {
  it('suggests a close spelling, best first', () => {
    assert.deepEqual(didYouMean('engagment', ['engagement', 'imagination', 'alignment']), ['engagement']);
  });

  it('suggests a longer word the input begins with', () => {
    assert.deepEqual(didYouMean('warn', ['warning', 'error', 'info']), ['warning']);
  });

  it('suggests a spelling that differs only in case first', () => {
    assert.deepEqual(didYouMean('Data-Science', ['data-science', 'data-sciences']), ['data-science', 'data-sciences']);
  });

  it('suggests nothing for an unrelated word', () => {
    assert.deepEqual(didYouMean('zebra', ['engagement', 'imagination']), []);
  });

  it('counts a transposition as one edit', () => {
    assert.equal(editDistance('imagniation', 'imagination'), 1);
  });
});
