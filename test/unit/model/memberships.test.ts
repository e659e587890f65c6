import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, ROOT, TEAM, authored, membershipOf, modelOf } from './support';

describe('workspace model: memberships', () => {
  const maria = authored('maria', journal`
    2026-11-21 imagination +data-science "Later"
    2026-11-03 engagement +data-science "Early"
      with: @ana
    2026-11-10 trajectory +data-science peripheral
    2026-11-20 engagement +data-science
    2026-11-25 trajectory +data-science inbound
      from: peripheral
    2026-11-12 alignment +clinical-ops
  `);

  it('counts moments per mode of belonging', () => {
    const membership = membershipOf(modelOf({ [MARIA]: maria }), 'maria', 'data-science');
    assert.deepEqual(membership.counts, { engagement: 2, imagination: 1, alignment: 0 });
  });

  it('takes the first and last dates over moments and trajectories, whatever the order in the file', () => {
    const membership = membershipOf(modelOf({ [MARIA]: maria }), 'maria', 'data-science');
    assert.equal(membership.firstDate, '2026-11-03');
    assert.equal(membership.lastDate, '2026-11-25');
  });

  it('keeps the latest trajectory by date, not by position in the file', () => {
    const model = modelOf({
      [MARIA]: authored('maria', '2026-11-25 trajectory +data-science inbound\n2026-11-10 trajectory +data-science outbound\n'),
    });
    assert.deepEqual(membershipOf(model, 'maria', 'data-science').trajectory, { kind: 'inbound', date: '2026-11-25' });
  });

  it('breaks a tie between trajectories on one date by position: the later line, then the later journal', () => {
    const sameFile = modelOf({
      [MARIA]: authored('maria', '2026-11-25 trajectory +data-science inbound\n2026-11-25 trajectory +data-science insider\n'),
    });
    assert.deepEqual(membershipOf(sameFile, 'maria', 'data-science').trajectory, { kind: 'insider', date: '2026-11-25' });
    const twoFiles = modelOf({
      [`${ROOT}/maria/b.practice`]: authored('maria', '2026-11-25 trajectory +data-science boundary\n'),
      [`${ROOT}/maria/a.practice`]: authored('maria', '2026-11-25 trajectory +data-science insider\n\n\n'),
    });
    assert.deepEqual(membershipOf(twoFiles, 'maria', 'data-science').trajectory, { kind: 'boundary', date: '2026-11-25' });
  });

  it('has no trajectory when the person logged none there', () => {
    assert.equal(membershipOf(modelOf({ [MARIA]: maria }), 'maria', 'clinical-ops').trajectory, undefined);
  });

  it('lists the entries by date, then journal, then line, with their location, kind and title', () => {
    const model = modelOf({ [MARIA]: maria, [TEAM]: '2026-11-20 alignment +data-science "Rota"\n  with: @maria\n' });
    const entries = membershipOf(model, 'maria', 'data-science').entries;
    assert.deepEqual(
      entries.map((entry) => [entry.date, entry.uri === MARIA ? 'maria' : 'team', entry.line, entry.kind, entry.trajectory, entry.title]),
      [
        ['2026-11-03', 'maria', 4, 'engagement', undefined, 'Early'],
        ['2026-11-10', 'maria', 6, 'trajectory', 'peripheral', undefined],
        ['2026-11-20', 'maria', 7, 'engagement', undefined, undefined],
        ['2026-11-20', 'team', 0, 'alignment', undefined, 'Rota'],
        ['2026-11-21', 'maria', 3, 'imagination', undefined, 'Later'],
        ['2026-11-25', 'maria', 8, 'trajectory', 'inbound', undefined],
      ],
    );
  });

  it('adds up one membership across several journals', () => {
    const model = modelOf({ [MARIA]: maria, [ANA]: authored('ana', '2026-10-30 engagement +data-science\n  with: @maria\n') });
    const membership = membershipOf(model, 'maria', 'data-science');
    assert.deepEqual(membership.counts, { engagement: 3, imagination: 1, alignment: 0 });
    assert.equal(membership.firstDate, '2026-10-30');
    assert.equal(membership.entries.length, 6);
  });

  it('takes the level from the landscape, and has none where the landscape gives none', () => {
    const model = modelOf({ [LANDSCAPE_URI]: LANDSCAPE, [MARIA]: maria, [TEAM]: '2026-11-20 engagement +hospital\n  with: @maria\n' });
    assert.equal(membershipOf(model, 'maria', 'data-science').level, 'active');
    assert.equal(membershipOf(model, 'maria', 'clinical-ops').level, 'peripheral');
    assert.equal(membershipOf(model, 'ana', 'data-science').level, 'core');
    assert.equal(membershipOf(model, 'maria', 'hospital').level, undefined);
  });

  it('sorts memberships by community id', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-20 engagement +zeta +alpha +Mid\n') });
    assert.deepEqual(
      model.people[0]!.memberships.map((membership) => membership.community),
      ['Mid', 'alpha', 'zeta'],
    );
  });

  it('does not make a membership of a landscape level alone', () => {
    const model = modelOf({ [LANDSCAPE_URI]: LANDSCAPE });
    assert.ok(model.people.every((person) => person.memberships.length === 0));
  });
});

describe('workspace model: communities', () => {
  it('lists declared communities and those only used in entries, sorted by id', () => {
    const model = modelOf({ [LANDSCAPE_URI]: LANDSCAPE, [MARIA]: authored('maria', '2026-11-20 crossing +data-science -> +nursing\n') });
    assert.deepEqual(
      model.communities.map((community) => [community.id, community.declared]),
      [['analytics', true], ['clinical-ops', true], ['data-science', true], ['hospital', true], ['nursing', false]],
    );
  });

  it('carries what the landscape says of a community, its parent chain and its members', () => {
    const model = modelOf({ [LANDSCAPE_URI]: LANDSCAPE });
    assert.deepEqual(model.communities.find((community) => community.id === 'data-science'), {
      id: 'data-science',
      name: 'Data Science Guild',
      domain: 'Making data trustworthy for clinicians',
      stage: 'maturing',
      parent: 'analytics',
      ancestors: ['analytics', 'hospital'],
      members: { ana: 'core', li: 'peripheral', maria: 'active' },
      declared: true,
    });
  });

  it('describes a community only used in entries with nothing but its id', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-20 engagement +nursing\n') });
    assert.deepEqual(model.communities, [
      { id: 'nursing', name: undefined, domain: undefined, stage: undefined, parent: undefined, ancestors: [], members: {}, declared: false },
    ]);
  });

  it('cuts a cycle of parents instead of following it forever', () => {
    const cyclic = 'communities:\n  a: { parent: b }\n  b: { parent: c }\n  c: { parent: a }\n  d: { parent: d }\n';
    const model = modelOf({ [LANDSCAPE_URI]: cyclic });
    assert.deepEqual(
      model.communities.map((community) => [community.id, community.ancestors]),
      [['a', ['b', 'c']], ['b', ['c', 'a']], ['c', ['a', 'b']], ['d', []]],
    );
  });

  it('ends the chain at a parent the landscape does not declare', () => {
    const model = modelOf({ [LANDSCAPE_URI]: 'communities:\n  a: { parent: ghost }\n' });
    assert.deepEqual(model.communities[0]!.ancestors, ['ghost']);
  });
});
