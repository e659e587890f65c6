/** Measurement 2: `practice-journal lint` as a whole process: wall time, throughput, peak memory. */
import { join } from 'node:path';
import type { BenchConfig } from './config';
import { TODAY_ISO } from './core';
import type { DataSet } from './data';
import { CLI_BIN, PROFILE_DIR } from './paths';
import { runProcess } from './processRun';
import { rateOf, summarize, type Summary } from './stats';

export interface WholeProcessResult {
  data: string;
  bytes: number;
  entries: number;
  files: number;
  wallMs: Summary;
  mbPerSecond: { median: number; p95: number };
  peakRss: Summary;
  /** User + system CPU time (from GNU time; absent without it). */
  cpuMs: Summary | undefined;
  exitCodes: number[];
}

/** Runs `practice-journal lint` on a data set `repeats` times (stdout discarded, as in CI with output to a file). */
export async function measureLint(config: BenchConfig, data: DataSet, profile: boolean): Promise<WholeProcessResult> {
  const walls: number[] = [];
  const peaks: number[] = [];
  const exitCodes: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < config.repeats.cli + (profile ? 1 : 0); run++) {
    // Only the first run is profiled: the profiler slows the process down and the rest stay clean.
    const flags = profile && run === 0 ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, `cli-${data.name}`)}`] : [];
    const result = await runProcess(process.execPath, [...flags, CLI_BIN, 'lint', data.target, '--today', TODAY_ISO], { cwd: data.dir, timeoutMs: config.processTimeoutMs });
    // 0: no errors, 1: errors found (the data holds some on purpose); anything else is a crash.
    if (result.exitCode !== 0 && result.exitCode !== 1) throw new Error(`practice-journal lint on ${data.name} exited with ${result.exitCode}:\n${result.stderrTail}`);
    if (profile && run === 0) continue;
    walls.push(result.wallMs);
    peaks.push(result.peakRss);
    exitCodes.push(result.exitCode);
    if (result.cpuMs !== undefined) cpu.push(result.cpuMs);
  }
  const wallMs = summarize(walls);
  return { data: data.name, bytes: data.bytes, entries: data.entries, files: data.files, wallMs, mbPerSecond: rateOf(data.bytes / 1e6, wallMs), peakRss: summarize(peaks), cpuMs: cpu.length > 0 ? summarize(cpu) : undefined, exitCodes };
}
