import { strict as assert } from 'node:assert';
import { documentSymbols } from '../../../server/src/language/features/documentSymbols';
import { SymbolKind, type DocumentSymbol } from '../../../server/src/language/features/shapes';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { journal } from '../../support/journal';
import { rangeOfText, textIn } from './cursor';

const TEXT = journal`
  2026-10-31 alignment +org
  # November
  ## Week 47
  2026-11-20 engagement +data-science "Pairing on lineage"
    Notes.

  ## Week 48
  2026-11-23 crossing +a -> +b

  # December
`;

/** Name and children, to compare the tree's shape. */
function shape(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((symbol) => (symbol.children.length > 0 ? [symbol.name, shape(symbol.children)] : symbol.name));
}

describe('document symbols', () => {
  const symbols = documentSymbols(parseJournal(TEXT), NEVER_CANCELLED);

  it('nests entries under headings, and headings by level', () => {
    assert.deepEqual(shape(symbols), [
      '2026-10-31 alignment',
      ['November', [['Week 47', ['2026-11-20 engagement Pairing on lineage']], ['Week 48', ['2026-11-23 crossing']]]],
      'December',
    ]);
  });

  it('names an entry "DATE kind title" and shows its arguments as detail', () => {
    const entry = symbols[1]!.children[0]!.children[0]!;
    assert.equal(entry.kind, SymbolKind.Event);
    assert.equal(entry.detail, '+data-science');
    assert.equal(textIn(TEXT, entry.selectionRange), '2026-11-20 engagement +data-science "Pairing on lineage"');
    assert.equal(textIn(TEXT, entry.range), '2026-11-20 engagement +data-science "Pairing on lineage"\n  Notes.');
  });

  it('makes a heading span its section up to the next heading of the same or a higher level', () => {
    const week47 = symbols[1]!.children[0]!;
    assert.equal(week47.kind, SymbolKind.String);
    assert.deepEqual(week47.selectionRange, rangeOfText(TEXT, '## Week 47'));
    assert.equal(textIn(TEXT, week47.range), '## Week 47\n2026-11-20 engagement +data-science "Pairing on lineage"\n  Notes.');
    assert.equal(textIn(TEXT, symbols[1]!.range).endsWith('2026-11-23 crossing +a -> +b'), true);
  });

  it('gives an empty heading its hashes as a name', () => {
    assert.equal(documentSymbols(parseJournal('##\n'), NEVER_CANCELLED)[0]!.name, '##');
  });
});
