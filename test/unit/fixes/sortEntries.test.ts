import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sortEntries } from '../../../server/src/language/features/sortEntries';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { applyOffsetEdits } from '../../../server/src/language/util/textEdits';
import { findings, journal, JOURNAL_URI, workspace } from '../../support/journal';
import { afterFix, fixesFor, summary } from './fixHelpers';

function sorted(text: string): string {
  return applyOffsetEdits(text, sortEntries(parseJournal(text)));
}

function characters(text: string): string[] {
  return [...text].sort();
}

describe('sort entries', () => {
  it('is offered safely by chronological-order and orders entries by date', () => {
    const text = journal`
      2026-11-20 engagement +a
        Late one.

      2026-11-12 alignment +a
        Early one.
    `;
    const { fixes } = fixesFor(workspace(text), 'chronological-order');
    assert.deepEqual(fixes.map(summary), [{ title: 'Sort entries by date and time', preferred: true, safe: true, files: [JOURNAL_URI] }]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-12 alignment +a\n  Early one.\n\n2026-11-20 engagement +a\n  Late one.\n');
  });

  it('orders by time within a day, an entry without time counting as the start of its day, stably', () => {
    const text = journal`
      2026-11-20 10:00 engagement +a "first ten"
      2026-11-20 09:00 engagement +a
      2026-11-20 10:00 alignment +a "second ten"
      2026-11-20 engagement +a
    `;
    assert.equal(
      sorted(text),
      journal`
        2026-11-20 engagement +a
        2026-11-20 09:00 engagement +a
        2026-11-20 10:00 engagement +a "first ten"
        2026-11-20 10:00 alignment +a "second ten"
      `,
    );
  });

  it('moves the comments directly above an entry with it, and suppressions even across blank lines', () => {
    const text = journal`
      ; about the late one
      2026-11-20 engagement +a
        Late.

      ; practice-disable-next-entry empty-reflection

      ; just above
      2026-11-12 alignment +a
      ; trailing note

      2026-11-15 imagination +a
    `;
    assert.equal(
      sorted(text),
      journal`
        ; practice-disable-next-entry empty-reflection

        ; just above
        2026-11-12 alignment +a

        2026-11-15 imagination +a
        ; trailing note

        ; about the late one
        2026-11-20 engagement +a
          Late.
      `,
    );
    const promptedLines = (source: string): string[] => findings(source, 'empty-reflection').map((problem) => source.split('\n')[problem.range.start.line]!);
    assert.deepEqual(promptedLines(sorted(text)), promptedLines(text));
    assert.deepEqual(promptedLines(text), ['2026-11-15 imagination +a']);
  });

  it('sorts within each section, never moving headings or crossing them', () => {
    const text = journal`
      # Week 47
      2026-11-20 engagement +a
      2026-11-18 engagement +a
      # Week 46
      2026-11-14 engagement +a
      2026-11-11 engagement +a
    `;
    assert.equal(
      sorted(text),
      journal`
        # Week 47
        2026-11-18 engagement +a
        2026-11-20 engagement +a
        # Week 46
        2026-11-11 engagement +a
        2026-11-14 engagement +a
      `,
    );
  });

  it('keeps an entry with an invalid date right below the entry it was written under', () => {
    const text = journal`
      2026-11-20 engagement +a
      2026-02-30 engagement +b
      2026-11-10 engagement +c
    `;
    assert.equal(sorted(text), '2026-11-10 engagement +c\n2026-11-20 engagement +a\n2026-02-30 engagement +b\n');
  });

  it('keeps CRLF line breaks, a missing final line break, a byte-order mark and the front matter', () => {
    const text = '\uFEFF---\r\nauthor: maria\r\n---\r\n2026-11-20 engagement +a\r\n  Late.\r\n\r\n2026-11-12 engagement +b\r\n  Early.';
    assert.equal(sorted(text), '\uFEFF---\r\nauthor: maria\r\n---\r\n2026-11-12 engagement +b\r\n  Early.\r\n\r\n2026-11-20 engagement +a\r\n  Late.');
  });

  it('gives no edit, and no fix, when the entries are in order', () => {
    const text = '2026-11-12 engagement +a\n2026-11-20 engagement +a\n';
    assert.deepEqual(sortEntries(parseJournal(text)), []);
  });
});

const LINES = [
  '2026-11-20 engagement +a',
  '2026-11-12 alignment +b "T"',
  '2026-11-12 09:30 imagination +c',
  '2026-11-12 08:00 crossing +a -> +b',
  '2026-11-15 trajectory +a inbound',
  '2026-02-30 engagement +x',
  '2026-11-20 25:00 engagement +a',
  '2025-12-31 engagement +a',
  '  indented prose line',
  '  energy: draining',
  'unindented continuation',
  '; a comment',
  '  ; an indented comment',
  '; practice-disable-next-entry',
  '# Heading',
  '',
  '   ',
];

/** Journals from the lines sorting cares about, with LF or CRLF and with or without a final break. */
const sortableJournal = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([lines, newline, finalBreak, bom]) => (bom ? '\uFEFF' : '') + lines.join(newline) + (finalBreak ? newline : ''));

describe('sort entries, for any journal', () => {
  it('keeps exactly the same characters, is idempotent and leaves nothing out of order', () => {
    fc.assert(
      fc.property(sortableJournal, (text) => {
        const once = sorted(text);
        assert.deepEqual(characters(once), characters(text));
        assert.equal(sorted(once), once);
        assert.deepEqual(findings(once, 'chronological-order'), []);
        assert.equal(parseJournal(once).entries.length, parseJournal(text).entries.length);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every entry byte for byte', () => {
    fc.assert(
      fc.property(sortableJournal, (text) => {
        const entryTexts = (source: string): string[] => parseJournal(source).entries.map((entry) => source.slice(entry.start, entry.end)).sort();
        assert.deepEqual(entryTexts(sorted(text)), entryTexts(text));
      }),
      { numRuns: 200 },
    );
  });
});
