import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, TEAM, authored, serviceWith } from './support';

/** Maria's journal: five data-science moments on 1–5 November, and crossings on 6–8 November. */
const MARIA_TEXT = authored('maria', journal`
  2026-11-05 engagement +data-science "Fifth"
  2026-11-01 engagement +data-science "First"
  2026-11-02 imagination +data-science
  2026-11-03 alignment +data-science
  2026-11-04 engagement +data-science
  2026-11-06 crossing +data-science -> +clinical-ops
  2026-11-07 crossing +data-science -> +clinical-ops
    via: artifact discharge-dashboard
  2026-11-08 crossing +data-science -> +clinical-ops
`);

const FILES = {
  [LANDSCAPE_URI]: LANDSCAPE,
  [MARIA]: MARIA_TEXT,
  [ANA]: authored('ana', '2026-11-06 crossing +data-science -> +clinical-ops\n'),
  [TEAM]: journal`
    2026-11-02 engagement +data-science
      with: @maria
    2026-11-09 crossing +data-science -> +clinical-ops
      with: @maria
  `,
};

/** The zero-based line of the first header with this date in a journal's text. */
function lineOf(text: string, date: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(date));
}

describe('workspace model: pages', () => {
  it("gives a membership's entries in order, limit at a time from the offset, with the total", () => {
    const service = serviceWith(FILES);
    const page = service.getMembershipEntries({ person: 'maria', community: 'data-science', offset: 2, limit: 3 });
    assert.deepEqual([page.offset, page.total], [2, 6]);
    assert.deepEqual(page.items.map((entry) => [entry.date, entry.uri]), [['2026-11-02', TEAM], ['2026-11-03', MARIA], ['2026-11-04', MARIA]]);
  });

  it("narrows a membership's entries to the date range before paging them", () => {
    const page = serviceWith(FILES).getMembershipEntries({ person: 'maria', community: 'data-science', from: '2026-11-04', limit: 10 });
    assert.deepEqual([page.total, page.items.map((entry) => entry.title ?? entry.date)], [2, ['2026-11-04', 'Fifth']]);
  });

  it('answers an offset past the end with no items, and a membership that does not exist with an empty list', () => {
    const service = serviceWith(FILES);
    assert.deepEqual(service.getMembershipEntries({ person: 'maria', community: 'data-science', offset: 50 }), { items: [], offset: 6, total: 6 });
    assert.deepEqual(service.getMembershipEntries({ person: 'zoe', community: 'data-science' }), { items: [], offset: 0, total: 0 });
  });

  it('gives 500 items when the request sets no limit', () => {
    const moments = Array.from({ length: 502 }, (_, day) => `2026-0${1 + (day % 9)}-1${day % 10} engagement +ward\n`).join('');
    const page = serviceWith({ [MARIA]: authored('maria', moments) }).getMembershipEntries({ person: 'maria', community: 'ward' });
    assert.deepEqual([page.items.length, page.total], [500, 502]);
  });

  it('reads a negative or fractional offset and limit as whole numbers from 0', () => {
    const service = serviceWith(FILES);
    const query = { person: 'maria', community: 'data-science' };
    assert.equal(service.getMembershipEntries({ ...query, offset: -3, limit: Number.NaN }).items.length, 6);
    assert.deepEqual(service.getMembershipEntries({ ...query, offset: 1.7, limit: 2.9 }).items.map((entry) => entry.date), ['2026-11-02', '2026-11-02']);
  });

  it("gives a direction's crossings in order, resolved with the landscape", () => {
    const page = serviceWith(FILES).getDirectionCrossings({ direction: { from: 'data-science', to: 'clinical-ops' }, offset: 1, limit: 2 });
    assert.equal(page.total, 5);
    assert.deepEqual(page.items.map((crossing) => [crossing.date, crossing.uri, crossing.object?.name]), [
      ['2026-11-06', MARIA, undefined],
      ['2026-11-07', MARIA, 'discharge dashboard'],
    ]);
  });

  it("gives a person's page of a direction only the crossings they brokered, within the range", () => {
    const service = serviceWith(FILES);
    const direction = { from: 'data-science', to: 'clinical-ops' };
    assert.deepEqual(service.getDirectionCrossings({ direction, person: 'ana' }).items.map((crossing) => crossing.uri), [ANA]);
    const page = service.getDirectionCrossings({ direction, person: 'maria', from: '2026-11-07', to: '2026-11-09' });
    assert.deepEqual([page.total, page.items.map((crossing) => crossing.date)], [3, ['2026-11-07', '2026-11-08', '2026-11-09']]);
    assert.equal(service.getDirectionCrossings({ direction: { from: 'clinical-ops', to: 'data-science' } }).total, 0);
  });
});

describe('workspace model: where an entry shows', () => {
  it('finds the entry at or above the line and its index in each membership it belongs to', () => {
    const place = serviceWith(FILES).locateEntry({ uri: TEAM, line: 1 });
    assert.deepEqual(place, { entry: { uri: TEAM, line: 0 }, memberships: [{ person: 'maria', community: 'data-science', index: 2 }], crossing: undefined });
  });

  it("finds a crossing's index in its direction, counted under the filter", () => {
    const service = serviceWith(FILES);
    const line = lineOf(MARIA_TEXT, '2026-11-07');
    assert.deepEqual(service.locateEntry({ uri: MARIA, line: line + 1 })?.crossing, { from: 'data-science', to: 'clinical-ops', index: 2 });
    assert.deepEqual(service.locateEntry({ uri: MARIA, line, person: 'maria' })?.crossing, { from: 'data-science', to: 'clinical-ops', index: 1 });
    assert.deepEqual(service.locateEntry({ uri: MARIA, line, from: '2026-11-07' })?.crossing, { from: 'data-science', to: 'clinical-ops', index: 0 });
  });

  it('passes over entries the filter hides, to the nearest one it keeps', () => {
    const service = serviceWith(FILES);
    const place = service.locateEntry({ uri: MARIA, line: lineOf(MARIA_TEXT, '2026-11-04'), to: '2026-11-02' });
    assert.deepEqual(place?.entry, { uri: MARIA, line: lineOf(MARIA_TEXT, '2026-11-02') });
    assert.deepEqual(place?.memberships, [{ person: 'maria', community: 'data-science', index: 1 }]);
  });

  it('finds nothing above the first entry, in a journal it does not know, or for a person with no entry there', () => {
    const service = serviceWith(FILES);
    assert.equal(service.locateEntry({ uri: MARIA, line: 0 }), undefined);
    assert.equal(service.locateEntry({ uri: `${MARIA}.missing`, line: 40 }), undefined);
    assert.equal(service.locateEntry({ uri: ANA, line: 40, person: 'maria' }), undefined);
  });
});
