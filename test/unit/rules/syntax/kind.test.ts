import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('unknown-kind', () => {
  it('reports a misspelled kind with a did-you-mean and a replace fix', () => {
    const text = journal`
      2026-11-20 engagment +data-science
    `;
    const [problem, ...rest] = findings(text, 'unknown-kind');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), 'engagment');
    assert.equal(
      problem!.message,
      "Unknown entry kind 'engagment'. Did you mean 'engagement'? An entry is one of: engagement, imagination, alignment, crossing, trajectory, written right after the date (and time).",
    );
    assert.deepEqual(problem!.data, { fix: 'replace', replacements: ['engagement'] });
  });

  it('suggests the lowercase kind for a capitalised one', () => {
    const text = journal`
      2026-11-20 09:00 Crossing +a -> +b
    `;
    const [problem] = findings(text, 'unknown-kind');
    assert.equal(coveredText(text, problem!), 'Crossing');
    assert.deepEqual(problem!.data, { fix: 'replace', replacements: ['crossing'] });
  });

  it('offers no fix when no kind is close', () => {
    const text = journal`
      2026-11-20 meeting +data-science
    `;
    const [problem] = findings(text, 'unknown-kind');
    assert.equal(problem!.data, undefined);
    assert.doesNotMatch(problem!.message, /Did you mean/);
  });

  it('names a non-breaking space that glues the kind to the next word', () => {
    const text = '2026-11-20 engagement\u202f+data-science\n';
    const [problem] = findings(text, 'unknown-kind');
    assert.equal(coveredText(text, problem!), 'engagement\u202f+data-science');
    assert.match(problem!.message, /special space \(U\+202F\), which looks like a space but does not separate words/);
  });

  it('leaves a missing kind to missing-argument', () => {
    const text = journal`
      2026-11-20 "Pairing"
    `;
    assert.deepEqual(findings(text, 'unknown-kind'), []);
    assert.equal(findings(text, 'missing-argument').length, 1);
  });

  it('accepts each of the five kinds', () => {
    const text = journal`
      2026-11-16 engagement +a
      2026-11-17 imagination +a
      2026-11-18 alignment +a
      2026-11-19 crossing +a -> +b
      2026-11-20 trajectory +a inbound
    `;
    assert.deepEqual(findings(text, 'unknown-kind'), []);
  });
});
