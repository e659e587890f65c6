import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

const MOSTLY_ENGAGEMENT = journal`
  2026-11-10 engagement +a
  2026-11-12 alignment +a
  2026-11-14 engagement +a
  2026-11-18 engagement +a
  2026-11-19 crossing +a -> +b
`;

describe('mode-balance', () => {
  it('names a missing mode, the counts and a prompt, on the latest entry of the window', () => {
    const [problem, ...rest] = findings(MOSTLY_ENGAGEMENT, 'mode-balance');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'info');
    assert.equal(coveredText(MOSTLY_ENGAGEMENT, problem!), 'crossing');
    assert.equal(problem!.range.start.line, 4);
    assert.match(problem!.message, /^No imagination moments in the 30 days up to 2026-11-19 \(engagement 3, alignment 1\)\. What would an imagination moment look like/);
  });

  it('reports each missing mode once', () => {
    const text = '2026-11-10 alignment +a\n2026-11-11 alignment +a\n2026-11-12 alignment +a\n';
    const found = findings(text, 'mode-balance');
    assert.deepEqual(found.map((problem) => problem.message.slice(0, 23)), ['No engagement moments i', 'No imagination moments ']);
    assert.ok(found.every((problem) => problem.range.start.line === 2));
  });

  it('is silent while no mode has three moments, or when every mode has one', () => {
    assert.deepEqual(findings('2026-11-10 engagement +a\n2026-11-12 engagement +a\n', 'mode-balance'), []);
    const balanced = `${MOSTLY_ENGAGEMENT}2026-11-19 imagination +a\n`;
    assert.deepEqual(findings(balanced, 'mode-balance'), []);
  });

  it('counts only the window, which can be set in days', () => {
    const text = journal`
      2026-10-01 imagination +a
      2026-11-10 engagement +a
      2026-11-15 engagement +a
      2026-11-16 engagement +a
      2026-11-17 alignment +a
    `;
    assert.equal(findings(text, 'mode-balance').length, 1);
    assert.deepEqual(findings(text, 'mode-balance', { rules: { 'mode-balance': { days: 60 } } }), []);
    assert.deepEqual(findings(text, 'mode-balance', { rules: { 'mode-balance': { days: 0 } } }), []);
    const week = findings(text, 'mode-balance', { rules: { 'mode-balance': { days: 7 } } });
    assert.deepEqual(week, []);
  });

  it('ends the window at the latest entry, never after today', () => {
    const text = journal`
      2026-11-12 engagement +a
      2026-11-13 engagement +a
      2026-11-14 engagement +a
      2026-11-14 alignment +a
      2027-01-01 imagination +a
    `;
    const [problem] = findings(text, 'mode-balance', { rules: { 'mode-balance': { days: 10 } } });
    assert.match(problem!.message, /No imagination moments in the 10 days up to 2026-11-21 \(engagement 3, alignment 1\)/);
    assert.equal(problem!.range.start.line, 3);
  });

  it('judges an old journal as of its own latest entry', () => {
    const text = '2024-03-01 engagement +a\n2024-03-02 engagement +a\n2024-03-03 engagement +a\n2024-03-04 alignment +a\n';
    assert.match(findings(text, 'mode-balance')[0]!.message, /No imagination moments in the 30 days up to 2024-03-04/);
  });
});
