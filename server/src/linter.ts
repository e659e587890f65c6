/**
 * Each file's diagnostics in protocol form, with a result id that names their content: a
 * file whose text changed is checked again, and keeps its id when its diagnostics came out
 * the same. A keystroke in prose usually moves no diagnostic's line or column, so a client
 * that pulls with its previous id is told "unchanged" instead of being sent them all again.
 * Push and pull both read from here.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { uriKey, type CancellationToken, type JournalDiagnostic } from './language/service';
import { toLspDiagnostic } from './lsp';
import { sameDiagnostics } from './sameDiagnostics';
import type { Settings } from './settings';
import type { IndexChange, WorkspaceIndex } from './workspace';

export interface LintResult {
  /** Names the diagnostics: equal diagnostics of one file keep one id. */
  resultId: string;
  /** Names what was checked: the file's text (or saved text) and everything it depends on. */
  stamp: string;
  diagnostics: Diagnostic[];
}

/** A result with what it was converted from, to compare the next check with. */
interface CheckedResult extends LintResult {
  checked: readonly JournalDiagnostic[];
}

export class Linter {
  /** Bumped when a landscape or the settings change: every result is then out of date. */
  private generation = 0;
  private readonly stamps = new Map<string, number>();
  /** The stamp of an open document when it was opened or last saved (for `lint.run: onSave`). */
  private readonly savedStamps = new Map<string, number>();
  private readonly results = new Map<string, CheckedResult>();
  /** Result ids of an earlier server process never match this one's. */
  private readonly session = Date.now().toString(36);
  private lastResultId = 0;

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

  /** The file's result id when it is known without checking the file again. */
  knownResultId(uri: string): string | undefined {
    const cached = this.results.get(uriKey(uri));
    return cached?.stamp === this.stampOf(uri) ? cached.resultId : undefined;
  }

  /** The file's diagnostics; checked once per stamp. */
  lint(uri: string, token: CancellationToken): LintResult {
    const key = uriKey(uri);
    const stamp = this.stampOf(uri);
    const cached = this.results.get(key);
    if (cached?.stamp === stamp) return cached;
    const checked = this.index.current().getDiagnostics(uri, token);
    const result: CheckedResult =
      cached !== undefined && sameDiagnostics(cached.checked, checked)
        ? { ...cached, stamp, checked }
        : { resultId: `${this.session}.${++this.lastResultId}`, stamp, diagnostics: checked.map(toLspDiagnostic), checked };
    this.results.set(key, result);
    return result;
  }

  private stampOf(uri: string): string {
    const key = uriKey(uri);
    const current = this.stamps.get(key) ?? 0;
    const wanted = this.settings().lint.run === 'onSave' && this.index.isOpen(uri) ? (this.savedStamps.get(key) ?? current) : current;
    return `${this.generation}.${wanted}`;
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
