/**
 * Measurement 3b: the language server on whole workspaces (2,000 and 10,000 journals in a full
 * run): the first read of the workspace and the memory it takes, the re-index after one file
 * changes on disk, and the tree model request (`practiceJournal/model`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import type { BenchConfig } from '../config';
import type { DataSet } from '../data';
import type { ModelResult } from '../../server/src/protocol';
import { summarize, timeEach, type Summary } from '../stats';
import { reindexSamples, type ReindexSamples } from './reindex';
import { startServer, within, type LspServer } from './serverProcess';

export interface WorkspaceResult {
  data: string;
  files: number;
  entries: number;
  bytes: number;
  /** `initialized` → the end of the workspace read (its work-done progress). */
  indexMs: Summary;
  /** Server memory once the workspace is read: resident, and peak, over the runs. */
  rss: Summary;
  peakRss: Summary;
  /** The first model request after the read. */
  firstModelMs: number;
  /** The model request again, nothing changed. */
  modelMs: Summary;
  /** The model as JSON: its size, and what it holds. */
  modelBytes: number;
  model: { people: number; communities: number; crossings: number };
  reindex: ReindexSamples;
  /** Hover over a `+community` in one journal of the workspace. */
  hoverMs: Summary;
}

const WAIT_MS = 10 * 60_000;

/** Every journal below `dir`. */
export function journalsIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...journalsIn(path));
    else if (entry.name.endsWith('.practice')) found.push(path);
  }
  return found.sort();
}

/** The model's size as JSON, counted piece by piece (one string of it all may not fit in memory). */
function jsonBytes(result: ModelResult): number {
  const { people, communities, crossings } = result.model;
  let bytes = 0;
  for (const part of [...people, ...communities, ...crossings]) bytes += Buffer.byteLength(JSON.stringify(part));
  return bytes;
}

async function timedModels(server: LspServer, count: number, budgetMs: number): Promise<{ first: number; samples: number[]; result: ModelResult }> {
  const started = performance.now();
  let result = await server.model();
  const first = performance.now() - started;
  const samples = await timeEach(count, budgetMs, async () => (result = await server.model()));
  return { first, samples, result };
}

/** Hover over the first header `+community` of a journal that is not open (after a change, the first one rebuilds the model). */
async function hovers(server: LspServer, journal: string, count: number, budgetMs: number): Promise<number[]> {
  const lines = readFileSync(journal, 'utf8').split('\n');
  const line = lines.findIndex((text) => /^\d.* \+/.test(text));
  const position = { line, character: lines[line]!.indexOf(' +') + 3 };
  const textDocument = { uri: pathToFileURL(journal).href };
  return timeEach(count, budgetMs, () => within(server.connection.sendRequest(HoverRequest.type, { textDocument, position }), WAIT_MS, 'a hover'));
}

export async function measureWorkspace(config: BenchConfig, data: DataSet, profile: boolean, log: (line: string) => void): Promise<WorkspaceResult> {
  const { repeats, seriesBudgetMs: budgetMs } = config;
  const journals = journalsIn(data.dir);
  const index: number[] = [];
  const rss: number[] = [];
  const peaks: number[] = [];
  let details: Omit<WorkspaceResult, 'data' | 'files' | 'entries' | 'bytes' | 'indexMs' | 'rss' | 'peakRss'> | undefined;
  for (let run = 0; run < repeats.indexRuns; run++) {
    const last = run === repeats.indexRuns - 1;
    const { server, indexed, initializedAt } = await startServer({ root: data.dir, pull: true, ...(profile && last ? { profile: `server-${data.name}` } : {}) });
    await within(indexed, WAIT_MS, `the read of ${data.name}`);
    index.push(performance.now() - initializedAt);
    const memory = server.memory();
    rss.push(memory.rss);
    peaks.push(memory.peak);
    log(`  ${data.name}: read in ${(index[run]! / 1000).toFixed(1)} s, RSS ${(memory.rss / 1e6).toFixed(0)} MB`);
    if (last) {
      const models = await timedModels(server, repeats.models, budgetMs);
      const { people, communities, crossings } = models.result.model;
      details = {
        firstModelMs: models.first,
        modelMs: summarize(models.samples),
        modelBytes: jsonBytes(models.result),
        model: { people: people.length, communities: communities.length, crossings: crossings.length },
        reindex: await reindexSamples(server, journals, repeats.reindexes, budgetMs),
        hoverMs: summarize(await hovers(server, journals[journals.length >> 1]!, Math.min(repeats.hovers, 20), budgetMs)),
      };
    }
    await server.stop();
  }
  return { data: data.name, files: data.files, entries: data.entries, bytes: data.bytes, indexMs: summarize(index), rss: summarize(rss), peakRss: summarize(peaks), ...details! };
}
