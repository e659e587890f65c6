import { strict as assert } from 'node:assert';
import { RULES, type RuleId } from '../../../../server/src/language/rules';
import { findings } from '../../../support/journal';

/** One journal per syntax rule that makes exactly that rule fire. */
const SYNTAX_SAMPLES: [RuleId, string][] = [
  ['invalid-date', '2026-02-30 engagement +a\n'],
  ['invalid-time', '2026-11-20 24:00 engagement +a\n'],
  ['unknown-kind', '2026-11-20 engagment +a\n'],
  ['missing-argument', '2026-11-20 engagement\n'],
  ['extra-argument', '2026-11-20 engagement +a words\n'],
  ['same-community-crossing', '2026-11-20 crossing +a -> +a\n'],
  ['unknown-trajectory-kind', '2026-11-20 trajectory +a inbund\n'],
  ['unterminated-title', '2026-11-20 engagement +a "Title\n'],
  ['unindented-body', '2026-11-20 engagement +a\nunindented\n'],
  ['stray-text', 'stray\n'],
  ['unknown-field', '2026-11-20 engagement +a\n  enrgy: draining\n'],
  ['misplaced-field', '2026-11-20 engagement +a\n  as: pair\n'],
  ['duplicate-field', '2026-11-20 engagement +a\n  energy: neutral\n  energy: neutral\n'],
  ['invalid-field-value', '2026-11-20 engagement +a\n  energy: tired\n'],
];

describe('syntax rule settings', () => {
  for (const [rule, text] of SYNTAX_SAMPLES) {
    it(`${rule}: fires at its default severity, can be turned off, and takes another severity`, () => {
      const found = findings(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, RULES[rule].severity);
      assert.deepEqual(findings(text, rule, { rules: { [rule]: { severity: 'off' } } }), []);
      const hint = findings(text, rule, { rules: { [rule]: { severity: 'hint' } } });
      assert.deepEqual(hint.map((problem) => problem.severity), ['hint']);
    });
  }

  it('takes severities from the landscape rules:, under the user settings', () => {
    const text = '2026-11-20 engagement +a words\n';
    const landscape = 'rules:\n  extra-argument: error\n';
    assert.equal(findings(text, 'extra-argument', { landscape })[0]!.severity, 'error');
    assert.equal(findings(text, 'extra-argument', { landscape, rules: { 'extra-argument': { severity: 'info' } } })[0]!.severity, 'info');
  });

  it('can be silenced for one entry with a suppression comment', () => {
    const text = '; practice-disable-next-entry unknown-kind\n2026-11-20 engagment +a\n2026-11-21 engagment +a\n';
    assert.deepEqual(findings(text, 'unknown-kind').map((problem) => problem.range.start.line), [2]);
  });
});
