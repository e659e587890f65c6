/**
 * `npm run bench`: builds what it measures (npm run bundle), generates its inputs when they are
 * missing or stale, measures the core, the CLI, the language server and the anchor tools, judges
 * the targets and writes bench/RESULTS.md and bench/results.json (`--quick`: bench/data/quick/).
 * Exits 1 only when something crashed (or, with --strict, when a target is short).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActivation } from './activation';
import { measureAnchors } from './anchors';
import { measureLint } from './cli';
import { configFor } from './config';
import { measureCore } from './core';
import { DataStore } from './data';
import { load, machine } from './machine';
import { measureEditing } from './lsp/editing';
import { measureWorkspace } from './lsp/workspace';
import { parseOptions, SECTIONS, USAGE, type BenchOptions, type Section } from './options';
import { BENCH_DIR, DATA_DIR } from './paths';
import { renderMarkdown } from './report';
import { emptyResults, type BenchResults } from './results';
import { bundle, prepareTools, type Tools } from './setup';
import { judgeTargets } from './targets';

const began = performance.now();
const NO_TOOLS: Tools = { hledger: undefined, ledger: undefined, markdownlint: undefined, notes: [] };

function log(line: string): void {
  process.stdout.write(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

/** Runs one part of the benchmark; a failure is recorded (the run then exits 1) and the next part still runs. */
async function part(results: BenchResults, options: BenchOptions, section: Section, name: string, work: () => Promise<void>): Promise<void> {
  if (!options.sections.has(section)) return;
  results.loads.push({ at: name, load: load() });
  log(`${name}…`);
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.errors.push({ part: name, message });
    log(`FAILED ${name}: ${message}`);
  }
}

async function measure(options: BenchOptions, results: BenchResults): Promise<void> {
  const config = configFor(options.mode);
  const store = new DataStore(config, log);
  log('building dist/ (npm run bundle)…');
  bundle();
  // GNU time serves the CLI runs and the anchors; nothing else needs a tool.
  const needsTools = options.sections.has('cli') || options.sections.has('anchors');
  const tools = needsTools ? prepareTools(options.install, log) : NO_TOOLS;
  results.notes.push(...tools.notes);
  for (const [name, tool] of Object.entries({ hledger: tools.hledger, ledger: tools.ledger, markdownlint: tools.markdownlint })) if (tool) results.tools[name] = tool.version;
  const { profile } = options;
  await part(results, options, 'core', 'core parse + validate', async () => {
    results.core = await measureCore(config, store.bigJournal(), profile);
  });
  await part(results, options, 'cli', 'CLI lint, big journal', async () => {
    results.lint.bigJournal = await measureLint(config, store.bigJournal(), profile);
  });
  await part(results, options, 'cli', 'CLI lint, editing journal', async () => {
    results.lint.journal = await measureLint(config, store.journal(), profile);
  });
  await part(results, options, 'cli', 'CLI lint, large workspace', async () => {
    results.lint.largeWorkspace = await measureLint(config, store.largeWorkspace(), profile);
  });
  await part(results, options, 'anchors', 'anchors', async () => {
    const anchors = await measureAnchors(config, tools, { ledger: () => store.ledger(), notes: () => store.notes(), bigJournal: 'big-journal', journal: 'journal' }, log);
    results.anchors = anchors.results;
    results.anchorSkips = anchors.skipped;
  });
  await part(results, options, 'editing', 'server: editing a large journal', async () => {
    results.editing = await measureEditing(config, store.journal(), profile);
  });
  await part(results, options, 'workspace', 'server: small workspace', async () => {
    results.workspaces.small = await measureWorkspace(config, store.smallWorkspace(), profile, log);
  });
  await part(results, options, 'workspace', 'server: large workspace', async () => {
    results.workspaces.large = await measureWorkspace(config, store.largeWorkspace(), profile, log);
  });
  results.data = store.sets().map(({ dir: _dir, ...rest }) => rest);
}

/** Where this run's files go: the committed RESULTS.md only for a complete full run. */
function outputDir(options: BenchOptions): string {
  const complete = options.mode === 'full' && options.sections.size === SECTIONS.length;
  return complete ? BENCH_DIR : join(DATA_DIR, options.mode);
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const results = emptyResults(options.mode, machine());
  const start = load();
  results.loads.push({ at: 'start', load: start });
  if (start.one > results.machine.cores) log(`warning: the load average is ${start.one.toFixed(1)} on ${results.machine.cores} cores; timings will be inflated`);
  try {
    await measure(options, results);
  } catch (error) {
    results.errors.push({ part: 'setup', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    log(`FAILED setup: ${String(error)}`);
  }
  results.loads.push({ at: 'end', load: load() });
  results.activation = readActivation();
  results.targets = judgeTargets(results);
  results.durationS = (performance.now() - began) / 1000;
  const dir = outputDir(options);
  mkdirSync(dir, { recursive: true });
  const markdown = renderMarkdown(results);
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, 'RESULTS.md'), markdown);
  process.stdout.write('\n' + markdown.slice(markdown.indexOf('## Targets'), markdown.indexOf('\n## ', markdown.indexOf('## Targets') + 1)) + '\n\n');
  log(`wrote ${join(dir, 'RESULTS.md')} and results.json`);
  if (results.errors.length > 0) {
    log(`${results.errors.length} part(s) failed: ${results.errors.map((error) => error.part).join(', ')}`);
    return 1;
  }
  const short = results.targets.filter((target) => target.verdict === 'short');
  return options.strict && short.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
