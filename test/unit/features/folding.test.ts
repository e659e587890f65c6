import { strict as assert } from 'node:assert';
import { foldingRanges } from '../../../server/src/language/features/folding';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { journal } from '../../support/journal';

const fold = (text: string): unknown[] => foldingRanges(parseJournal(text), NEVER_CANCELLED);

describe('folding ranges', () => {
  it('folds the front matter', () => {
    assert.deepEqual(fold('---\nauthor: maria\n---\n'), [{ startLine: 0, endLine: 2 }]);
  });

  it('folds an entry from its header to its last body line, not its trailing blank lines', () => {
    assert.deepEqual(fold('2026-11-20 engagement +a\n  with: @b\n\n  Prose.\n\n\n2026-11-21 engagement +a\n'), [{ startLine: 0, endLine: 3 }]);
  });

  it('does not fold a header-only entry', () => {
    assert.deepEqual(fold('2026-11-20 engagement +a\n2026-11-21 engagement +a\n'), []);
  });

  it('folds a heading until the next heading of the same or a higher level', () => {
    const text = journal`
      # November
      ## Week 47
      2026-11-20 engagement +a

      ## Week 48
      2026-11-23 engagement +a
      # December
    `;
    assert.deepEqual(fold(text), [
      { startLine: 0, endLine: 5 },
      { startLine: 1, endLine: 2 },
      { startLine: 4, endLine: 5 },
    ]);
  });

  it('folds runs of comment lines as comments', () => {
    assert.deepEqual(fold('; one\n; two\n\n; alone\n'), [{ startLine: 0, endLine: 1, kind: 'comment' }]);
  });
});
