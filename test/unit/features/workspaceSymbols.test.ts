import { strict as assert } from 'node:assert';
import { SymbolKind } from '../../../server/src/language/features/shapes';
import { workspaceSymbols } from '../../../server/src/language/features/workspaceSymbols';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { LANDSCAPE_URI, ROOT } from '../../support/journal';
import { LANDSCAPE, indexOf, keyRange, landscapeOf } from './cursor';

const A = `${ROOT}/notes/a.practice`;
const index = indexOf({ [A]: '2026-11-20 engagement +nursing "Ward round"\n  with: @ana\n\n2026-11-21 alignment +org\n' });
const context = { index, landscapes: [landscapeOf(LANDSCAPE)] };
const names = (query: string, limit?: number): string[] => workspaceSymbols(query, context, NEVER_CANCELLED, limit).map((symbol) => symbol.name);

describe('workspace symbols', () => {
  it('finds declared communities at their landscape key, named with their sigil', () => {
    const [symbol] = workspaceSymbols('data-sci', context, NEVER_CANCELLED);
    assert.deepEqual(symbol, {
      name: '+data-science',
      kind: SymbolKind.Namespace,
      location: { uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'data-science') },
      containerName: 'Data Science Guild',
    });
  });

  it('finds people and boundary objects', () => {
    assert.deepEqual(names('@mar'), ['@maria']);
    assert.deepEqual(names('huddle'), ['huddle']);
  });

  it('finds a community only used in journals at its first use', () => {
    const [symbol] = workspaceSymbols('nursing', context, NEVER_CANCELLED).filter((found) => found.kind === SymbolKind.Namespace);
    assert.equal(symbol!.name, '+nursing');
    assert.deepEqual(symbol!.location, { uri: A, range: { start: { line: 0, character: 22 }, end: { line: 0, character: 30 } } });
  });

  it('finds entries by "DATE kind title", in the journal named as container', () => {
    const found = workspaceSymbols('ward round', context, NEVER_CANCELLED).filter((symbol) => symbol.kind === SymbolKind.Event);
    assert.deepEqual(found.map((symbol) => [symbol.name, symbol.containerName]), [['2026-11-20 engagement Ward round', 'a.practice']]);
  });

  it('matches the query characters in order, ignoring case', () => {
    assert.ok(names('DSCI').includes('+data-science'));
    assert.ok(!names('icsd').includes('+data-science'));
  });

  it('stops at the limit', () => {
    assert.equal(names('', 3).length, 3);
  });
});
