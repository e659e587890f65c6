import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, authored, communitiesByPerson, crossingLine, membershipOf, modelOf } from './support';

const FILES = {
  [LANDSCAPE_URI]: LANDSCAPE,
  [MARIA]: authored('maria', journal`
    2026-09-01 engagement +data-science
    2026-10-05 trajectory +data-science peripheral
    2026-10-10 imagination +data-science
    2026-11-02 trajectory +data-science inbound
    2026-11-03 alignment +clinical-ops
    2026-10-12 crossing +data-science -> +clinical-ops
  `),
  [ANA]: authored('ana', journal`
    2026-10-20 engagement +data-science
      with: @maria
    2026-10-21 crossing +clinical-ops -> +data-science
  `),
};

describe('workspace model: filters', () => {
  it('keeps only the chosen person, their memberships and the crossings they brokered', () => {
    const model = modelOf(FILES, { person: 'maria' });
    assert.deepEqual(communitiesByPerson(model), { maria: ['clinical-ops', 'data-science'] });
    assert.deepEqual(model.crossings.map(crossingLine), ['2026-10-12 data-science->clinical-ops maria']);
  });

  it('keeps a chosen person who has no entries, with no memberships', () => {
    assert.deepEqual(communitiesByPerson(modelOf(FILES, { person: 'zoe' })), { zoe: [] });
  });

  it('gives no people and no crossings for a person nobody knows', () => {
    const model = modelOf(FILES, { person: 'nobody' });
    assert.deepEqual([model.people, model.crossings], [[], []]);
  });

  it('never filters the communities', () => {
    assert.equal(modelOf(FILES, { person: 'nobody', from: '2030-01-01' }).communities.length, 4);
  });

  it('recomputes counts, first and last dates and the latest trajectory within an inclusive date range', () => {
    const membership = membershipOf(modelOf(FILES, { from: '2026-10-05', to: '2026-10-20' }), 'maria', 'data-science');
    assert.deepEqual(membership.counts, { engagement: 1, imagination: 1, alignment: 0 });
    assert.deepEqual([membership.firstDate, membership.lastDate], ['2026-10-05', '2026-10-20']);
    assert.deepEqual(membership.trajectory, { kind: 'peripheral', date: '2026-10-05' });
    assert.deepEqual(membership.entries.map((entry) => entry.date), ['2026-10-05', '2026-10-10', '2026-10-20']);
  });

  it('drops memberships with no entries in the range, but keeps the person', () => {
    const model = modelOf(FILES, { from: '2026-11-03' });
    assert.deepEqual(communitiesByPerson(model), { ana: [], li: [], maria: ['clinical-ops'], zoe: [] });
  });

  it('keeps only the crossings in the range', () => {
    const model = modelOf(FILES, { to: '2026-10-20' });
    assert.deepEqual(model.crossings.map(crossingLine), ['2026-10-12 data-science->clinical-ops maria']);
  });

  it('combines a person and a range', () => {
    const model = modelOf(FILES, { person: 'ana', from: '2026-10-21', to: '2026-10-21' });
    assert.deepEqual(communitiesByPerson(model), { ana: [] });
    assert.deepEqual(model.crossings.map(crossingLine), ['2026-10-21 clinical-ops->data-science ana']);
  });

  it('ignores a bound that is not a real date', () => {
    assert.deepEqual(modelOf(FILES, { from: '2026-10', to: '2026-02-30' }), modelOf(FILES));
  });
});
