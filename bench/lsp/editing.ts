/**
 * Measurement 3a: the language server while one types in a large journal (10,000 entries in a
 * full run): keystroke → diagnostics, completion and hover latency, and start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CompletionRequest,
  CompletionTriggerKind,
  DocumentDiagnosticRequest,
  HoverRequest,
  PublishDiagnosticsNotification,
  type CompletionItem,
  type CompletionList,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import type { BenchConfig } from '../config';
import type { DataSet } from '../data';
import { repeatWithin, summarize, timeEach, type Summary } from '../stats';
import { OpenDocument } from './document';
import { startServer, within, type LspServer } from './serverProcess';

export interface EditingResult {
  data: string;
  entries: number;
  bytes: number;
  /** Spawn → answer to `initialize`. */
  startupMs: Summary;
  /** didOpen → the first pulled diagnostics (a whole parse and validation). */
  openMs: number;
  diagnostics: number;
  /**
   * One character typed or deleted in the prose of an entry → the pulled diagnostics, the
   * request carrying the previous result id as VS Code's client sends it.
   */
  keystrokeMs: Summary;
  /** How many of those pulls were answered "unchanged" (the rest were full reports). */
  keystrokeUnchanged: number;
  /** The same keystrokes pulled without a previous result id: every answer is a full report. */
  fullReportKeystrokeMs: Summary;
  /** The same with pushed diagnostics, for clients that cannot pull (the server's debounce included). */
  pushedKeystrokeMs: Summary;
  /** ` +` typed at the end of a prose line → the completion list at the cursor. */
  completionAfterKeystrokeMs: Summary;
  /** The same completion asked again with no edit in between. */
  completionMs: Summary;
  completionItems: number;
  /** Hover over a `+community` in an entry header. */
  hoverMs: Summary;
  /** Server memory once the journal is open and checked: resident now, and peak. */
  rss: number;
  peakRss: number;
}

const WAIT_MS = 60_000;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** How many samples and how long a series may take. */
interface Series {
  count: number;
  budgetMs: number;
}

function pull(server: LspServer, document: OpenDocument, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  const params = { textDocument: { uri: document.uri }, ...(previousResultId === undefined ? {} : { previousResultId }) };
  return within(server.connection.sendRequest(DocumentDiagnosticRequest.type, params), WAIT_MS, 'pulled diagnostics');
}

/**
 * Types a character into prose lines and deletes it again, each keystroke timed to its
 * diagnostics. With `keepResultId` each pull names the result the client holds, as VS Code's
 * client does, so the server may answer "unchanged".
 */
async function keystrokes(server: LspServer, document: OpenDocument, series: Series, keepResultId: boolean): Promise<{ samples: number[]; unchanged: number }> {
  const lines = document.proseLines(Math.ceil(series.count / 2) + 5);
  let held: string | undefined;
  let unchanged = 0;
  const keystroke = async (at: { line: number; character: number }, typed: boolean): Promise<DocumentDiagnosticReport> => {
    await (typed ? document.insert(at, 'x') : document.delete(at, 1));
    const report = await pull(server, document, keepResultId ? held : undefined);
    if (report.kind === 'full') held = report.resultId;
    return report;
  };
  for (let warm = 0; warm < 4; warm++) await keystroke({ line: lines[0]!, character: 2 }, warm % 2 === 0);
  // Typed, then deleted: an odd number of samples leaves an 'x', which does not matter to what follows.
  const samples = await timeEach(series.count, series.budgetMs, async (sample) => {
    const report = await keystroke({ line: lines[1 + (sample >> 1)]!, character: 2 }, sample % 2 === 0);
    if (report.kind === 'unchanged') unchanged++;
  });
  if (keepResultId && unchanged === 0) throw new Error('no keystroke in prose was answered "unchanged"');
  return { samples, unchanged };
}

function complete(server: LspServer, document: OpenDocument, line: number, character: number): Promise<CompletionList | CompletionItem[] | null> {
  const params = { textDocument: { uri: document.uri }, position: { line, character }, context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: '+' } };
  return within(server.connection.sendRequest(CompletionRequest.type, params), WAIT_MS, 'a completion list');
}

function itemCount(result: CompletionList | CompletionItem[] | null): number {
  return result === null ? 0 : Array.isArray(result) ? result.length : result.items.length;
}

