import { strict as assert } from 'node:assert';
import {
  BOUNDARY_OBJECTS_REQUEST,
  DIRECTION_CROSSINGS_REQUEST,
  LOCATE_ENTRY_REQUEST,
  MEMBERSHIP_ENTRIES_REQUEST,
  MODEL_REQUEST,
  type BoundaryObjectsResult,
  type CrossingModel,
  type LocateEntryResult,
  type MembershipEntry,
  type ModelResult,
  type ModelSummaryResult,
  type PageResult,
} from '../../server/src/protocol';
import { journal } from '../support/journal';
import { TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const NOVEMBER = journal`
  ---
  author: maria
  ---
  2026-11-02 engagement +data-science "Pairing"
    with: @ana
    Notes.

  2026-11-03 imagination +data-science +ward
    Notes.

  2026-11-04 crossing +data-science -> +ward
    via: artifact "the board"
    Notes.

  2026-11-05 crossing +data-science -> +ward
    Notes.
`;

describe('protocol: the model summary and its pages', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ settings: { me: 'maria' } });
    await client.open(URI, NOVEMBER);
  });
  afterEach(async () => client.dispose());

  function request<T>(method: string, params: object): Promise<T> {
    return client.connection.sendRequest(method, params);
  }

  it('answers practiceJournal/model with summary: true with the summary, the revision and me', async () => {
    const result = await request<ModelSummaryResult>(MODEL_REQUEST, { summary: true });
    assert.equal(result.me, 'maria');
    assert.equal(typeof result.revision, 'number');
    const maria = result.summary.people.find((person) => person.id === 'maria')!;
    assert.deepEqual([maria.entryCount, maria.memberships.map((membership) => [membership.community, membership.entryCount])], [2, [['data-science', 2], ['ward', 1]]]);
    assert.ok(!('entries' in maria.memberships[0]!));
    assert.deepEqual(result.summary.directions, [{ from: 'data-science', to: 'ward', count: 2, firstDate: '2026-11-04', lastDate: '2026-11-05' }]);
  });

  it('still answers practiceJournal/model without summary with the whole model', async () => {
    const result = await request<ModelResult>(MODEL_REQUEST, {});
    assert.equal(result.model.crossings.length, 2);
  });

  it('answers a page of a membership’s entries, with a +community and the date range', async () => {
    const page = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { person: '@maria', community: '+data-science', from: '2026-11-03', offset: 0, limit: 10 });
    assert.deepEqual([page.total, page.offset, page.items.map((entry) => entry.line)], [1, 0, [7]]);
    assert.equal(typeof page.revision, 'number');
  });

  it('answers a page of a direction’s crossings, narrowed to the person', async () => {
    const page = await request<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, { direction: { from: 'data-science', to: '+ward' }, person: 'maria', offset: 1, limit: 1 });
    assert.deepEqual([page.total, page.items.map((crossing) => crossing.date)], [2, ['2026-11-05']]);
    const nobody = await request<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, { direction: { from: 'data-science', to: 'ward' }, person: 'ana' });
    assert.deepEqual([nobody.total, nobody.items], [0, []]);
  });

  it('answers params that are not what they should be with an empty page, never an error', async () => {
    const page = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { person: 3, community: null, offset: 'x' });
    assert.deepEqual([page.total, page.items], [0, []]);
    const crossings = await request<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, { direction: 'nowhere' });
    assert.deepEqual([crossings.total, crossings.items], [0, []]);
  });

  it('answers where the entry at a line shows, and null when the params do not name a line', async () => {
    const place = await request<LocateEntryResult>(LOCATE_ENTRY_REQUEST, { uri: URI, line: 9 });
    assert.deepEqual(place, {
      entry: { uri: URI, line: 7 },
      memberships: [
        { person: 'maria', community: 'data-science', index: 1 },
        { person: 'maria', community: 'ward', index: 0 },
      ],
      revision: place?.revision,
    });
    assert.equal(typeof place?.revision, 'number');
    assert.equal(await request<LocateEntryResult>(LOCATE_ENTRY_REQUEST, { uri: URI }), null);
  });

  it('answers the boundary objects of the crossings', async () => {
    const result = await request<BoundaryObjectsResult>(BOUNDARY_OBJECTS_REQUEST, {});
    assert.deepEqual(result.objects, [{ name: 'the board', kind: 'artifact', crossings: 1, communities: ['data-science', 'ward'] }]);
  });
});
