import { strict as assert } from 'node:assert';
import { buildMultimembershipTree, entriesRowOf, entryNodes, placeParents } from '../../../client/src/views/multimembershipModel';
import { indexTree, moreNode, walk, type TreeNode } from '../../../client/src/views/nodeModel';
import { journal } from '../../support/journal';
import { JOURNAL, JOURNAL_URI, LANDSCAPE, lineOf, loaded, serviceOf, summaryOf } from './fixture';

/** The tree of the fixture (or another journal), with each membership's entries loaded as when expanded. */
function treeOf(me: string | undefined, text = JOURNAL, landscape: string | null = LANDSCAPE): TreeNode[] {
  return loaded(buildMultimembershipTree(summaryOf(text, landscape), me), serviceOf(text, landscape));
}

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
    const tree = treeOf('li');
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
    assert.deepEqual(treeOf(undefined).map((node) => node.person), ['ana', 'li', 'maria']);
  });

  it("nests a person's communities along the parent chain, showing ancestors they have no entries in as structure", () => {
    const maria = person(treeOf('maria'), 'maria');
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
    const ana = person(treeOf(undefined), 'ana');
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
    const maria = person(treeOf('maria'), 'maria');
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
    const maria = person(treeOf('maria'), 'maria');
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
    const tree = treeOf('maria');
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
    const li = person(treeOf(undefined), 'li');
    assert.deepEqual([li.description, li.children], ['no entries', []]);
  });

  it('uses the +id of a community the landscape gives no name', () => {
    const tree = treeOf(undefined, journal`
      ---
      author: li
      ---
      2026-11-02 alignment +new-thing
        Aligned.
    `, null);
    assert.deepEqual(outline(tree), ['@li — 1 community', '  +new-thing — E 0 · I 0 · A 1', '    Modes — engagement 0 · imagination 0 · alignment 1', '    Active — 2026-11-02', '    Entries — 1', '      2026-11-02 — alignment']);
  });
});

describe("loading a membership's entries", () => {
  const maria = (): TreeNode => person(buildMultimembershipTree(summaryOf(), 'maria'), 'maria');
  const chapterRow = (): TreeNode => entriesRowOf([...walk(maria().children)].find((node) => node.community === 'chapter' && node.kind === 'membership')!)!;

  it('draws the Entries row from the summary with its count and nothing under it yet', () => {
    const row = chapterRow();
    assert.deepEqual([row.description, row.children, row.lazy], ['3', [], { kind: 'entries', person: 'maria', community: 'chapter', total: 3 }]);
  });

  it('turns a page of entries into nodes under the Entries row, opening each at its header', () => {
    const row = chapterRow();
    const page = serviceOf().getMembershipEntries({ person: 'maria', community: 'chapter', offset: 1, limit: 2 });
    const nodes = entryNodes(page.items, row);
    assert.deepEqual(
      nodes.map((node) => [node.id, node.parentId, node.label, node.location]),
      [
        [`${row.id}/entry:${lineOf('2026-11-03')}:${JOURNAL_URI}`, row.id, '2026-11-03', { uri: JOURNAL_URI, line: lineOf('2026-11-03') }],
        [`${row.id}/entry:${lineOf('2026-11-04')}:${JOURNAL_URI}`, row.id, '2026-11-04', { uri: JOURNAL_URI, line: lineOf('2026-11-04') }],
      ],
    );
    assert.deepEqual([nodes[0]!.person, nodes[0]!.community], ['maria', 'chapter']);
  });

  it('ends a partly loaded list with a Load more row that says how many are shown', () => {
    const row = chapterRow();
    const more = moreNode(row, 1000, 123_456, 500);
    assert.deepEqual([more.id, more.parentId, more.kind, more.label, more.description, more.icon], [`${row.id}/more`, row.id, 'more', 'Load more…', '1,000 of 123,456 shown', 'ellipsis']);
    assert.equal(more.tooltip.note, 'Click to show the next 500 entries.');
    assert.equal(moreNode(row, 123_000, 123_456, 500).tooltip.note, 'Click to show the next 456 entries.');
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
