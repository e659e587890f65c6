/**
 * Runs a program as a whole process and measures it from the outside: wall time from spawn to
 * exit, and peak resident memory, read from GNU time's report (`/usr/bin/time -v`) or, when
 * that is missing, by polling the process's VmHWM in /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** Peak resident set size in bytes. */
  peakRss: number;
  /** User + system CPU time from GNU time's report (undefined without it). */
  cpuMs: number | undefined;
  exitCode: number;
  /** The last lines the program wrote to stderr (for a failure's message). */
  stderrTail: string;
}

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** Peak RSS in bytes from /proc/PID/status (VmHWM), or 0 when the process is gone. */
export function procMemory(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Runs `command args` with stdout discarded; resolves when it exits (rejects only if it cannot start or times out). */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'practice-bench-'));
  const reportPath = join(scratch, 'time.txt');
  const viaTime = hasGnuTime();
  const [program, argv] = viaTime ? [GNU_TIME, ['-v', '-o', reportPath, command, ...args]] : [command, [...args]];
  return new Promise<ProcessRun>((resolve, reject) => {
    const started = performance.now();
    // A process group of its own, so a timeout ends the measured program too, not just GNU time.
    const child = spawn(program, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    let polledPeak = 0;
    const poll = viaTime ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, procMemory(child.pid ?? 0).peak)), 5);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(poll);
      rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      clearInterval(poll);
      const measured = viaTime ? readReport(reportPath) : undefined;
      const peakRss = measured ? measured.peakRss : polledPeak;
      rmSync(scratch, { recursive: true, force: true });
      if (timedOut) return reject(new Error(`${command} did not finish within ${options.timeoutMs / 1000} s`));
      resolve({ wallMs, peakRss, cpuMs: measured?.cpuMs, exitCode: code ?? 128, stderrTail: stderr.split('\n').slice(-8).join('\n') });
    });
  });
}

/** Peak RSS and CPU time from `time -v`'s report. */
function readReport(path: string): { peakRss: number; cpuMs: number | undefined } {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { peakRss: 0, cpuMs: undefined };
  }
  const number = (pattern: RegExp): number | undefined => {
    const found = pattern.exec(text)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  const user = number(/User time \(seconds\): ([\d.]+)/);
  const system = number(/System time \(seconds\): ([\d.]+)/);
  return { peakRss: (number(/Maximum resident set size \(kbytes\): (\d+)/) ?? 0) * 1024, cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000 };
}
