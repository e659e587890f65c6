/**
 * The language server as an editor runs it: `node dist/server.js --stdio` in a process of its
 * own, spoken to over JSON-RPC. Answers the requests a server sends its client, tracks
 * work-done progress (the end of the first workspace read) and reads the process's memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DIRECTION_CROSSINGS_REQUEST,
  MEMBERSHIP_ENTRIES_REQUEST,
  MODEL_REQUEST,
  type CrossingModel,
  type DirectionCrossingsParams,
  type MembershipEntriesParams,
  type MembershipEntry,
  type ModelSummaryResult,
  type PageResult,
} from '../../server/src/protocol';
import { PROFILE_DIR, SERVER_BUNDLE } from '../paths';
import { procMemory } from '../processRun';

export interface StartOptions {
  /** The workspace folder, if any. */
  root?: string;
  /** Declare pull diagnostics (`textDocument/diagnostic`), as VS Code does; otherwise they are pushed. */
  pull: boolean;
  /** Write a CPU profile of the server to bench/data/profiles/<name>/. */
  profile?: string;
}

export interface StartedServer {
  server: LspServer;
  /** From spawning the process to the answer to `initialize`. */
  startupMs: number;
  /** Settles when the first workspace read (reported as work-done progress) has ended. */
  indexed: Promise<void>;
  /** `performance.now()` when `initialized` was sent: the workspace read starts there. */
  initializedAt: number;
}

/** Requests a server may send its client, answered with nothing (the benchmark's client has no UI). */
const CLIENT_REQUESTS = [
  'window/workDoneProgress/create',
  'window/showMessageRequest',
  'client/registerCapability',
  'client/unregisterCapability',
  'workspace/diagnostic/refresh',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'workspace/codeLens/refresh',
];

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspServer {
  readonly connection: ProtocolConnection;
  private stderr = '';
  private stopping = false;
  private readonly progressEnds: (() => void)[] = [];
  private readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    void this.exited.then((code) => {
      if (!this.stopping) {
        process.stderr.write(`the language server exited unexpectedly (code ${code}):\n${this.stderr}\n`);
        this.connection.dispose();
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? []).map(() => null));
    for (const method of CLIENT_REQUESTS) this.connection.onRequest(method, () => null);
    this.connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => {
      if (params.value?.kind === 'end') this.progressEnds.shift()?.();
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Resident memory now and its peak so far, in bytes. */
  memory(): { rss: number; peak: number } {
    return procMemory(this.pid);
  }

  /** The model summary with no filter, as the tree views ask for it. */
  summary(): Promise<ModelSummaryResult> {
    return within(this.connection.sendRequest<ModelSummaryResult>(MODEL_REQUEST, { summary: true }), 10 * 60_000, 'the model summary');
  }

  /** A page of one membership's entries, as expanding its Entries row asks for it. */
  entries(params: MembershipEntriesParams): Promise<PageResult<MembershipEntry>> {
    return within(this.connection.sendRequest<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, params), 10 * 60_000, 'a page of entries');
  }

  /** A page of one direction's crossings, as expanding its node asks for it. */
  crossings(params: DirectionCrossingsParams): Promise<PageResult<CrossingModel>> {
    return within(this.connection.sendRequest<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, params), 10 * 60_000, 'a page of crossings');
  }

  /** Settles at the next end of a work-done progress. */
  nextProgressEnd(): Promise<void> {
    return new Promise((resolve) => this.progressEnds.push(resolve));
  }

  /** Shuts the server down as a client does (`shutdown`, then `exit`); kills it if it lingers. */
  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await within(this.connection.sendRequest('shutdown'), 10_000, 'the answer to shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // A server that cannot shut down cleanly is killed below.
    }
    const code = await within(this.exited, 10_000, 'the server to exit').catch(() => {
      this.child.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    if (code !== 0) throw new Error(`the language server did not exit cleanly (code ${code}):\n${this.stderr}`);
  }
}

export async function startServer(options: StartOptions): Promise<StartedServer> {
  const started = performance.now();
  const flags = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, options.profile)}`] : [];
  const child = spawn(process.execPath, [...flags, SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const server = new LspServer(child);
  const rootUri = options.root ? pathToFileURL(options.root).href : null;
  const capabilities: ClientCapabilities = {
    window: { workDoneProgress: true },
    workspace: { workspaceFolders: true },
    ...(options.pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {}),
  };
  await within(
    server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
    }),
    60_000,
    'the answer to initialize',
  );
  const startupMs = performance.now() - started;
  // Registered before `initialized`, so an instant workspace read is not missed.
  const indexed = server.nextProgressEnd();
  const initializedAt = performance.now();
  await server.connection.sendNotification(InitializedNotification.type, {});
  return { server, startupMs, indexed, initializedAt };
}
