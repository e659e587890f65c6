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
import { waitFor } from './support/poll';
import { TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const NOVEMBER = journal`
  ---
  author: maria
  ---
  2026-11-02 engagement +data-science "Pairing"
    with: @ana

  2026-11-03 imagination +data-science +ward

  2026-11-04 crossing +data-science -> +ward
    via: artifact "the board"

  2026-11-05 crossing +data-science -> +ward
`;

/** Params no well-behaved client sends: wrong types, missing parts, odd numbers. */
const FORGED: unknown[] = [
  null,
  42,
  'maria',
  [],
  [{ person: 'maria' }],
  {},
  { person: 3, community: null, offset: 'x', limit: {} },
  { person: { id: 'maria' }, direction: [], from: 20261101, to: true },
  { person: '@', community: '+', direction: { from: '+', to: '+' } },
  { person: 'maria', community: 'data-science', offset: -1, limit: -1 },
  { person: 'maria', community: 'data-science', offset: 1e308, limit: 1e308 },
  { person: 'maria', community: 'data-science', offset: 0.5, limit: 0 },
  { person: 'maria', community: 'data-science', from: '2026-11-31', to: '2026-13-01' },
  { person: 'maria', community: 'data-science', from: '2026-11-05', to: '2026-11-01' },
  { direction: { from: 'data-science', to: 'ward' }, person: '__proto__', offset: 2 ** 53, limit: 2 ** 53 },
  { direction: { from: { toString: 'x' }, to: 7 } },
  { uri: 5, line: '3' },
  { uri: URI, line: -1 },
  { uri: URI, line: 1.5 },
  { uri: URI, line: 1e300 },
  { uri: 'not a uri %E0%A4%A', line: 4 },
  { summary: 'true' },
  { summary: true, person: '', from: '', to: '' },
];

describe('protocol: forged and edge-case model requests', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start();
    await client.open(URI, NOVEMBER);
  });
  afterEach(async () => client.dispose());

  function request<T>(method: string, params: unknown): Promise<T> {
    // Anything but a plain object is wrapped in a one-item array, so it arrives as it was written.
    return client.connection.sendRequest(method, params);
  }

  for (const method of [MODEL_REQUEST, MEMBERSHIP_ENTRIES_REQUEST, DIRECTION_CROSSINGS_REQUEST, BOUNDARY_OBJECTS_REQUEST, LOCATE_ENTRY_REQUEST]) {
    it(`answers ${method} for every forged params, never with an error`, async () => {
      for (const params of FORGED) {
        const result = await request<unknown>(method, params).catch((error: unknown) => assert.fail(`${JSON.stringify(params)}: ${String(error)}`));
        if (method === MEMBERSHIP_ENTRIES_REQUEST || method === DIRECTION_CROSSINGS_REQUEST) {
          const page = result as PageResult<unknown>;
          assert.ok(Array.isArray(page.items) && Number.isInteger(page.total) && Number.isInteger(page.offset), JSON.stringify(params));
          assert.ok(page.offset <= page.total && page.items.length <= page.total - page.offset, JSON.stringify([params, page]));
        }
      }
      // …and still answers a well-formed request afterwards.
      assert.equal(typeof (await client.connection.sendRequest<ModelSummaryResult>(MODEL_REQUEST, { summary: true })).revision, 'number');
    });
  }

  it('answers without params at all', async () => {
    const model = await client.connection.sendRequest<ModelResult>(MODEL_REQUEST);
    assert.equal(model.model.crossings.length, 2);
    assert.deepEqual((await client.connection.sendRequest<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST)).items, []);
    assert.equal(await client.connection.sendRequest<LocateEntryResult>(LOCATE_ENTRY_REQUEST), null);
  });

  it('reads limit 0 as an empty page with the total, an offset past the end as the end, and a huge limit as the rest', async () => {
    const base = { person: 'maria', community: 'data-science' };
    const none = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { ...base, limit: 0 });
    assert.deepEqual([none.items, none.offset, none.total], [[], 0, 2]);
    const past = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { ...base, offset: 99 });
    assert.deepEqual([past.items, past.offset, past.total], [[], 2, 2]);
    const rest = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { ...base, offset: 1, limit: 1e308 });
    assert.deepEqual([rest.items.map((entry) => entry.date), rest.offset, rest.total], [['2026-11-03'], 1, 2]);
  });

  it('gives a person written as a bare @ no crossings, in the summary, the objects and the pages, as in the whole model', async () => {
    const model = await request<ModelResult>(MODEL_REQUEST, { person: '@' });
    assert.deepEqual(model.model.crossings, []);
    const summary = await request<ModelSummaryResult>(MODEL_REQUEST, { person: '@', summary: true });
    assert.deepEqual([summary.summary.people, summary.summary.directions], [[], []]);
    const objects = await request<BoundaryObjectsResult>(BOUNDARY_OBJECTS_REQUEST, { person: '' });
    assert.deepEqual(objects.objects, []);
    const page = await request<PageResult<CrossingModel>>(DIRECTION_CROSSINGS_REQUEST, { person: '@', direction: { from: 'data-science', to: 'ward' } });
    assert.deepEqual([page.items, page.total], [[], 0]);
  });

  it('gives pages and entry places the summary’s revision until the journal changes, and a later one after', async () => {
    const summary = await request<ModelSummaryResult>(MODEL_REQUEST, { summary: true });
    const page = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { person: 'maria', community: 'data-science' });
    assert.equal(page.revision, summary.revision);
    assert.equal((await request<LocateEntryResult>(LOCATE_ENTRY_REQUEST, { uri: URI, line: 4 }))?.revision, summary.revision);
    await client.change(URI, { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '2026-11-01 alignment +data-science\n\n' });
    const after = await request<PageResult<MembershipEntry>>(MEMBERSHIP_ENTRIES_REQUEST, { person: 'maria', community: 'data-science' });
    assert.ok(after.revision > summary.revision);
    const place = await request<LocateEntryResult>(LOCATE_ENTRY_REQUEST, { uri: URI, line: 3 });
    assert.deepEqual([place?.entry.line, place?.revision], [3, after.revision]);
    assert.deepEqual([after.total, after.items[0]?.line], [3, 3]);
    await waitFor(() => client.modelChanges.some((change) => change.revision === after.revision));
  });
});
