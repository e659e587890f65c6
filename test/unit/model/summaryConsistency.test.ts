import { strict as assert } from 'node:assert';
import type { LanguageService, ModelFilter, WorkspaceModel } from '../../../server/src/language/service';
import type { CrossingModel, DirectionSummary, ModelSummary, ObjectSummary, PersonSummary } from '../../../server/src/language/model/types';
import { Seeded, generatedJournal, generatedWorkspace } from './generated';
import { serviceWith } from './support';

/** The summary the whole model implies, worked out the plain way. */
function expectedSummary(model: WorkspaceModel): ModelSummary {
  const people = model.people.map((person): PersonSummary => {
    const seen = new Map<string, string>();
    for (const membership of person.memberships) for (const entry of membership.entries) seen.set(`${entry.uri}#${entry.line}`, entry.kind);
    const counts = { engagement: 0, imagination: 0, alignment: 0 };
    for (const kind of seen.values()) if (kind !== 'trajectory') counts[kind as keyof typeof counts]++;
    const memberships = person.memberships.map(({ entries, ...rest }) => ({ ...rest, entryCount: entries.length }));
    return { id: person.id, name: person.name, declared: person.declared, counts, entryCount: seen.size, memberships };
  });
  return { people, communities: model.communities, directions: expectedDirections(model.crossings) };
}

function expectedDirections(crossings: readonly CrossingModel[]): DirectionSummary[] {
  const byKey = new Map<string, { from: string; to: string; count: number; firstDate: string; lastDate: string }>();
  for (const crossing of crossings) {
    const key = `${crossing.from}>${crossing.to}`;
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, { from: crossing.from, to: crossing.to, count: 1, firstDate: crossing.date, lastDate: crossing.date });
    else {
      found.count++;
      found.lastDate = crossing.date;
    }
  }
  return [...byKey.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

function expectedObjects(crossings: readonly CrossingModel[]): ObjectSummary[] {
  const byKey = new Map<string, { id: string | undefined; name: string; kind: ObjectSummary['kind']; crossings: number; communities: Set<string> }>();
  for (const { object, from, to } of crossings) {
    if (object === undefined) continue;
    const key = JSON.stringify([object.id, object.name, object.kind]);
    const found = byKey.get(key) ?? { ...object, crossings: 0, communities: new Set<string>() };
    found.crossings++;
    found.communities.add(from).add(to);
    byKey.set(key, found);
  }
  const list = [...byKey.values()].map(({ communities, ...rest }) => ({ ...rest, communities: [...communities].sort() }));
  const key = (object: ObjectSummary): string => `${object.id ?? object.name}\n${object.kind ?? ''}\n${object.id === undefined ? 1 : 0}`;
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Every page of a list, `limit` at a time. */
function allPages<T>(read: (offset: number) => { items: readonly T[]; total: number }, limit: number): T[] {
  const items: T[] = [];
  for (;;) {
    const page = read(items.length);
    items.push(...page.items);
    if (page.items.length < limit || items.length >= page.total) return items;
  }
}

const FILTERS: ModelFilter[] = [
  {},
  { person: 'maria' },
  { person: 'zoe' },
  { person: 'nobody' },
  { from: '2026-04-01', to: '2026-06-30' },
  { from: '2026-11-15' },
  { to: '2026-02-10' },
  { from: '2026-06-15', to: '2026-06-15' },
  { person: 'ana', from: '2026-03-01', to: '2026-09-30' },
  { from: 'not-a-date', to: '2026-13-01' },
];

function assertConsistent(service: LanguageService, filter: ModelFilter): void {
  const model = service.getModel(filter);
  const what = JSON.stringify(filter);
  assert.deepEqual(service.getModelSummary(filter), expectedSummary(model), `summary for ${what}`);
  assert.deepEqual(service.getBoundaryObjects(filter), expectedObjects(model.crossings), `objects for ${what}`);
  for (const person of model.people) {
    for (const membership of person.memberships) {
      const read = (offset: number) => service.getMembershipEntries({ ...filter, person: person.id, community: membership.community, offset, limit: 4 });
      assert.deepEqual(allPages(read, 4), membership.entries, `entries of ${person.id} in ${membership.community} for ${what}`);
    }
  }
  for (const direction of expectedDirections(model.crossings)) {
    const read = (offset: number) => service.getDirectionCrossings({ ...filter, direction, offset, limit: 3 });
    const expected = model.crossings.filter((crossing) => crossing.from === direction.from && crossing.to === direction.to);
    assert.deepEqual(allPages(read, 3), expected, `crossings ${direction.from} → ${direction.to} for ${what}`);
  }
}

describe('workspace model: the summary and the pages agree with the whole model', () => {
  it('for every filter, on a generated workspace of 60 journals', () => {
    const service = serviceWith(generatedWorkspace(7, 60));
    for (const filter of FILTERS) assertConsistent(service, filter);
  });

  it('after journals change, are added and are removed', () => {
    const files = generatedWorkspace(11, 40);
    const service = serviceWith(files);
    const random = new Seeded(5);
    const uris = Object.keys(files).filter((uri) => uri.endsWith('.practice'));
    for (const filter of FILTERS) service.getModelSummary(filter);
    for (let round = 0; round < 6; round++) {
      service.setFile(random.pick(uris), generatedJournal(random, random.pick(['ana', 'maria', undefined]), 6));
      service.setFile(`${uris[0]!.replace(/\d+\.practice$/, '')}new-${round}.practice`, generatedJournal(random, 'li', 4));
      if (round % 2 === 1) service.deleteFile(uris[round]!);
      for (const filter of FILTERS) assertConsistent(service, filter);
    }
  });

  it('places every entry of the model where the pages have it', () => {
    const service = serviceWith(generatedWorkspace(3, 25));
    for (const filter of [{}, { person: 'li' }, { from: '2026-05-01', to: '2026-08-31' }] as ModelFilter[]) {
      const model = service.getModel(filter);
      for (const person of model.people) {
        for (const membership of person.memberships) {
          membership.entries.forEach((entry, index) => {
            const place = service.locateEntry({ ...filter, uri: entry.uri, line: entry.line });
            assert.ok(place?.memberships.some((each) => each.person === person.id && each.community === membership.community && each.index === index), `${entry.uri}:${entry.line}`);
          });
        }
      }
      for (const crossing of model.crossings) {
        const place = service.locateEntry({ ...filter, uri: crossing.uri, line: crossing.line });
        const list = model.crossings.filter((each) => each.from === crossing.from && each.to === crossing.to);
        assert.deepEqual(place?.crossing, { from: crossing.from, to: crossing.to, index: list.indexOf(crossing) });
      }
    }
  });
});
