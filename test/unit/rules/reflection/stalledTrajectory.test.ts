import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('stalled-trajectory', () => {
  it('prompts on an inbound trajectory with no engagement in its community since, at its kind word', () => {
    const text = journal`
      2026-09-01 trajectory +north-guild inbound
        from: peripheral
      2026-09-01 engagement +north-guild
      2026-10-15 engagement +ward-7b
      2026-11-20 alignment +north-guild
    `;
    const [problem, ...rest] = findings(text, 'stalled-trajectory');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'info');
    assert.equal(coveredText(text, problem!), 'inbound');
    assert.deepEqual(problem!.range.start, { line: 0, character: 35 });
    assert.match(problem!.message, /inbound trajectory in '\+north-guild' has had no engagement there in the 80 days since 2026-09-01/);
  });

  it('is silent when an engagement in that community follows the trajectory', () => {
    const text = '2026-09-01 trajectory +north-guild inbound\n2026-09-02 engagement +ward-7b +north-guild\n2026-11-20 alignment +a\n';
    assert.deepEqual(findings(text, 'stalled-trajectory'), []);
  });

  it('looks only at the latest trajectory of each community', () => {
    const text = journal`
      2026-08-01 trajectory +north-guild inbound
      2026-09-01 trajectory +north-guild insider
      2026-08-01 trajectory +ward-7b insider
      2026-09-01 trajectory +ward-7b inbound
      2026-11-20 alignment +a
    `;
    assert.deepEqual(findings(text, 'stalled-trajectory').map((problem) => problem.range.start.line), [3]);
  });

  it('waits for the window (60 days by default) up to the latest entry', () => {
    const text = '2026-09-21 trajectory +north-guild inbound\n2026-11-19 alignment +a\n';
    assert.deepEqual(findings(text, 'stalled-trajectory'), []);
    assert.equal(findings(`${text}2026-11-20 alignment +a\n`, 'stalled-trajectory').length, 1);
    assert.equal(findings(text, 'stalled-trajectory', { rules: { 'stalled-trajectory': { days: 30 } } }).length, 1);
  });

  it('with a window of 0, prompts however recent the trajectory is', () => {
    const text = '2026-11-20 trajectory +north-guild inbound\n';
    assert.deepEqual(findings(text, 'stalled-trajectory'), []);
    assert.equal(findings(text, 'stalled-trajectory', { rules: { 'stalled-trajectory': { days: 0 } } }).length, 1);
  });

  it('can be turned off', () => {
    const text = '2026-01-01 trajectory +north-guild inbound\n2026-11-20 alignment +a\n';
    assert.equal(findings(text, 'stalled-trajectory').length, 1);
    assert.deepEqual(findings(text, 'stalled-trajectory', { rules: { 'stalled-trajectory': { severity: 'off' } } }), []);
  });
});

describe('stalled-trajectory reads the header as the other tools do', () => {
  it('prompts for an inbound trajectory written kind first', () => {
    const text = journal`
      2026-01-01 trajectory inbound +data-science
        First invitation.
      2026-11-20 alignment +other
        Elsewhere.
    `;
    const found = findings(text, 'stalled-trajectory');
    assert.equal(found.length, 1);
    assert.equal(coveredText(text, found[0]!), 'inbound');
  });
});
