import { strict as assert } from 'node:assert';
import { fixesFor as coreFixesFor } from '../../../server/src/language/features/fixes';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { journal, JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { afterFix, fixesFor, summary } from './fixHelpers';

const LANDSCAPE = journal`
  communities:
    ward-7b: {}
    ward-7c: {}
  people:
    ana: {}
`;

describe('replace fixes', () => {
  it('rewrites a case mismatch as declared, safely and preferred', () => {
    const text = '2026-11-20 engagement +Ward-7B\n  Prose.\n';
    const { fixes } = fixesFor(workspace(text, { landscape: 'communities:\n  ward-7b: {}\n' }), 'case-mismatch');
    assert.deepEqual(fixes.map(summary), [{ title: "Change to '+ward-7b'", preferred: true, safe: true, files: [JOURNAL_URI] }]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +ward-7b\n  Prose.\n');
  });

  it('offers a case fix in reflection prose, but not as safe: unreviewed fixes never rewrite prose', () => {
    const text = '2026-11-20 engagement +ward-7b\n  Met the +Ward-7b leads.\n';
    const { fixes } = fixesFor(workspace(text, { landscape: 'communities:\n  ward-7b: {}\n' }), 'case-mismatch');
    assert.deepEqual(fixes.map(summary), [{ title: "Change to '+ward-7b'", preferred: true, safe: false, files: [JOURNAL_URI] }]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +ward-7b\n  Met the +ward-7b leads.\n');
  });

  it('offers each did-you-mean (the first preferred, none safe) and declaring the id', () => {
    const text = '2026-11-20 engagement +ward-7d\n';
    const { fixes } = fixesFor(workspace(text, { landscape: LANDSCAPE }), 'unknown-community');
    assert.deepEqual(fixes.map(summary), [
      { title: "Change to '+ward-7b'", preferred: true, safe: false, files: [JOURNAL_URI] },
      { title: "Change to '+ward-7c'", preferred: false, safe: false, files: [JOURNAL_URI] },
      { title: "Add 'ward-7d' to landscape.yaml (communities)", preferred: false, safe: false, files: [LANDSCAPE_URI] },
    ]);
    assert.equal(afterFix(fixes[1]!, JOURNAL_URI, text), '2026-11-20 engagement +ward-7c\n');
    assert.equal(afterFix(fixes[2]!, LANDSCAPE_URI, LANDSCAPE), 'communities:\n  ward-7b: {}\n  ward-7c: {}\n  ward-7d: {}\npeople:\n  ana: {}\n');
  });

  it('keeps a did-you-mean of another rule unsafe', () => {
    const text = '2026-11-20 engagment +a\n';
    const { fixes } = fixesFor(workspace(text), 'unknown-kind');
    assert.ok(fixes.length > 0);
    assert.equal(fixes[0]!.title, "Change to 'engagement'");
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +a\n');
    assert.ok(fixes.every((fix) => !fix.safe));
  });

  it('does not call a case fix safe when several spellings are declared or the text has changed', () => {
    const text = '2026-11-20 engagement +OPS\n';
    const input = { uri: JOURNAL_URI, text, lineStarts: parseJournal(text).lineStarts, syntax: parseJournal(text), landscape: undefined };
    const base = { rule: 'case-mismatch' as const, start: 22, end: 26, message: '', severity: 'warning' as const, range: { start: { line: 0, character: 22 }, end: { line: 0, character: 26 } } };
    const two = coreFixesFor(input, { ...base, data: { fix: 'replace', replacements: ['+Ops', '+ops'] } });
    assert.deepEqual(two.map((fix) => fix.safe), [false, false]);
    const stale = coreFixesFor(input, { ...base, data: { fix: 'replace', replacements: ['+ward'] } });
    assert.deepEqual(stale.map((fix) => fix.safe), [false]);
    const outside = coreFixesFor(input, { ...base, start: 22, end: 99, data: { fix: 'replace', replacements: ['+ops'] } });
    assert.deepEqual(outside, []);
  });

  it('gives no fix for a diagnostic without data', () => {
    const text = '2026-11-20 crossing +a -> +a\n';
    const { fixes } = fixesFor(workspace(text), 'same-community-crossing');
    assert.deepEqual(fixes, []);
  });
});
