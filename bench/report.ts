/** results.json → the Markdown tables of RESULTS.md. */
import { count } from './config';
import { formatLoad } from './machine';
import type { CoreTiming } from './core';
import type { BenchResults } from './results';
import type { Summary } from './stats';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
const kb = (bytes: number): string => (bytes >= 1e6 ? mb(bytes) : `${(bytes / 1e3).toFixed(bytes < 10e3 ? 1 : 0)} KB`);

function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1_000) return `${(value / 1000).toFixed(2)} s`;
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

/** "4.0× faster" or "2.5× slower", from their time over ours. */
function speed(speedup: number): string {
  return speedup >= 1 ? `${speedup.toFixed(1)}× faster` : `${(1 / speedup).toFixed(1)}× slower`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function timeRow(what: string, data: string, summary: Summary, extra = ''): string[] {
  return [what, data, ms(summary.median), ms(summary.p95), String(summary.n), extra];
}

function header(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    '# Benchmark results',
    '',
    `${results.mode === 'full' ? 'Full' : 'Quick'} run of \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`, ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(results.durationS)} s; commit ${m.commit ?? 'unknown'}.`,
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB RAM, ${m.platform}, Node ${m.node}.`,
    `Load average (1 / 5 / 15 min): ${results.loads.map((entry) => `${formatLoad(entry.load)} (${entry.at})`).join('; ')}.`,
  ];
  const busiest = Math.max(...results.loads.map((entry) => entry.load.one));
  if (busiest > m.cores) lines.push('', `> **The machine was busy** (1-minute load up to ${busiest.toFixed(1)} on ${m.cores} cores): the times below are inflated and the verdicts are not final.`);
  if (results.mode === 'quick') lines.push('', '> Quick run: small inputs and few repeats, to keep the benchmark working; target rows name the full sizes and their verdicts are indicative only.');
  lines.push('', 'Wall-clock times; MB = 10⁶ bytes; "p95" is the nearest-rank 95th percentile of the n runs (with fewer than 20 runs, the slowest).');
  return lines.join('\n');
}

function targets(results: BenchResults): string {
  return ['## Targets', '', table(['Target', 'Goal', 'Measured', 'Verdict'], results.targets.map((t) => [t.label, t.goal, t.measured, t.verdict === 'pass' ? 'pass' : t.verdict === 'short' ? '**short**' : t.verdict]))].join('\n');
}

function core(results: BenchResults): string[] {
  const c = results.core;
  if (!c) return [];
  const input = `${c.data} (${mb(c.bytes)}, ${count(c.entries)} entries)`;
  const throughput = (t: CoreTiming): string =>
    `${t.mbPerSecond.median.toFixed(1)} MB/s, ${count(Math.round(t.entriesPerSecond.median))} entries/s (p95: ${t.mbPerSecond.p95.toFixed(1)} MB/s); CPU ${ms(t.cpuMs.median)} = ${(c.bytes / 1e3 / t.cpuMs.median).toFixed(1)} MB per CPU-second`;
  const rows = [timeRow('parse + front matter + validate, as the linter does (checked while parsed, no tree kept)', input, c.timeMs, throughput(c))];
  if (c.held) rows.push(timeRow('the same, as an editor does (the whole tree built and kept, then checked)', input, c.held.timeMs, throughput(c.held)));
  return ['## Core, in-process, hot', '', table(['Measurement', 'Input', 'Median', 'p95', 'n', 'Throughput'], rows)];
}

function lint(results: BenchResults): string[] {
  const runs = [results.lint.bigJournal, results.lint.journal, results.lint.largeWorkspace].filter((run) => run !== undefined);
  if (runs.length === 0) return [];
  const rows = runs.map((run) => [
    `${run.data} (${count(run.files)} file${run.files > 1 ? 's' : ''}, ${count(run.entries)} entries, ${mb(run.bytes)})`,
    ms(run.wallMs.median),
    ms(run.wallMs.p95),
    `${run.mbPerSecond.median.toFixed(1)} MB/s`,
    `${mb(run.peakRss.median)} (${(run.peakRss.median / run.bytes).toFixed(1)}× input)`,
    run.cpuMs ? ms(run.cpuMs.median) : '—',
    String(run.wallMs.n),
  ]);
  return ['## CLI `practice-journal lint`, whole process', '', table(['Input', 'Wall median', 'Wall p95', 'Throughput (median)', 'Peak RSS (median)', 'CPU (median)', 'n'], rows)];
}

