import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('future-date', () => {
  it("reports an entry dated after today on its date, giving both dates", () => {
    const text = journal`
      2026-11-22 engagement +ward-7b
    `;
    const [problem, ...rest] = findings(text, 'future-date');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), '2026-11-22');
    assert.match(problem!.message, /dated 2026-11-22, after today \(2026-11-21\)/);
  });

  it('follows the service clock', () => {
    const text = journal`
      2026-11-22 engagement +ward-7b
    `;
    assert.deepEqual(findings(text, 'future-date', { today: '2026-11-22' }), []);
    assert.match(findings(text, 'future-date', { today: '2026-01-01' })[0]!.message, /after today \(2026-01-01\)/);
  });

  it('accepts today and earlier, and ignores invalid dates', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
      2026-11-21 engagement +ward-7b
      2099-02-30 engagement +ward-7b
    `;
    assert.deepEqual(findings(text, 'future-date'), []);
  });
});
