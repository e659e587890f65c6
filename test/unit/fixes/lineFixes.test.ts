import { strict as assert } from 'node:assert';
import { journal, JOURNAL_URI, workspace } from '../../support/journal';
import { afterFix, fixesFor, summary } from './fixHelpers';

describe('insert fixes', () => {
  it('closes an unterminated title, safely', () => {
    const text = '2026-11-20 engagement +a "Night handover   \n  Prose.\n';
    const { fixes } = fixesFor(workspace(text), 'unterminated-title');
    assert.deepEqual(fixes.map(summary), [{ title: 'Add the closing quote', preferred: true, safe: true, files: [JOURNAL_URI] }]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +a "Night handover"   \n  Prose.\n');
  });

  it('indents an unindented body line, safely, keeping CRLF line breaks', () => {
    const text = '2026-11-20 engagement +a\r\n  The handover ran long.\r\nWe never got to the list.\r\n';
    const { fixes } = fixesFor(workspace(text), 'unindented-body');
    assert.deepEqual(fixes.map(summary), [{ title: 'Indent the line', preferred: true, safe: true, files: [JOURNAL_URI] }]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +a\r\n  The handover ran long.\r\n  We never got to the list.\r\n');
  });
});

describe('delete fixes (duplicate-field)', () => {
  it('removes a repeated field line whose value is identical, safely', () => {
    const text = journal`
      2026-11-20 engagement +a
        energy: draining
        energy:   draining
        with: @ana

        Prose.
    `;
    const { fixes } = fixesFor(workspace(text), 'duplicate-field');
    assert.deepEqual(fixes.map(summary), [
      { title: "Remove the repeated 'energy:' line (same value as the first)", preferred: true, safe: true, files: [JOURNAL_URI] },
    ]);
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +a\n  energy: draining\n  with: @ana\n\n  Prose.\n');
  });

  it('removes an identical last line of a file without a final line break', () => {
    const text = '2026-11-20 engagement +a\n  energy: draining\n  energy: draining';
    const { fixes } = fixesFor(workspace(text), 'duplicate-field');
    assert.equal(afterFix(fixes[0]!, JOURNAL_URI, text), '2026-11-20 engagement +a\n  energy: draining\n');
  });

  it('offers nothing when the values differ, since either choice would drop words', () => {
    const text = '2026-11-20 engagement +a\n  energy: draining\n  energy: energizing\n';
    const { fixes } = fixesFor(workspace(text), 'duplicate-field');
    assert.deepEqual(fixes, []);
  });
});
