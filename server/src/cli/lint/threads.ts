/**
 * Linting many journals on every core. Each journal's diagnostics depend only on itself and
 * its landscape, so helper threads, each with its own language service holding the same
 * landscapes, take journals in small batches from a shared counter while the main thread does
 * the same; the reports are put back in the journals' order, so the output is exactly what
 * one thread would print. A helper that fails leaves its unfinished journals to the main
 * thread. This module is also what a helper thread runs.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadedLandscapes, readSourceFile, workspaceWith, type JournalPath, type Workspace } from '../workspace';
import { fileReport, type FileReport } from './report';

/** One journal's outcome: its report, or the note saying why it was skipped. */
export type JournalOutcome = { report: FileReport } | { note: string };

/** Below this many journals, starting a thread costs more than it saves. */
const MIN_JOURNALS = 400;
const MAX_THREADS = 4;
/** Journals a thread claims at a time: small enough to even out, large enough to keep messages few. */
const BATCH = 16;
const MARK = 'practice-journal lint thread';

interface ThreadData {
  mark: typeof MARK;
  cwd: string;
  today: number | undefined;
  quiet: boolean;
  journals: JournalPath[];
  landscapes: { uri: string; text: string }[];
  /** One Int32: the index of the next journal nobody has claimed. */
  next: SharedArrayBuffer;
}

interface BatchMessage {
  start: number;
  outcomes: JournalOutcome[];
}

/**
 * The most threads `PRACTICE_JOURNAL_THREADS` can ask for: each is a whole JavaScript engine
 * with its own language service (tens of MB), so hundreds would exhaust the memory.
 */
const MAX_ASKED_THREADS = 32;

/**
 * How many threads to lint `journals` journals with: `PRACTICE_JOURNAL_THREADS` when set to a
 * positive whole number (at most 32), else one per core (at most four) for large runs and one
 * for small ones.
 */
export function threadCount(journals: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = env['PRACTICE_JOURNAL_THREADS']?.trim();
  if (asked !== undefined && /^[1-9][0-9]*$/.test(asked)) return Math.min(Number(asked), MAX_ASKED_THREADS, Math.max(1, journals));
  return journals >= MIN_JOURNALS ? Math.min(availableParallelism(), MAX_THREADS) : 1;
}

/** Lints every journal of `workspace` on `threads` threads; the outcomes are in the journals' order. */
export async function lintJournalsOnThreads(workspace: Workspace, quiet: boolean, today: number | undefined, threads: number): Promise<JournalOutcome[]> {
  const next = new SharedArrayBuffer(4);
  const data: ThreadData = { mark: MARK, cwd: workspace.cwd, today, quiet, journals: workspace.journals, landscapes: loadedLandscapes(workspace), next };
  const outcomes: (JournalOutcome | undefined)[] = new Array(workspace.journals.length);
  const helpers = Array.from({ length: threads - 1 }, () => runHelper(data, outcomes));
  lintClaimed(workspace, quiet, new Int32Array(next), (start, batch) => batch.forEach((outcome, offset) => (outcomes[start + offset] = outcome)));
  await Promise.all(helpers);
  // Whatever a failed helper had claimed and not reported is done here.
  for (let index = 0; index < outcomes.length; index++) outcomes[index] ??= lintOne(workspace, workspace.journals[index]!, quiet);
  return outcomes as JournalOutcome[];
}

/** Starts one helper; settles when it has ended, however it ended. */
function runHelper(data: ThreadData, outcomes: (JournalOutcome | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(__filename, { workerData: data, stdout: true, stderr: true });
    } catch {
      resolve();
      return;
    }
    // A helper writes nothing; anything it might print must not mix into the report.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', ({ start, outcomes: batch }: BatchMessage) => batch.forEach((outcome, offset) => (outcomes[start + offset] = outcome)));
    worker.on('error', () => undefined);
    worker.on('exit', () => resolve());
  });
}

/** Claims batches from the shared counter until none is left, linting each journal of a batch. */
function lintClaimed(workspace: Workspace, quiet: boolean, next: Int32Array, done: (start: number, outcomes: JournalOutcome[]) => void): void {
  const count = workspace.journals.length;
  for (let start = Atomics.add(next, 0, BATCH); start < count; start = Atomics.add(next, 0, BATCH)) {
    const outcomes: JournalOutcome[] = [];
    for (let index = start; index < Math.min(start + BATCH, count); index++) outcomes.push(lintOne(workspace, workspace.journals[index]!, quiet));
    done(start, outcomes);
  }
}

function lintOne(workspace: Workspace, journal: JournalPath, quiet: boolean): JournalOutcome {
  const file = readSourceFile(workspace, journal, false);
  if ('note' in file) return file;
  return { report: fileReport(workspace, file, quiet) };
}

function isThreadData(value: unknown): value is ThreadData {
  return typeof value === 'object' && value !== null && (value as { mark?: unknown }).mark === MARK;
}

/** True in a helper thread started by `lintJournalsOnThreads`. */
export function isLintThread(): boolean {
  return !isMainThread && isThreadData(workerData);
}

/** The helper thread's work: lint claimed batches and post each back. */
function serveThread(data: ThreadData): void {
  const workspace = workspaceWith(data.cwd, data.today, data.journals, data.landscapes);
  lintClaimed(workspace, data.quiet, new Int32Array(data.next), (start, outcomes) => parentPort?.postMessage({ start, outcomes } satisfies BatchMessage));
}

if (isLintThread()) serveThread(workerData as ThreadData);
