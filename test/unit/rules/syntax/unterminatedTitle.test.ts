import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('unterminated-title', () => {
  it('reports a title with no closing quote and inserts one after its last non-blank character', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b "Night handover   
        Notes.
    `;
    const [problem, ...rest] = findings(text, 'unterminated-title');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), '"Night handover');
    assert.deepEqual(problem!.data, { fix: 'insert', offset: text.indexOf('handover') + 'handover'.length, text: '"' });
    assert.doesNotMatch(problem!.message, /Night|handover/);
  });

  it('covers a lone opening quote at the end of a header', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b "
    `;
    const [problem] = findings(text, 'unterminated-title');
    assert.equal(coveredText(text, problem!), '"');
    assert.deepEqual(problem!.data, { fix: 'insert', offset: text.indexOf('"') + 1, text: '"' });
  });

  it('accepts a closed title, and a header without one', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b "Night handover"
      2026-11-21 engagement +ward-7b
    `;
    assert.deepEqual(findings(text, 'unterminated-title'), []);
  });
});
