import { strict as assert } from 'node:assert';
import { RULES, type RuleId } from '../../../../server/src/language/rules';
import { findings } from '../../../support/journal';

const SAMPLES: [RuleId, string][] = [
  ['chronological-order', '2026-11-20 engagement +a\n2026-11-19 engagement +a\n'],
  ['duplicate-entry', '2026-11-19 engagement +a\n2026-11-19 engagement +a\n'],
  ['future-date', '2026-11-22 engagement +a\n'],
];

describe('journal rule settings', () => {
  for (const [rule, text] of SAMPLES) {
    it(`${rule}: fires at its default severity, can be turned off, and takes another severity`, () => {
      const found = findings(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, RULES[rule].severity);
      assert.deepEqual(findings(text, rule, { rules: { [rule]: { severity: 'off' } } }), []);
      const error = findings(text, rule, { rules: { [rule]: { severity: 'error' } } });
      assert.deepEqual(error.map((problem) => problem.severity), ['error']);
    });
  }
});
