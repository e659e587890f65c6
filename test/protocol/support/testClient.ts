/**
 * A language client for tests: the real `startServer` on one end of two in-memory streams, a
 * protocol connection on the other, and a record of everything the server sent.
 */
import { PassThrough } from 'node:stream';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { dayFromIsoDate } from '../../../server/src/language/service';
import { MODEL_CHANGED_NOTIFICATION, type ModelChangedParams } from '../../../server/src/protocol';
import { startServer } from '../../../server/src/server';
import { TODAY } from '../../support/journal';
import { waitFor } from './poll';

/** A client that cannot pull diagnostics: the server pushes them. */
export const PUSH_CLIENT: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true },
};

/** A client that pulls diagnostics and honours refresh requests. */
export const PULL_CLIENT: ClientCapabilities = {
  ...PUSH_CLIENT,
  textDocument: { ...PUSH_CLIENT.textDocument, diagnostic: { dynamicRegistration: false } },
  workspace: { ...PUSH_CLIENT.workspace, diagnostics: { refreshSupport: true } },
};

export interface TestClientOptions {
  capabilities?: ClientCapabilities;
  /** Workspace folder URIs. */
  folders?: string[];
  /** The `practiceJournal` section the client answers `workspace/configuration` with. */
  settings?: unknown;
  /** The server's debounce, short so tests run fast. */
  debounceMs?: number;
}

/** The test client; `start` returns one whose server has read its settings and workspace folders. */
export class TestClient {
  /** The latest diagnostics pushed per URI. */
  readonly pushed = new Map<string, PublishDiagnosticsParams>();
  readonly pushes: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly modelChanges: ModelChangedParams[] = [];
  refreshes = 0;
  /** How many progress reports have ended (the workspace has been read when one has). */
  progressEnded = 0;
  initializeResult!: InitializeResult;
  settings: unknown;
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly serverSide: { dispose(): void },
    settings: unknown,
  ) {
    this.settings = settings;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.pushed.set(params.uri, params);
      this.pushes.push(params);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    connection.onNotification(MODEL_CHANGED_NOTIFICATION, (params: ModelChangedParams) => void this.modelChanges.push(params));
    connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => {
      if (params.value?.kind === 'end') this.progressEnded++;
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings ?? null));
    connection.onRequest(RegistrationRequest.type, (params) => void this.registrations.push(...params.registrations));
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    connection.onRequest(DiagnosticRefreshRequest.type, () => void this.refreshes++);
  }

  static async start(options: TestClientOptions = {}): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const today = dayFromIsoDate(TODAY)!;
    startServer(serverConnection, { debounceMs: options.debounceMs ?? 10, today: () => today });
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const client = new TestClient(connection, serverConnection, options.settings);
    connection.listen();
    const folders = options.folders ?? [];
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: folders[0] ?? null,
      capabilities: options.capabilities ?? PUSH_CLIENT,
      workspaceFolders: folders.map((uri, index) => ({ uri, name: `folder${index}` })),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await client.ready();
    return client;
  }

  /** Waits until the server has read its settings and then the workspace folders from disk. */
  async ready(): Promise<void> {
    await waitFor(() => this.progressEnded > 0, { what: 'the workspace to be read' });
  }

  async open(uri: string, text: string, languageId = 'practice'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental change (or a whole new text when given a string). */
  async change(uri: string, change: TextDocumentContentChangeEvent | string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const contentChanges = [typeof change === 'string' ? { text: change } : change];
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async fileChanged(uri: string, type: FileChangeType): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  /** Waits for pushed diagnostics of `uri` that satisfy `accept`. */
  async diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const params = await waitFor(() => {
      const latest = this.pushed.get(uri);
      return latest && accept(latest.diagnostics, latest) ? latest : undefined;
    }, { what: `diagnostics for ${uri}` });
    return params.diagnostics;
  }

  async dispose(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    this.connection.dispose();
    this.serverSide.dispose();
  }
}

/** The rule ids of some diagnostics, in order. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

export { FileChangeType };
