/**
 * The core's parse + front matter + validate throughput, in a process of its own (so nothing
 * else lives in its heap): a fresh language service takes the whole journal text, run after
 * run, in a process whose code is hot after the warm-up runs. Prints one JSON line. Run by
 * bench/core.ts, once per way of checking:
 * - `check`: `checkText`, what the linter runs: the text is checked as it is parsed and no
 *   syntax tree is kept;
 * - `hold`: `setFile` then `getDiagnostics`, what an editor does: the whole tree is built and
 *   kept for the editor's other features, then checked.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../server/src/language/service';
import { parseJournal } from '../server/src/language/syntax/parser';

/** How the journal is checked: see above. */
export type CoreMode = 'check' | 'hold';

export interface CoreChildInput {
  mode: CoreMode;
  journal: string;
  landscape: string;
  warmup: number;
  runs: number;
  /** Days since 1970-01-01 that the date rules take as today. */
  today: number;
}

export interface CoreChildOutput {
  bytes: number;
  entries: number;
  diagnostics: number;
  samplesMs: number[];
  /** CPU time (user + system) of each timed run: less disturbed than wall time on a busy machine. */
  cpuMs: number[];
}

function main(input: CoreChildInput): CoreChildOutput {
  const text = readFileSync(input.journal, 'utf8');
  const root = pathToFileURL(input.journal.slice(0, input.journal.lastIndexOf('/'))).href;
  const journalUri = pathToFileURL(input.journal).href;
  const landscape = readFileSync(input.landscape, 'utf8');
  const samplesMs: number[] = [];
  const cpuMs: number[] = [];
  let diagnostics = 0;
  let entries = 0;
  for (let run = 0; run < input.warmup + input.runs; run++) {
    // A new service each run: one that already holds the text would (rightly) skip the work.
    const service = createLanguageService({ roots: [root], today: () => input.today });
    service.setFile(pathToFileURL(input.landscape).href, landscape);
    const cpu = process.cpuUsage();
    const started = performance.now();
    if (input.mode === 'check') {
      diagnostics = service.checkText(journalUri, text).length;
    } else {
      service.setFile(journalUri, text);
      diagnostics = service.getDiagnostics(journalUri).length;
    }
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    entries ||= service.getSyntax(journalUri)?.entries.length ?? 0;
    if (run < input.warmup) continue;
    samplesMs.push(elapsed);
    cpuMs.push((used.user + used.system) / 1000);
  }
  // Without a kept tree the entries are counted by a parse of their own, after every timed run,
  // so that its garbage falls on none of them.
  entries ||= parseJournal(text).entries.length;
  if (entries === 0 || diagnostics === 0) throw new Error('the journal gave no entries or no diagnostics: nothing was measured');
  return { bytes: Buffer.byteLength(text), entries, diagnostics, samplesMs, cpuMs };
}

process.stdout.write(JSON.stringify(main(JSON.parse(process.argv[2] ?? '{}') as CoreChildInput)) + '\n');
