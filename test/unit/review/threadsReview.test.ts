import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { threadCount } from '../../../server/src/cli/lint/threads';
import { runCli, tempWorkspace, TODAY, type TempWorkspace } from '../cli/harness';
import { CLEAN, WITH_ERROR, WITH_INFO } from '../cli/journals';

const LANDSCAPE = 'communities:\n  guild:\n    name: Guild\npeople:\n  ana: {}\n';
/** An error no safe fix removes: the kind is misspelt (the fix needs a choice). */
const UNKNOWN_KIND = '2026-11-20 engagment +guild "Pairing"\n  with: @ana\n\n  We paired on the checks.\n';

function files(): Record<string, string> {
  const all: Record<string, string> = { 'landscape.yaml': LANDSCAPE };
  const kinds = [CLEAN, WITH_ERROR, WITH_INFO, UNKNOWN_KIND];
  for (let index = 0; index < 40; index++) all[`j${String(index).padStart(2, '0')}.practice`] = kinds[index % kinds.length]!;
  return all;
}

describe('review: lint threads', function () {
  this.timeout(60_000);
  let workspace: TempWorkspace | undefined;
  afterEach(() => workspace?.dispose());

  it('treats PRACTICE_JOURNAL_THREADS values that are not a positive whole number as unset', () => {
    for (const journals of [10, 10_000]) {
      const unset = threadCount(journals, {});
      for (const value of ['0', '-1', 'abc', '', ' ', '1e3', '2.5', '+2', '0x4', '00']) {
        assert.equal(threadCount(journals, { PRACTICE_JOURNAL_THREADS: value }), unset, `${journals} journals, '${value}'`);
      }
    }
    assert.equal(threadCount(10_000, { PRACTICE_JOURNAL_THREADS: ' 2 ' }), 2);
  });

  it('never starts more helper threads than a machine can hold, however many are asked for', () => {
    // Each thread is a whole JavaScript engine with its own language service (tens of MB).
    for (const value of ['33', '100', '999', '1000', '9'.repeat(400)]) {
      const count = threadCount(10_000, { PRACTICE_JOURNAL_THREADS: value });
      assert.equal(count, 32, `${value} gave ${count}`);
    }
    assert.equal(threadCount(10_000, { PRACTICE_JOURNAL_THREADS: '32' }), 32);
  });

  it('fixes on one thread whatever PRACTICE_JOURNAL_THREADS says, with the same output, exit code and files', async () => {
    const results = [];
    for (const threads of ['1', '3', 'abc']) {
      workspace = tempWorkspace(files());
      const result = await runCli(['lint', '--fix', '--today', TODAY, '.'], workspace.root, { env: { PRACTICE_JOURNAL_THREADS: threads, NO_COLOR: '1' } });
      const fixed = readFileSync(workspace.path('j01.practice'), 'utf8');
      results.push({ ...result, fixed });
      workspace.dispose();
      workspace = undefined;
    }
    assert.equal(results[0]!.code, 1, results[0]!.stderr);
    assert.ok(results[0]!.fixed.startsWith('2026-11-20 engagement +guild "Unclosed"\n'), results[0]!.fixed);
    assert.match(results[0]!.stdout, /Fixed 10 problems in 10 files/);
    assert.deepEqual(results[1], results[0]);
    assert.deepEqual(results[2], results[0]);
  });

  it('prints the same report and exit code on several threads as on one', async () => {
    workspace = tempWorkspace(files());
    const one = await runCli(['lint', '--today', TODAY, '--format', 'json'], workspace.root, { env: { PRACTICE_JOURNAL_THREADS: '1' } });
    const three = await runCli(['lint', '--today', TODAY, '--format', 'json'], workspace.root, { env: { PRACTICE_JOURNAL_THREADS: '3' } });
    assert.equal(one.code, 1);
    assert.deepEqual(three, one);
  });
});
