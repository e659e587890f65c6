import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

function covered(text: string, rule: string, days?: number): string[] {
  const rules = days === undefined ? {} : { rules: { [rule]: { days } } };
  return findings(text, rule, rules).map((problem) => `${coveredText(text, problem)}@${problem.range.start.line}`);
}

describe('empty-reflection', () => {
  it('prompts on an entry with no prose, at its kind, as information', () => {
    const text = journal`
      2026-11-19 alignment +ward-7b
        energy: neutral
      2026-11-20 engagement +ward-7b
        The handover ran long.
    `;
    const [problem, ...rest] = findings(text, 'empty-reflection');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'info');
    assert.deepEqual(problem!.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 20 } });
    assert.match(problem!.message, /This alignment has no reflection yet\. What did the moment mean to you/);
  });

  it('looks at the whole journal by default, dated or not', () => {
    const text = '2020-01-01 engagement +a\n2026-11-31 engagement +a\n2026-11-20 engagement +a\n  Prose.\n';
    assert.deepEqual(covered(text, 'empty-reflection'), ['engagement@0', 'engagement@1']);
  });

  it('with a window, prompts only on entries of its last days up to the latest entry', () => {
    const text = journal`
      2026-11-01 engagement +a
      2026-11-13 engagement +a
      2026-11-14 engagement +a
      2026-11-20 engagement +a
    `;
    assert.deepEqual(covered(text, 'empty-reflection', 7), ['engagement@2', 'engagement@3']);
  });

  it('is silent on an entry whose kind is not readable yet', () => {
    assert.deepEqual(covered('2026-11-20 engagment +a\n', 'empty-reflection'), []);
  });

  it('can be turned off', () => {
    assert.deepEqual(findings('2026-11-20 engagement +a\n', 'empty-reflection', { rules: { 'empty-reflection': { severity: 'off' } } }), []);
  });
});

describe('crossing-without-object', () => {
  it('prompts on a crossing with no via: field, at its kind', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> +pharmacy
        as: roamer

        Took the rota question across.
    `;
    const [problem, ...rest] = findings(text, 'crossing-without-object');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'info');
    assert.equal(coveredText(text, problem!), 'crossing');
    assert.match(problem!.message, /what carried your practice across.*via: artifact/);
  });

  it('is silent for a crossing with via:, and for other kinds', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> +pharmacy
        via: discourse "shared risk words"
      2026-11-20 engagement +ward-7b
    `;
    assert.deepEqual(covered(text, 'crossing-without-object'), []);
  });

  it('with a window, prompts only inside it', () => {
    const text = '2026-10-01 crossing +a -> +b\n2026-11-20 crossing +a -> +b\n';
    assert.deepEqual(covered(text, 'crossing-without-object'), ['crossing@0', 'crossing@1']);
    assert.deepEqual(covered(text, 'crossing-without-object', 30), ['crossing@1']);
  });
});
