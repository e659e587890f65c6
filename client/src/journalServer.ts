/**
 * The language server as the views, the commands and the status bar hold it from activation on.
 *
 * VS Code counts loading dist/extension.js and the `activate()` call as the extension's
 * activation time, and vscode-languageclient is most of the extension's code. So the client
 * (languageClient.ts and what only it needs) is bundled on its own, as dist/languageClient.js,
 * and loaded just after `activate()` returns. Until then this stand-in answers for it: requests
 * wait for the server to be loaded and started, events are passed on once it is.
 */
import * as vscode from 'vscode';
import type {
  BoundaryObjectsResult,
  CrossingModel,
  DirectionCrossingsParams,
  LintWorkspaceResult,
  LocateEntryParams,
  LocateEntryResult,
  MembershipEntriesParams,
  MembershipEntry,
  ModelFilter,
  ModelParams,
  ModelResult,
  ModelSummaryResult,
  PageResult,
} from '../../server/src/protocol';
import type { JournalServer as LoadedServer } from './languageClient';
import { messageOf } from './pure/serverErrors';

/** What the rest of the extension uses of the language server: the client's public members. */
export type JournalServer = { readonly [K in keyof LoadedServer]: LoadedServer[K] };

/** The language client's bundle, beside dist/extension.js (scripts/bundle.mjs writes both). */
export const LANGUAGE_CLIENT_BUNDLE = 'dist/languageClient.js';

type LanguageClientModule = typeof import('./languageClient');

export class DeferredServer implements JournalServer, vscode.Disposable {
  private loaded: LoadedServer | undefined;
  private stopped = false;
  private readonly modelChanged = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.modelChanged];
  /** The started server; rejects when it cannot be loaded, or was stopped first. */
  private readonly server: Promise<LoadedServer>;

  /** Fires when the model may have changed: the server said so, or it (re)started. */
  readonly onDidChangeModel = this.modelChanged.event;

  /** Loads and starts the language server once the current call (`activate()`) has returned. */
  constructor(context: vscode.ExtensionContext, watchers: vscode.FileSystemWatcher[]) {
    this.server = new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(this.load(context, watchers));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    // Requests see the failure; nobody need be waiting for it when it happens.
    this.server.catch(() => undefined);
  }

  get isRunning(): boolean {
    return this.loaded?.isRunning ?? false;
  }

  start(): Promise<void> {
    return this.call((server) => server.start());
  }

  restart(): Promise<void> {
    return this.call((server) => server.restart());
  }

  /** Whether the server runs, waiting for it to be loaded and started. */
  ready(): Promise<boolean> {
    return this.server.then(
      (server) => server.ready(),
      () => false,
    );
  }

  /** The workspace model, or undefined while (or because) the server cannot answer. */
  model(params: ModelParams): Promise<ModelResult | undefined> {
    return this.answer((server) => server.model(params));
  }

  /** The model without its long lists, or undefined while (or because) the server cannot answer. */
  summary(filter: ModelFilter): Promise<ModelSummaryResult | undefined> {
    return this.answer((server) => server.summary(filter));
  }

  /** A page of one membership's entries. */
  membershipEntries(params: MembershipEntriesParams): Promise<PageResult<MembershipEntry> | undefined> {
    return this.answer((server) => server.membershipEntries(params));
  }

  /** A page of one direction's crossings. */
  directionCrossings(params: DirectionCrossingsParams): Promise<PageResult<CrossingModel> | undefined> {
    return this.answer((server) => server.directionCrossings(params));
  }

  /** The boundary objects the crossings went through. */
  boundaryObjects(filter: ModelFilter): Promise<BoundaryObjectsResult | undefined> {
    return this.answer((server) => server.boundaryObjects(filter));
  }

  /** Where the entry at a journal's line shows in the views. */
  locateEntry(params: LocateEntryParams): Promise<LocateEntryResult | undefined> {
    return this.answer((server) => server.locateEntry(params));
  }

  /** Asks the server to lint the whole workspace; rejects when it cannot. */
  lintWorkspace(): Promise<LintWorkspaceResult> {
    return this.call((server) => server.lintWorkspace());
  }

  showOutput(): void {
    void this.server.then(
      (server) => server.showOutput(),
      () => undefined,
    );
  }

  /** Stops the server if it was loaded, and keeps it from loading if it was not. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    await this.loaded?.stop();
  }

  dispose(): void {
    void this.stop();
  }

  /** Runs a request about the model once the server is loaded; undefined when it cannot be. */
  private answer<T>(request: (server: LoadedServer) => Promise<T | undefined>): Promise<T | undefined> {
    return this.server.then(request, () => undefined);
  }

  /** Runs a request once the server is loaded; rejects when it cannot be. */
  private async call<T>(request: (server: LoadedServer) => Promise<T>): Promise<T> {
    return request(await this.server);
  }

  private load(context: vscode.ExtensionContext, watchers: vscode.FileSystemWatcher[]): LoadedServer {
    if (this.stopped) throw new Error('the extension was deactivated before the language server started');
    let server: LoadedServer;
    try {
      // A path esbuild leaves alone: this require is the seam between the two bundles.
      const module = require(context.asAbsolutePath(LANGUAGE_CLIENT_BUNDLE)) as LanguageClientModule;
      server = new module.JournalServer(context, watchers);
    } catch (error) {
      void vscode.window.showErrorMessage(`The Practice Journal language server could not be loaded: ${messageOf(error)}. Reinstalling the extension should repair it.`);
      throw error;
    }
    this.loaded = server;
    this.disposables.push(server.onDidChangeModel(() => this.modelChanged.fire()));
    void server.start();
    return server;
  }
}
