import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { toLspDiagnostic } from '../../../server/src/lsp';
import type { FixData, JournalDiagnostic } from '../../../server/src/language/service';
import { sameDiagnostics } from '../../../server/src/sameDiagnostics';

const RUNS = Math.max(200, Number(process.env.PRACTICE_FUZZ_RUNS ?? 300));

function diagnostic(overrides: Partial<JournalDiagnostic> = {}): JournalDiagnostic {
  return {
    rule: 'unknown-community',
    start: 40,
    end: 52,
    message: "'+data-sciense' is not a community of the landscape.",
    severity: 'error',
    range: { start: { line: 3, character: 2 }, end: { line: 3, character: 14 } },
    data: { fix: 'replace', replacements: ['data-science'], add: { section: 'communities', id: 'data-sciense', landscapeUri: 'file:///w/landscape.yaml' } },
    ...overrides,
  };
}

/** Small pools, so that generated diagnostics are often equal and often differ in one field. */
const addition = fc.record({ section: fc.constantFrom('communities' as const, 'people' as const), id: fc.constantFrom('a', 'b'), landscapeUri: fc.constantFrom('file:///l.yaml', 'file:///m.yaml') }, { requiredKeys: ['section', 'id', 'landscapeUri'] });
const fixData: fc.Arbitrary<FixData | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ fix: fc.constant('insert' as const), offset: fc.integer({ min: 0, max: 4 }), text: fc.constantFrom('"', '  ') }),
  fc.record({ fix: fc.constant('delete' as const), start: fc.integer({ min: 0, max: 3 }), end: fc.integer({ min: 3, max: 5 }) }),
  fc.record({ fix: fc.constant('replace' as const), replacements: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }), add: fc.option(addition, { nil: undefined }) }).map(({ add, ...rest }) => (add === undefined ? rest : { ...rest, add })),
  addition.map((add) => ({ fix: 'add-to-landscape' as const, ...add })),
  fc.constant({ fix: 'sort-entries' as const }),
);
const generated: fc.Arbitrary<JournalDiagnostic> = fc
  .record({ start: fc.integer({ min: 0, max: 2 }), line: fc.integer({ min: 0, max: 1 }), character: fc.integer({ min: 0, max: 1 }), rule: fc.constantFrom('unknown-community' as const, 'unterminated-title' as const), severity: fc.constantFrom('error' as const, 'hint' as const), message: fc.constantFrom('m', 'n'), data: fixData })
  .map(({ start, line, character, data, ...rest }) => {
    // Fix offsets are written relative to the diagnostic's start, as the checks place them near it.
    const placed = data?.fix === 'insert' ? { ...data, offset: data.offset + start } : data?.fix === 'delete' ? { ...data, start: data.start + start, end: data.end + start } : data;
    return { ...rest, start, end: start + 1, range: { start: { line, character }, end: { line, character: character + 1 } }, ...(placed ? { data: placed } : {}) };
  });

/** A copy of the diagnostic with its offsets, fix data's included, moved by `delta`. */
function moved(item: JournalDiagnostic, delta: number): JournalDiagnostic {
  const data = item.data;
  const movedData = data?.fix === 'insert' ? { ...data, offset: data.offset + delta } : data?.fix === 'delete' ? { ...data, start: data.start + delta, end: data.end + delta } : data;
  const { start, end } = item.range;
  return { ...item, start: item.start + delta, end: item.end + delta, range: { start: { ...start }, end: { ...end } }, ...(movedData ? { data: movedData } : {}) };
}

describe('server: comparing diagnostics', () => {
  it('says "same" exactly when the protocol forms of two lists are equal', () => {
    let equalPairs = 0;
    fc.assert(
      fc.property(fc.array(generated, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 7 }), fc.nat(), generated, (a, shift, at, other) => {
        // The second list is the first moved by `shift` characters, with one diagnostic
        // replaced by another in about half the cases.
        const b = a.map((item) => moved(item, shift));
        if (at % 2 === 0) b[at % b.length] = other;
        const same = sameDiagnostics(a, b);
        if (same) equalPairs++;
        assert.equal(same, isDeepStrictEqual(a.map(toLspDiagnostic), b.map(toLspDiagnostic)));
      }),
      { numRuns: RUNS },
    );
    assert.ok(equalPairs > RUNS / 4, `only ${equalPairs} equal pairs were tried`);
  });

  it('finds separately built equal lists the same, and lists in another order not', () => {
    assert.equal(sameDiagnostics([diagnostic(), diagnostic({ rule: 'unknown-person' })], [diagnostic(), diagnostic({ rule: 'unknown-person' })]), true);
    assert.equal(sameDiagnostics([diagnostic(), diagnostic({ rule: 'unknown-person' })], [diagnostic({ rule: 'unknown-person' }), diagnostic()]), false);
    assert.equal(sameDiagnostics([diagnostic()], []), false);
  });

  it('finds a diagnostic that only moved in offsets, with its fix, the same', () => {
    const before = diagnostic({ start: 40, end: 52, data: { fix: 'insert', offset: 52, text: '"' } });
    const after = diagnostic({ start: 45, end: 57, data: { fix: 'insert', offset: 57, text: '"' } });
    assert.equal(sameDiagnostics([before], [after]), true);
    assert.equal(sameDiagnostics([before], [{ ...after, data: { fix: 'insert', offset: 56, text: '"' } }]), false);
  });

  const changes: Array<[string, Partial<JournalDiagnostic>]> = [
    ['start line', { range: { start: { line: 4, character: 2 }, end: { line: 3, character: 14 } } }],
    ['end column', { range: { start: { line: 3, character: 2 }, end: { line: 3, character: 15 } } }],
    ['severity', { severity: 'warning' }],
    ['rule', { rule: 'unknown-person' }],
    ['message', { message: 'Another message.' }],
    ['replacements', { data: { fix: 'replace', replacements: ['data-science', 'data-sciences'] } }],
    ['the landscape named', { data: { fix: 'replace', replacements: ['data-science'], add: { section: 'communities', id: 'data-sciense', landscapeUri: 'file:///v/landscape.yaml' } } }],
    ['kind of fix', { data: { fix: 'sort-entries' } }],
  ];
  it('tells apart a diagnostic with a fix from one without', () => {
    const { data: _data, ...withoutFix } = diagnostic();
    assert.equal(sameDiagnostics([diagnostic()], [withoutFix]), false);
    assert.equal(sameDiagnostics([withoutFix], [diagnostic()]), false);
  });

  for (const [what, change] of changes) {
    it(`tells apart diagnostics that differ in ${what}`, () => {
      assert.equal(sameDiagnostics([diagnostic()], [diagnostic(change)]), false);
      assert.equal(sameDiagnostics([diagnostic(change)], [diagnostic()]), false);
    });
  }
});
