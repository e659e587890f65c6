import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';
import { landscapeFixture, validateWith } from './landscapeFixture';

const LANDSCAPE = journal`
  communities:
    ward-7b: {}
  people:
    ana: {}
  boundary-objects:
    discharge-dashboard: { kind: artifact }
`;

describe('case-mismatch', () => {
  it('reports a community, person or boundary object written in another case, instead of unknown-*', () => {
    const text = journal`
      2026-11-20 crossing +Ward-7b -> +ward-7b
        via: artifact Discharge-Dashboard
        with: @ANA
    `;
    const found = findings(text, 'case-mismatch', { landscape: LANDSCAPE });
    assert.deepEqual(found.map((problem) => coveredText(text, problem)), ['+Ward-7b', 'Discharge-Dashboard', '@ANA']);
    assert.deepEqual(found.map((problem) => problem.data), [
      { fix: 'replace', replacements: ['+ward-7b'] },
      { fix: 'replace', replacements: ['discharge-dashboard'] },
      { fix: 'replace', replacements: ['@ana'] },
    ]);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /'\+Ward-7b' differs only in case from the community '\+ward-7b' declared in landscape\.yaml/);
    for (const rule of ['unknown-community', 'unknown-person', 'unknown-boundary-object']) {
      assert.deepEqual(findings(text, rule, { landscape: LANDSCAPE }), [], rule);
    }
  });

  it('offers every declared spelling when several differ only in case', () => {
    const landscape = landscapeFixture({ communities: ['Ops', 'ops'] });
    const found = validateWith('2026-11-20 engagement +OPS\n', { landscape }).filter((problem) => problem.rule === 'case-mismatch');
    assert.deepEqual(found.map((problem) => problem.data), [{ fix: 'replace', replacements: ['+Ops', '+ops'] }]);
  });

  it('is silent for exact spellings and without a landscape', () => {
    assert.deepEqual(findings('2026-11-20 engagement +ward-7b @ana\n', 'case-mismatch', { landscape: LANDSCAPE }), []);
    assert.deepEqual(findings('2026-11-20 engagement +Ward-7b\n', 'case-mismatch'), []);
  });

  it('can be turned off without bringing back the unknown-* report', () => {
    const options = { landscape: LANDSCAPE, rules: { 'case-mismatch': { severity: 'off' as const } } };
    assert.deepEqual(findings('2026-11-20 engagement +Ward-7b\n', 'case-mismatch', options), []);
    assert.deepEqual(findings('2026-11-20 engagement +Ward-7b\n', 'unknown-community', options), []);
  });
});

describe('references against a landscape built without section information', () => {
  it('checks a section only when it declares something', () => {
    const landscape = landscapeFixture({ communities: ['ward-7b'] });
    const text = '2026-11-20 engagement +ward-7c @li\n';
    const rules = validateWith(text, { landscape }).map((problem) => `${problem.rule}:${coveredText(text, problem)}`);
    assert.ok(rules.includes('unknown-community:+ward-7c'));
    assert.ok(!rules.some((rule) => rule.startsWith('unknown-person')));
  });
});

describe("the front matter's author", () => {
  const text = '---\nauthor: mariah\n---\n2026-11-20 engagement +ward-7b\n';
  const landscape = landscapeFixture({ communities: ['ward-7b'], people: ['maria', 'Ana'] });

  it('is reported by unknown-person at its value when the landscape does not declare it', () => {
    const found = validateWith(text, { landscape, frontMatter: { author: 'mariah' } }).filter((problem) => problem.rule === 'unknown-person');
    assert.equal(found.length, 1);
    assert.equal(coveredText(text, found[0]!), 'mariah');
    assert.deepEqual(found[0]!.data, {
      fix: 'replace',
      replacements: ['maria'],
      add: { section: 'people', id: 'mariah', landscapeUri: landscape.uri },
    });
  });

  it('is reported by case-mismatch when it differs only in case, quoted or not', () => {
    const quoted = '---\nauthor: "ana"   # me\n---\n';
    const found = validateWith(quoted, { landscape, frontMatter: { author: 'ana' } }).filter((problem) => problem.rule === 'case-mismatch');
    assert.equal(found.length, 1);
    assert.equal(coveredText(quoted, found[0]!), 'ana');
    assert.deepEqual(found[0]!.data, { fix: 'replace', replacements: ['Ana'] });
  });

  it('is reported on the key, without a fix, when the value is not on the author line', () => {
    const folded = '---\nauthor:\n  mariah\n---\n';
    const found = validateWith(folded, { landscape, frontMatter: { author: 'mariah' } }).filter((problem) => problem.rule === 'unknown-person');
    assert.equal(found.length, 1);
    assert.equal(coveredText(folded, found[0]!), 'author');
    assert.equal(found[0]!.data, undefined);
  });

  it('is read from the front matter by the service', () => {
    const found = findings(text, 'unknown-person', { landscape: 'communities:\n  ward-7b: {}\npeople:\n  maria: {}\n' });
    assert.deepEqual(found.map((problem) => [coveredText(text, problem), problem.range.start.line]), [['mariah', 1]]);
  });

  it('is silent when declared, or when the landscape does not check people', () => {
    assert.deepEqual(validateWith(text, { landscape, frontMatter: { author: 'maria' } }).filter((problem) => problem.rule === 'unknown-person'), []);
    const communitiesOnly = landscapeFixture({ communities: ['ward-7b'] });
    const found = validateWith(text, { landscape: communitiesOnly, frontMatter: { author: 'mariah' } });
    assert.deepEqual(found.filter((problem) => problem.rule === 'unknown-person'), []);
  });
});
