import { strict as assert } from 'node:assert';
import { MODEL_CHANGED_NOTIFICATION, MODEL_REQUEST, type ModelParams, type ModelResult } from '../../server/src/protocol';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';
import { TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const TWO_MONTHS = journal`
  ---
  author: maria
  ---
  2026-10-02 engagement +data-science "Pairing"
    with: @ana
    Notes.

  2026-11-20 alignment +ward-nursing "Rota"
    Notes.
`;

describe('protocol: the workspace model', () => {
  let client: TestClient;
  afterEach(async () => client.dispose());

  async function model(params: ModelParams = {}): Promise<ModelResult> {
    return client.connection.sendRequest(MODEL_REQUEST, params);
  }

  it('answers practiceJournal/model with the people, communities and memberships of the journals', async () => {
    client = await TestClient.start();
    await client.open(URI, TWO_MONTHS);
    const { model: result } = await model();
    assert.deepEqual(result.people.map((person) => person.id), ['ana', 'maria']);
    assert.deepEqual(result.communities.map((community) => community.id), ['data-science', 'ward-nursing']);
    const maria = result.people.find((person) => person.id === 'maria')!;
    assert.deepEqual(maria.memberships.map((membership) => [membership.community, membership.entries[0]!.uri, membership.entries[0]!.line]), [
      ['data-science', URI, 3],
      ['ward-nursing', URI, 7],
    ]);
  });

  it('narrows the model to one person, given with or without @', async () => {
    client = await TestClient.start();
    await client.open(URI, TWO_MONTHS);
    assert.deepEqual((await model({ person: '@ana' })).model.people.map((person) => person.id), ['ana']);
    assert.deepEqual((await model({ person: 'ana' })).model.people.map((person) => person.id), ['ana']);
  });

  it('narrows the memberships to a date range', async () => {
    client = await TestClient.start();
    await client.open(URI, TWO_MONTHS);
    const { model: november } = await model({ person: 'maria', from: '2026-11-01', to: '2026-11-30' });
    assert.deepEqual(november.people[0]!.memberships.map((membership) => membership.community), ['ward-nursing']);
  });

  it('announces one change for a burst of edits, with a newer revision than the last answer', async () => {
    client = await TestClient.start({ debounceMs: 100 });
    await client.open(URI, TWO_MONTHS);
    await waitFor(() => client.modelChanges.length === 1, { what: 'the change of the open' });
    const before = await model();
    await client.change(URI, { range: { start: { line: 7, character: 21 }, end: { line: 7, character: 34 } }, text: '+ward' });
    await client.change(URI, { range: { start: { line: 7, character: 26 }, end: { line: 7, character: 26 } }, text: '-a' });
    const change = await waitFor(() => client.modelChanges[1], { what: `a ${MODEL_CHANGED_NOTIFICATION} notification` });
    assert.ok(change.revision > before.revision);
    const after = await model();
    assert.equal(after.revision, change.revision);
    assert.deepEqual(after.model.communities.map((community) => community.id), ['data-science', 'ward-a']);
    assert.equal(client.modelChanges.length, 2);
  });
});
