import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import type { ModelSummary, PersonSummary } from '../../../server/src/language/model/types';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, TEAM, authored, serviceWith } from './support';

const FILES = {
  [LANDSCAPE_URI]: LANDSCAPE,
  [MARIA]: authored('maria', journal`
    2026-09-01 engagement +data-science +clinical-ops "Both"
      with: @ana
    2026-10-05 trajectory +data-science peripheral
    2026-10-10 imagination +data-science
    2026-11-02 trajectory +data-science inbound
    2026-10-12 crossing +data-science -> +clinical-ops
      via: artifact discharge-dashboard
    2026-11-12 crossing +data-science -> +clinical-ops
      via: artifact "the board"
  `),
  [ANA]: authored('ana', journal`
    2026-10-21 crossing +clinical-ops -> +data-science
  `),
  [TEAM]: journal`
    2026-10-22 crossing +data-science -> +clinical-ops
      with: @li @ana
  `,
};

function person(summary: ModelSummary, id: string): PersonSummary {
  const found = summary.people.find((candidate) => candidate.id === id);
  assert.ok(found, `no '${id}' in the summary`);
  return found;
}

describe('workspace model: the summary', () => {
  it('gives each membership its numbers and entry count, and no entries', () => {
    const [dataScience] = person(serviceWith(FILES).getModelSummary(), 'maria').memberships.filter((each) => each.community === 'data-science');
    assert.deepEqual(dataScience, {
      community: 'data-science',
      level: 'active',
      trajectory: { kind: 'inbound', date: '2026-11-02' },
      counts: { engagement: 1, imagination: 1, alignment: 0 },
      firstDate: '2026-09-01',
      lastDate: '2026-11-02',
      entryCount: 4,
    });
  });

  it("counts a person's entries once, even a moment written about two communities", () => {
    const maria = person(serviceWith(FILES).getModelSummary(), 'maria');
    assert.deepEqual(maria.memberships.map((each) => [each.community, each.entryCount]), [['clinical-ops', 1], ['data-science', 4]]);
    assert.deepEqual([maria.counts, maria.entryCount], [{ engagement: 1, imagination: 1, alignment: 0 }, 4]);
  });

  it('keeps people with no entries, with zero counts', () => {
    assert.deepEqual(person(serviceWith(FILES).getModelSummary(), 'zoe'), {
      id: 'zoe',
      name: 'Zoe Park',
      declared: true,
      counts: { engagement: 0, imagination: 0, alignment: 0 },
      entryCount: 0,
      memberships: [],
    });
  });

  it('sums crossings up per direction, sorted by from and then to', () => {
    assert.deepEqual(serviceWith(FILES).getModelSummary().directions, [
      { from: 'clinical-ops', to: 'data-science', count: 1, firstDate: '2026-10-21', lastDate: '2026-10-21' },
      { from: 'data-science', to: 'clinical-ops', count: 3, firstDate: '2026-10-12', lastDate: '2026-11-12' },
    ]);
  });

  it("counts a person's directions over the crossings they brokered, meeting notes included", () => {
    assert.deepEqual(serviceWith(FILES).getModelSummary({ person: 'ana' }).directions, [
      { from: 'clinical-ops', to: 'data-science', count: 1, firstDate: '2026-10-21', lastDate: '2026-10-21' },
      { from: 'data-science', to: 'clinical-ops', count: 1, firstDate: '2026-10-22', lastDate: '2026-10-22' },
    ]);
  });

  it('recomputes memberships, people and directions within a date range, dropping what is left empty', () => {
    const summary = serviceWith(FILES).getModelSummary({ from: '2026-10-06', to: '2026-10-31' });
    const maria = person(summary, 'maria');
    assert.deepEqual(maria.memberships, [
      { community: 'data-science', level: 'active', trajectory: undefined, counts: { engagement: 0, imagination: 1, alignment: 0 }, firstDate: '2026-10-10', lastDate: '2026-10-10', entryCount: 1 },
    ]);
    assert.deepEqual([maria.counts.imagination, maria.entryCount], [1, 1]);
    assert.deepEqual(summary.directions.map((direction) => [direction.from, direction.count]), [['clinical-ops', 1], ['data-science', 2]]);
  });

  it('never filters the communities, and knows nobody for an unknown person', () => {
    const summary = serviceWith(FILES).getModelSummary({ person: 'nobody', from: '2030-01-01' });
    assert.deepEqual([summary.people, summary.directions], [[], []]);
    assert.deepEqual(summary.communities.map((community) => community.id), ['analytics', 'clinical-ops', 'data-science', 'hospital']);
  });

  it('answers the same filter with the same summary until a journal changes', () => {
    const service = serviceWith(FILES);
    const first = service.getModelSummary({ person: 'maria' });
    assert.equal(service.getModelSummary({ person: 'maria' }), first);
    service.setFile(ANA, authored('ana', '2026-11-20 engagement +data-science\n  with: @maria\n'));
    const second = service.getModelSummary({ person: 'maria' });
    assert.notEqual(second, first);
    assert.equal(person(second, 'maria').entryCount, 5);
  });

  it('lists boundary objects as the landscape resolves them, with their crossings and communities', () => {
    assert.deepEqual(serviceWith(FILES).getBoundaryObjects(), [
      { id: 'discharge-dashboard', name: 'discharge dashboard', kind: 'artifact', crossings: 1, communities: ['clinical-ops', 'data-science'] },
      { id: undefined, name: 'the board', kind: 'artifact', crossings: 1, communities: ['clinical-ops', 'data-science'] },
    ]);
  });

  it('lists only the objects of the crossings a filter keeps', () => {
    const service = serviceWith(FILES);
    assert.deepEqual(service.getBoundaryObjects({ from: '2026-11-01' }).map((object) => object.name), ['the board']);
    assert.deepEqual(service.getBoundaryObjects({ person: 'ana' }), []);
  });
});
