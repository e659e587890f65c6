import { strict as assert } from 'node:assert';
import { buildMultimembershipTree, placeParents } from '../../../client/src/views/multimembershipModel';
import { entryNodeAt, indexTree, walk, type TreeNode } from '../../../client/src/views/nodeModel';
import { journal } from '../../support/journal';
import { JOURNAL_URI, lineOf, modelOf } from './fixture';

/** A tree as indented "label — description" lines, for whole-shape assertions. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.label}${node.description === '' ? '' : ` — ${node.description}`}`, ...outline(node.children, depth + 1)]);
}

function person(tree: readonly TreeNode[], id: string): TreeNode {
  const found = tree.find((node) => node.person === id && (node.kind === 'person' || node.kind === 'me'));
  assert.ok(found, `no person node for ${id}`);
  return found;
}

describe('the Multimembership tree', () => {
  it('lists everyone, the practiceJournal.me person first and marked (me)', () => {
    const tree = buildMultimembershipTree(modelOf(), 'li');
    assert.deepEqual(
      tree.map((node) => [node.kind, node.label, node.description, node.icon, node.expanded]),
      [
        ['me', '@li (me)', 'no entries', 'account', true],
        ['person', '@ana', '1 community', 'person', false],
        ['person', 'Maria Okafor', '@maria · 3 communities', 'person', false],
      ],
    );
  });

  it('keeps the model order (by id) when no one is me', () => {
    assert.deepEqual(buildMultimembershipTree(modelOf(), undefined).map((node) => node.person), ['ana', 'li', 'maria']);
  });

  it("nests a person's communities along the parent chain, showing ancestors they have no entries in as structure", () => {
    const maria = person(buildMultimembershipTree(modelOf(), 'maria'), 'maria');
    assert.deepEqual(outline(maria.children), [
      'Nursing Network — E 0 · I 1 · A 0',
      '  Modes — engagement 0 · imagination 1 · alignment 0',
      '  Active — 2026-11-03',
      '  Entries — 1',
      '    2026-11-03 — imagination',
      '  +guild — broader community',
      "    St Brigid's chapter — core member · inbound trajectory · E 1 · I 1 · A 0",
      '      Level — core',
      '      Trajectory — inbound (2026-11-04)',
      '      Modes — engagement 1 · imagination 1 · alignment 0',
      '      Active — 2026-11-02 – 2026-11-04',
      '      Entries — 3',
      '        Chapter meeting — 2026-11-02 · engagement',
      '        2026-11-03 — imagination',
      '        2026-11-04 — trajectory: inbound',
      'Ward 7B — E 1 · I 0 · A 0',
      '  Modes — engagement 1 · imagination 0 · alignment 0',
      '  Active — 2026-11-05',
      '  Entries — 1',
      '    2026-11-05 — engagement',
    ]);
  });

  it('shows every ancestor as structure when the person belongs only to the innermost community', () => {
    const ana = person(buildMultimembershipTree(modelOf(), undefined), 'ana');
    assert.deepEqual(
      [...walk(ana.children)].filter((node) => node.kind === 'community' || node.kind === 'membership').map((node) => [node.kind, node.label]),
      [
        ['community', 'Nursing Network'],
        ['community', '+guild'],
        ['membership', "St Brigid's chapter"],
      ],
    );
  });

  it('gives entry nodes the location of their header, so a click opens the entry at its line', () => {
    const maria = person(buildMultimembershipTree(modelOf(), 'maria'), 'maria');
    const entries = [...walk(maria.children)].filter((node) => node.kind === 'entry');
    assert.deepEqual(
      entries.map((node) => node.location),
      [lineOf('2026-11-03'), lineOf('2026-11-02'), lineOf('2026-11-03'), lineOf('2026-11-04'), lineOf('2026-11-05')].map((line) => ({ uri: JOURNAL_URI, line })),
    );
    assert.deepEqual(
      entries.map((node) => node.icon),
      ['lightbulb', 'tools', 'lightbulb', 'milestone', 'tools'],
    );
  });

  it('puts the membership facts in the community tooltip, with its landscape details', () => {
    const maria = person(buildMultimembershipTree(modelOf(), 'maria'), 'maria');
    const chapter = [...walk(maria.children)].find((node) => node.community === 'chapter' && node.kind === 'membership')!;
    assert.deepEqual(chapter.tooltip, {
      heading: "St Brigid's chapter",
      details: [
        { label: 'Id', value: '+chapter' },
        { label: 'Parent', value: '+guild' },
        { label: 'Level', value: 'core' },
        { label: 'Trajectory', value: 'inbound (2026-11-04)' },
        { label: 'Engagement', value: '1' },
        { label: 'Imagination', value: '1' },
        { label: 'Alignment', value: '0' },
        { label: 'Active', value: '2026-11-02 – 2026-11-04' },
      ],
    });
  });

  it('gives every node a unique id and a parent id that leads back to the root', () => {
    const tree = buildMultimembershipTree(modelOf(), 'maria');
    const index = indexTree(tree);
    const all = [...walk(tree)];
    assert.equal(index.byId.size, all.length);
    for (const node of all) {
      const parent = node.parentId === undefined ? undefined : index.byId.get(node.parentId);
      if (node.parentId === undefined) assert.ok(tree.includes(node));
      else assert.ok(parent?.children.includes(node), `${node.id} is not among its parent's children`);
    }
  });

  it('shows a person without entries as a leaf', () => {
    const li = person(buildMultimembershipTree(modelOf(), undefined), 'li');
    assert.deepEqual([li.description, li.children], ['no entries', []]);
  });

  it('uses the +id of a community the landscape gives no name', () => {
    const tree = buildMultimembershipTree(modelOf(journal`
      ---
      author: li
      ---
      2026-11-02 alignment +new-thing
        Aligned.
    `, null), undefined);
    assert.deepEqual(outline(tree), ['@li — 1 community', '  +new-thing — E 0 · I 0 · A 1', '    Modes — engagement 0 · imagination 0 · alignment 1', '    Active — 2026-11-02', '    Entries — 1', '      2026-11-02 — alignment']);
  });
});

describe('placing communities under their parents', () => {
  it('places each community under its direct parent when that is shown', () => {
    const parents = placeParents(['a', 'b', 'c'], (id) => ({ b: 'a', c: 'b' })[id]);
    assert.deepEqual([...parents], [['a', undefined], ['b', 'a'], ['c', 'b']]);
  });

  it('makes a community a root when its parent is not shown', () => {
    assert.deepEqual([...placeParents(['b'], () => 'a')], [['b', undefined]]);
  });

  it('cuts a parent cycle at its smallest id, so every community is placed once', () => {
    const parents = placeParents(['a', 'b', 'c'], (id) => ({ a: 'c', b: 'a', c: 'b' })[id]);
    assert.deepEqual([...parents], [['a', undefined], ['b', 'a'], ['c', 'b']]);
  });
});

describe('finding the entry at the cursor', () => {
  const tree = buildMultimembershipTree(modelOf(), 'maria');
  const sameFile = (uri: string): boolean => uri === JOURNAL_URI;

  it('finds the nearest entry whose header is at or above the line', () => {
    const node = entryNodeAt(walk(tree), sameFile, lineOf('2026-11-05') + 1, ['maria']);
    assert.deepEqual([node?.location?.line, node?.person], [lineOf('2026-11-05'), 'maria']);
  });

  it("prefers the node under the journal's author when the entry shows up for several people", () => {
    assert.equal(entryNodeAt(walk(tree), sameFile, lineOf('2026-11-02'), ['maria'])?.person, 'maria');
    assert.equal(entryNodeAt(walk(tree), sameFile, lineOf('2026-11-02'), ['ana'])?.person, 'ana');
  });

  it('finds nothing above the first entry or in another file', () => {
    assert.equal(entryNodeAt(walk(tree), sameFile, 0), undefined);
    assert.equal(entryNodeAt(walk(tree), () => false, lineOf('2026-11-05')), undefined);
  });
});
