import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, TEAM, authored, communitiesByPerson, membershipOf, modelOf, personOf } from './support';

describe('workspace model: whose moments', () => {
  it("counts a moment for the journal's author and for everyone in its with: field", () => {
    const model = modelOf({
      [MARIA]: authored('maria', journal`
        2026-11-20 engagement +data-science
          with: @ana, @li
      `),
    });
    assert.deepEqual(communitiesByPerson(model), { ana: ['data-science'], li: ['data-science'], maria: ['data-science'] });
    for (const person of ['ana', 'li', 'maria']) assert.equal(membershipOf(model, person, 'data-science').counts.engagement, 1);
  });

  it('counts a moment for the @people written in its header', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-20 imagination +data-science @ana #lineage\n') });
    assert.deepEqual(communitiesByPerson(model), { ana: ['data-science'], maria: ['data-science'] });
  });

  it('gives the moments of a journal without an author only to the people they were with', () => {
    const model = modelOf({
      [TEAM]: journal`
        2026-11-20 alignment +clinical-ops "Rota"
          with: @ana @li
        2026-11-21 engagement +clinical-ops
      `,
    });
    assert.deepEqual(communitiesByPerson(model), { ana: ['clinical-ops'], li: ['clinical-ops'] });
    assert.deepEqual(membershipOf(model, 'ana', 'clinical-ops').counts, { engagement: 0, imagination: 0, alignment: 1 });
  });

  it('gives a trajectory to the author alone, never to the people it was with', () => {
    const model = modelOf({
      [MARIA]: authored('maria', '2026-11-22 trajectory +data-science inbound\n  with: @ana\n'),
    });
    assert.deepEqual(communitiesByPerson(model), { ana: [], maria: ['data-science'] });
    assert.deepEqual(membershipOf(model, 'maria', 'data-science').trajectory, { kind: 'inbound', date: '2026-11-22' });
  });

  it('drops the trajectories of a journal without an author, but still lists their community', () => {
    const model = modelOf({ [TEAM]: '2026-11-22 trajectory +data-science inbound\n' });
    assert.deepEqual(model.people, []);
    assert.deepEqual(model.communities.map((community) => community.id), ['data-science']);
  });

  it('takes the communities of an entry from its header, not from mentions in fields or prose', () => {
    const model = modelOf({
      [MARIA]: authored('maria', journal`
        2026-11-20 engagement +data-science +analytics
          tags: #x

          Told +clinical-ops about it.
      `),
    });
    assert.deepEqual(communitiesByPerson(model), { maria: ['analytics', 'data-science'] });
    assert.deepEqual(model.communities.map((community) => community.id), ['analytics', 'data-science']);
  });

  it('does not count people mentioned only in prose or in other fields', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n  tags: #x\n\n  Asked @li later.\n') });
    assert.deepEqual(communitiesByPerson(model), { maria: ['data-science'] });
  });

  it('counts an author who also writes themselves in with: once', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n  with: @maria, @ana, @ana\n') });
    assert.equal(membershipOf(model, 'maria', 'data-science').counts.engagement, 1);
    assert.equal(membershipOf(model, 'ana', 'data-science').entries.length, 1);
  });

  it('ignores entries whose date is not a real calendar date', () => {
    const model = modelOf({
      [MARIA]: authored('maria', journal`
        2026-02-30 engagement +data-science
        2026-13-01 trajectory +analytics inbound
        2026-1-05 crossing +data-science -> +clinical-ops
        2026-11-20 alignment +data-science
      `),
    });
    assert.deepEqual(communitiesByPerson(model), { maria: ['data-science'] });
    assert.deepEqual(membershipOf(model, 'maria', 'data-science').counts, { engagement: 0, imagination: 0, alignment: 1 });
    assert.deepEqual(model.crossings, []);
  });

  it('ignores entries that lack what their kind needs', () => {
    const model = modelOf({
      [MARIA]: authored('maria', journal`
        2026-11-20 engagment +data-science
        2026-11-20 engagement @ana
        2026-11-21 trajectory +data-science
        2026-11-21 trajectory +data-science sideways
        2026-11-22 crossing +data-science -> +data-science
        2026-11-22 crossing +data-science
      `),
    });
    assert.deepEqual(communitiesByPerson(model), { maria: [] });
    assert.deepEqual(model.crossings, []);
  });

  it('lists every declared person, author and participant, sorted by id, with landscape names', () => {
    const model = modelOf({
      [LANDSCAPE_URI]: LANDSCAPE,
      [ANA]: authored('ana', '2026-11-20 engagement +data-science\n  with: @bo\n'),
      [MARIA]: authored('maria', ''),
    });
    const people = model.people.map((person) => [person.id, person.name, person.declared, person.memberships.length]);
    assert.deepEqual(people, [
      ['ana', undefined, true, 1],
      ['bo', undefined, false, 1],
      ['li', undefined, true, 0],
      ['maria', 'Maria Lopez', true, 0],
      ['zoe', 'Zoe Park', true, 0],
    ]);
    assert.equal(personOf(model, 'maria').memberships.length, 0);
  });

  it('lists the people of with: fields on any kind of entry', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-22 crossing +a -> +b\n  with: @li\n') });
    assert.deepEqual(communitiesByPerson(model), { li: [], maria: [] });
  });
});
