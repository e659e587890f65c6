/**
 * Diagnostics the client pulls (`textDocument/diagnostic`, `workspace/diagnostic`). Reports
 * say "unchanged" when the client already holds the current result id; a change every file
 * depends on asks the client to pull again (`workspace/diagnostic/refresh`).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  DiagnosticRefreshRequest,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { CancelledError, uriKey } from './language/service';
import type { Linter } from './linter';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace';

/** How many files to report between two turns of the event loop (so edits and cancellations get in). */
const WORKSPACE_STRIDE = 25;

export class PullDiagnostics {
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly index: WorkspaceIndex,
    private readonly linter: Linter,
    private readonly settings: () => Settings,
    private readonly canRefresh: boolean,
    private readonly delayMs: number,
  ) {
    index.onDidChange((changes) => {
      const workspaceScope = this.settings().diagnostics.scope === 'workspace';
      if (changes.some((change) => change.kind === 'landscape' || (workspaceScope && !this.index.isOpen(change.uri)))) this.refresh();
    });
  }

  document(params: DocumentDiagnosticParams, token: CancellationToken): DocumentDiagnosticReport {
    // A pull the client cancelled (it typed again) is not started: not even the parse of the edit.
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
    const uri = params.textDocument.uri;
    if (!this.index.holds(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return this.report(uri, params.previousResultId, token);
  }

  /** Every file that is not open, when the scope is the whole workspace; open ones are pulled per document. */
  async workspace(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    if (this.settings().diagnostics.scope !== 'workspace') return { items: [] };
    const previous = new Map(params.previousResultIds.map((entry) => [uriKey(entry.uri), entry.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of this.index.files()) {
      if (this.index.isOpen(uri)) continue;
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace diagnostics were cancelled.');
      items.push({ ...this.report(uri, previous.get(uriKey(uri)), token), uri, version: null });
      if (items.length % WORKSPACE_STRIDE === 0) await nextTurn();
    }
    return { items };
  }

  /** "Unchanged" when the client holds the diagnostics the file has now, else all of them. */
  private report(uri: string, held: string | undefined, token: CancellationToken): DocumentDiagnosticReport {
    if (held !== undefined && held === this.linter.knownResultId(uri)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: held };
    const result = retriggerOnCancel(() => this.linter.lint(uri, token));
    if (held === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: held };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
  }

  /** Asks the client to pull everything again, once for a burst of changes. */
  refresh(): void {
    if (!this.canRefresh) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      void this.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
    }, this.delayMs);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
  }
}

/** Stale work was cancelled: tell the client to ask again for the newer text. */
function retriggerOnCancel<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CancelledError) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
    throw error;
  }
}
