import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

function flagged(text: string): string[] {
  return findings(text, 'chronological-order').map((problem) => coveredText(text, problem) + '@' + problem.range.start.line);
}

describe('chronological-order', () => {
  it('reports an entry dated before the entry above it, on its date, with the sort fix', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        The handover.
      2026-11-12 alignment +ward-7b
    `;
    const [problem, ...rest] = findings(text, 'chronological-order');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), '2026-11-12');
    assert.equal(problem!.range.start.line, 2);
    assert.deepEqual(problem!.data, { fix: 'sort-entries' });
    assert.match(problem!.message, /2026-11-12.*before the entry above it \(2026-11-20, line 1\)/);
  });

  it('compares with the entry directly above, not the latest date so far', () => {
    const text = journal`
      2026-11-01 engagement +a
      2026-11-05 engagement +a
      2026-11-02 engagement +a
      2026-11-03 engagement +a
    `;
    assert.deepEqual(flagged(text), ['2026-11-02@2']);
  });

  it('orders entries of one day by time, with an entry without a time at the start of the day', () => {
    const text = journal`
      2026-11-20 10:00 engagement +a
      2026-11-20 09:00 engagement +a
      2026-11-20 engagement +a
      2026-11-20 08:00 engagement +a
    `;
    assert.deepEqual(flagged(text), ['2026-11-20@1', '2026-11-20@2']);
    assert.match(findings(text, 'chronological-order')[0]!.message, /2026-11-20 09:00.*2026-11-20 10:00/);
  });

  it('accepts equal dates and times in any order', () => {
    const text = journal`
      2026-11-20 engagement +a
      2026-11-20 crossing +a -> +b
      2026-11-20 09:00 engagement +a
      2026-11-20 09:00 alignment +a
      2026-11-21 engagement +a
    `;
    assert.deepEqual(flagged(text), []);
  });

  it('starts a new order after each heading', () => {
    const text = journal`
      # Week 47
      2026-11-20 engagement +a
      # Week 46
      2026-11-12 engagement +a
      2026-11-13 engagement +a
      ## Older notes
      2026-11-01 engagement +a
      2026-10-30 engagement +a
    `;
    assert.deepEqual(flagged(text), ['2026-10-30@7']);
  });

  it('skips entries with an invalid date, comparing across them', () => {
    const text = journal`
      2026-11-20 engagement +a
      2026-02-30 engagement +a
      2026-11-10 engagement +a
      2026-11-21 engagement +a
    `;
    assert.deepEqual(flagged(text), ['2026-11-10@2']);
  });

  it('ignores comments between entries, and treats an invalid time as no time', () => {
    const text = journal`
      2026-11-20 25:00 engagement +a
      ; a comment
      2026-11-20 00:00 engagement +a
    `;
    assert.deepEqual(flagged(text), []);
  });
});
