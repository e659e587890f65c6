/**
 * The performance targets, each judged pass or short on this run's numbers (or "not measured").
 * Throughputs and whole-process times are judged on the median; latencies on the p95.
 */
import type { BenchResults } from './results';

export type Verdict = 'pass' | 'short' | 'not measured';

export interface TargetVerdict {
  id: string;
  label: string;
  goal: string;
  measured: string;
  verdict: Verdict;
}

interface Target {
  id: string;
  label: string;
  goal: string;
  /** The measured value (undefined: not measured) and how to show it. */
  measure(results: BenchResults): { value: number; text: string } | undefined;
  /** True when the value meets the goal. */
  meets(value: number): boolean;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
const ms = (value: number): string => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);

function speedup(results: BenchResults, tool: string): { value: number; text: string } | undefined {
  const anchor = results.anchors.find((candidate) => candidate.tool === tool);
  const ours = results.lint.bigJournal;
  if (!anchor || !ours) return undefined;
  const value = anchor.wallMs.median / ours.wallMs.median;
  return { value, text: `${value.toFixed(2)}× as fast (ours ${(ours.wallMs.median / 1000).toFixed(2)} s, ${tool} ${(anchor.wallMs.median / 1000).toFixed(2)} s)` };
}

const TARGETS: Target[] = [
  {
    id: 'cli-big-throughput',
    label: 'CLI lint, 50 MB journal, whole process',
    goal: '≥ 30 MB/s',
    measure: (r) => r.lint.bigJournal && { value: r.lint.bigJournal.mbPerSecond.median, text: `${r.lint.bigJournal.mbPerSecond.median.toFixed(1)} MB/s` },
    meets: (value) => value >= 30,
  },
  { id: 'cli-vs-ledger', label: 'CLI lint, 50 MB journal, vs ledger', goal: '≥ 3× faster', measure: (r) => speedup(r, 'ledger stats'), meets: (value) => value >= 3 },
  { id: 'cli-vs-hledger', label: 'CLI lint, 50 MB journal, vs hledger', goal: '≥ 10× faster', measure: (r) => speedup(r, 'hledger check'), meets: (value) => value >= 10 },
  {
    id: 'cli-big-rss',
    label: 'CLI lint, 50 MB journal, peak RSS',
    goal: '≤ 6× the input',
    measure: (r) => r.lint.bigJournal && { value: r.lint.bigJournal.peakRss.median / r.lint.bigJournal.bytes, text: `${(r.lint.bigJournal.peakRss.median / r.lint.bigJournal.bytes).toFixed(1)}× (${mb(r.lint.bigJournal.peakRss.median)})` },
    meets: (value) => value <= 6,
  },
  {
    id: 'cli-workspace-time',
    label: 'CLI lint, 10,000 files / 1M entries, wall time',
    goal: '≤ 8 s',
    measure: (r) => r.lint.largeWorkspace && { value: r.lint.largeWorkspace.wallMs.median, text: `${(r.lint.largeWorkspace.wallMs.median / 1000).toFixed(2)} s` },
    meets: (value) => value <= 8_000,
  },
  {
    id: 'cli-workspace-rss',
    label: 'CLI lint, 10,000 files / 1M entries, peak RSS',
    goal: '≤ 600 MB',
    measure: (r) => r.lint.largeWorkspace && { value: r.lint.largeWorkspace.peakRss.median, text: mb(r.lint.largeWorkspace.peakRss.median) },
    meets: (value) => value <= 600e6,
  },
  {
    id: 'core-throughput',
    label: 'Core parse + validate, hot',
    goal: '≥ 60 MB/s',
    measure: (r) => r.core && { value: r.core.mbPerSecond.median, text: `${r.core.mbPerSecond.median.toFixed(1)} MB/s` },
    meets: (value) => value >= 60,
  },
  {
    id: 'keystroke',
    label: 'Keystroke → diagnostics, 10,000-entry journal (p95)',
    goal: '≤ 10 ms',
    measure: (r) => r.editing && { value: r.editing.keystrokeMs.p95, text: ms(r.editing.keystrokeMs.p95) },
    meets: (value) => value <= 10,
  },
  {
    id: 'completion',
    label: 'Completion after typing `+` (p95)',
    goal: '≤ 5 ms',
    measure: (r) => r.editing && { value: r.editing.completionAfterKeystrokeMs.p95, text: ms(r.editing.completionAfterKeystrokeMs.p95) },
    meets: (value) => value <= 5,
  },
  {
    id: 'hover',
    label: 'Hover (p95)',
    goal: '≤ 5 ms',
    measure: (r) => r.editing && { value: r.editing.hoverMs.p95, text: ms(r.editing.hoverMs.p95) },
    meets: (value) => value <= 5,
  },
  {
    id: 'reindex',
    label: 'Re-index after one file change, 10,000 files (p95)',
    goal: '≤ 20 ms',
    measure: (r) => r.workspaces.large && { value: r.workspaces.large.reindex.toDiagnosticsMs.p95, text: ms(r.workspaces.large.reindex.toDiagnosticsMs.p95) },
    meets: (value) => value <= 20,
  },
  {
    id: 'model',
    label: 'Tree-model request, 10,000 files (p95)',
    goal: '≤ 50 ms',
    measure: (r) => r.workspaces.large && { value: r.workspaces.large.modelMs.p95, text: ms(r.workspaces.large.modelMs.p95) },
    meets: (value) => value <= 50,
  },
  {
    id: 'activation',
    label: 'Extension activation (from the e2e suite)',
    goal: '≤ 100 ms',
    measure: (r) => r.activation && { value: r.activation.ms.median, text: `${ms(r.activation.ms.median)} (${r.activation.source}, ${r.activation.measuredAt.slice(0, 10)})` },
    meets: (value) => value <= 100,
  },
];

export function judgeTargets(results: BenchResults): TargetVerdict[] {
  return TARGETS.map((target) => {
    const measured = target.measure(results);
    const base = { id: target.id, label: target.label, goal: target.goal };
    if (!measured) return { ...base, measured: target.id === 'activation' ? 'not measured in this run' : 'not measured', verdict: 'not measured' };
    return { ...base, measured: measured.text, verdict: target.meets(measured.value) ? 'pass' : 'short' };
  });
}
