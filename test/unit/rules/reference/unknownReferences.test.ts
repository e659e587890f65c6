import { strict as assert } from 'node:assert';
import { coveredText, findings, journal, LANDSCAPE_URI } from '../../../support/journal';

const LANDSCAPE = journal`
  communities:
    ward-7b: {}
    north-guild: {}
  people:
    ana: {}
    maria: {}
  boundary-objects:
    discharge-dashboard: { kind: artifact }
`;

function covered(text: string, rule: string, landscape = LANDSCAPE): string[] {
  return findings(text, rule, { landscape }).map((problem) => `${coveredText(text, problem)}@${problem.range.start.line}`);
}

describe('unknown-community', () => {
  it('reports an undeclared +community in the header, a field and the prose, covering the sigil', () => {
    const text = journal`
      2026-11-20 engagement +ward-7c +north-guild
        with: @ana
        tags: #handover

        Talked with +pharmacy about the rota.
    `;
    assert.deepEqual(covered(text, 'unknown-community'), ['+ward-7c@0', '+pharmacy@4']);
  });

  it('offers the close declared ids, with their sigil, and declaring the id instead', () => {
    const text = '2026-11-20 engagement +ward-7c\n';
    const [problem] = findings(text, 'unknown-community', { landscape: LANDSCAPE });
    assert.equal(problem!.severity, 'warning');
    assert.deepEqual(problem!.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 30 } });
    assert.deepEqual(problem!.data, {
      fix: 'replace',
      replacements: ['+ward-7b'],
      add: { section: 'communities', id: 'ward-7c', landscapeUri: LANDSCAPE_URI },
    });
    assert.match(problem!.message, /'\+ward-7c' is not a community declared in landscape\.yaml\. Did you mean '\+ward-7b'\?/);
    assert.match(problem!.message, /declare it under 'communities:'/);
  });

  it('offers only declaring the id when nothing declared is close', () => {
    const [problem] = findings('2026-11-20 engagement +pharmacy\n', 'unknown-community', { landscape: LANDSCAPE });
    assert.deepEqual(problem!.data, { fix: 'add-to-landscape', section: 'communities', id: 'pharmacy', landscapeUri: LANDSCAPE_URI });
    assert.match(problem!.message, /Check the spelling, or declare it under 'communities:'/);
  });

  it('is silent for declared communities', () => {
    const text = '2026-11-20 crossing +ward-7b -> +north-guild\n  Met +ward-7b again.\n';
    assert.deepEqual(covered(text, 'unknown-community'), []);
  });

  it('is silent without a landscape: communities are then declared by use', () => {
    assert.deepEqual(findings('2026-11-20 engagement +anything\n', 'unknown-community'), []);
  });

  it('is silent when the landscape has no communities: section', () => {
    const landscape = 'people:\n  ana: {}\n';
    assert.deepEqual(covered('2026-11-20 engagement +anything\n', 'unknown-community', landscape), []);
  });

  it('checks against an empty communities: section', () => {
    const landscape = 'communities:\npeople:\n  ana: {}\n';
    assert.deepEqual(covered('2026-11-20 engagement +anything\n', 'unknown-community', landscape), ['+anything@0']);
  });

  it('reports every occurrence, and never a #tag', () => {
    const text = '2026-11-20 engagement +ward-7b #pharmacy\n  +pharmacy and +pharmacy #ward-7c\n';
    assert.deepEqual(covered(text, 'unknown-community'), ['+pharmacy@1', '+pharmacy@1']);
  });

  it('takes the severity the settings give, or none when off', () => {
    const text = '2026-11-20 engagement +pharmacy\n';
    const error = findings(text, 'unknown-community', { landscape: LANDSCAPE, rules: { 'unknown-community': { severity: 'error' } } });
    assert.deepEqual(error.map((problem) => problem.severity), ['error']);
    assert.deepEqual(findings(text, 'unknown-community', { landscape: LANDSCAPE, rules: { 'unknown-community': { severity: 'off' } } }), []);
  });

  it('is suppressed by a practice-disable-next-entry comment', () => {
    const text = '; practice-disable-next-entry unknown-community\n2026-11-20 engagement +pharmacy\n';
    assert.deepEqual(covered(text, 'unknown-community'), []);
  });
});

describe('unknown-person', () => {
  it('reports an undeclared @person in the header, a with: field and the prose', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b @li
        with: @ana, @anna

        Asked @maria and @joe.
    `;
    assert.deepEqual(covered(text, 'unknown-person'), ['@li@0', '@anna@1', '@joe@3']);
    const anna = findings(text, 'unknown-person', { landscape: LANDSCAPE })[1]!;
    assert.deepEqual(anna.data, {
      fix: 'replace',
      replacements: ['@ana'],
      add: { section: 'people', id: 'anna', landscapeUri: LANDSCAPE_URI },
    });
    assert.match(anna.message, /'@anna' is not a person declared in landscape\.yaml\. Did you mean '@ana'\?/);
  });

  it('is silent when the landscape has no people: section (people are then declared by use)', () => {
    const landscape = 'communities:\n  ward-7b: {}\n';
    assert.deepEqual(covered('2026-11-20 engagement +ward-7b @li\n', 'unknown-person', landscape), []);
  });

  it('is silent for declared people and e-mail addresses', () => {
    assert.deepEqual(covered('2026-11-20 engagement +ward-7b @ana\n  Wrote to maria@example.org.\n', 'unknown-person'), []);
  });
});

describe('unknown-boundary-object', () => {
  it('reports a via: id the landscape does not declare, carrying its kind for the declaration', () => {
    const text = '2026-11-20 crossing +ward-7b -> +north-guild\n  via: artifact discharge-dashbord\n';
    const [problem, ...rest] = findings(text, 'unknown-boundary-object', { landscape: LANDSCAPE });
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), 'discharge-dashbord');
    assert.deepEqual(problem!.data, {
      fix: 'replace',
      replacements: ['discharge-dashboard'],
      add: { section: 'boundary-objects', id: 'discharge-dashbord', landscapeUri: LANDSCAPE_URI, kind: 'artifact' },
    });
    assert.match(problem!.message, /not a boundary object declared in landscape\.yaml.*double quotes/);
  });

  it('does not check quoted names, or declared ids', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> +north-guild
        via: artifact "bed board"
      2026-11-21 crossing +ward-7b -> +north-guild
        via: artifact discharge-dashboard
    `;
    assert.deepEqual(covered(text, 'unknown-boundary-object'), []);
  });

  it('does not read the words of a quoted name written without a kind as an id', () => {
    const text = '2026-11-20 crossing +ward-7b -> +north-guild\n  via: "bed board"\n';
    assert.deepEqual(covered(text, 'unknown-boundary-object'), []);
  });

  it('is silent when the landscape has no boundary-objects: section', () => {
    const text = '2026-11-20 crossing +ward-7b -> +north-guild\n  via: process handover-bundle\n';
    assert.deepEqual(covered(text, 'unknown-boundary-object', 'communities:\n  ward-7b: {}\n  north-guild: {}\n'), []);
  });

  it('offers no declaration for an id that could not be a landscape id', () => {
    const text = '2026-11-20 crossing +ward-7b -> +north-guild\n  via: process hand/over\n';
    const [problem] = findings(text, 'unknown-boundary-object', { landscape: LANDSCAPE });
    assert.equal(coveredText(text, problem!), 'hand/over');
    assert.equal(problem!.data, undefined);
  });
});
