import { strict as assert } from 'node:assert';
import { loadFrontMatter } from '../../../server/src/language/frontMatter';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { WorkspaceModelBuilder } from '../../../server/src/language/model/workspaceModel';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import type { ModelFilter } from '../../../server/src/language/service';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, ROOT, TEAM, authored, communitiesByPerson, membershipOf, serviceWith } from './support';

function builderWith(files: Record<string, string>): WorkspaceModelBuilder {
  const builder = new WorkspaceModelBuilder();
  for (const [uri, text] of Object.entries(files)) {
    const syntax = parseJournal(text);
    builder.updateJournal(uri, syntax, loadFrontMatter(syntax).data);
  }
  return builder;
}

describe('workspace model: updates', () => {
  it('replaces only the changed journal’s part, leaving the others’ memberships as they were', () => {
    const service = serviceWith({
      [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n'),
      [ANA]: authored('ana', '2026-11-20 engagement +data-science\n  with: @maria\n'),
    });
    const before = service.getModel();
    service.setFile(ANA, authored('ana', '2026-11-21 alignment +clinical-ops\n'));
    const after = service.getModel();
    assert.deepEqual(communitiesByPerson(after), { ana: ['clinical-ops'], maria: ['data-science'] });
    assert.equal(membershipOf(after, 'maria', 'data-science').counts.engagement, 1);
    assert.equal(membershipOf(before, 'maria', 'data-science').counts.engagement, 2, 'an earlier model is not changed');
  });

  it('reuses untouched memberships and crossings from one build to the next', () => {
    const service = serviceWith({
      [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n2026-11-21 crossing +a -> +b\n'),
      [ANA]: authored('ana', '2026-11-20 engagement +data-science\n'),
    });
    const before = service.getModel();
    service.setFile(ANA, authored('ana', '2026-11-22 engagement +data-science\n'));
    const after = service.getModel();
    assert.equal(membershipOf(after, 'maria', 'data-science'), membershipOf(before, 'maria', 'data-science'));
    assert.equal(after.crossings[0], before.crossings[0]);
    assert.notEqual(membershipOf(after, 'ana', 'data-science'), membershipOf(before, 'ana', 'data-science'));
  });

  it('forgets a removed journal: its memberships, crossings and the people only it named', () => {
    const service = serviceWith({
      [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n'),
      [TEAM]: '2026-11-20 engagement +data-science\n  with: @maria, @bo\n2026-11-21 crossing +a -> +b\n  with: @bo\n',
    });
    service.getModel();
    service.deleteFile(TEAM);
    const model = service.getModel();
    assert.deepEqual(communitiesByPerson(model), { maria: ['data-science'] });
    assert.equal(membershipOf(model, 'maria', 'data-science').entries.length, 1);
    assert.deepEqual(model.crossings, []);
    assert.deepEqual(model.communities.map((community) => community.id), ['data-science']);
  });

  it('follows a changed landscape', () => {
    const service = serviceWith({ [LANDSCAPE_URI]: LANDSCAPE, [MARIA]: authored('maria', '2026-11-20 engagement +data-science\n') });
    assert.equal(membershipOf(service.getModel(), 'maria', 'data-science').level, 'active');
    service.setFile(LANDSCAPE_URI, 'communities:\n  data-science: { members: { maria: core } }\n');
    assert.equal(membershipOf(service.getModel(), 'maria', 'data-science').level, 'core');
  });

  it('does not depend on the order journals were added in', () => {
    const files = {
      [MARIA]: authored('maria', '2026-11-20 engagement +x\n2026-11-20 trajectory +x inbound\n2026-11-20 crossing +x -> +y\n'),
      [ANA]: authored('ana', '2026-11-20 imagination +x\n  with: @maria\n2026-11-20 crossing +y -> +x\n'),
      [TEAM]: '2026-11-20 alignment +x\n  with: @maria\n',
    };
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    assert.deepEqual(builderWith(files).build([]), builderWith(reversed).build([]));
  });

  it('gives, after any sequence of changes and builds, the model a fresh build gives', () => {
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % limit;
    };
    const journalText = (): string => {
      const lines: string[] = [];
      for (let count = random(6); count > 0; count--) {
        const date = `2026-0${1 + random(3)}-1${random(3)}`;
        const community = `c${random(3)}`;
        const kind = ['engagement', 'imagination', 'alignment', 'trajectory', 'crossing'][random(5)];
        if (kind === 'trajectory') lines.push(`${date} trajectory +${community} ${['inbound', 'insider'][random(2)]}`);
        else if (kind === 'crossing') lines.push(`${date} crossing +${community} -> +c9\n  with: @p${random(3)}`);
        else lines.push(`${date} ${kind} +${community}\n  with: @p${random(3)}`);
      }
      return (random(4) === 0 ? '' : `---\nauthor: p${random(4)}\n---\n`) + lines.join('\n') + '\n';
    };
    const uris = Array.from({ length: 24 }, (_, index) => `${ROOT}/j${index}.practice`);
    const landscape = loadLandscape(LANDSCAPE_URI, 'communities:\n  c1: { parent: c0, members: { p1: core } }\n');
    const filters: ModelFilter[] = [{}, { person: 'p1' }, { from: '2026-02-11', to: '2026-03-10' }];
    const live = new WorkspaceModelBuilder();
    const current = new Map<string, string>();
    for (let step = 0; step < 300; step++) {
      // Mostly single changes, sometimes a burst (as when a workspace loads).
      const burst = random(10) === 0 ? 20 : 1;
      for (let change = 0; change < burst; change++) {
        const uri = uris[random(uris.length)]!;
        if (random(5) === 0) {
          live.removeJournal(uri);
          current.delete(uri);
        } else {
          const text = journalText();
          const syntax = parseJournal(text);
          live.updateJournal(uri, syntax, loadFrontMatter(syntax).data);
          current.set(uri, text);
        }
      }
      if (random(3) === 0) continue;
      const fresh = builderWith(Object.fromEntries(current));
      const filter = filters[random(filters.length)]!;
      assert.deepEqual(live.build([landscape], filter), fresh.build([landscape], filter), `step ${step}`);
    }
  });
});

describe('workspace model: several landscapes', () => {
  it('lets the landscape nearest the root win for an attribute, and fills the gaps from the others', () => {
    const root = loadLandscape(LANDSCAPE_URI, 'communities:\n  x: { name: Root name, members: { maria: core } }\npeople:\n  maria: {}\n');
    const nested = loadLandscape(`${ROOT}/team/landscape.yaml`, 'communities:\n  x: { name: Team name, stage: maturing, members: { maria: peripheral, ana: active } }\npeople:\n  maria: { name: Maria }\n');
    const model = builderWith({}).build([nested, root]);
    const community = model.communities[0]!;
    assert.deepEqual([community.name, community.stage, community.members], ['Root name', 'maturing', { ana: 'active', maria: 'core' }]);
    assert.equal(model.people.find((person) => person.id === 'maria')!.name, 'Maria');
  });
});
