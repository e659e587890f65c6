import { strict as assert } from 'node:assert';
import { filterSummary, modelParamsOf, NO_FILTER, restoreFilter } from '../../../client/src/pure/viewFilter';

describe('the views filter', () => {
  it('asks for the whole model without a filter', () => {
    assert.deepEqual(modelParamsOf(NO_FILTER, '2026-11-21'), {});
  });

  it('asks for one person', () => {
    assert.deepEqual(modelParamsOf({ person: 'maria', period: 'all' }, '2026-11-21'), { person: 'maria' });
  });

  it('turns "last N days" into a start date N days back including today, and no end', () => {
    assert.deepEqual(modelParamsOf({ person: undefined, period: 'last30' }, '2026-11-21'), { from: '2026-10-23' });
    assert.deepEqual(modelParamsOf({ person: 'ana', period: 'last90' }, '2026-11-21'), { person: 'ana', from: '2026-08-24' });
    assert.deepEqual(modelParamsOf({ person: undefined, period: 'last365' }, '2026-11-21'), { from: '2025-11-22' });
  });

  it('describes an active filter beside the view titles, and nothing without one', () => {
    assert.equal(filterSummary({ person: 'maria', period: 'last90' }), '@maria · last 90 days');
    assert.equal(filterSummary({ person: undefined, period: 'last30' }), 'last 30 days');
    assert.equal(filterSummary(NO_FILTER), undefined);
  });

  it('restores a saved filter, dropping what is not well-formed', () => {
    assert.deepEqual(restoreFilter({ person: 'li', period: 'last365' }), { person: 'li', period: 'last365' });
    assert.deepEqual(restoreFilter({ person: 7, period: 'yesterday' }), NO_FILTER);
    assert.deepEqual(restoreFilter(undefined), NO_FILTER);
  });
});
