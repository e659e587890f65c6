import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, parseSettings, ruleOverridesOf, settingsWarning, SETTING_SCHEMAS } from '../../../server/src/settings';
import { RULE_IDS } from '../../../server/src/language/service';
import { RUNS } from './support';

/** Settings as a client could send them: any JSON, often shaped like the real section. */
const value = fc.jsonValue({ maxDepth: 4 });
const section = fc.oneof(
  value,
  fc.record(
    {
      rules: fc.oneof(value, fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), fc.string(), fc.constant('__proto__')), value)),
      lint: fc.oneof(value, fc.record({ run: value })),
      me: value,
      reflection: fc.oneof(value, fc.record({ windowDays: value })),
      diagnostics: fc.oneof(value, fc.record({ scope: value })),
    },
    { requiredKeys: [] },
  ),
);

describe('robustness: settings', () => {
  it(`turns any settings value into valid settings and at most one warning (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(section, (raw) => {
        const { settings, problems } = parseSettings(raw);
        assert.ok(SETTING_SCHEMAS['lint.run'].safeParse(settings.lint.run).success);
        assert.ok(SETTING_SCHEMAS['diagnostics.scope'].safeParse(settings.diagnostics.scope).success);
        if (settings.me !== undefined) assert.ok(SETTING_SCHEMAS.me.safeParse(settings.me).success);
        if (settings.reflection.windowDays !== undefined) assert.ok(SETTING_SCHEMAS['reflection.windowDays'].safeParse(settings.reflection.windowDays).success);
        for (const [id, severity] of Object.entries(settings.rules)) {
          assert.ok((RULE_IDS as readonly string[]).includes(id), id);
          assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(severity));
        }
        ruleOverridesOf(settings);
        const warning = settingsWarning(problems);
        if (problems.length === 0) assert.equal(warning, undefined);
        else {
          assert.ok(warning !== undefined && !warning.includes('\n'));
          for (const problem of problems) assert.ok(problem.startsWith('practiceJournal.'), problem);
        }
        assert.equal(({} as { severity?: unknown }).severity, undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('falls back to each default on its own and names every refused value once', () => {
    const { settings, problems } = parseSettings({ lint: { run: 42 }, me: 'not an id!', reflection: { windowDays: -3 }, diagnostics: { scope: ['workspace'] }, rules: 'all' });
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(problems.map((problem) => problem.split(' ')[0]), [
      'practiceJournal.me',
      'practiceJournal.rules',
      'practiceJournal.lint.run',
      'practiceJournal.reflection.windowDays',
      'practiceJournal.diagnostics.scope',
    ]);
    assert.match(settingsWarning(problems)!, /^Practice Journal ignored 5 settings and used the defaults instead: /);
  });

  it('cuts a huge refused value short in the warning', () => {
    const { problems } = parseSettings({ lint: { run: 'x'.repeat(100_000) } });
    assert.equal(problems.length, 1);
    assert.ok(problems[0]!.length < 200, problems[0]);
  });
});
