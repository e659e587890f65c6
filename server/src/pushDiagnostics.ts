/**
 * Diagnostics pushed with `textDocument/publishDiagnostics`, for clients that cannot pull them.
 * Each document waits for a pause in typing (a per-document debounce); a file is sent again
 * only when its result id changed, and cleared when it leaves the diagnostics scope.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Connection } from 'vscode-languageserver';
import { uriKey, type CancellationToken } from './language/service';
import type { Linter } from './linter';
import type { Settings } from './settings';
import type { IndexChange, WorkspaceIndex } from './workspace';

const NOT_CANCELLED: CancellationToken = { isCancellationRequested: false };
/** How many files to publish between two turns of the event loop when publishing everything. */
const SWEEP_STRIDE = 50;

export class PushDiagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * What the client holds: per file, the URI it was sent under and the stamp of what was sent.
   * Every new stamp is published, even with the same diagnostics: a publication tells the
   * client which document version they belong to.
   */
  private readonly published = new Map<string, { uri: string; stamp: string }>();
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Bumped by every new sweep, so an older one still running stops. */
  private sweepGeneration = 0;

  constructor(
    private readonly connection: Connection,
    private readonly index: WorkspaceIndex,
    private readonly linter: Linter,
    private readonly settings: () => Settings,
    private readonly delayMs: number,
  ) {
    index.onDidChange((changes) => this.filesChanged(changes));
  }

  /** Publishes one file after the debounce delay; a newer call for the same file restarts it. */
  schedule(uri: string): void {
    const key = uriKey(uri);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.publish(uri), this.delayMs));
  }

  /** Publishes every file in scope (and clears those that left it) after the debounce delay. */
  scheduleAll(): void {
    clearTimeout(this.sweepTimer);
    this.sweepTimer = setTimeout(() => void this.publishAll(), this.delayMs);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    clearTimeout(this.sweepTimer);
    this.sweepGeneration++;
  }

  private filesChanged(changes: readonly IndexChange[]): void {
    if (changes.length > 1 || changes.some((change) => change.kind === 'landscape')) this.scheduleAll();
    else for (const change of changes) this.schedule(change.uri);
  }

  private inScope(uri: string): boolean {
    if (!this.index.holds(uri)) return false;
    return this.settings().diagnostics.scope === 'workspace' || this.index.isOpen(uri);
  }

  private publish(uri: string): void {
    const key = uriKey(uri);
    // A sweep may get here before the file's own debounce ends: that publication is now done too.
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!this.inScope(uri)) {
      const sent = this.published.get(key);
      if (sent) void this.connection.sendDiagnostics({ uri: sent.uri, diagnostics: [] }).catch(() => undefined);
      this.published.delete(key);
      return;
    }
    const result = this.linter.lint(uri, NOT_CANCELLED);
    if (this.published.get(key)?.stamp === result.stamp) return;
    const version = this.index.version(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: result.diagnostics, ...(version === null ? {} : { version }) }).catch(() => undefined);
    this.published.set(key, { uri, stamp: result.stamp });
  }

  private async publishAll(): Promise<void> {
    const generation = ++this.sweepGeneration;
    const targets = new Map<string, string>();
    for (const { uri } of this.published.values()) targets.set(uriKey(uri), uri);
    for (const uri of this.index.files()) targets.set(uriKey(uri), uri);
    let count = 0;
    for (const uri of targets.values()) {
      if (generation !== this.sweepGeneration) return;
      this.publish(uri);
      if (++count % SWEEP_STRIDE === 0) await nextTurn();
    }
  }
}
