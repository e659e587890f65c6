import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver';
import { fromLspDiagnostic, toLspDiagnostic } from '../../../server/src/lsp';
import { isFixData } from '../../../server/src/language/features/fixData';
import type { JournalDiagnostic } from '../../../server/src/language/service';

const RANGE = { start: { line: 4, character: 2 }, end: { line: 4, character: 12 } };

function diagnostic(start: number, data: JournalDiagnostic['data']): JournalDiagnostic {
  return { rule: 'unterminated-title', start, end: start + 10, message: 'The title has no closing quote.', severity: 'error', range: RANGE, ...(data ? { data } : {}) };
}

describe('server: diagnostics in protocol form', () => {
  it("sends a fix's offsets counted from the diagnostic's start", () => {
    assert.deepEqual(toLspDiagnostic(diagnostic(100, { fix: 'insert', offset: 110, text: '"' })).data, { fix: 'insert', offset: 10, text: '"' });
    assert.deepEqual(toLspDiagnostic(diagnostic(100, { fix: 'delete', start: 96, end: 121 })).data, { fix: 'delete', start: -4, end: 21 });
  });

  it('sends the same diagnostic for a problem that an edit on another line only moved', () => {
    const before = toLspDiagnostic(diagnostic(100, { fix: 'insert', offset: 110, text: '"' }));
    const after = toLspDiagnostic(diagnostic(101, { fix: 'insert', offset: 111, text: '"' }));
    assert.deepEqual(after, before);
  });

  it("rebuilds the fix's offsets from where the diagnostic starts in the current text", () => {
    const sent = toLspDiagnostic(diagnostic(100, { fix: 'delete', start: 96, end: 121 }));
    // The text moved on by 7 characters before the diagnostic since it was sent.
    const rebuilt = fromLspDiagnostic(sent, (position) => (position === RANGE.start ? 107 : 117));
    assert.equal(rebuilt?.start, 107);
    assert.deepEqual(rebuilt?.data, { fix: 'delete', start: 103, end: 128 });
  });

  it('leaves data without offsets as it is, both ways', () => {
    const data = { fix: 'replace' as const, replacements: ['engagement'] };
    const sent = toLspDiagnostic(diagnostic(100, data));
    assert.deepEqual(sent.data, data);
    assert.deepEqual(fromLspDiagnostic(sent, () => 50)?.data, data);
  });

  it('passes forged offsets on for the fixes to refuse, without throwing', () => {
    const forged: Diagnostic = { range: RANGE, message: 'm', source: 'practice-journal', code: 'unterminated-title', data: { fix: 'insert', offset: 'ten', text: '"' } };
    const rebuilt = fromLspDiagnostic(forged, () => 5);
    assert.equal(rebuilt?.rule, 'unterminated-title');
    assert.equal(isFixData(rebuilt?.data), false);
  });
});
