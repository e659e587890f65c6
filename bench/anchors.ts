/**
 * Measurement 4: the tools people would otherwise use, on equivalent inputs, in the same run:
 * `hledger check` and `ledger stats` on a ledger journal as big as the big journal (as many
 * transactions as it has entries), `markdownlint-cli2` on meeting notes as big as the editing
 * journal. A tool that is missing or fails is reported as skipped, with the reason.
 */
import type { BenchConfig } from './config';
import type { DataSet } from './data';
import { runProcess } from './processRun';
import type { Tool, Tools } from './setup';
import { summarize, type Summary } from './stats';

export interface AnchorResult {
  tool: string;
  version: string;
  data: string;
  bytes: number;
  /** Transactions or notes. */
  records: number;
  wallMs: Summary;
  peakRss: Summary;
  /** User + system CPU time (from GNU time; absent without it). */
  cpuMs: Summary | undefined;
  /** Which of our CLI measurements this compares with (its data set). */
  comparedWith: string;
}

export interface AnchorSkip {
  tool: string;
  reason: string;
}

interface AnchorPlan {
  name: string;
  tool: Tool | undefined;
  data: () => DataSet;
  /** Exit codes that mean "ran to the end" (a linter exits 1 when it finds something). */
  ok: number[];
  comparedWith: string;
}

async function runAnchor(config: BenchConfig, plan: AnchorPlan, tool: Tool): Promise<AnchorResult | AnchorSkip> {
  const data = plan.data();
  const walls: number[] = [];
  const peaks: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < config.repeats.anchors; run++) {
    const result = await runProcess(tool.command, [...tool.prefix, data.target], { cwd: data.dir, timeoutMs: config.processTimeoutMs }).catch((error: Error) => error);
    if (result instanceof Error) return { tool: plan.name, reason: result.message };
    if (!plan.ok.includes(result.exitCode)) return { tool: plan.name, reason: `exited with ${result.exitCode}: ${result.stderrTail.trim().split('\n').pop() ?? ''}` };
    walls.push(result.wallMs);
    peaks.push(result.peakRss);
    if (result.cpuMs !== undefined) cpu.push(result.cpuMs);
  }
  return { tool: plan.name, version: tool.version, data: data.name, bytes: data.bytes, records: data.entries, wallMs: summarize(walls), peakRss: summarize(peaks), cpuMs: cpu.length > 0 ? summarize(cpu) : undefined, comparedWith: plan.comparedWith };
}

export async function measureAnchors(
  config: BenchConfig,
  tools: Tools,
  data: { ledger: () => DataSet; notes: () => DataSet; bigJournal: string; journal: string },
  log: (line: string) => void,
): Promise<{ results: AnchorResult[]; skipped: AnchorSkip[] }> {
  const plans: AnchorPlan[] = [
    { name: 'ledger stats', tool: tools.ledger, data: data.ledger, ok: [0], comparedWith: data.bigJournal },
    { name: 'hledger check', tool: tools.hledger, data: data.ledger, ok: [0], comparedWith: data.bigJournal },
    { name: 'markdownlint-cli2', tool: tools.markdownlint, data: data.notes, ok: [0, 1], comparedWith: data.journal },
  ];
  const results: AnchorResult[] = [];
  const skipped: AnchorSkip[] = [];
  for (const plan of plans) {
    if (!plan.tool) {
      skipped.push({ tool: plan.name, reason: 'not installed (see the notes)' });
      continue;
    }
    log(`  ${plan.name}…`);
    const outcome = await runAnchor(config, plan, plan.tool);
    if ('reason' in outcome) skipped.push(outcome);
    else results.push(outcome);
  }
  return { results, skipped };
}
