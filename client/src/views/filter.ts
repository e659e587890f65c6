/**
 * The filter both tree views share: who and which period they show. It is kept in the
 * workspace state (so it survives a reload) and mirrored in the `practiceJournal.filtered`
 * context key (so "Clear filter" shows only when there is something to clear).
 */
import * as vscode from 'vscode';
import type { JournalServer } from '../journalServer';
import { localIsoDate } from '../pure/dates';
import { modelParamsOf, NO_FILTER, PERIODS, restoreFilter, type PeriodId, type ViewFilterState } from '../pure/viewFilter';
import type { ModelParams } from '../../../server/src/protocol';

const STATE_KEY = 'practiceJournal.viewFilter';

export class ViewFilter implements vscode.Disposable {
  private value: ViewFilterState;
  private readonly changed = new vscode.EventEmitter<ViewFilterState>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {
    this.value = restoreFilter(memento.get(STATE_KEY));
    void this.publish();
  }

  get state(): ViewFilterState {
    return this.value;
  }

  /** The model request for the current filter, as of today. */
  params(): ModelParams {
    return modelParamsOf(this.value, localIsoDate(new Date()));
  }

  async set(next: ViewFilterState): Promise<void> {
    if (next.person === this.value.person && next.period === this.value.period) return;
    this.value = next;
    await this.memento.update(STATE_KEY, next);
    await this.publish();
    this.changed.fire(next);
  }

  clear(): Promise<void> {
    return this.set(NO_FILTER);
  }

  /** Asks whose practice to show: everyone, or one of the people in the workspace. */
  async pickPerson(server: JournalServer): Promise<void> {
    const result = await server.summary({});
    type Item = vscode.QuickPickItem & { person: string | undefined };
    const everyone: Item = { label: '$(organization) Everyone', person: undefined, ...(this.value.person === undefined ? { description: 'current' } : {}) };
    const people = [...(result?.summary.people ?? [])].sort((a, b) => Number(b.id === result?.me) - Number(a.id === result?.me));
    const items: Item[] = [
      everyone,
      ...people.map((person): Item => ({
        label: `$(${person.id === result?.me ? 'account' : 'person'}) @${person.id}`,
        description: [person.name, person.id === result?.me ? '(me)' : undefined, person.id === this.value.person ? 'current' : undefined].filter(Boolean).join(' · '),
        person: person.id,
      })),
    ];
    const choice = await vscode.window.showQuickPick(items, { title: 'Show the practice of', placeHolder: 'Choose a person, or everyone', matchOnDescription: true });
    if (choice) await this.set({ ...this.value, person: choice.person });
  }

  /** Asks which recent period to show. */
  async pickPeriod(): Promise<void> {
    type Item = vscode.QuickPickItem & { period: PeriodId };
    const items = PERIODS.map((period): Item => ({ label: period.label, period: period.id, ...(period.id === this.value.period ? { description: 'current' } : {}) }));
    const choice = await vscode.window.showQuickPick(items, { title: 'Show entries from', placeHolder: 'Choose a period' });
    if (choice) await this.set({ ...this.value, period: choice.period });
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async publish(): Promise<void> {
    const filtered = this.value.person !== undefined || this.value.period !== 'all';
    await vscode.commands.executeCommand('setContext', 'practiceJournal.filtered', filtered);
  }
}