function server(results: BenchResults): string[] {
  const rows: string[][] = [];
  const e = results.editing;
  if (e) {
    const data = `${e.data} (${count(e.entries)} entries, ${mb(e.bytes)})`;
    rows.push(timeRow('start-up: spawn → `initialize` answered', '—', e.startupMs));
    rows.push(['open: `didOpen` → first pulled diagnostics', data, ms(e.openMs), '—', '1', `${count(e.diagnostics)} diagnostics; server RSS ${mb(e.rss)} (peak ${mb(e.peakRss)})`]);
    rows.push(timeRow('keystroke → pulled diagnostics', data, e.keystrokeMs, `one character typed or deleted in prose; the pull names the result held, as VS Code's client does: ${count(e.keystrokeUnchanged)} of ${count(e.keystrokeMs.n)} answered "unchanged"`));
    rows.push(timeRow('keystroke → pulled diagnostics, no result id held', data, e.fullReportKeystrokeMs, `every answer a full report of all ${count(e.diagnostics)} diagnostics`));
    rows.push(timeRow('keystroke → pushed diagnostics', data, e.pushedKeystrokeMs, 'for clients without pull; includes the 150 ms debounce'));
    rows.push(timeRow('completion after typing ` +`', data, e.completionAfterKeystrokeMs, `${count(e.completionItems)} items; includes the edit's re-parse`));
    rows.push(timeRow('completion, same place, no edit', data, e.completionMs));
    rows.push(timeRow('hover over a header `+community`', data, e.hoverMs));
  }
  for (const w of [results.workspaces.small, results.workspaces.large]) {
    if (!w) continue;
    const data = `${w.data} (${count(w.files)} files, ${count(w.entries)} entries, ${mb(w.bytes)})`;
    rows.push(timeRow('workspace read: `initialized` → progress end', data, w.indexMs, `server RSS ${mb(w.rss.median)}, peak ${mb(w.peakRss.median)}`));
    rows.push(timeRow('re-index: `didChangeWatchedFiles` → new diagnostics', data, w.reindex.toDiagnosticsMs));
    rows.push(timeRow('re-index → `modelChanged` notification', data, w.reindex.toModelChangedMs, 'includes the 150 ms debounce'));
    rows.push(timeRow('model summary (`practiceJournal/model`, `summary: true`) right after a change', data, w.reindex.modelAfterChangeMs));
    const summary = `${count(w.model.people)} people, ${count(w.model.memberships)} memberships, ${count(w.model.communities)} communities, ${count(w.model.directions)} directions`;
    rows.push(timeRow('model summary, no filter, nothing changed', data, w.modelMs, `first after the read ${ms(w.firstModelMs)}; ${kb(w.modelBytes)} of JSON: ${summary}`));
    const pages = [
      ['a membership’s entries (`practiceJournal/membershipEntries`)', 'entries', w.entriesPage],
      ['a direction’s crossings (`practiceJournal/directionCrossings`)', 'crossings', w.crossingsPage],
    ] as const;
    for (const [what, noun, page] of pages) {
      rows.push(timeRow(`one page of ${what}`, data, page.ms, `${count(page.items)} of the ${count(page.total)} ${noun} of ${page.list}; the first request, which orders them, ${ms(page.firstMs)}`));
    }
    rows.push(timeRow('hover in one journal of the workspace', data, w.hoverMs));
  }
  if (rows.length === 0) return [];
  return ['## Language server over LSP (`node dist/server.js --stdio`)', '', table(['Measurement', 'Input', 'Median', 'p95', 'n', 'Notes'], rows)];
}

function anchors(results: BenchResults): string[] {
  if (results.anchors.length === 0 && results.anchorSkips.length === 0) return [];
  const ours = (name: string) => [results.lint.bigJournal, results.lint.journal].find((run) => run?.data === name);
  const rows = results.anchors.map((a) => {
    const mine = ours(a.comparedWith);
    const ratio = mine ? `ours ${ms(mine.wallMs.median)} = ${(mine.wallMs.median / a.wallMs.median).toFixed(2)} of theirs (${speed(a.wallMs.median / mine.wallMs.median)})` : 'not compared';
    return [`${a.tool} (${a.version})`, `${a.data} (${count(a.records)} records, ${mb(a.bytes)})`, ms(a.wallMs.median), ms(a.wallMs.p95), mb(a.peakRss.median), a.cpuMs ? ms(a.cpuMs.median) : '—', String(a.wallMs.n), ratio];
  });
  for (const skip of results.anchorSkips) rows.push([skip.tool, '—', '—', '—', '—', '—', '0', `skipped: ${skip.reason}`]);
  return ['## Anchors: other tools on equivalent input, same run', '', table(['Tool', 'Input', 'Wall median', 'Wall p95', 'Peak RSS', 'CPU (median)', 'n', 'practice-journal lint on the same size'], rows)];
}

function inputs(results: BenchResults): string[] {
  const rows = results.data.map((set) => [set.name, set.target, count(set.files), count(set.entries), mb(set.bytes)]);
  return ['## Inputs (generated, seeded)', '', table(['Set', 'Given to the tool', 'Files', 'Entries / records', 'Size'], rows)];
}

function notes(results: BenchResults): string[] {
  const lines = [...results.errors.map((error) => `**FAILED** ${error.part}: ${error.message.split('\n')[0]}`), ...results.notes, ...Object.entries(results.tools).map(([tool, version]) => `${tool}: ${version}`)];
  return lines.length === 0 ? [] : ['## Notes', '', ...lines.map((line) => `- ${line}`)];
}

export function renderMarkdown(results: BenchResults): string {
  const sections = [[header(results)], [targets(results)], core(results), lint(results), server(results), anchors(results), inputs(results), notes(results)];
  return sections.filter((section) => section.length > 0).map((section) => section.join('\n')).join('\n\n') + '\n';
}
