/** Measurement 1: the core's parse + validate throughput, hot, in-process, on the big journal. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BenchConfig } from './config';
import type { CoreChildInput, CoreChildOutput, CoreMode } from './coreChild';
import type { DataSet } from './data';
import { BENCH_DIR, PROFILE_DIR, ROOT } from './paths';
import { rateOf, summarize, type Summary } from './stats';

/** One way of checking the journal, timed. */
export interface CoreTiming {
  timeMs: Summary;
  cpuMs: Summary;
  mbPerSecond: { median: number; p95: number };
  entriesPerSecond: { median: number; p95: number };
}

/**
 * The journal checked as the linter checks it (while parsing, keeping no tree), and in `held`
 * as an editor does (the whole tree built and kept, then checked).
 */
export interface CoreResult extends CoreTiming {
  data: string;
  bytes: number;
  entries: number;
  diagnostics: number;
  held?: CoreTiming;
}

/** 2026-11-21, the date the whole benchmark takes as today. */
export const TODAY_DAY = 20_778;
export const TODAY_ISO = '2026-11-21';

export async function measureCore(config: BenchConfig, data: DataSet, profile: boolean): Promise<CoreResult> {
  const checked = await runMode('check', config, data, profile);
  const held = await runMode('hold', config, data, profile);
  if (held.diagnostics !== checked.diagnostics) throw new Error(`the two ways of checking disagree: ${checked.diagnostics} diagnostics against ${held.diagnostics}`);
  return { data: data.name, bytes: checked.bytes, entries: checked.entries, diagnostics: checked.diagnostics, ...timing(checked), held: timing(held) };
}

function runMode(mode: CoreMode, config: BenchConfig, data: DataSet, profile: boolean): Promise<CoreChildOutput> {
  const input: CoreChildInput = { mode, journal: join(data.dir, data.target), landscape: join(data.dir, 'landscape.yaml'), warmup: config.repeats.coreWarmup, runs: config.repeats.core, today: TODAY_DAY };
  const flags = ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, `core-${mode}`)}`] : [])];
  return runChild([...flags, join(BENCH_DIR, 'coreChild.ts'), JSON.stringify(input)]);
}

function timing(output: CoreChildOutput): CoreTiming {
  const timeMs = summarize(output.samplesMs);
  return { timeMs, cpuMs: summarize(output.cpuMs), mbPerSecond: rateOf(output.bytes / 1e6, timeMs), entriesPerSecond: rateOf(output.entries, timeMs) };
}

function runChild(args: string[]): Promise<CoreChildOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the core measurement exited with ${code}:\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').pop()!) as CoreChildOutput);
    });
  });
}
