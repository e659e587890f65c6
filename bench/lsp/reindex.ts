/**
 * The re-index after one journal changes on disk: the file gets a new entry with a mistake, the
 * client reports it (`workspace/didChangeWatchedFiles`), and the clock stops when the server's
 * diagnostics of that file are the new ones (pulled until the result id changes). The model changed
 * notification, and then the model summary request the views make then, are timed too. Every
 * file is put back afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, DocumentDiagnosticRequest, FileChangeType } from 'vscode-languageserver-protocol/node';
import { MODEL_CHANGED_NOTIFICATION } from '../../server/src/protocol';
import { repeatWithin, summarize, type Summary } from '../stats';
import { within, type LspServer } from './serverProcess';

export interface ReindexSamples {
  /** didChangeWatchedFiles → the changed file's new diagnostics. */
  toDiagnosticsMs: Summary;
  /** didChangeWatchedFiles → `practiceJournal/modelChanged` (the server's debounce included). */
  toModelChangedMs: Summary;
  /** The model summary request once the change is announced (what the tree views do then). */
  modelAfterChangeMs: Summary;
}

const WAIT_MS = 10 * 60_000;

/** The result id of the file's diagnostics, pulled until it differs from `previous`. */
async function freshResultId(server: LspServer, uri: string, previous: string | undefined): Promise<string> {
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    const params = { textDocument: { uri }, ...(previous === undefined ? {} : { previousResultId: previous }) };
    const report = await within(server.connection.sendRequest(DocumentDiagnosticRequest.type, params), WAIT_MS, 'pulled diagnostics');
    if (report.kind === 'full' && report.resultId !== undefined && report.resultId !== previous) return report.resultId;
    if (performance.now() > deadline) throw new Error(`the diagnostics of ${uri} did not change within ${WAIT_MS / 1000} s of the file changing`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A new entry dated like the journal's last one, so the journal stays in order and the model
 * changes. Its title lacks the closing quote: the file's diagnostics change too, so its result
 * id does (an edit that leaves the diagnostics as they were keeps the id).
 */
function withNewEntry(text: string): string {
  const dates = text.match(/^\d{4}-\d{2}-\d{2}/gm);
  const date = dates?.[dates.length - 1] ?? '2020-01-01';
  return `${text.replace(/\n*$/, '\n')}\n${date} engagement +ward-7 @ana "Re-index\n  energy: energizing\n\n  A line written for the benchmark's re-index.\n`;
}

export async function reindexSamples(server: LspServer, journals: readonly string[], count: number, budgetMs: number): Promise<ReindexSamples> {
  let modelChanged: ((at: number) => void) | undefined;
  server.connection.onNotification(MODEL_CHANGED_NOTIFICATION, () => modelChanged?.(performance.now()));
  /** Settles with the time the next notification arrived. */
  const nextModelChange = (): Promise<number> => within(new Promise<number>((resolve) => (modelChanged = resolve)), WAIT_MS, 'the model changed notification');
  const report = (uri: string): Promise<void> => server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
  const toDiagnostics: number[] = [];
  const toModelChanged: number[] = [];
  const modelAfterChange: number[] = [];
  await repeatWithin(count, budgetMs, async (sample) => {
    const path = journals[(sample * 7919) % journals.length]!;
    const uri = pathToFileURL(path).href;
    const original = readFileSync(path, 'utf8');
    let resultId = await freshResultId(server, uri, undefined);
    try {
      writeFileSync(path, withNewEntry(original));
      const changed = nextModelChange();
      const started = performance.now();
      await report(uri);
      resultId = await freshResultId(server, uri, resultId);
      toDiagnostics.push(performance.now() - started);
      toModelChanged.push((await changed) - started);
      const modelStarted = performance.now();
      await server.summary();
      modelAfterChange.push(performance.now() - modelStarted);
    } finally {
      writeFileSync(path, original);
    }
    const restored = nextModelChange();
    await report(uri);
    await freshResultId(server, uri, resultId);
    await restored;
  });
  return { toDiagnosticsMs: summarize(toDiagnostics), toModelChangedMs: summarize(toModelChanged), modelAfterChangeMs: summarize(modelAfterChange) };
}
