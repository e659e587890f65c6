/**
 * Each file's diagnostics in protocol form, with a result id that changes exactly when they
 * may have: the file's text changed (or, linting on save, it was saved), or a landscape or a
 * setting every file depends on changed. Push and pull both read from here.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { uriKey, type CancellationToken } from './language/service';
import { toLspDiagnostic } from './lsp';
import type { Settings } from './settings';
import type { IndexChange, WorkspaceIndex } from './workspace';

export interface LintResult {
  resultId: string;
  diagnostics: Diagnostic[];
}

export class Linter {
  /** Bumped when a landscape or the settings change: every result is then out of date. */
  private generation = 0;
  private readonly stamps = new Map<string, number>();
  /** The stamp of an open document when it was opened or last saved (for `lint.run: onSave`). */
  private readonly savedStamps = new Map<string, number>();
  private readonly results = new Map<string, LintResult>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly settings: () => Settings,
  ) {
    index.onDidChange((changes) => this.filesChanged(changes));
  }

  /** Every result is out of date (settings changed). */
  invalidateAll(): void {
    this.generation++;
  }

  /** The open document's current text is what onSave linting checks from now on. */
  markSaved(uri: string): void {
    const key = uriKey(uri);
    this.savedStamps.set(key, this.stamps.get(key) ?? 0);
  }

  closed(uri: string): void {
    this.savedStamps.delete(uriKey(uri));
  }

  /** The id the file's result has now, without computing it. */
  resultId(uri: string): string {
    const key = uriKey(uri);
    const current = this.stamps.get(key) ?? 0;
    const wanted = this.settings().lint.run === 'onSave' && this.index.isOpen(uri) ? (this.savedStamps.get(key) ?? current) : current;
    return `${this.generation}.${wanted}`;
  }

  /** The file's diagnostics; computed once per result id. */
  lint(uri: string, token: CancellationToken): LintResult {
    const key = uriKey(uri);
    const resultId = this.resultId(uri);
    const cached = this.results.get(key);
    if (cached?.resultId === resultId) return cached;
    const diagnostics = this.index.current().getDiagnostics(uri, token).map(toLspDiagnostic);
    const result = { resultId, diagnostics };
    this.results.set(key, result);
    return result;
  }

  private filesChanged(changes: readonly IndexChange[]): void {
    for (const { uri, kind } of changes) {
      const key = uriKey(uri);
      this.stamps.set(key, (this.stamps.get(key) ?? 0) + 1);
      if (kind === 'landscape') this.generation++;
      if (!this.index.holds(uri)) this.results.delete(key);
    }
  }
}
