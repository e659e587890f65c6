import { strict as assert } from 'node:assert';
import { RULES } from '../../../../server/src/language/rules';
import { coveredText, diagnosticsOf, findings, journal } from '../../../support/journal';

/** The findings of the syntax rules only (other rule groups run too). */
function syntaxFindings(text: string): [string, string][] {
  return diagnosticsOf(text)
    .filter((problem) => RULES[problem.rule].category === 'syntax')
    .map((problem) => [problem.rule, coveredText(text, problem)]);
}

function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}

describe('syntax rules on unusual text', () => {
  it('keeps ranges and fix offsets exact in a CRLF journal', () => {
    const text = crlf(journal`
      Notes before anything
      2026-11-20 engagement +ward-7b "Night handover
        energy: draining
        energy: draining
        Prose.
      Lost indentation.
    `);
    const [stray] = findings(text, 'stray-text');
    assert.equal(coveredText(text, stray!), 'Notes before anything');
    const [title] = findings(text, 'unterminated-title');
    assert.equal(coveredText(text, title!), '"Night handover');
    assert.deepEqual(title!.data, { fix: 'insert', offset: text.indexOf('\r\n', text.indexOf('Night')), text: '"' });
    assert.deepEqual(title!.range.end, { line: 1, character: '2026-11-20 engagement +ward-7b "Night handover'.length });
    const [duplicate] = findings(text, 'duplicate-field');
    assert.equal(coveredText(text, duplicate!), 'energy: draining');
    assert.deepEqual(duplicate!.data, { fix: 'delete', start: text.indexOf('  energy', text.indexOf('draining')), end: text.indexOf('  Prose') });
    const [unindented] = findings(text, 'unindented-body');
    assert.equal(coveredText(text, unindented!), 'Lost indentation.');
  });

  it('finds header tokens separated by tabs', () => {
    const text = '2026-11-20\t09:61\tengagment\t+ward-7b\tto\tthe ward\n';
    assert.equal(coveredText(text, findings(text, 'invalid-time')[0]!), '09:61');
    assert.equal(coveredText(text, findings(text, 'unknown-kind')[0]!), 'engagment');
    assert.equal(findings(text, 'extra-argument').length, 0, 'an unknown kind is not judged on its arguments');
    const known = '2026-11-20\tengagement\t+ward-7b\tto\tthe ward\n';
    assert.equal(coveredText(known, findings(known, 'extra-argument')[0]!), 'to\tthe ward');
  });

  it('keeps ranges exact after astral characters', () => {
    const text = journal`
      2026-11-20 engagement +𝒜lpha "😀 handover" later
        with: @𝒜na, 𝒷o
        énergie: draining
    `;
    const [trailing] = findings(text, 'extra-argument');
    assert.equal(coveredText(text, trailing!), 'later');
    assert.equal(trailing!.range.start.character, text.indexOf('later'));
    const [item] = findings(text, 'invalid-field-value');
    assert.equal(coveredText(text, item!), '𝒷o');
    assert.deepEqual(item!.data, { fix: 'replace', replacements: ['@𝒷o'] });
    assert.deepEqual(item!.range, {
      start: { line: 1, character: '  with: @𝒜na, '.length },
      end: { line: 1, character: '  with: @𝒜na, 𝒷o'.length },
    });
  });

  it('reports every problem of one header, each on its own token', () => {
    const text = journal`
      2026-02-30 25:00 engagment +ward-7b "Night handover
    `;
    const found = syntaxFindings(text);
    assert.deepEqual(found, [
      ['invalid-date', '2026-02-30'],
      ['invalid-time', '25:00'],
      ['unknown-kind', 'engagment'],
      ['unterminated-title', '"Night handover'],
    ]);
  });

  it('reports missing and extra arguments of one crossing header together', () => {
    const text = journal`
      2026-11-20 crossing +a +b +c @ana
    `;
    const found = syntaxFindings(text);
    assert.deepEqual(found, [
      ['missing-argument', 'crossing'],
      ['extra-argument', '+c'],
      ['extra-argument', '@ana'],
    ]);
  });

  it('never puts titles or prose in a message', () => {
    const text = journal`
      2026-11-20 engagment +ward-7b "Secretive title" trailing secret
        enrgy: draining
      Secret unindented words.
      2026-11-20 engagment +ward-7b "Secretive title" trailing secret
        enrgy: draining
      Secret unindented words.
    `;
    const diagnostics = diagnosticsOf(text).filter((problem) => ['syntax', 'journal'].includes(RULES[problem.rule].category));
    assert.ok(diagnostics.length >= 7);
    for (const diagnostic of diagnostics) assert.doesNotMatch(diagnostic.message, /secret/i, diagnostic.rule);
  });
});
