import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActivation } from '../../../bench/activation';
import type { WholeProcessResult } from '../../../bench/cli';
import { renderMarkdown } from '../../../bench/report';
import { emptyResults, type BenchResults } from '../../../bench/results';
import { summarize } from '../../../bench/stats';
import { judgeTargets } from '../../../bench/targets';

const MACHINE = { cores: 2, cpu: 'test cpu', memoryGB: 24, node: 'v20', platform: 'linux x64', commit: 'abc1234' };

function lintRun(data: string, bytes: number, wallMs: number, peakRss: number): WholeProcessResult {
  const wall = summarize([wallMs]);
  return { data, bytes, entries: 1_000, files: 1, wallMs: wall, mbPerSecond: { median: bytes / 1e6 / (wallMs / 1000), p95: bytes / 1e6 / (wallMs / 1000) }, peakRss: summarize([peakRss]), cpuMs: undefined, exitCodes: [1] };
}

function results(): BenchResults {
  const value = emptyResults('full', MACHINE);
  value.loads.push({ at: 'start', load: { one: 0.5, five: 0.4, fifteen: 0.3 } });
  value.lint.bigJournal = lintRun('big-journal', 50e6, 1_000, 400e6);
  value.anchors.push({ tool: 'ledger stats', version: 'Ledger 3', data: 'ledger', bytes: 50e6, records: 1_000, wallMs: summarize([5_000]), peakRss: summarize([1e9]), cpuMs: undefined, comparedWith: 'big-journal' });
  value.anchorSkips.push({ tool: 'hledger check', reason: 'not installed (see the notes)' });
  return value;
}

describe('bench targets and report', () => {
  it('judges a target pass or short on its own statistic, and unmeasured ones as such', () => {
    const verdicts = new Map(judgeTargets(results()).map((target) => [target.id, target]));
    assert.equal(verdicts.get('cli-big-throughput')?.verdict, 'pass');
    assert.equal(verdicts.get('cli-big-throughput')?.measured, '50.0 MB/s');
    assert.equal(verdicts.get('cli-vs-ledger')?.verdict, 'pass');
    assert.equal(verdicts.get('cli-vs-ledger')!.measured, '5.00× as fast (ours 1.00 s, ledger stats 5.00 s)');
    assert.equal(verdicts.get('cli-big-rss')?.verdict, 'short');
    assert.equal(verdicts.get('cli-vs-hledger')?.verdict, 'not measured');
    assert.equal(verdicts.get('activation')?.measured, 'not measured in this run');
  });

  it('writes the targets, the measurements and every skipped anchor with its reason', () => {
    const value = results();
    value.targets = judgeTargets(value);
    const markdown = renderMarkdown(value);
    assert.match(markdown, /^# Benchmark results/);
    assert.match(markdown, /\| CLI lint, 50 MB journal, peak RSS \| ≤ 6× the input \| 8\.0× \(400 MB\) \| \*\*short\*\* \|/);
    assert.match(markdown, /\| hledger check \| .* skipped: not installed \(see the notes\) \|/);
    assert.match(markdown, /5\.0× faster/);
    assert.doesNotMatch(markdown, /machine was busy/);
  });

  it('says "slower" when a tool beats us', () => {
    const value = results();
    value.anchors[0]!.wallMs = summarize([250]);
    assert.match(renderMarkdown(value), /ours 1\.00 s = 4\.00 of theirs \(4\.0× slower\)/);
  });

  it('says when the machine was busy', () => {
    const value = results();
    value.loads.push({ at: 'end', load: { one: 7.5, five: 6, fifteen: 5 } });
    assert.match(renderMarkdown(value), /\*\*The machine was busy\*\* \(1-minute load up to 7\.5 on 2 cores\)/);
  });

  describe('extension activation from the e2e suite', () => {
    let root: string;
    beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'practice-bench-activation-'))));
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('reads one time or several samples, and nothing when no file was written', () => {
      assert.equal(readActivation(root), undefined);
      mkdirSync(join(root, 'test-results', 'e2e'), { recursive: true });
      writeFileSync(join(root, 'test-results', 'e2e', 'activation.json'), JSON.stringify({ activationMs: 84, measuredAt: '2026-11-20T10:00:00Z' }));
      assert.deepEqual(readActivation(root), { ms: summarize([84]), source: 'test-results/e2e/activation.json', measuredAt: '2026-11-20T10:00:00Z' });
      writeFileSync(join(root, 'test-results', 'activation.json'), JSON.stringify({ samplesMs: [90, 70, 80] }));
      assert.equal(readActivation(root)?.ms.median, 80);
    });

    it('passes over a file that holds no time', () => {
      mkdirSync(join(root, 'test-results'), { recursive: true });
      writeFileSync(join(root, 'test-results', 'activation.json'), '{"activationMs": "fast"}');
      assert.equal(readActivation(root), undefined);
    });
  });
});
