import { strict as assert } from 'node:assert';
import { buildCrossingsTree, groupCrossings } from '../../../client/src/views/crossingsModel';
import { indexTree, walk } from '../../../client/src/views/nodeModel';
import { journal } from '../../support/journal';
import { JOURNAL_URI, lineOf, modelOf } from './fixture';

describe('the Boundary crossings tree', () => {
  it('groups crossings by direction, the most crossed first, with a count', () => {
    assert.deepEqual(
      buildCrossingsTree(modelOf()).map((node) => [node.kind, node.label, node.description, node.icon]),
      [
        ['pair', "Ward 7B → St Brigid's chapter", '2 crossings', 'arrow-right'],
        ['pair', "St Brigid's chapter → Nursing Network", '1 crossing', 'arrow-right'],
      ],
    );
  });

  it('lists each crossing with its date, boundary object, role and broker, and opens it at its header', () => {
    const [wardToChapter] = buildCrossingsTree(modelOf());
    assert.deepEqual(
      wardToChapter!.children.map((node) => [node.label, node.description, node.location]),
      [
        ['2026-11-06', 'falls list · as spanner · @maria', { uri: JOURNAL_URI, line: lineOf('2026-11-06') }],
        ['2026-11-07', 'no boundary object · @maria', { uri: JOURNAL_URI, line: lineOf('2026-11-07') }],
      ],
    );
  });

  it("puts the crossing's title and details in its tooltip", () => {
    const crossing = buildCrossingsTree(modelOf())[0]!.children[0]!;
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
    assert.deepEqual(buildCrossingsTree(modelOf())[0]!.tooltip.details, [
      { label: 'From', value: '+ward' },
      { label: 'To', value: '+chapter' },
      { label: 'Crossings', value: '2' },
      { label: 'Dates', value: '2026-11-06 – 2026-11-07' },
    ]);
  });

  it('keeps the two directions between the same communities apart', () => {
    const model = modelOf(journal`
      ---
      author: ana
      ---
      2026-11-02 crossing +a -> +b
        There.
      2026-11-03 crossing +b -> +a
        And back.
    `, null);
    assert.deepEqual(groupCrossings(model.crossings).map((pair) => [pair.from, pair.to, pair.crossings.length]), [
      ['a', 'b', 1],
      ['b', 'a', 1],
    ]);
  });

  it('names the people of with: as brokers in a journal without an author', () => {
    const model = modelOf(journal`
      2026-11-02 crossing +a -> +b
        with: @ana, @li
        Together.
    `, null);
    const crossing = buildCrossingsTree(model)[0]!.children[0]!;
    assert.equal(crossing.description, 'no boundary object · @ana, @li');
    assert.deepEqual(crossing.tooltip.details.find((detail) => detail.label === 'Brokers'), { label: 'Brokers', value: '@ana, @li' });
  });

  it('gives every node a unique id', () => {
    const tree = buildCrossingsTree(modelOf());
    assert.equal(indexTree(tree).byId.size, [...walk(tree)].length);
  });

  it('is empty without crossings', () => {
    assert.deepEqual(buildCrossingsTree({ people: [], communities: [], crossings: [] }), []);
  });
});
