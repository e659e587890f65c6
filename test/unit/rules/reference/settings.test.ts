import { strict as assert } from 'node:assert';
import { RULES, type RuleId } from '../../../../server/src/language/rules';
import { findings } from '../../../support/journal';

const LANDSCAPE = 'communities:\n  ward-7b: {}\npeople:\n  ana: {}\nboundary-objects:\n  rota: {}\n';

const SAMPLES: [RuleId, string][] = [
  ['unknown-community', '2026-11-20 engagement +pharmacy\n'],
  ['unknown-person', '2026-11-20 engagement +ward-7b @joe\n'],
  ['unknown-boundary-object', '2026-11-20 crossing +ward-7b -> +ward-7b\n  via: process handover\n'],
  ['case-mismatch', '2026-11-20 engagement +Ward-7b\n'],
];

describe('reference rule settings', () => {
  for (const [rule, text] of SAMPLES) {
    it(`${rule}: warns by default with a landscape, can be turned off, and takes another severity`, () => {
      assert.deepEqual(findings(text, rule, { landscape: LANDSCAPE }).map((problem) => problem.severity), [RULES[rule].severity]);
      assert.deepEqual(findings(text, rule), []);
      assert.deepEqual(findings(text, rule, { landscape: LANDSCAPE, rules: { [rule]: { severity: 'off' } } }), []);
      const errors = findings(text, rule, { landscape: `${LANDSCAPE}rules:\n  ${rule}: error\n` });
      assert.deepEqual(errors.map((problem) => problem.severity), ['error']);
    });
  }
});
