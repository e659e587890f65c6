/** What the numbers were measured on: cores, load, memory, Node and the commit. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { ROOT } from './paths';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  node: string;
  platform: string;
  /** The commit measured (with `+changes` when the work tree differs from it), when known. */
  commit: string | undefined;
}

/** `os.loadavg()` at one moment: the 1, 5 and 15 minute averages. */
export interface Load {
  one: number;
  five: number;
  fifteen: number;
}

export function machine(): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    commit: commit(),
  };
}

export function load(): Load {
  const [one, five, fifteen] = loadavg() as [number, number, number];
  return { one, five, fifteen };
}

function commit(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
}

export function formatLoad(value: Load): string {
  return `${value.one.toFixed(2)} / ${value.five.toFixed(2)} / ${value.fifteen.toFixed(2)}`;
}
