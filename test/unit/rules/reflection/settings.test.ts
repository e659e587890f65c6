import { strict as assert } from 'node:assert';
import { RULES, type RuleId } from '../../../../server/src/language/rules';
import { findings } from '../../../support/journal';

const SAMPLES: [RuleId, string][] = [
  ['empty-reflection', '2026-11-20 engagement +a\n'],
  ['crossing-without-object', '2026-11-20 crossing +a -> +b\n  Prose.\n'],
  ['mode-balance', '2026-11-18 engagement +a\n  P.\n2026-11-19 engagement +a\n  P.\n2026-11-20 engagement +a\n  P.\n'],
  ['stalled-trajectory', '2026-08-01 trajectory +a inbound\n  P.\n2026-11-20 alignment +a\n  P.\n'],
];

describe('reflective rule settings', () => {
  for (const [rule, text] of SAMPLES) {
    it(`${rule}: prompts as information by default, can be turned off, and takes another severity`, () => {
      assert.equal(RULES[rule].severity, 'info');
      const found = findings(text, rule);
      assert.ok(found.length > 0);
      assert.ok(found.every((problem) => problem.severity === 'info'));
      assert.deepEqual(findings(text, rule, { rules: { [rule]: { severity: 'off' } } }), []);
      const warnings = findings(text, rule, { rules: { [rule]: { severity: 'warning' } } });
      assert.ok(warnings.length > 0 && warnings.every((problem) => problem.severity === 'warning'));
    });
  }

  it("reads severities and windows from the landscape's rules:", () => {
    const text = '2026-08-01 trajectory +a inbound\n  P.\n2026-09-01 alignment +a\n  P.\n';
    assert.deepEqual(findings(text, 'stalled-trajectory'), []);
    const landscape = 'rules:\n  stalled-trajectory: { severity: warning, days: 30 }\n';
    assert.deepEqual(findings(text, 'stalled-trajectory', { landscape }).map((problem) => problem.severity), ['warning']);
  });
});
