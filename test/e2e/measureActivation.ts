/**
 * Measures the packaged extension's activation time several times: each run is a fresh launch
 * of the real VS Code with the .vsix installed, running only the UI suite's activation test
 * (which reads VS Code's own figure from Running Extensions). One launch gives one sample, and
 * a sample swings widely with the machine's load, so the benchmark wants several. Writes every
 * sample to test-results/e2e/activation.json (`samplesMs`), where `npm run bench` reads them.
 *
 *   npm run build && npm run package && node out/test/e2e/measureActivation.js [runs]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../bench/stats';
import { ROOT, TEST_RESULTS_DIR } from '../../scripts/e2e/paths';
import { ensureVsCode } from '../../scripts/e2e/setup';

const DEFAULT_RUNS = 5;
const RECORD = join(TEST_RESULTS_DIR, 'activation.json');
/** Part of the activation test's title (mocha reads the grep as a regular expression). */
const ACTIVATION_TEST = 'records its activation time';

/** One launch: the UI suite with only the activation test; resolves with the time it recorded. */
function measureOnce(): number {
  rmSync(RECORD, { force: true });
  const run = spawnSync(process.execPath, ['-e', "require('./out/test/e2e/ui').runUiSuite().then((failed) => process.exit(failed))"], {
    cwd: ROOT,
    env: { ...process.env, PRACTICE_E2E_GREP: ACTIVATION_TEST },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the activation test failed:\n${run.stdout}${run.stderr}`);
  if (!existsSync(RECORD)) throw new Error(`the activation test did not run:\n${run.stdout}${run.stderr}`);
  const record = JSON.parse(readFileSync(RECORD, 'utf8')) as { activationMs: number };
  return record.activationMs;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, not ${process.argv[2]}`);
  await ensureVsCode();
  const samplesMs: number[] = [];
  for (let run = 1; run <= runs; run++) {
    samplesMs.push(measureOnce());
    console.log(`run ${run}/${runs}: ${samplesMs[samplesMs.length - 1]} ms`);
  }
  const { median, min, max } = summarize(samplesMs);
  console.log(`activation over ${runs} launches: ${samplesMs.join(', ')} ms (median ${median} ms, ${min}–${max} ms)`);
  const record = { samplesMs, measuredAt: new Date().toISOString(), source: `VS Code's Running Extensions, packaged .vsix in code-server, ${runs} launches` };
  writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
