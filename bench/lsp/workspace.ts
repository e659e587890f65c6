/**
 * Measurement 3b: the language server on whole workspaces (2,000 and 10,000 journals in a full
 * run): the first read of the workspace and the memory it takes, the re-index after one file
 * changes on disk, and what the tree views ask for: the model summary (`practiceJournal/model`
 * with `summary: true`, no filter), then, when a node is expanded, one page of a membership's
 * entries (`practiceJournal/membershipEntries`) and of a direction's crossings
 * (`practiceJournal/directionCrossings`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import type { BenchConfig } from '../config';
import type { DataSet } from '../data';
import type { DirectionSummary, ModelSummaryResult } from '../../server/src/protocol';
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
  /** The first model summary request after the read. */
  firstModelMs: number;
  /** The model summary request again, nothing changed. */
  modelMs: Summary;
  /** The summary as JSON: its size, and what it holds. */
  modelBytes: number;
  model: { people: number; memberships: number; communities: number; directions: number };
  /** One page of the largest membership's entries: the first request (which orders them), then again. */
  entriesPage: PageSamples;
  /** One page of the most crossed direction's crossings: the first request, then again. */
  crossingsPage: PageSamples;
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

/** How many items the views ask for at a time (client/src/views/modelTree.ts). */
export const PAGE_SIZE = 500;

/** A page request timed: what it was for, the first time, then again with nothing changed. */
export interface PageSamples {
  /** `@person +community` or `+from → +to`, and how many items the whole list holds. */
  list: string;
  total: number;
  items: number;
  firstMs: number;
  ms: Summary;
}

async function timedModels(server: LspServer, count: number, budgetMs: number): Promise<{ first: number; samples: number[]; result: ModelSummaryResult }> {
  const started = performance.now();
  let result = await server.summary();
  const first = performance.now() - started;
  const samples = await timeEach(count, budgetMs, async () => (result = await server.summary()));
  return { first, samples, result };
}

/** Times the first page of a list, once cold, then `count` times more. */
async function timedPages(request: () => Promise<{ items: readonly unknown[]; total: number }>, list: string, count: number, budgetMs: number): Promise<PageSamples> {
  const started = performance.now();
  const page = await request();
  const firstMs = performance.now() - started;
  const samples = await timeEach(count, budgetMs, request);
  return { list, total: page.total, items: page.items.length, firstMs, ms: summarize(samples) };
}

/** The pages a user expanding the biggest nodes of both trees would ask for. */
async function pages(server: LspServer, result: ModelSummaryResult, count: number, budgetMs: number): Promise<{ entriesPage: PageSamples; crossingsPage: PageSamples }> {
  const memberships = result.summary.people.flatMap((person) => person.memberships.map((membership) => ({ person: person.id, ...membership })));
  const membership = memberships.reduce((best, each) => (each.entryCount > best.entryCount ? each : best));
  const direction = result.summary.directions.reduce((best: DirectionSummary, each) => (each.count > best.count ? each : best));
  const entries = { person: membership.person, community: membership.community, offset: 0, limit: PAGE_SIZE };
  const crossings = { direction: { from: direction.from, to: direction.to }, offset: 0, limit: PAGE_SIZE };
  return {
    entriesPage: await timedPages(() => server.entries(entries), `@${membership.person} +${membership.community}`, count, budgetMs),
    crossingsPage: await timedPages(() => server.crossings(crossings), `+${direction.from} → +${direction.to}`, count, budgetMs),
  };
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
      const { people, communities, directions } = models.result.summary;
      details = {
        firstModelMs: models.first,
        modelMs: summarize(models.samples),
        modelBytes: Buffer.byteLength(JSON.stringify(models.result)),
        model: { people: people.length, memberships: people.reduce((sum, person) => sum + person.memberships.length, 0), communities: communities.length, directions: directions.length },
        ...(await pages(server, models.result, repeats.models, budgetMs)),
        reindex: await reindexSamples(server, journals, repeats.reindexes, budgetMs),
        hoverMs: summarize(await hovers(server, journals[journals.length >> 1]!, Math.min(repeats.hovers, 20), budgetMs)),
      };
    }
    await server.stop();
  }
  return { data: data.name, files: data.files, entries: data.entries, bytes: data.bytes, indexMs: summarize(index), rss: summarize(rss), peakRss: summarize(peaks), ...details! };
}
