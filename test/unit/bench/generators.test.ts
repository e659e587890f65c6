import { strict as assert } from 'node:assert';
import { generateJournal, generateLandscape } from '../../../bench/generators';
import { createLanguageService } from '../../../server/src/language/service';

const TODAY = 20_778; // 2026-11-21
const JOURNAL = 'file:///w/journal.practice';

function lint(text: string): { entries: number; kinds: Set<string>; fields: Set<string>; rules: Map<string, string> } {
  const service = createLanguageService({ roots: ['file:///w'], today: () => TODAY });
  service.setFile('file:///w/landscape.yaml', generateLandscape());
  service.setFile(JOURNAL, text);
  const syntax = service.getSyntax(JOURNAL)!;
  const kinds = new Set(syntax.entries.map((entry) => entry.kind.text));
  const fields = new Set(syntax.entries.flatMap((entry) => entry.fields.map((field) => field.key.text)));
  const rules = new Map(service.getDiagnostics(JOURNAL).map((diagnostic) => [diagnostic.rule, diagnostic.severity] as [string, string]));
  return { entries: syntax.entries.length, kinds, fields, rules };
}

describe('bench generators: journals', () => {
  it('generates the same bytes for the same seed, and different ones for another seed', () => {
    assert.equal(generateJournal({ seed: 4, entries: 50 }), generateJournal({ seed: 4, entries: 50 }));
    assert.notEqual(generateJournal({ seed: 4, entries: 50 }), generateJournal({ seed: 5, entries: 50 }));
  });

  it('writes exactly the number of entries asked for', () => {
    assert.equal(lint(generateJournal({ seed: 1, entries: 321 })).entries, 321);
  });

  it('grows a journal to the size asked for and stops within an entry of it', () => {
    const text = generateJournal({ seed: 2, bytes: 200_000 });
    assert.ok(text.length >= 200_000 - 2, `only ${text.length} characters`);
    assert.ok(text.length < 202_000, `${text.length} characters overshoot`);
  });

  it('uses every entry kind and every field', () => {
    const { kinds, fields } = lint(generateJournal({ seed: 3, entries: 2_000, mistakes: 0 }));
    assert.deepEqual([...kinds].sort(), ['alignment', 'crossing', 'engagement', 'imagination', 'trajectory']);
    assert.deepEqual([...fields].sort(), ['as', 'energy', 'from', 'interaction', 'tags', 'via', 'with']);
  });

  it('without mistakes, leaves only the reflective prompts (information) against its landscape', () => {
    const { rules } = lint(generateJournal({ seed: 6, entries: 2_000, mistakes: 0 }));
    assert.deepEqual([...rules.keys()].sort(), ['crossing-without-object', 'empty-reflection']);
    assert.ok([...rules.values()].every((severity) => severity === 'info'));
  });

  it('with mistakes, makes every kind of slip the rules flag', () => {
    const { rules } = lint(generateJournal({ seed: 8, entries: 3_000, mistakes: 0.2 }));
    for (const rule of [
      'unknown-kind',
      'unknown-trajectory-kind',
      'invalid-field-value',
      'unknown-field',
      'duplicate-field',
      'unknown-community',
      'case-mismatch',
      'invalid-date',
      'invalid-time',
      'unterminated-title',
      'same-community-crossing',
      'unindented-body',
    ]) {
      assert.ok(rules.has(rule), `no ${rule} in ${[...rules.keys()].join(', ')}`);
    }
  });

  it('writes a landscape that loads without a problem', () => {
    const service = createLanguageService({ roots: ['file:///w'] });
    service.setFile('file:///w/landscape.yaml', generateLandscape());
    assert.deepEqual(service.getDiagnostics('file:///w/landscape.yaml'), []);
    assert.equal(service.getLandscape('file:///w/landscape.yaml')?.problems.length, 0);
  });
});
