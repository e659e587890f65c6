/** What the benchmark measures on, and how often: the full run and the quick one CI runs. */

export type Mode = 'full' | 'quick';

/** A workspace of `files` journals of `entries` entries each, with one landscape. */
export interface WorkspaceSize {
  files: number;
  entries: number;
}

export interface Sizes {
  /** The journal of the editing measurements (10,000 entries in a full run). */
  journalEntries: number;
  /** The big journal of the throughput measurements (50 MB). */
  bigJournalBytes: number;
  /** The workspace the server indexes (2,000 × 200). */
  smallWorkspace: WorkspaceSize;
  /** The workspace of a million entries (10,000 × 100). */
  largeWorkspace: WorkspaceSize;
}

/** How many times each measurement repeats (warm-up runs come on top). */
export interface Repeats {
  coreWarmup: number;
  core: number;
  cli: number;
  startups: number;
  keystrokes: number;
  pushedKeystrokes: number;
  completions: number;
  hovers: number;
  indexRuns: number;
  reindexes: number;
  models: number;
  anchors: number;
}

export interface BenchConfig {
  mode: Mode;
  sizes: Sizes;
  repeats: Repeats;
  /** Give up on one process (a CLI run, an anchor) after this long. */
  processTimeoutMs: number;
  /** A series of latency samples stops early after this long (with at least 3 samples). */
  seriesBudgetMs: number;
}

const FULL: BenchConfig = {
  mode: 'full',
  sizes: {
    journalEntries: 10_000,
    bigJournalBytes: 50_000_000,
    smallWorkspace: { files: 2_000, entries: 200 },
    largeWorkspace: { files: 10_000, entries: 100 },
  },
  repeats: { coreWarmup: 3, core: 10, cli: 7, startups: 10, keystrokes: 100, pushedKeystrokes: 20, completions: 60, hovers: 100, indexRuns: 3, reindexes: 30, models: 30, anchors: 3 },
  processTimeoutMs: 10 * 60_000,
  seriesBudgetMs: 120_000,
};

const QUICK: BenchConfig = {
  mode: 'quick',
  sizes: {
    journalEntries: 1_000,
    bigJournalBytes: 2_000_000,
    smallWorkspace: { files: 100, entries: 20 },
    largeWorkspace: { files: 200, entries: 10 },
  },
  repeats: { coreWarmup: 1, core: 3, cli: 3, startups: 3, keystrokes: 20, pushedKeystrokes: 3, completions: 10, hovers: 20, indexRuns: 2, reindexes: 5, models: 5, anchors: 1 },
  processTimeoutMs: 60_000,
  seriesBudgetMs: 15_000,
};

export function configFor(mode: Mode): BenchConfig {
  return mode === 'quick' ? QUICK : FULL;
}

/** "10,000" */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