/** ` +` typed at the end of a prose line, then completion there; then the same request with no edit. */
async function completions(server: LspServer, document: OpenDocument, series: Series): Promise<{ afterKeystroke: number[]; idle: number[]; items: number }> {
  const lines = document.proseLines(series.count + 40).slice(40);
  const afterKeystroke: number[] = [];
  const idle: number[] = [];
  let items = 0;
  await repeatWithin(series.count, series.budgetMs, async (sample) => {
    const line = lines[sample]!;
    const end = document.lines[line]!.length;
    afterKeystroke.push(await timed(async () => {
      await document.insert({ line, character: end }, ' +');
      items = itemCount(await complete(server, document, line, end + 2));
    }));
    idle.push(await timed(() => complete(server, document, line, end + 2)));
    await document.delete({ line, character: end }, 2);
  });
  if (items === 0) throw new Error('completion after + in prose returned no items');
  return { afterKeystroke, idle, items };
}

async function hovers(server: LspServer, document: OpenDocument, series: Series): Promise<number[]> {
  const positions = document.headerReferences(series.count);
  let answered = 0;
  const samples = await timeEach(series.count, series.budgetMs, async (sample) => {
    const hover = await within(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: positions[sample]! }), WAIT_MS, 'a hover');
    if (hover) answered++;
  });
  if (answered === 0) throw new Error('no hover over a +community in a header was answered');
  return samples;
}

async function startups(count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < count; run++) {
    const { server, startupMs, indexed } = await startServer({ pull: true });
    await within(indexed, WAIT_MS, 'an empty workspace read');
    samples.push(startupMs);
    await server.stop();
  }
  return samples;
}

/** Keystroke → pushed diagnostics: each change waits for the diagnostics of its own version. */
async function pushedKeystrokes(data: DataSet, text: string, series: Series): Promise<number[]> {
  const { server, indexed } = await startServer({ root: data.dir, pull: false });
  await within(indexed, WAIT_MS, 'the workspace read');
  const document = new OpenDocument(server.connection, join(data.dir, data.target), text);
  let waiting: { version: number; resolve: () => void } | undefined;
  server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === document.uri && waiting && params.version === waiting.version) waiting.resolve();
  });
  const published = (version: number): Promise<void> => within(new Promise<void>((resolve) => (waiting = { version, resolve })), WAIT_MS, 'published diagnostics');
  let next = published(1);
  await document.open();
  await next;
  const lines = document.proseLines(series.count + 1);
  const samples = await timeEach(series.count, series.budgetMs, async (sample) => {
    next = published(document.version + 1);
    const at = { line: lines[sample >> 1]!, character: 2 };
    await (sample % 2 === 0 ? document.insert(at, 'x') : document.delete(at, 1));
    await next;
  });
  await server.stop();
  return samples;
}

export async function measureEditing(config: BenchConfig, data: DataSet, profile: boolean): Promise<EditingResult> {
  const { repeats, seriesBudgetMs: budgetMs } = config;
  const text = readFileSync(join(data.dir, data.target), 'utf8');
  const startupMs = summarize(await startups(repeats.startups));
  const { server, indexed } = await startServer({ root: data.dir, pull: true, ...(profile ? { profile: 'server-editing' } : {}) });
  await within(indexed, WAIT_MS, 'the workspace read');
  const document = new OpenDocument(server.connection, join(data.dir, data.target), text);
  let diagnostics = 0;
  const openMs = await timed(async () => {
    await document.open();
    const report = await pull(server, document);
    diagnostics = report.kind === 'full' ? report.items.length : 0;
  });
  if (diagnostics === 0) throw new Error('the open journal got no diagnostics, though it holds mistakes');
  const { rss, peak } = server.memory();
  const keystroke = await keystrokes(server, document, { count: repeats.keystrokes, budgetMs }, true);
  const fullReportKeystrokeMs = summarize((await keystrokes(server, document, { count: repeats.keystrokes, budgetMs }, false)).samples);
  const completion = await completions(server, document, { count: repeats.completions, budgetMs });
  // Hovers come when typing has paused: the last edit is checked before the first hover.
  await pull(server, document);
  const hoverMs = summarize(await hovers(server, document, { count: repeats.hovers, budgetMs }));
  await server.stop();
  const pushedKeystrokeMs = summarize(await pushedKeystrokes(data, text, { count: repeats.pushedKeystrokes, budgetMs }));
  return {
    data: data.name,
    entries: data.entries,
    bytes: data.bytes,
    startupMs,
    openMs,
    diagnostics,
    keystrokeMs: summarize(keystroke.samples),
    keystrokeUnchanged: keystroke.unchanged,
    fullReportKeystrokeMs,
    pushedKeystrokeMs,
    completionAfterKeystrokeMs: summarize(completion.afterKeystroke),
    completionMs: summarize(completion.idle),
    completionItems: completion.items,
    hoverMs,
    rss,
    peakRss: peak,
  };
}
