/** Everything one run of the benchmark measured, as written to results.json. */
import type { Activation } from './activation';
import type { AnchorResult, AnchorSkip } from './anchors';
import type { WholeProcessResult } from './cli';
import type { Mode } from './config';
import type { CoreResult } from './core';
import type { DataSet } from './data';
import type { EditingResult } from './lsp/editing';
import type { WorkspaceResult } from './lsp/workspace';
import type { Load, Machine } from './machine';
import type { TargetVerdict } from './targets';

export interface BenchResults {
  mode: Mode;
  startedAt: string;
  durationS: number;
  machine: Machine;
  /** The load average when each part started, and at the end. */
  loads: { at: string; load: Load }[];
  tools: Record<string, string>;
  notes: string[];
  data: Omit<DataSet, 'dir'>[];
  core: CoreResult | undefined;
  lint: { bigJournal?: WholeProcessResult; journal?: WholeProcessResult; largeWorkspace?: WholeProcessResult };
  editing: EditingResult | undefined;
  workspaces: { small?: WorkspaceResult; large?: WorkspaceResult };
  anchors: AnchorResult[];
  anchorSkips: AnchorSkip[];
  activation: Activation | undefined;
  /** Parts that failed (a crash): the run exits 1. */
  errors: { part: string; message: string }[];
  targets: TargetVerdict[];
}

export function emptyResults(mode: Mode, machine: Machine): BenchResults {
  return {
    mode,
    startedAt: new Date().toISOString(),
    durationS: 0,
    machine,
    loads: [],
    tools: {},
    notes: [],
    data: [],
    core: undefined,
    lint: {},
    editing: undefined,
    workspaces: {},
    anchors: [],
    anchorSkips: [],
    activation: undefined,
    errors: [],
    targets: [],
  };
}
