import { strict as assert } from 'node:assert';
import { procMemory, runProcess } from '../../../bench/processRun';

describe('bench processRun', () => {
  it('measures a whole process: its exit code, wall time and peak memory', async () => {
    const script = 'const kept = Buffer.alloc(80e6, 1); process.exitCode = kept[0] + 2;';
    const run = await runProcess(process.execPath, ['-e', script], { cwd: process.cwd(), timeoutMs: 30_000 });
    assert.equal(run.exitCode, 3);
    assert.ok(run.wallMs > 0);
    assert.ok(run.peakRss >= 80e6, `peak RSS ${run.peakRss}`);
  });

  it('keeps the end of what the process wrote to stderr', async () => {
    const run = await runProcess(process.execPath, ['-e', 'console.error("it went wrong"); process.exit(2)'], { cwd: process.cwd(), timeoutMs: 30_000 });
    assert.equal(run.exitCode, 2);
    assert.match(run.stderrTail, /it went wrong/);
  });

  it('gives up on a process that runs too long', async () => {
    await assert.rejects(runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { cwd: process.cwd(), timeoutMs: 300 }), /did not finish within 0.3 s/);
  });

  it('reads the resident memory of a live process, and nothing of a gone one', () => {
    const own = procMemory(process.pid);
    assert.ok(own.rss > 0 && own.peak >= own.rss);
    assert.deepEqual(procMemory(2 ** 22 + 7), { rss: 0, peak: 0 });
  });
});
