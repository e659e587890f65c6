import { strict as assert } from 'node:assert';
import { DirectionGroups } from '../../../server/src/language/model/directions';
import { directionParts } from '../../../server/src/language/model/directionParts';
import type { CrossingPart } from '../../../server/src/language/model/contribution';
import type { LanguageService, ModelFilter } from '../../../server/src/language/service';
import { GENERATED_LANDSCAPE, Seeded, generatedJournal, generatedWorkspace } from './generated';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, ROOT, TEAM, authored, serviceWith } from './support';

/** Every item of a paged list, `limit` at a time. */
function allPages<T>(read: (offset: number) => { items: readonly T[]; total: number }): { items: T[]; total: number } {
  const items: T[] = [];
  for (;;) {
    const page = read(items.length);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return { items, total: page.total };
  }
}

/** Everything the views can read for a filter: the summary, the boundary objects, every page, and the whole model. */
function everything(service: LanguageService, filter: ModelFilter): unknown {
  const summary = service.getModelSummary(filter);
  const pages: unknown[] = [];
  for (const person of summary.people) {
    for (const { community } of person.memberships) {
      pages.push(allPages((offset) => service.getMembershipEntries({ ...filter, person: person.id, community, offset, limit: 3 })));
    }
  }
  for (const direction of summary.directions) pages.push(allPages((offset) => service.getDirectionCrossings({ ...filter, direction, offset, limit: 2 })));
  const whole = { summary, objects: service.getBoundaryObjects(filter), pages, model: service.getModel(filter) };
  return JSON.parse(JSON.stringify(whole)) as unknown;
}

const FILTERS: ModelFilter[] = [
  {},
  { person: 'maria' },
  { person: 'li' },
  { person: 'nobody' },
  { from: '2026-04-01', to: '2026-06-30' },
  { from: '2026-09-01', to: '2026-03-01' },
  { person: 'ana', from: '2026-03-01' },
  { from: '2026-02-30', to: 'soon' },
];

describe('workspace model review: a person filter that names nobody', () => {
  const files = {
    [LANDSCAPE_URI]: LANDSCAPE,
    [MARIA]: authored('maria', '2026-11-06 crossing +data-science -> +clinical-ops\n  via: artifact discharge-dashboard\n'),
    [TEAM]: '2026-11-09 crossing +clinical-ops -> +data-science\n  with: @li\n',
  };

  for (const person of ['', ' ', 'no one']) {
    it(`gives no directions, objects or crossing pages for the person ${JSON.stringify(person)}, as the whole model gives no crossings`, () => {
      const service = serviceWith(files);
      assert.deepEqual(service.getModel({ person }).crossings, []);
      assert.deepEqual(service.getModelSummary({ person }).directions, []);
      assert.deepEqual(service.getBoundaryObjects({ person }), []);
      const page = service.getDirectionCrossings({ person, direction: { from: 'data-science', to: 'clinical-ops' } });
      assert.deepEqual([page.items, page.total], [[], 0]);
      assert.equal(service.locateEntry({ person, uri: MARIA, line: 3 }), undefined);
    });
  }

  it('still gives everyone’s crossings without a person', () => {
    const service = serviceWith(files);
    assert.deepEqual(service.getModelSummary().directions.map((direction) => [direction.from, direction.to, direction.count]), [
      ['clinical-ops', 'data-science', 1],
      ['data-science', 'clinical-ops', 1],
    ]);
    assert.equal(service.getDirectionCrossings({ direction: { from: 'clinical-ops', to: 'data-science' }, person: 'li' }).total, 1);
  });
});

