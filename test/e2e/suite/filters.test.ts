import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import { extensionApi, waitFor } from './helpers';

describe('filters', () => {
  let api: PracticeJournalApi;

  before(async () => {
    api = await extensionApi();
    await api.filter.clear();
  });
  afterEach(() => api.filter.clear());

  it("narrows both trees to one person's practice and says so beside the views' titles", async () => {
    await api.filter.set({ person: 'li', period: 'all' });
    const people = await waitFor('a tree with only Li', async () => {
      const roots = await api.multimembership.getChildren();
      return roots.length === 1 ? roots : undefined;
    });
    assert.equal(people[0]?.person, 'li');
    const pairs = await api.crossings.getChildren();
    assert.deepEqual(pairs.map((pair) => pair.id), ['pair:patient-flow>ward-7b']);
    assert.equal(api.multimembershipView.description, '@li');
    assert.equal(api.crossingsView.description, '@li');
  });

  it('Show only this person filters from a tree item, and Clear filter shows everyone again', async () => {
    const ana = (await api.multimembership.getChildren()).find((node) => node.person === 'ana');
    assert.ok(ana);
    await vscode.commands.executeCommand('practiceJournal.showOnlyPerson', ana);
    assert.deepEqual(api.filter.state, { person: 'ana', period: 'all' });
    // Her two crossings and the retrospective's, which she brokered with Maria.
    const pairs = await waitFor("Ana's crossings only", async () => {
      const roots = await api.crossings.getChildren();
      return roots.length === 2 ? roots : undefined;
    });
    const counts = await Promise.all(pairs.map(async (pair) => [pair.id, (await api.crossings.getChildren(pair)).length]));
    assert.deepEqual(counts, [['pair:data-team>ward-7b', 2], ['pair:data-team>patient-flow', 1]]);
    await vscode.commands.executeCommand('practiceJournal.clearFilter');
    assert.deepEqual(api.filter.state, { person: undefined, period: 'all' });
    await waitFor('everyone again', async () => (await api.multimembership.getChildren()).length >= 7);
    assert.equal(api.crossingsView.description, '');
  });

  it('a period keeps only recent entries and is named beside the titles', async () => {
    await api.filter.set({ person: undefined, period: 'last30' });
    assert.equal(api.crossingsView.description, 'last 30 days');
    const result = await api.model(api.filter.params());
    assert.ok(result);
    const from = api.filter.params().from;
    assert.ok(from !== undefined);
    assert.ok(result.model.crossings.every((crossing) => crossing.date >= from));
  });
});
