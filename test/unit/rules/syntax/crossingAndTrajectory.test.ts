import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('same-community-crossing', () => {
  it('reports a crossing from a community to itself, over both sides', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> +ward-7b "Rota"
    `;
    const [problem, ...rest] = findings(text, 'same-community-crossing');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), '+ward-7b -> +ward-7b');
    assert.match(problem!.message, /from '\+ward-7b' to itself/);
    assert.match(problem!.message, /engagement/);
  });

  it('accepts two different communities, even when they differ only in case', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> +bed-office
      2026-11-21 crossing +Ward -> +ward
    `;
    assert.deepEqual(findings(text, 'same-community-crossing'), []);
  });
});

describe('unknown-trajectory-kind', () => {
  it('reports a misspelled trajectory kind with a did-you-mean and a replace fix', () => {
    const text = journal`
      2026-11-20 trajectory +north-guild inbund
    `;
    const [problem, ...rest] = findings(text, 'unknown-trajectory-kind');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), 'inbund');
    assert.equal(
      problem!.message,
      "Unknown trajectory kind 'inbund'. Did you mean 'inbound'? A trajectory is one of: peripheral, inbound, insider, boundary, outbound, written after its community.",
    );
    assert.deepEqual(problem!.data, { fix: 'replace', replacements: ['inbound'] });
  });

  it('offers no fix when no trajectory kind is close', () => {
    const text = journal`
      2026-11-20 trajectory +north-guild wandering
    `;
    const [problem] = findings(text, 'unknown-trajectory-kind');
    assert.equal(problem!.data, undefined);
  });

  it('accepts each trajectory kind and leaves the from: field to invalid-field-value', () => {
    const text = journal`
      2026-11-16 trajectory +a peripheral
        from: inbund
      2026-11-17 trajectory +a inbound
      2026-11-18 trajectory +a insider
      2026-11-19 trajectory +a boundary
      2026-11-20 trajectory +a outbound
    `;
    assert.deepEqual(findings(text, 'unknown-trajectory-kind'), []);
    assert.equal(findings(text, 'invalid-field-value').length, 1);
  });
});
