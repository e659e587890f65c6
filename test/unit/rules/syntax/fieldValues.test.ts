import { strict as assert } from 'node:assert';
import { coveredText, findings } from '../../../support/journal';
import type { JournalDiagnostic } from '../../../../server/src/language/validation/types';

function valueFindings(body: string, kind = 'crossing +a -> +b'): { text: string; found: JournalDiagnostic[] } {
  const text = `2026-11-20 ${kind}\n${body}\n`;
  return { text, found: findings(text, 'invalid-field-value') };
}

function single(body: string, kind?: string): { text: string; problem: JournalDiagnostic } {
  const { text, found } = valueFindings(body, kind);
  assert.equal(found.length, 1, JSON.stringify(found.map((problem) => problem.message)));
  assert.equal(found[0]!.severity, 'warning');
  return { text, problem: found[0]! };
}

describe('invalid-field-value', () => {
  describe('enum fields', () => {
    it('reports an energy word outside the list with a did-you-mean replace on the value', () => {
      const { text, problem } = single('  energy: energising');
      assert.equal(coveredText(text, problem), 'energising');
      assert.equal(
        problem.message,
        "The energy: field does not take 'energising'. Did you mean 'energizing'? It takes one of: energizing, neutral or draining.",
      );
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['energizing'] });
    });

    it('reports as:, interaction: and from: values, matched exactly', () => {
      assert.equal(coveredText(...pair(single('  as: broker'))), 'broker');
      assert.deepEqual(single('  interaction: Project').problem.data, { fix: 'replace', replacements: ['project'] });
      assert.deepEqual(single('  from: inbund', 'trajectory +a insider').problem.data, { fix: 'replace', replacements: ['inbound'] });
    });

    it('does not quote a value of several words', () => {
      const { problem } = single('  energy: very tired after it');
      assert.doesNotMatch(problem.message, /tired/);
      assert.equal(problem.data, undefined);
    });

    it('accepts every listed value', () => {
      const { found } = valueFindings('  energy: draining\n  as: spanner\n  interaction: encounter');
      assert.deepEqual(found, []);
      assert.deepEqual(valueFindings('  from: peripheral', 'trajectory +a inbound').found, []);
    });
  });

  describe('empty values', () => {
    it('reports a field with no value on its key and colon, for every field', () => {
      for (const key of ['with', 'tags', 'energy', 'via', 'as', 'interaction', 'from']) {
        const { text, problem } = single(`  ${key}:`);
        assert.equal(coveredText(text, problem), `${key}:`);
        assert.match(problem.message, new RegExp(`^The ${key}: field has no value\\.`));
      }
    });

    it('treats blanks after the colon as no value', () => {
      const { text, problem } = single('  energy:   ');
      assert.equal(coveredText(text, problem), 'energy:');
    });
  });

  describe('with:', () => {
    it('reports the first item that is not an @person, offering the @ form', () => {
      const { text, problem } = single('  with: @ana, li, bo');
      assert.equal(coveredText(text, problem), 'li');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['@li'] });
      assert.match(problem.message, /@person/);
    });

    it('offers the @ form for an item with another sigil', () => {
      const { problem } = single('  with: +ana');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['@ana'] });
    });

    it('reports an item that is no identifier without a fix', () => {
      const { text, problem } = single('  with: @ana;');
      assert.equal(coveredText(text, problem), '@ana;');
      assert.equal(problem.data, undefined);
    });

    it('accepts people separated by commas, blanks or both', () => {
      assert.deepEqual(valueFindings('  with: @ana, @li @bo,@café\t@李').found, []);
    });
  });

  describe('tags:', () => {
    it('reports an item that is not a #tag', () => {
      const { text, problem } = single('  tags: #retro lineage');
      assert.equal(coveredText(text, problem), 'lineage');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['#lineage'] });
    });

    it('accepts tags separated by blanks', () => {
      assert.deepEqual(valueFindings('  tags: #retro #lineage #2027-plan').found, []);
    });
  });

  describe('via:', () => {
    it('reports an unknown boundary-object kind with a did-you-mean', () => {
      const { text, problem } = single('  via: artefact "rota"');
      assert.equal(coveredText(text, problem), 'artefact');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['artifact'] });
      assert.match(problem.message, /artifact, discourse or process/);
    });

    it('reports a via: that starts with the name, over the whole value', () => {
      const { text, problem } = single('  via: "night rota"');
      assert.equal(coveredText(text, problem), '"night rota"');
      assert.match(problem.message, /no boundary-object kind/);
      assert.doesNotMatch(problem.message, /night rota/);
    });

    it('asks for the kind before a boundary-object id written alone, offering the declared kind', () => {
      const landscape = 'boundary-objects:\n  bed-board: { kind: artifact }\n  rota: {}\n';
      const text = '2026-11-20 crossing +a -> +b\n  via: bed-board\n2026-11-21 crossing +a -> +b\n  via: rota\n';
      const [declared, untyped, ...rest] = findings(text, 'invalid-field-value', { landscape });
      assert.equal(rest.length, 0);
      assert.equal(coveredText(text, declared!), 'bed-board');
      assert.equal(declared!.message, "'bed-board' is a boundary object's id, and via: names its kind first: 'via: artifact bed-board'.");
      assert.deepEqual(declared!.data, { fix: 'replace', replacements: ['artifact bed-board'] });
      assert.equal(coveredText(text, untyped!), 'rota');
      assert.match(untyped!.message, /^'rota' is a boundary object's id, and via: names its kind first: artifact, discourse or process, e\.g\. 'via: process rota'\.$/);
      assert.equal(untyped!.data, undefined);
      assert.match(single('  via: bed-board').problem.message, /^'bed-board' is not a kind of boundary object\./);
    });

    it('reports a kind with nothing after it', () => {
      const { text, problem } = single('  via: process');
      assert.equal(coveredText(text, problem), 'process');
      assert.match(problem.message, /names no boundary object/);
    });

    it('reports an unclosed quoted name with an insert of the closing quote', () => {
      const { text, problem } = single('  via: artifact "discharge dashboard  ');
      assert.equal(coveredText(text, problem), '"discharge dashboard');
      assert.deepEqual(problem.data, { fix: 'insert', offset: text.indexOf('dashboard') + 'dashboard'.length, text: '"' });
    });

    it('offers to quote an unquoted name of several words', () => {
      const { text, problem } = single('  via: artifact discharge dashboard');
      assert.equal(coveredText(text, problem), 'discharge dashboard');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['"discharge dashboard"'] });
    });

    it('reports an id that is not an identifier', () => {
      const { text, problem } = single('  via: artifact -rota');
      assert.equal(coveredText(text, problem), '-rota');
      assert.deepEqual(problem.data, { fix: 'replace', replacements: ['"-rota"'] });
    });

    it('reports text after a quoted name, and an empty name', () => {
      const after = single('  via: artifact "rota" today');
      assert.equal(coveredText(after.text, after.problem), 'today');
      const empty = single('  via: artifact ""');
      assert.equal(coveredText(empty.text, empty.problem), '""');
    });

    it('accepts a quoted name and a landscape id', () => {
      assert.deepEqual(valueFindings('  via: artifact "discharge dashboard"').found, []);
      assert.deepEqual(valueFindings('  via: process handover-bundle').found, []);
      assert.deepEqual(valueFindings('  via: discourse "“safety” talk"').found, []);
    });
  });

  it('ignores the values of unknown fields', () => {
    assert.deepEqual(valueFindings('  mood:').found, []);
  });
});

function pair(result: { text: string; problem: JournalDiagnostic }): [string, JournalDiagnostic] {
  return [result.text, result.problem];
}
