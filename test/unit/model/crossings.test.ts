import { strict as assert } from 'node:assert';
import { journal } from '../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, TEAM, authored, crossingLine, modelOf } from './support';

describe('workspace model: crossings', () => {
  it('records a crossing with its communities, date, location, broker, object, role, interaction and title', () => {
    const model = modelOf({
      [MARIA]: authored('maria', journal`
        2026-11-21 crossing +data-science -> +clinical-ops "Dashboard at the huddle"
          via: artifact "discharge dashboard"
          as: roamer
          interaction: encounter
          with: @ana
      `),
    });
    assert.deepEqual(model.crossings, [
      {
        uri: MARIA,
        line: 3,
        from: 'data-science',
        to: 'clinical-ops',
        date: '2026-11-21',
        people: ['maria'],
        object: { kind: 'artifact', name: 'discharge dashboard', id: undefined },
        role: 'roamer',
        interaction: 'encounter',
        title: 'Dashboard at the huddle',
      },
    ]);
  });

  it('names an object given by id after the landscape, and takes its kind from there when via: has none', () => {
    const model = modelOf({
      [LANDSCAPE_URI]: LANDSCAPE,
      [MARIA]: authored('maria', journal`
        2026-11-21 crossing +data-science -> +clinical-ops
          via: artifact discharge-dashboard
        2026-11-22 crossing +data-science -> +clinical-ops
          via: thing discharge-dashboard
      `),
    });
    assert.deepEqual(model.crossings.map((crossing) => crossing.object), [
      { kind: 'artifact', name: 'discharge dashboard', id: 'discharge-dashboard' },
      { kind: 'artifact', name: 'discharge dashboard', id: 'discharge-dashboard' },
    ]);
  });

  it('names an object id the landscape does not declare by the id itself', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-21 crossing +a -> +b\n  via: process intake-form\n') });
    assert.deepEqual(model.crossings[0]!.object, { kind: 'process', name: 'intake-form', id: 'intake-form' });
  });

  it('keeps the quoted name of a via: written without a kind, with no kind and no id', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-21 crossing +a -> +b\n  via: "bed board"\n') });
    assert.deepEqual(model.crossings[0]!.object, { kind: undefined, name: 'bed board', id: undefined });
  });

  it('has no object, role or interaction when the fields are missing or their values unknown', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-21 crossing +a -> +b\n  as: wanderer\n  interaction: chat\n') });
    const [crossing] = model.crossings;
    assert.deepEqual([crossing!.object, crossing!.role, crossing!.interaction], [undefined, undefined, undefined]);
  });

  it("credits the crossings of a journal without an author to the people of its with: field", () => {
    const model = modelOf({ [TEAM]: '2026-11-21 crossing +a -> +b\n  with: @li, @ana\n2026-11-22 crossing +a -> +c\n' });
    assert.deepEqual(model.crossings.map(crossingLine), ['2026-11-21 a->b li,ana', '2026-11-22 a->c ']);
  });

  it('does not count a crossing as a moment of any membership', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-21 crossing +a -> +b\n') });
    assert.deepEqual(model.people.map((person) => person.memberships), [[]]);
    assert.deepEqual(model.communities.map((community) => community.id), ['a', 'b']);
  });

  it('orders crossings by date, then journal, then line', () => {
    const model = modelOf({
      [MARIA]: authored('maria', '2026-11-22 crossing +a -> +b\n2026-11-20 crossing +a -> +c\n2026-11-22 crossing +b -> +c\n'),
      [ANA]: authored('ana', '2026-11-22 crossing +c -> +a\n'),
    });
    assert.deepEqual(model.crossings.map(crossingLine), [
      '2026-11-20 a->c maria',
      '2026-11-22 c->a ana',
      '2026-11-22 a->b maria',
      '2026-11-22 b->c maria',
    ]);
  });
});
