/**
 * The status-bar item of the active journal: this month's moments per mode for the journal's
 * author (front matter `author:`, else the `practiceJournal.me` setting). A click shows the
 * Multimembership view; the item is hidden when no journal is active.
 */
import * as vscode from 'vscode';
import type { JournalServer } from './journalServer';
import { localIsoDate, monthRange, monthTitle } from './pure/dates';
import { NO_MOMENTS, shortModeSummary } from './pure/modeSummary';
import { frontMatterAuthor } from './pure/monthJournal';
import { MULTIMEMBERSHIP_VIEW } from './views/multimembershipView';

export class ModeStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('practiceJournal.modes', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Bumped by every update, so only the latest answer is shown. */
  private generation = 0;

  constructor(private readonly server: JournalServer) {
    this.item.name = 'Practice Journal: this month';
    this.item.command = `${MULTIMEMBERSHIP_VIEW}.focus`;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      server.onDidChangeModel(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('practiceJournal.me')) void this.update();
      }),
    );
    void this.update();
  }

  /** Shows the counts for the active editor's journal, or hides the item. */
  async update(): Promise<void> {
    const asked = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'practice') {
      this.item.hide();
      return;
    }
    const me = vscode.workspace.getConfiguration('practiceJournal').get<string>('me')?.replace(/^@/, '') || undefined;
    const author = frontMatterAuthor(document.getText()) ?? me;
    if (author === undefined) {
      this.show('$(book) no author', 'This journal names no author, so there is nothing to count. Add an author line (author: your-id) to its front matter, or set practiceJournal.me.');
      return;
    }
    const today = localIsoDate(new Date());
    const result = await this.server.summary({ person: author, ...monthRange(today) });
    if (asked !== this.generation) return;
    if (result === undefined) {
      this.item.hide();
      return;
    }
    const counts = result.summary.people.find((person) => person.id === author)?.counts ?? NO_MOMENTS;
    const tooltip = `${monthTitle(today)} for @${author}: ${counts.engagement} engagement, ${counts.imagination} imagination and ${counts.alignment} alignment moments. Click to show the Multimembership view.`;
    this.show(`$(book) ${shortModeSummary(counts)}`, tooltip);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    // Plain text: the author id comes from the user's file.
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip };
    this.item.show();
  }
}
