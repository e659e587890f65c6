import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LargeResult } from './largeCase';

/**
 * Megabytes of the largest journal: 5 in `npm test`, 50 under `npm run fuzz`. The other
 * cases scale with it: single lines of a fifth of that (10 MB under fuzz), and 2,000 entries
 * with the same date per megabyte (100,000 under fuzz).
 */
const LARGE_MB = Number(process.env.PRACTICE_LARGE_MB ?? 5);
const LINE_MB = Math.max(1, Math.round(LARGE_MB / 5));
const SAME_DATE_ENTRIES = 2000 * LARGE_MB;

const run = promisify(execFile);

/** Runs one case in a process of its own: the compiled script, or the source through tsx. */
async function runCase(name: string, size: number): Promise<LargeResult> {
  const fromSource = __filename.endsWith('.ts');
  const script = join(__dirname, fromSource ? 'largeCase.ts' : 'largeCase.js');
  const args = fromSource ? ['-r', require.resolve('tsx/cjs'), script, name, String(size)] : [script, name, String(size)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as LargeResult;
}

/** Two seconds per megabyte, plus one: the same hang detector as every other robustness test. */
function hangLimitMs(bytes: number): number {
  return 1000 + 2000 * (bytes / 1_000_000);
}

const results: LargeResult[] = [];

describe(`robustness: large inputs (${LARGE_MB} MB journals)`, function () {
  this.timeout(600_000);

  after(() => {
    for (const result of results) {
      const size = `${(result.bytes / 1_000_000).toFixed(1)} MB`;
      console.log(`      ${result.case}: ${size} in ${(result.ms / 1000).toFixed(1)} s, peak ${result.peakRssMb} MB resident; ${JSON.stringify(result.outcome)}`);
    }
  });

  async function check(name: string, size: number, expect: (result: LargeResult) => void): Promise<void> {
    const result = await runCase(name, size);
    results.push(result);
    assert.ok(result.ms < hangLimitMs(result.bytes), `${name} took ${result.ms} ms for ${result.bytes} bytes`);
    expect(result);
  }

  it(`checks, formats and fixes a generated journal of ${LARGE_MB} MB`, async () => {
    await check('journal', LARGE_MB, (result) => {
      assert.ok(result.outcome['diagnostics']! > 0);
      assert.ok(result.outcome['symbols']! > 0);
    });
  });

  it(`lints the same journal from the command line, exit code 1 and a JSON report`, async () => {
    await check('cli-journal', LARGE_MB, (result) => {
      assert.equal(result.outcome['exitCode'], 1);
      assert.ok(result.outcome['outputChars']! > 0);
    });
  });

  it(`checks a single line of prose of ${LINE_MB} MB holding references`, async () => {
    await check('prose-line', LINE_MB, (result) => assert.ok(result.outcome['diagnostics']! >= (LINE_MB * 1_000_000) / 50));
  });

  it(`reports a never-closed title of ${LINE_MB} MB once`, async () => {
    await check('title-line', LINE_MB, (result) => assert.equal(result.outcome['fixed'], 1));
  });

  it(`reports a ${LINE_MB} MB line without a line break as one stray line`, async () => {
    await check('stray-line', LINE_MB, (result) => assert.equal(result.outcome['diagnostics'], 1));
  });

  it(`checks ${SAME_DATE_ENTRIES} entries that share one date`, async () => {
    await check('same-date', SAME_DATE_ENTRIES, (result) => assert.equal(result.outcome['symbols'], SAME_DATE_ENTRIES));
  });
});
