import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { anyBytes, decodeUtf8, journalishBytes } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { assertDiagnosticsInside, exerciseJournal, RUNS, withinHangLimit } from './support';

const LANDSCAPE = 'communities:\n  data-science: {}\n  clinical-ops: {}\npeople:\n  ana: {}\n';

/** Every span of the parse lies in the text, in order. */
function assertSyntaxInside(text: string): void {
  const syntax = withinHangLimit(text, 'parse', () => parseJournal(text));
  assert.equal(syntax.text, text);
  let previous = -1;
  for (const entry of syntax.entries) {
    assert.ok(entry.start > previous && entry.start <= entry.headerEnd && entry.headerEnd <= entry.end && entry.end <= text.length);
    for (const span of [entry.date, entry.kind, ...entry.args, ...entry.fields, ...entry.references, ...entry.unindented, ...(entry.reflection ? [entry.reflection] : [])]) {
      assert.ok(span.start >= entry.start && span.start <= span.end && span.end <= entry.end, `span outside its entry: ${JSON.stringify(span)}`);
    }
    previous = entry.start;
  }
}

describe('robustness: bytes decoded as UTF-8', () => {
  it(`parses, checks, formats and fixes any bytes as a journal (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const text = decodeUtf8(bytes);
        assertSyntaxInside(text);
        exerciseJournal(workspace(text, { landscape: LANDSCAPE }), text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`does the same for journal-like bytes with broken sequences, NUL and separators (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(journalishBytes, fc.boolean(), (bytes, withLandscape) => {
        const text = decodeUtf8(bytes);
        assertSyntaxInside(text);
        exerciseJournal(workspace(text, withLandscape ? { landscape: LANDSCAPE } : {}), text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads any bytes as front matter without throwing (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(journalishBytes, (bytes) => {
        const text = `---\n${decodeUtf8(bytes)}\n---\n2026-11-20 engagement +data-science\n  Prose.\n`;
        exerciseJournal(workspace(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`loads any bytes as a landscape, directly and through the service (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anyBytes, journalishBytes), (bytes) => {
        const text = decodeUtf8(bytes);
        const landscape = withinHangLimit(text, 'loadLandscape', () => loadLandscape(LANDSCAPE_URI, text));
        for (const problem of landscape.problems) assert.ok(0 <= problem.start && problem.start <= problem.end && problem.end <= text.length, JSON.stringify(problem));
        const journal = '2026-11-20 engagement +data-science @ana\n  Prose.\n';
        const service = workspace(journal, { landscape: text });
        assertDiagnosticsInside(service, LANDSCAPE_URI, text);
        exerciseJournal(service, journal, JOURNAL_URI);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a lone surrogate, a NUL and U+FFFD in every place of an entry', () => {
    for (const odd of ['\uD800', '\uDFFF', '\u0000', '\uFFFD', '\u2028', '\u0085', '\uFEFF']) {
      const text = `2026-11-20${odd} engagement +data${odd}science "ti${odd}tle"\n  wi${odd}th: @a${odd}na\n  Pro${odd}se +x${odd} #t${odd}\n${odd}\n`;
      assertSyntaxInside(text);
      exerciseJournal(workspace(text, { landscape: LANDSCAPE }), text);
    }
  });
});
