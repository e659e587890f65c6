import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../../server/src/editableDocument';

const URI = 'file:///w/journal.practice';
const RUNS = Math.max(50, Number(process.env.PRACTICE_FUZZ_RUNS ?? 300));

const FRAGMENTS = ['', 'a', ' ', '\n', '\r', '\r\n', '\n\r', 'two\nlines', 'é', 'ÿ', '→', '𝒜', '\uD800', '\uDC00', '2026-11-20 engagement +data-science\n  prose\n'];
const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));
/** A change as numbers, read against the document it is applied to (see `rangeIn`). */
const rawChange = fc.record({ startLine: fc.integer({ min: -2, max: 14 }), startCharacter: fc.integer({ min: -2, max: 40 }), endLine: fc.integer({ min: -2, max: 14 }), endCharacter: fc.integer({ min: -2, max: 40 }), text, whole: fc.integer({ min: 0, max: 9 }) });
type RawChange = typeof rawChange extends fc.Arbitrary<infer T> ? T : never;

/** The raw change as a content change; `inside` keeps every position within the text, as editors send them. */
function changeFor(document: TextDocument, raw: RawChange, inside: boolean): TextDocumentContentChangeEvent {
  if (raw.whole === 0) return { text: raw.text };
  const at = (line: number, character: number) => {
    if (!inside) return { line, character };
    const within = ((line % document.lineCount) + document.lineCount) % document.lineCount;
    const length = document.getLineRange(within).end.character;
    return { line: within, character: ((character % (length + 1)) + length + 1) % (length + 1) };
  };
  return { range: { start: at(raw.startLine, raw.startCharacter), end: at(raw.endLine, raw.endCharacter) }, text: raw.text };
}

/** Everything a caller can read of a (small) document: every offset, every line, some ranges. */
function observe(document: TextDocument): unknown {
  const length = document.getText().length;
  const offsets = Array.from({ length: length + 4 }, (_, index) => index - 1);
  const lines = Array.from({ length: document.lineCount + 3 }, (_, index) => index - 1);
  const ranged = (from: number, to: number) => document.getText({ start: document.positionAt(from), end: document.positionAt(to) });
  return {
    text: document.getText(),
    version: document.version,
    lineCount: document.lineCount,
    positions: offsets.map((offset) => document.positionAt(offset)),
    offsets: lines.flatMap((line) => [-1, 0, 1, 2, 4, 100].map((character) => document.offsetAt({ line, character }))),
    lineRanges: lines.map((line) => document.getLineRange(line)),
    lineBreaks: lines.map((line) => document.getEOLCharacters(line)),
    ranges: [ranged(1, length - 1), ranged(length - 1, 1), ranged(0, length), document.getText({ start: { line: 1, character: 2 }, end: { line: 0, character: 1 } })],
  };
}

describe('server: the editable document', () => {
  it("reads and changes exactly as vscode-languageserver-textdocument's TextDocument does", () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(rawChange, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (initial, notifications) => {
        const expected = TextDocument.create(URI, 'practice', 1, initial);
        const actual = new EditableDocument(URI, 'practice', 1, initial);
        assert.deepEqual(observe(actual), observe(expected));
        let version = 1;
        for (const raws of notifications) {
          version++;
          for (const raw of raws) {
            const change = changeFor(expected, raw, true);
            TextDocument.update(expected, [change], version);
            actual.apply(change, version);
          }
          assert.deepEqual(observe(actual), observe(expected), JSON.stringify(raws));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a position outside the text as its nearest end, and keeps its lines right', () => {
    fc.assert(
      fc.property(text, fc.array(rawChange, { maxLength: 10 }), (initial, raws) => {
        const document = new EditableDocument(URI, 'practice', 1, initial);
        let version = 1;
        for (const raw of raws) {
          const change = changeFor(document, raw, false);
          const before = document.getText();
          const fresh = TextDocument.create(URI, 'practice', version, before);
          document.apply(change, ++version);
          const after = 'range' in change ? TextDocument.applyEdits(fresh, [{ range: change.range, newText: change.text }]) : change.text;
          assert.equal(document.getText(), after, JSON.stringify(change));
          assert.deepEqual(observe(document), observe(TextDocument.create(URI, 'practice', version, after)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('says where each incremental change was made, in offsets of the text before it', () => {
    const document = new EditableDocument(URI, 'practice', 1, 'one\ntwo\nthree\n');
    assert.deepEqual(document.apply({ range: { start: { line: 1, character: 1 }, end: { line: 2, character: 2 } }, text: 'X' }, 2), { start: 5, oldEnd: 10, newEnd: 6 });
    assert.equal(document.getText(), 'one\ntXree\n');
    // A reversed range is read the right way round.
    assert.deepEqual(document.apply({ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 0 } }, text: '1' }, 3), { start: 0, oldEnd: 3, newEnd: 1 });
    assert.equal(document.apply({ text: 'whole\n' }, 4), undefined);
    assert.equal(document.getText(), 'whole\n');
    assert.equal(document.version, 4);
  });

  it('grows past its spare room and widens for characters beyond one byte, keeping every character', () => {
    const long = 'é'.repeat(70_000);
    const document = new EditableDocument(URI, 'practice', 1, 'start\n');
    document.apply({ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: long }, 2);
    document.apply({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '𝒜\uD800' }, 3);
    document.apply({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: long + long }, 4);
    assert.equal(document.getText(), '𝒜\uD800start' + long + '\n' + long + long);
    assert.equal(document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }), '𝒜\uD800s');
  });

  it('refuses a change event that is not one', () => {
    const document = new EditableDocument(URI, 'practice', 1, 'abc');
    assert.throws(() => document.apply({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as unknown as TextDocumentContentChangeEvent, 2), /Unknown change event/);
    assert.equal(document.getText(), 'abc');
  });
});
