/**
 * One large input, run in a process of its own so its time and peak memory are its own:
 * `node largeCase.js <case> <size>` prints one JSON line (see `LargeResult`). large.test.ts
 * starts it; it is not a test file itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJournal } from '../../../bench/generators';
import { run } from '../../../server/src/cli/run';
import { createLanguageService, dayFromIsoDate, type LanguageService } from '../../../server/src/language/service';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';

/** What one case reports. */
export interface LargeResult {
  case: string;
  /** UTF-8 bytes of the input. */
  bytes: number;
  /** Wall time of the work, without process start-up and input generation. */
  ms: number;
  /** The process's peak resident memory. */
  peakRssMb: number;
  /** What the work found: diagnostics, or the CLI's exit code and output size. */
  outcome: Record<string, number>;
}

const ROOT = 'file:///large';
const URI = `${ROOT}/journal.practice`;
const LANDSCAPE = 'communities:\n  data-science: {}\n  clinical-ops: {}\n  analytics: {}\npeople:\n  ana: {}\n  maria: {}\n';

function service(): LanguageService {
  const created = createLanguageService({ roots: [ROOT], today: () => dayFromIsoDate('2026-11-21')!, readFile: () => undefined });
  created.setFile(`${ROOT}/landscape.yaml`, LANDSCAPE);
  return created;
}

/** Parse, check, and every document-wide feature, then "fix all", as an editor would ask for them. */
function everything(text: string): Record<string, number> {
  const held = service();
  held.setFile(URI, text);
  const diagnostics = held.getDiagnostics(URI).length;
  const formatting = held.features.formatting(URI, undefined, NEVER_CANCELLED).length;
  const symbols = held.features.documentSymbols(URI, NEVER_CANCELLED).length;
  held.features.foldingRanges(URI, NEVER_CANCELLED);
  held.features.semanticTokens(URI, undefined, NEVER_CANCELLED);
  held.features.workspaceSymbols('data', NEVER_CANCELLED);
  const people = held.getModel().people.length;
  const fixed = held.fixAll(URI).applied;
  return { diagnostics, formatting, symbols, people, fixed };
}

/** `practice-journal lint --format json` on the text, in-process, in a temporary folder. */
async function lintCli(text: string): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'practice-journal-large-'));
  try {
    writeFileSync(join(folder, 'landscape.yaml'), LANDSCAPE);
    writeFileSync(join(folder, 'journal.practice'), text);
    let output = 0;
    let errors = '';
    const code = await run(['lint', '--format', 'json', '--today', '2026-11-21'], {
      stdout: { write: (chunk) => void (output += chunk.length) },
      stderr: { write: (chunk) => void (errors += chunk) },
      cwd: folder,
      isTTY: false,
      env: {},
    });
    if (errors !== '') throw new Error(`the CLI wrote to stderr: ${errors}`);
    return { exitCode: code, outputChars: output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const MB = 1_000_000;
/** Ten words, one of them a reference to a community the landscape does not declare. */
const PROSE = 'word after word of prose, +ward-x and @ana here ';

/** Each case: the input for a size in MB (or a count), and the work done on it. */
const CASES: Record<string, { input(size: number): string; work(text: string): Record<string, number> | Promise<Record<string, number>> }> = {
  /** A realistic journal, a few percent of its entries with mistakes. */
  journal: { input: (mb) => generateJournal({ seed: 7, bytes: mb * MB }), work: everything },
  /** The same journal through the command-line linter. */
  'cli-journal': { input: (mb) => generateJournal({ seed: 7, bytes: mb * MB }), work: lintCli },
  /** One entry whose prose is a single line of words, with a reference to an unknown community every tenth word. */
  'prose-line': {
    input: (mb) => `2026-11-20 engagement +data-science\n  ${PROSE.repeat(Math.ceil((mb * MB) / PROSE.length))}\n`,
    work: everything,
  },
  /** A title of one line, never closed. */
  'title-line': { input: (mb) => `2026-11-20 engagement +data-science "${'a title without end '.repeat(Math.ceil((mb * MB) / 20))}\n`, work: everything },
  /** One line of text outside any entry, with no line break at all. */
  'stray-line': { input: (mb) => 'x'.repeat(mb * MB), work: everything },
  /** Entries that all share one date (size = number of entries). */
  'same-date': {
    input: (count) => Array.from({ length: count }, (_, index) => `2026-11-20 engagement +data-science "Entry ${index}"\n  Prose of entry ${index}.\n`).join('\n'),
    work: everything,
  },
};

async function main(): Promise<void> {
  const [name, sizeText] = process.argv.slice(2);
  const chosen = name === undefined ? undefined : CASES[name];
  if (!chosen || sizeText === undefined) throw new Error(`usage: largeCase <${Object.keys(CASES).join('|')}> <size>`);
  const text = chosen.input(Number(sizeText));
  const started = performance.now();
  const outcome = await chosen.work(text);
  const ms = Math.round(performance.now() - started);
  const result: LargeResult = { case: name!, bytes: Buffer.byteLength(text, 'utf8'), ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
