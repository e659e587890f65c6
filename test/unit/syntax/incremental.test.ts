import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { composeChanges, findChange, reparseJournal, reparseWithEdit, type TextChange } from '../../../server/src/language/syntax/incremental';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { journalText } from '../../support/arbitraries';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);

/** Everything a tree says, as plain data (getters read, shared objects written out). */
function snapshot(syntax: JournalSyntax): unknown {
  return JSON.parse(JSON.stringify({ ...syntax, source: undefined }, (key, value: unknown) => (key === 'source' ? undefined : value)));
}

const EDIT_TEXTS = ['', 'a', ' ', '\n', '\n\n', '  ', '\t', '\r\n', '2026-11-20 engagement +ds\n', '  with: @ana\n', '"', ';', '; practice-disable-next-entry\n', '# H\n', '+x', '@y', '---\n', '\uFEFF', '𝒜'];

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...EDIT_TEXTS), fc.string({ maxLength: 6 })) });

describe('incremental re-parsing', () => {
  it('finds the changed stretch between two texts', () => {
    assert.deepEqual(findChange('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(findChange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
    const long = 'x'.repeat(10_000);
    assert.deepEqual(findChange(long + 'a' + long, long + 'bb' + long), { start: 10_000, oldEnd: 10_001, newEnd: 10_002 });
  });

  it('composes two changes into one that covers both, whatever their order in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
        let text = initial;
        let change: TextChange | undefined;
        for (const { at, length, insert } of edits) {
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + length);
          text = text.slice(0, start) + insert + text.slice(end);
          change = composeChanges(change, { start, oldEnd: end, newEnd: start + insert.length });
        }
        const { start, oldEnd, newEnd } = change!;
        assert.equal(text.slice(0, start), initial.slice(0, start));
        assert.equal(text.slice(newEnd), initial.slice(oldEnd));
        assert.equal(initial.length - oldEnd, text.length - newEnd);
      }),
      { numRuns: RUNS },
    );
  });

  it('parses the same tree from a change it is told as from one it finds, and ignores a told change that does not fit', () => {
    const text = '2026-11-18 engagement +a\n  one\n2026-11-19 engagement +b\n  two\n';
    const at = text.indexOf('one') + 3;
    const edited = text.slice(0, at) + ' more' + text.slice(at);
    const told = reparseWithEdit(parseJournal(text), edited, { start: at, oldEnd: at, newEnd: at + 5 });
    assert.deepEqual(told.edit?.change, { start: at, oldEnd: at, newEnd: at + 5 });
    assert.deepEqual(snapshot(told.syntax), snapshot(parseJournal(edited)));
    const misfit = reparseWithEdit(parseJournal(text), edited, { start: at, oldEnd: at, newEnd: at + 2 });
    assert.deepEqual(misfit.edit?.change, findChange(text, edited));
    assert.deepEqual(snapshot(misfit.syntax), snapshot(parseJournal(edited)));
  });

  it('returns the same tree for the same text', () => {
    const syntax = parseJournal('2026-11-20 engagement +a\n');
    assert.equal(reparseJournal(syntax, syntax.text), syntax);
  });

  it('moves the entries after an edit and re-uses them', () => {
    const text = '# H\n2026-11-18 engagement +a\n  one\n2026-11-19 engagement +b\n  two\n2026-11-20 engagement +c\n  three\n2026-11-21 alignment +d\n  four\n';
    const before = parseJournal(text);
    const last = before.entries[3]!;
    const edited = text.replace('one', 'one more');
    const after = reparseJournal(before, edited);
    assert.equal(after.entries[3], last, 'the last entry object is re-used');
    assert.equal(last.date.text, '2026-11-21');
    assert.equal(edited.slice(last.start, last.end), '2026-11-21 alignment +d\n  four');
    assert.deepEqual(snapshot(after), snapshot(parseJournal(edited)));
  });

  it('equals a fresh parse after any sequence of edits', () => {
    fc.assert(
      fc.property(journalText, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        let syntax = parseJournal(initial);
        let text = initial;
        for (const { at, length, insert } of edits) {
          const start = text.length === 0 ? 0 : at % (text.length + 1);
          const end = Math.min(text.length, start + length);
          text = text.slice(0, start) + insert + text.slice(end);
          syntax = reparseJournal(syntax, text);
          assert.deepEqual(snapshot(syntax), snapshot(parseJournal(text)));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
