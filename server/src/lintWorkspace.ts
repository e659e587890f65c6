/** "Lint whole workspace": every journal and landscape the index holds, counted by severity. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DiagnosticSeverity, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Linter } from './linter';
import type { LintWorkspaceResult } from './protocol';
import type { WorkspaceIndex } from './workspace';

/** How many files to lint between two turns of the event loop. */
const STRIDE = 25;

const COUNTERS: Record<DiagnosticSeverity, 'errors' | 'warnings' | 'infos' | 'hints'> = {
  [DiagnosticSeverity.Error]: 'errors',
  [DiagnosticSeverity.Warning]: 'warnings',
  [DiagnosticSeverity.Information]: 'infos',
  [DiagnosticSeverity.Hint]: 'hints',
};

/** Lints every file (results are kept, so publishing them afterwards costs nothing more). */
export async function lintWorkspace(index: WorkspaceIndex, linter: Linter, token: CancellationToken): Promise<LintWorkspaceResult> {
  const result: LintWorkspaceResult = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const uri of index.files()) {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace lint was cancelled.');
    for (const diagnostic of linter.lint(uri, token).diagnostics) result[COUNTERS[diagnostic.severity ?? DiagnosticSeverity.Error]]++;
    if (++result.files % STRIDE === 0) await nextTurn();
  }
  return result;
}
