import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { completion } from '../../../server/src/language/features/completion';
import { definition } from '../../../server/src/language/features/definition';
import { documentSymbols } from '../../../server/src/language/features/documentSymbols';
import { foldingRanges } from '../../../server/src/language/features/folding';
import { hover } from '../../../server/src/language/features/hover';
import { ReferenceIndex } from '../../../server/src/language/features/referenceIndex';
import { references } from '../../../server/src/language/features/references';
import { prepareRename } from '../../../server/src/language/features/rename';
import { semanticTokens } from '../../../server/src/language/features/semanticTokens';
import type { DocumentSymbol, Range } from '../../../server/src/language/features/shapes';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { positionAt } from '../../../server/src/language/syntax/text';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { anyText, journalishText } from '../../support/arbitraries';
import { JOURNAL_URI, TODAY } from '../../support/journal';
import { LANDSCAPE, landscapeOf } from './cursor';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);
const landscape = landscapeOf(LANDSCAPE);

function assertInside(text: string, range: Range): void {
  const lines = text.split('\n');
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `line out of range: ${JSON.stringify(range)}`);
    assert.ok(position.character >= 0 && position.character <= lines[position.line]!.length, `character out of range: ${JSON.stringify(range)}`);
  }
}

function assertSymbolsInside(text: string, symbols: DocumentSymbol[]): void {
  for (const symbol of symbols) {
    assertInside(text, symbol.range);
    assertInside(text, symbol.selectionRange);
    assert.ok(symbol.name.length > 0);
    assertSymbolsInside(text, symbol.children);
  }
}

/** Every position-based feature at one offset, and every document-wide one. */
function exercise(text: string, offset: number): void {
  const syntax = parseJournal(text);
  const position = positionAt(text, syntax.lineStarts, Math.min(offset, text.length));
  const index = new ReferenceIndex([{ uri: JOURNAL_URI, syntax }]);
  for (const item of completion(syntax, position, { today: TODAY, landscape }, NEVER_CANCELLED).items) assertInside(text, item.textEdit.range);
  const shown = hover(syntax, position, { landscape, author: 'maria' });
  if (shown) assertInside(text, shown.range);
  for (const location of definition(syntax, position, { landscape: undefined, index }, NEVER_CANCELLED)) assertInside(text, location.range);
  for (const location of references(syntax, position, { landscape: undefined, index, includeDeclaration: true }, NEVER_CANCELLED)) assertInside(text, location.range);
  const prepared = prepareRename(syntax, position);
  if (prepared.ok) assertInside(text, prepared.range);
  assertSymbolsInside(text, documentSymbols(syntax, NEVER_CANCELLED));
  for (const range of foldingRanges(syntax, NEVER_CANCELLED)) assert.ok(range.startLine < range.endLine && range.endLine < syntax.lineStarts.length);
  const data = semanticTokens(syntax, undefined, NEVER_CANCELLED).data;
  assert.equal(data.length % 5, 0);
  assert.ok(data.every((value) => Number.isInteger(value) && value >= 0));
}

describe('editor features on any input', () => {
  it('never throw and keep every range inside the document, on journal-like text', () => {
    fc.assert(fc.property(journalishText, fc.nat(400), exercise), { numRuns: RUNS });
  });

  it('never throw and keep every range inside the document, on any text', () => {
    fc.assert(fc.property(anyText, fc.nat(400), exercise), { numRuns: RUNS });
  });
});
