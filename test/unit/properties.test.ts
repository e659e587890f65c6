import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseJournal } from '../../server/src/language/syntax/parser';
import type { JournalSyntax } from '../../server/src/language/syntax/ast';
import { anyText, journalishText, journalText } from '../support/arbitraries';
import { JOURNAL_URI, workspace } from '../support/journal';

const LANDSCAPE = 'communities:\n  data-science: {}\n  clinical-ops: {}\n  analytics: {}\npeople:\n  ana: {}\n  li: {}\n  maria: {}\n';
/** Bounded so the suite stays quick; `npm run fuzz` runs the same properties far longer. */
const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);

function assertDiagnosticsWellFormed(text: string, landscape?: string): void {
  const service = workspace(text, landscape === undefined ? {} : { landscape });
  const diagnostics = service.getDiagnostics(JOURNAL_URI);
  const lines = text.split('\n');
  let previous = 0;
  for (const diagnostic of diagnostics) {
    assert.ok(diagnostic.start >= 0 && diagnostic.start <= diagnostic.end && diagnostic.end <= text.length, `offsets out of range: ${JSON.stringify(diagnostic)}`);
    assert.ok(diagnostic.start >= previous, 'diagnostics out of order');
    previous = diagnostic.start;
    for (const position of [diagnostic.range.start, diagnostic.range.end]) {
      assert.ok(position.line >= 0 && position.line < lines.length, `line out of range: ${JSON.stringify(position)}`);
      assert.ok(position.character >= 0 && position.character <= lines[position.line]!.length, `character out of range: ${JSON.stringify(position)}`);
    }
    assert.ok(diagnostic.message.length > 0);
  }
}

/** The words of every entry's reflection, as a sorted list (a multiset). */
function reflectionWords(syntax: JournalSyntax): string[] {
  return syntax.entries
    .flatMap((entry) => (entry.reflection ? syntax.text.slice(entry.reflection.start, entry.reflection.end).split(/\s+/) : []))
    .filter((word) => word !== '')
    .sort();
}

describe('properties', () => {
  it('never throws on any sequence of UTF-16 code units and yields in-range, ordered diagnostics', () => {
    fc.assert(fc.property(anyText, (text) => assertDiagnosticsWellFormed(text)), { numRuns: RUNS });
  });

  it('never throws on journal-like text, with or without a landscape', () => {
    fc.assert(
      fc.property(journalishText, fc.boolean(), (text, withLandscape) => assertDiagnosticsWellFormed(text, withLandscape ? LANDSCAPE : undefined)),
      { numRuns: RUNS },
    );
  });

  it('gives every entry, heading and comment a span inside the document, in order', () => {
    fc.assert(
      fc.property(journalishText, (text) => {
        const syntax = parseJournal(text);
        let previous = -1;
        for (const entry of syntax.entries) {
          assert.ok(entry.start > previous && entry.start <= entry.end && entry.end <= text.length);
          for (const reference of entry.references) assert.ok(reference.start >= entry.start && reference.end <= entry.end);
          previous = entry.start;
        }
        for (const span of [...syntax.headings, ...syntax.comments, ...syntax.strays]) assert.ok(span.start <= span.end && span.end <= text.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('never loses a word of reflection text when every safe fix is applied', () => {
    fc.assert(
      fc.property(journalText, fc.boolean(), (text, withLandscape) => {
        const service = workspace(text, withLandscape ? { landscape: LANDSCAPE } : {});
        const { files } = service.fixAll(JOURNAL_URI);
        const fixed = files.get(JOURNAL_URI) ?? text;
        assert.deepEqual(reflectionWords(parseJournal(fixed)), reflectionWords(parseJournal(text)));
      }),
      { numRuns: RUNS },
    );
  });
});
