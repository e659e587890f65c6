import { strict as assert } from 'node:assert';
import { CliError } from '../../../server/src/cli/io';
import { count, oneOf, parseOptions, todayOption, type OptionSpecs } from '../../../server/src/cli/options';
import { dayFromIsoDate } from '../../../server/src/language/service';

const SPECS: OptionSpecs = { format: { type: 'string', short: 'f' }, fix: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } };

function usageError(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof CliError, String(error));
    return error.message;
  }
  assert.fail('expected a usage error');
}

describe('cli: option parsing', () => {
  it('reads long, short and inline options between positionals', () => {
    const parsed = parseOptions(['a', '--format', 'json', 'b', '-q', '--fix', '--format=sarif', '--', '--c'], SPECS);
    assert.deepEqual({ ...parsed.values }, { format: 'sarif', quiet: true, fix: true });
    assert.deepEqual(parsed.positionals, ['a', 'b', '--c']);
  });

  it('names an unknown option, with a suggestion when one is close', () => {
    assert.equal(usageError(() => parseOptions(['--quite'], SPECS)), 'unknown option --quite (did you mean --quiet?)');
    assert.equal(usageError(() => parseOptions(['--colour'], SPECS)), 'unknown option --colour; see --help');
    assert.equal(usageError(() => parseOptions(['-x'], SPECS)), 'unknown option -x; see --help');
  });

  it('refuses a value on a switch and a missing value on an option that needs one', () => {
    assert.equal(usageError(() => parseOptions(['--fix=yes'], SPECS)), 'option --fix takes no value');
    assert.equal(usageError(() => parseOptions(['--format'], SPECS)), 'option --format needs a value');
    assert.equal(usageError(() => parseOptions(['--format', '--fix'], SPECS)), 'option --format needs a value');
  });

  it('takes a negative number as the value it was meant to be, so the value check can name it', () => {
    const specs: OptionSpecs = { 'max-warnings': { type: 'string' }, quiet: { type: 'boolean', short: 'q' } };
    const parsed = parseOptions(['--max-warnings', '-1', 'notes'], specs);
    assert.deepEqual([parsed.values['max-warnings'], parsed.positionals], ['-1', ['notes']]);
    assert.equal(usageError(() => count('max-warnings', parsed.values['max-warnings'])), "--max-warnings needs a whole number of 0 or more, not '-1'");
  });

  it('checks enumerated, numeric and date values', () => {
    assert.equal(oneOf('format', undefined, ['a', 'b'], 'a'), 'a');
    assert.equal(oneOf('format', 'b', ['a', 'b'], 'a'), 'b');
    assert.equal(usageError(() => oneOf('format', 'xml', ['json', 'sarif'], 'json')), "unknown --format 'xml' (use one of json, sarif)");
    assert.equal(count('max-warnings', '0'), 0);
    assert.equal(count('max-warnings', undefined), undefined);
    assert.equal(usageError(() => count('max-warnings', '1.5')), "--max-warnings needs a whole number of 0 or more, not '1.5'");
    assert.equal(todayOption('2026-11-21', dayFromIsoDate), dayFromIsoDate('2026-11-21'));
    assert.equal(usageError(() => todayOption('21/11/2026', dayFromIsoDate)), "--today needs a real date as YYYY-MM-DD, not '21/11/2026'");
  });
});
