import { strict as assert } from 'node:assert';
import { buildCrossingsTree, crossingNodes } from '../../../client/src/views/crossingsModel';
import { indexTree, moreNode, walk, type TreeNode } from '../../../client/src/views/nodeModel';
import { journal } from '../../support/journal';
import { JOURNAL, JOURNAL_URI, LANDSCAPE, lineOf, loaded, serviceOf, summaryOf } from './fixture';

/** The tree of the fixture (or another journal), with each direction's crossings loaded as when expanded. */
function treeOf(text = JOURNAL, landscape: string | null = LANDSCAPE): TreeNode[] {
  return loaded(buildCrossingsTree(summaryOf(text, landscape)), serviceOf(text, landscape));
}

describe('the Boundary crossings tree', () => {
  it('groups crossings by direction, the most crossed first, with a count', () => {
    assert.deepEqual(
      treeOf().map((node) => [node.kind, node.label, node.description, node.icon]),
      [
        ['pair', "Ward 7B → St Brigid's chapter", '2 crossings', 'arrow-right'],
        ['pair', "St Brigid's chapter → Nursing Network", '1 crossing', 'arrow-right'],
      ],
    );
  });

  it('lists each crossing with its date, boundary object, role and broker, and opens it at its header', () => {
    const [wardToChapter] = treeOf();
    assert.deepEqual(
      wardToChapter!.children.map((node) => [node.label, node.description, node.location]),
      [
        ['2026-11-06', 'falls list · as spanner · @maria', { uri: JOURNAL_URI, line: lineOf('2026-11-06') }],
        ['2026-11-07', 'no boundary object · @maria', { uri: JOURNAL_URI, line: lineOf('2026-11-07') }],
      ],
    );
  });

  it("puts the crossing's title and details in its tooltip", () => {
    const crossing = treeOf()[0]!.children[0]!;
    assert.deepEqual(crossing.tooltip, {
      heading: 'Falls list',
      details: [
        { label: 'Date', value: '2026-11-06' },
        { label: 'From', value: '+ward' },
        { label: 'To', value: '+chapter' },
        { label: 'Boundary object', value: 'falls list (artifact)' },
        { label: 'Brokering role', value: 'spanner' },
        { label: 'Broker', value: '@maria' },
        { label: 'Journal', value: '2026-11.practice' },
        { label: 'Line', value: String(lineOf('2026-11-06') + 1) },
      ],
    });
  });

  it("summarises a pair's crossings and dates in its tooltip", () => {
    assert.deepEqual(treeOf()[0]!.tooltip.details, [
      { label: 'From', value: '+ward' },
      { label: 'To', value: '+chapter' },
      { label: 'Crossings', value: '2' },
      { label: 'Dates', value: '2026-11-06 – 2026-11-07' },
    ]);
  });

  it('keeps the two directions between the same communities apart', () => {
    const model = summaryOf(journal`
      ---
      author: ana
      ---
      2026-11-02 crossing +a -> +b
        There.
      2026-11-03 crossing +b -> +a
        And back.
    `, null);
    assert.deepEqual(buildCrossingsTree(model).map((pair) => [pair.id, pair.description]), [
      ['pair:a>b', '1 crossing'],
      ['pair:b>a', '1 crossing'],
    ]);
  });

  it('names the people of with: as brokers in a journal without an author', () => {
    const crossing = treeOf(journal`
      2026-11-02 crossing +a -> +b
        with: @ana, @li
        Together.
    `, null)[0]!.children[0]!;
    assert.equal(crossing.description, 'no boundary object · @ana, @li');
    assert.deepEqual(crossing.tooltip.details.find((detail) => detail.label === 'Brokers'), { label: 'Brokers', value: '@ana, @li' });
  });

  it('gives every node a unique id', () => {
    const tree = treeOf();
    assert.equal(indexTree(tree).byId.size, [...walk(tree)].length);
  });

  it('is empty without crossings', () => {
    assert.deepEqual(buildCrossingsTree({ people: [], communities: [], directions: [] }), []);
  });

  it('draws a direction from the summary with what to load, and nothing under it yet', () => {
    const [pair] = buildCrossingsTree(summaryOf());
    assert.deepEqual([pair!.children, pair!.lazy], [[], { kind: 'crossings', from: 'ward', to: 'chapter', total: 2 }]);
  });

  it("turns a page of a direction's crossings into nodes under the direction", () => {
    const [pair] = buildCrossingsTree(summaryOf());
    const page = serviceOf().getDirectionCrossings({ direction: { from: 'ward', to: 'chapter' }, offset: 1, limit: 5 });
    assert.deepEqual(
      crossingNodes(page.items, pair!).map((node) => [node.id, node.parentId, node.label]),
      [[`pair:ward>chapter/crossing:${lineOf('2026-11-07')}:${JOURNAL_URI}`, 'pair:ward>chapter', '2026-11-07']],
    );
  });

  it('says crossings, not entries, on the Load more row of a direction', () => {
    const [pair] = buildCrossingsTree(summaryOf());
    assert.equal(moreNode(pair!, 500, 501, 500).tooltip.note, 'Click to show the next 1 crossing.');
  });
});
