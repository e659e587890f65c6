/**
 * One client's session: the parts of the server, created from what `initialize` said, and the
 * few decisions that span them (what a settings change or a saved file sets off).
 */
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CancellationToken,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { clientSupport, workspaceFoldersOf, type ClientSupport } from './capabilities';
import { CodeActions } from './codeActions';
import { SettingsStore } from './configuration';
import { EditorRequests } from './editorRequests';
import { Linter } from './linter';
import { lintWorkspace } from './lintWorkspace';
import { ModelFeed } from './modelFeed';
import { PullDiagnostics } from './pullDiagnostics';
import { PushDiagnostics } from './pushDiagnostics';
import type { LintWorkspaceResult } from './protocol';
import { ruleOverridesOf, type Settings } from './settings';
import { WorkspaceIndex, type OpenDocuments } from './workspace';

/** Knobs for hosts and tests; the defaults suit an editor. */
export interface ServerOptions {
  /** The pause after the last edit before diagnostics are pushed or the model is announced. */
  debounceMs?: number;
  /** Today as days since 1970-01-01 (the date rules need one); defaults to the clock. */
  today?: () => number;
}

const DEFAULT_DEBOUNCE_MS = 150;

export class Session {
  readonly support: ClientSupport;
  readonly index: WorkspaceIndex;
  readonly settings: SettingsStore;
  readonly linter: Linter;
  readonly push: PushDiagnostics | undefined;
  readonly pull: PullDiagnostics;
  readonly model: ModelFeed;
  readonly codeActions: CodeActions;
  readonly editor: EditorRequests;
  private readonly indexing = new CancellationTokenSource();
  private folders: string[];
  /** Settles once the workspace folders have first been read. */
  private workspaceRead: Promise<void> | undefined;
  /** After "Lint whole workspace", every file's problems are reported whatever the scope setting. */
  private wholeWorkspace = false;
  private effective: Settings;

  constructor(
    private readonly connection: Connection,
    documents: OpenDocuments,
    params: InitializeParams,
    options: ServerOptions = {},
  ) {
    const delay = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const settings = (): Settings => this.effective;
    this.support = clientSupport(params.capabilities);
    this.folders = workspaceFoldersOf(params);
    this.index = new WorkspaceIndex(documents, options.today ? { today: options.today } : {});
    this.settings = new SettingsStore(connection, this.support.configuration);
    this.effective = this.settings.current;
    this.linter = new Linter(this.index, settings);
    this.push = this.support.pullDiagnostics ? undefined : new PushDiagnostics(connection, this.index, this.linter, settings, delay);
    this.pull = new PullDiagnostics(connection, this.index, this.linter, settings, this.support.pullDiagnostics && this.support.diagnosticRefresh, delay);
    this.model = new ModelFeed(connection, this.index, settings, delay);
    this.codeActions = new CodeActions(this.index, { documentChanges: this.support.documentChanges, resolveEdit: this.support.codeActionResolve });
    this.editor = new EditorRequests(this.index, this.support.documentChanges);
  }

  /** Registers what must be registered, reads the settings, then reads the workspace from disk. */
  async initialized(): Promise<void> {
    if (this.support.dynamicWatchers) {
      const watchers = [{ globPattern: '**/*.practice' }, { globPattern: '**/landscape.{yaml,yml}' }];
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    }
    if (this.support.dynamicConfiguration) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'practiceJournal' }).catch(() => undefined);
    await this.reloadSettings();
    this.workspaceRead = this.readFolders(this.folders);
    await this.workspaceRead;
  }

  opened(document: TextDocument): void {
    this.index.opened(document);
    this.linter.markSaved(document.uri);
  }

  changed(document: TextDocument): void {
    this.index.changed(document);
  }

  saved(document: TextDocument): void {
    this.linter.markSaved(document.uri);
    if (this.settings.current.lint.run !== 'onSave') return;
    this.push?.schedule(document.uri);
    this.pull.refresh();
  }

  async closed(document: TextDocument): Promise<void> {
    this.linter.closed(document.uri);
    await this.index.closed(document.uri, document.languageId);
  }

  /** One file at a time, in the order the client reported them. */
  async watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    for (const change of params.changes) await this.index.fileChanged(change.uri, change.type === FileChangeType.Deleted);
  }

  async configurationChanged(params: DidChangeConfigurationParams): Promise<void> {
    await this.reloadSettings(params.settings);
  }

  /** Lints every file now and reports every file's problems from now on. */
  async lintWorkspace(token: CancellationToken): Promise<LintWorkspaceResult> {
    await this.workspaceRead;
    if (!this.wholeWorkspace) {
      this.wholeWorkspace = true;
      this.applyScope();
    }
    return lintWorkspace(this.index, this.linter, token);
  }

  async foldersChanged(event: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = new Set(event.removed.map((folder) => folder.uri));
    const folders = [...this.folders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
    await this.readFolders(folders);
  }

  dispose(): void {
    this.indexing.cancel();
    this.index.dispose();
    this.push?.dispose();
    this.pull.dispose();
    this.model.dispose();
  }

  private async readFolders(folders: string[]): Promise<void> {
    this.folders = folders;
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Practice Journal', undefined, 'Reading the workspace');
    try {
      await this.index.setFolders(folders, this.indexing.token);
    } finally {
      progress?.done();
    }
  }

  private async reloadSettings(pushed?: unknown): Promise<void> {
    const previous = await this.settings.reload(pushed);
    const next = this.settings.current;
    if (JSON.stringify(previous) === JSON.stringify(next)) return;
    this.index.current().setUserRules(ruleOverridesOf(next));
    this.linter.invalidateAll();
    this.applyScope();
    if (previous.me !== next.me) this.model.changed();
  }

  /** The settings as applied, with the scope widened by a workspace lint; then every file is reported again. */
  private applyScope(): void {
    const current = this.settings.current;
    this.effective = this.wholeWorkspace ? { ...current, diagnostics: { scope: 'workspace' } } : current;
    this.push?.scheduleAll();
    this.pull.refresh();
  }
}
