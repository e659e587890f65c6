import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isFixData } from '../../../server/src/language/features/fixData';
import { yamlKey } from '../../../server/src/language/features/landscapeInsertion';
import { RULE_IDS } from '../../../server/src/language/rules';
import type { JournalDiagnostic } from '../../../server/src/language/validation/types';
import { journalText } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { assertRangeInside, RUNS } from './support';

const LANDSCAPE = 'communities:\n  data-science: {}\npeople:\n  ana: {}\n';

const number = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(-1e12, 1e12, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER));
const addition = fc.record({ section: fc.constantFrom('communities', 'people', 'boundary-objects', 'rules', ''), id: fc.string({ maxLength: 12 }), landscapeUri: fc.constantFrom(LANDSCAPE_URI, 'file:///etc/landscape.yaml', '') });
/** Fix data as a client could send it back: well-formed, nearly well-formed, or anything at all. */
const data = fc.oneof(
  fc.record({ fix: fc.constant('replace'), replacements: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), fc.anything()) }),
  fc.record({ fix: fc.constant('replace'), replacements: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }), add: fc.oneof(addition, fc.anything()) }),
  addition.map((value) => ({ fix: 'add-to-landscape', ...value })),
  fc.record({ fix: fc.constant('delete'), start: number, end: number }),
  fc.record({ fix: fc.constant('insert'), offset: number, text: fc.oneof(fc.string({ maxLength: 4 }), fc.anything()) }),
  fc.constant({ fix: 'sort-entries' }),
  fc.anything(),
);
const forged = fc.record({ rule: fc.constantFrom(...RULE_IDS), start: number, end: number, data });

describe('robustness: fixes for forged diagnostics', () => {
  it(`never throw, and every edit they offer lies in the file it edits (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(journalText, fc.array(forged, { minLength: 1, maxLength: 5 }), (text, diagnostics) => {
        const service = workspace(text, { landscape: LANDSCAPE });
        const texts: Record<string, string> = { [JOURNAL_URI]: text, [LANDSCAPE_URI]: LANDSCAPE };
        for (const { rule, start, end, data: fixData } of diagnostics) {
          const diagnostic = { rule, start, end, message: 'forged', severity: 'warning', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: fixData } as JournalDiagnostic;
          for (const fix of service.getFixes(JOURNAL_URI, diagnostic)) {
            for (const fileEdit of fix.edits) {
              const target = texts[fileEdit.uri];
              assert.ok(target !== undefined, `a fix edits ${fileEdit.uri}`);
              for (const edit of fileEdit.edits) assertRangeInside(target, edit.range, fix.title);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('prints no YAML warning on the process for a name that looks like a YAML tag or directive', () => {
    const warnings: unknown[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void warnings.push(warning)) as typeof process.emitWarning;
    try {
      assert.deepEqual(['!x', '%YAML', '!!js/function', 'ok'].map(yamlKey), ['"!x"', '"%YAML"', '"!!js/function"', 'ok']);
    } finally {
      process.emitWarning = original;
    }
    assert.deepEqual(warnings, []);
  });

  it('accepts the shapes the checks write and refuses every other', () => {
    for (const valid of [
      { fix: 'replace', replacements: ['a'] },
      { fix: 'replace', replacements: [], add: { section: 'people', id: 'li', landscapeUri: LANDSCAPE_URI } },
      { fix: 'add-to-landscape', section: 'boundary-objects', id: 'dash', landscapeUri: LANDSCAPE_URI, kind: 'artifact' },
      { fix: 'delete', start: 0, end: 3 },
      { fix: 'insert', offset: 4, text: '"' },
      { fix: 'sort-entries' },
    ]) {
      assert.ok(isFixData(valid), JSON.stringify(valid));
    }
    for (const invalid of [
      null,
      'replace',
      { fix: 'replace', replacements: 'a' },
      { fix: 'replace', replacements: [1] },
      { fix: 'replace', replacements: [], add: { section: 'rules', id: 'x', landscapeUri: LANDSCAPE_URI } },
      { fix: 'add-to-landscape', section: 'people', id: 7, landscapeUri: LANDSCAPE_URI },
      { fix: 'add-to-landscape', section: 'people', id: 'x', landscapeUri: LANDSCAPE_URI, kind: 'machine' },
      { fix: 'delete', start: -1, end: 3 },
      { fix: 'delete', start: 0, end: 1.5 },
      { fix: 'insert', offset: Number.NaN, text: '"' },
      { fix: 'insert', offset: 0 },
      { fix: 'rewrite-everything' },
    ]) {
      assert.ok(!isFixData(invalid), JSON.stringify(invalid));
    }
  });
});
