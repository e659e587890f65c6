import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, parseSettings, ruleOverridesOf, settingsWarning } from '../../server/src/settings';

describe('server settings', () => {
  it('gives the defaults for a missing section', () => {
    assert.deepEqual(parseSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(parseSettings(null), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads every valid value', () => {
    const { settings, problems } = parseSettings({
      rules: { 'unknown-kind': 'off', 'future-date': 'error' },
      lint: { run: 'onSave' },
      me: 'maria',
      reflection: { windowDays: 14 },
      diagnostics: { scope: 'workspace' },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      rules: { 'unknown-kind': 'off', 'future-date': 'error' },
      lint: { run: 'onSave' },
      me: 'maria',
      reflection: { windowDays: 14 },
      diagnostics: { scope: 'workspace' },
    });
  });

  it('takes a person id with or without its @, and treats an empty one as unset', () => {
    assert.equal(parseSettings({ me: '@ana' }).settings.me, 'ana');
    assert.deepEqual(parseSettings({ me: '' }), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('falls back to the default for each refused value alone, naming the setting and what it accepts', () => {
    const { settings, problems } = parseSettings({ lint: { run: 'sometimes' }, diagnostics: { scope: 'workspace' }, reflection: { windowDays: -3 }, me: 'two words' });
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, diagnostics: { scope: 'workspace' } });
    assert.deepEqual(problems, [
      'practiceJournal.me must be a person id such as "maria", not "two words"',
      `practiceJournal.lint.run must be 'onType' or 'onSave', not "sometimes"`,
      'practiceJournal.reflection.windowDays must be a whole number of days (0 means no limit), not -3',
    ]);
  });

  it('keeps the valid rules and names the unknown ids and refused severities', () => {
    const { settings, problems } = parseSettings({ rules: { 'unknown-kind': 'hint', 'unknown-knd': 'off', 'future-date': 'loud' } });
    assert.deepEqual(settings.rules, { 'unknown-kind': 'hint' });
    assert.deepEqual(problems, [
      "practiceJournal.rules names 'unknown-knd', which is not a rule id (see docs/rules.md)",
      `practiceJournal.rules.future-date must be 'off', 'hint', 'info', 'warning' or 'error', not "loud"`,
    ]);
  });

  it('refuses rules that are not an object', () => {
    assert.deepEqual(parseSettings({ rules: ['unknown-kind'] }).problems, [
      `practiceJournal.rules must be an object mapping rule ids to 'off', 'hint', 'info', 'warning' or 'error', not ["unknown-kind"]`,
    ]);
  });

  it('shortens a long refused value in the message', () => {
    const [problem] = parseSettings({ lint: { run: 'x'.repeat(100) } }).problems;
    assert.match(problem!, /not "x{36}\.\.\.$/);
  });

  it('puts every refused value in one warning, and none when all were accepted', () => {
    assert.equal(settingsWarning([]), undefined);
    assert.equal(settingsWarning(['a must be b, not c']), 'Practice Journal ignored a setting and used the default instead: a must be b, not c. Correct it in your settings.');
    assert.equal(settingsWarning(['one', 'two']), 'Practice Journal ignored 2 settings and used the defaults instead: one; two. Correct them in your settings.');
  });

  it('turns severities into rule overrides and applies the window to the reflective rules only', () => {
    const { settings } = parseSettings({ rules: { 'unknown-kind': 'off' }, reflection: { windowDays: 7 } });
    assert.deepEqual(ruleOverridesOf(settings), {
      'unknown-kind': { severity: 'off' },
      'empty-reflection': { days: 7 },
      'mode-balance': { days: 7 },
      'crossing-without-object': { days: 7 },
      'stalled-trajectory': { days: 7 },
    });
  });

  it('gives no overrides for the defaults', () => {
    assert.equal(ruleOverridesOf(DEFAULT_SETTINGS), undefined);
  });
});