describe('workspace model review: running totals never drift from a fresh build', () => {
  it('after the same journal is added and removed a hundred times, with the summary read in between', () => {
    const files = generatedWorkspace(21, 12);
    const service = serviceWith(files);
    const text = authored('maria', '2026-03-01 trajectory +ward inbound\n2026-03-01 engagement +ward +hospital\n  with: @ana @ana @maria\n2026-03-02 crossing +ward -> +hospital\n');
    for (let round = 0; round < 100; round++) {
      service.setFile(`${ROOT}/journals/churn.practice`, text);
      if (round % 7 === 0) for (const filter of FILTERS) service.getModelSummary(filter);
      service.deleteFile(`${ROOT}/journals/churn.practice`);
    }
    const fresh = serviceWith(files);
    for (const filter of FILTERS) assert.deepEqual(everything(service, filter), everything(fresh, filter), JSON.stringify(filter));
  });

  it('when a journal’s author changes, an entry moves between journals, and the author is also named in with:', () => {
    const service = serviceWith({ [LANDSCAPE_URI]: LANDSCAPE });
    const moment = '2026-11-02 engagement +data-science "Pairing"\n  with: @maria @li @li\n';
    const trajectory = '2026-11-02 trajectory +data-science insider\n';
    const steps: Record<string, string | undefined>[] = [
      { [MARIA]: authored('maria', moment + trajectory), [ANA]: authored('ana', '2026-11-01 trajectory +data-science peripheral\n') },
      { [MARIA]: authored('ana', moment + trajectory) },
      { [MARIA]: authored('ana', trajectory), [ANA]: authored('ana', moment + '2026-11-01 trajectory +data-science peripheral\n') },
      { [MARIA]: undefined, [TEAM]: moment },
      { [MARIA]: authored('maria', trajectory), [ANA]: undefined },
    ];
    const files: Record<string, string> = { [LANDSCAPE_URI]: LANDSCAPE };
    for (const step of steps) {
      for (const [uri, text] of Object.entries(step)) {
        if (text === undefined) {
          delete files[uri];
          service.deleteFile(uri);
        } else {
          files[uri] = text;
          service.setFile(uri, text);
        }
      }
      for (const filter of FILTERS) service.getModelSummary(filter);
      const fresh = serviceWith(files);
      for (const filter of FILTERS) assert.deepEqual(everything(service, filter), everything(fresh, filter), JSON.stringify(filter));
    }
  });

  it('through a seeded series of edits, removals, renames and landscape changes', () => {
    const random = new Seeded(4242);
    const landscapeUri = `${ROOT}/landscape.yaml`;
    const landscapes = [
      GENERATED_LANDSCAPE,
      GENERATED_LANDSCAPE.replace('ana: core', 'ana: peripheral').replace('analytics: { parent: hospital }', 'analytics: { parent: ward }'),
      GENERATED_LANDSCAPE.replace('maria: { name: Maria Lopez }', 'maria: { name: M. Lopez }\n  li: {}').replace('name: discharge dashboard', 'name: the dashboard'),
    ];
    const files: Record<string, string> = { [landscapeUri]: GENERATED_LANDSCAPE };
    const service = serviceWith(files);
    const uris = Array.from({ length: 10 }, (_, index) => `${ROOT}/journals/${index}.practice`);
    for (let step = 0; step < 60; step++) {
      const roll = random.next();
      const uri = random.pick(uris);
      const text = files[uri];
      if (roll < 0.5) {
        files[uri] = generatedJournal(random, random.pick(['ana', 'maria', 'li', undefined]), 1 + Math.floor(random.next() * 6)).replace(/with: @(\w+)/g, 'with: @$1 @$1 @maria');
        service.setFile(uri, files[uri]);
      } else if (roll < 0.7) {
        delete files[uri];
        service.deleteFile(uri);
      } else if (roll < 0.85) {
        files[landscapeUri] = random.pick(landscapes);
        service.setFile(landscapeUri, files[landscapeUri]);
      } else if (text !== undefined) {
        const target = random.pick(uris.filter((each) => each !== uri));
        delete files[uri];
        files[target] = text;
        service.deleteFile(uri);
        service.setFile(target, text);
      }
      if (random.next() < 0.5) service.getModelSummary(random.pick(FILTERS));
      if (step % 10 === 9) {
        const fresh = serviceWith(files);
        for (const filter of FILTERS) assert.deepEqual(everything(service, filter), everything(fresh, filter), `step ${step}, ${JSON.stringify(filter)}`);
      }
    }
  });
});

describe('workspace model review: what the pages keep', () => {
  function crossing(line: number, people: string[]): CrossingPart {
    return { uri: MARIA, line, date: `2026-11-0${line}`, day: 20_393 + line, from: 'a', to: 'b', people, via: undefined, role: undefined, interaction: undefined, title: undefined };
  }

  it('keeps nothing for a person asked about who brokered no crossing of the direction', () => {
    const directions = new DirectionGroups();
    directions.add(directionParts(MARIA, [crossing(1, ['maria']), crossing(2, ['maria'])]));
    for (let index = 0; index < 1000; index++) assert.deepEqual(directions.crossings('a', 'b', `stranger-${index}`), []);
    assert.deepEqual(directions.crossings('a', 'b', 'maria').map((each) => each.line), [1, 2]);
    assert.deepEqual(directions.crossings('a', 'b', undefined).map((each) => each.line), [1, 2]);
    // The ordered lists are kept per broker: one for everyone, one for maria, none for strangers.
    const groups = (directions as unknown as { groups: Map<string, { ordered: Map<string, unknown> }> }).groups;
    assert.equal(groups.get('a\nb')!.ordered.size, 2);
  });
});
