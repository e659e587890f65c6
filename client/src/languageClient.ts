/**
 * The language server, as the rest of the extension sees it: started from the bundled
 * `dist/server.js` over IPC, restarted when it dies (telling the user once per streak of
 * crashes), and asked for the workspace model the views are drawn from.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
  type StaticFeature,
} from 'vscode-languageclient/node';
import {
  BOUNDARY_OBJECTS_REQUEST,
  DIRECTION_CROSSINGS_REQUEST,
  LINT_WORKSPACE_REQUEST,
  LOCATE_ENTRY_REQUEST,
  MEMBERSHIP_ENTRIES_REQUEST,
  MODEL_CHANGED_NOTIFICATION,
  MODEL_REQUEST,
  type BoundaryObjectsResult,
  type CrossingModel,
  type DirectionCrossingsParams,
  type LintWorkspaceResult,
  type LocateEntryParams,
  type LocateEntryResult,
  type MembershipEntriesParams,
  type MembershipEntry,
  type ModelFilter,
  type ModelParams,
  type ModelResult,
  type ModelSummaryResult,
  type PageResult,
} from '../../server/src/protocol';
import { CrashStreak } from './pure/crashStreak';
import { messageOf } from './pure/serverErrors';
import { LANDSCAPE_GLOB } from './pure/watchedFiles';

const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'practice' },
  { scheme: 'file', language: 'yaml', pattern: LANDSCAPE_GLOB },
];

/**
 * The client watches the files itself (the watchers are handed to it), so the server need not
 * register the same watchers again: with both, every change would be reported twice.
 */
const CLIENT_OWNS_WATCHERS: StaticFeature = {
  fillClientCapabilities(capabilities) {
    const watched = capabilities.workspace?.didChangeWatchedFiles;
    if (watched) watched.dynamicRegistration = false;
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

export class JournalServer implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly streak = new CrashStreak();
  private readonly modelChanged = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.modelChanged];
  /** Summary requests under way, by params: both views ask for the same one after each change. */
  private readonly summaries = new Map<string, Promise<ModelSummaryResult | undefined>>();

  /** Fires when the model may have changed: the server said so, or it (re)started. */
  readonly onDidChangeModel = this.modelChanged.event;

  constructor(context: vscode.ExtensionContext, watchers: vscode.FileSystemWatcher[]) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      synchronize: { fileEvents: watchers },
      diagnosticPullOptions: { onChange: true, onSave: true },
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: this.errorHandler(),
    };
    this.client = new LanguageClient('practiceJournal', 'Practice Journal', serverOptions, clientOptions);
    this.client.registerFeature(CLIENT_OWNS_WATCHERS);
    this.disposables.push(
      this.client.onNotification(MODEL_CHANGED_NOTIFICATION, () => this.modelChanged.fire()),
      this.client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) this.modelChanged.fire();
      }),
    );
  }

  /** Starts the server; tells the user when it cannot start at all. */
  async start(): Promise<void> {
    try {
      await this.client.start();
    } catch (error) {
      void vscode.window.showErrorMessage(`The Practice Journal language server could not start: ${messageOf(error)}. Details are in the "Practice Journal" output.`);
    }
  }

  /** Restarts the server by hand, which also forgets any streak of crashes. */
  async restart(): Promise<void> {
    this.streak.reset();
    if (this.client.state === State.Stopped) await this.start();
    else await this.client.restart();
  }

  get isRunning(): boolean {
    return this.client.state === State.Running;
  }

  /** Whether the server runs, waiting for it while it starts. */
  ready(): Promise<boolean> {
    if (this.client.state !== State.Starting) return Promise.resolve(this.client.state === State.Running);
    return new Promise((resolve) => {
      const listener = this.client.onDidChangeState(({ newState }) => {
        if (newState === State.Starting) return;
        listener.dispose();
        resolve(newState === State.Running);
      });
    });
  }

  /** The whole workspace model, every entry and crossing included, or undefined while the server cannot answer. */
  model(params: ModelParams): Promise<ModelResult | undefined> {
    return this.ask<ModelResult>(MODEL_REQUEST, params, 'model');
  }

  /** The model without its long lists (what the views draw first); one request serves callers asking the same at once. */
  summary(filter: ModelFilter): Promise<ModelSummaryResult | undefined> {
    const key = JSON.stringify([filter.person, filter.from, filter.to]);
    let answer = this.summaries.get(key);
    if (answer === undefined) {
      answer = this.ask<ModelSummaryResult>(MODEL_REQUEST, { ...filter, summary: true }, 'model summary').finally(() => this.summaries.delete(key));
      this.summaries.set(key, answer);
    }
    return answer;
  }

  /** A page of one membership's entries. */
  membershipEntries(params: MembershipEntriesParams): Promise<PageResult<MembershipEntry> | undefined> {
    return this.ask<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, params, 'entries');
  }

  /** A page of one direction's crossings. */
  directionCrossings(params: DirectionCrossingsParams): Promise<PageResult<CrossingModel> | undefined> {
    return this.ask<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, params, 'crossings');
  }

  /** The boundary objects the crossings went through. */
  boundaryObjects(filter: ModelFilter): Promise<BoundaryObjectsResult | undefined> {
    return this.ask<BoundaryObjectsResult>(BOUNDARY_OBJECTS_REQUEST, filter, 'boundary objects');
  }

  /** Where the entry at a journal's line shows in the views (null when it is in none). */
  locateEntry(params: LocateEntryParams): Promise<LocateEntryResult | undefined> {
    return this.ask<LocateEntryResult>(LOCATE_ENTRY_REQUEST, params, 'entry location');
  }

  /** Asks the server to lint the whole workspace; rejects when it cannot. */
  async lintWorkspace(): Promise<LintWorkspaceResult> {
    if (!(await this.ready())) throw new Error('the language server is not running');
    return this.client.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST);
  }

  /** Sends a request about the model; undefined while the server cannot answer. */
  private async ask<T>(method: string, params: object, what: string): Promise<T | undefined> {
    if (!(await this.ready())) return undefined;
    try {
      return await this.client.sendRequest<T>(method, params);
    } catch (error) {
      // A request cut off by a restart is answered again once the server runs.
      this.client.outputChannel.appendLine(`The ${what} request failed: ${messageOf(error)}`);
      return undefined;
    }
  }

  showOutput(): void {
    this.client.outputChannel.show(true);
  }

  /** Stops the server and lets go of everything; `deactivate` waits for it. */
  async stop(): Promise<void> {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    if (this.client.needsStop()) await this.client.stop().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
  }

  private errorHandler(): ErrorHandler {
    return {
      // A few broken messages are survivable; a connection that keeps failing is shut down.
      error: (_error, _message, count): ErrorHandlerResult => (count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown }),
      closed: (): CloseHandlerResult => {
        const decision = this.streak.crashed(Date.now());
        if (decision.announce === 'restarting') void this.announceRestart();
        if (decision.announce === 'stopped') void this.announceStop();
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private async announceRestart(): Promise<void> {
    const choice = await vscode.window.showWarningMessage('The Practice Journal language server stopped unexpectedly and was restarted. Details are in the "Practice Journal" output.', 'Show Output');
    if (choice === 'Show Output') this.showOutput();
  }

  private async announceStop(): Promise<void> {
    const message = `The Practice Journal language server stopped ${this.streak.crashes} times within a few minutes, so it was not restarted again. Check the "Practice Journal" output, then restart it.`;
    const choice = await vscode.window.showErrorMessage(message, 'Restart Server', 'Show Output');
    if (choice === 'Restart Server') await this.restart();
    if (choice === 'Show Output') this.showOutput();
  }
}
