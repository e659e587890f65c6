import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('unknown-field', () => {
  it('reports a misspelled key with a did-you-mean and a replace fix on the key', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        enrgy: draining
    `;
    const [problem, ...rest] = findings(text, 'unknown-field');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), 'enrgy');
    assert.match(problem!.message, /^Unknown field 'enrgy'\. Did you mean 'energy'\? Fields are: with, tags, energy, via, as, interaction, from\./);
    assert.deepEqual(problem!.data, { fix: 'replace', replacements: ['energy'] });
  });

  it('offers no fix for a key nothing is close to', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        outcome: we agreed
    `;
    const [problem] = findings(text, 'unknown-field');
    assert.equal(problem!.data, undefined);
    assert.match(problem!.message, /blank line/);
  });

  it('accepts every defined key, and a key-like prose line after a blank line', () => {
    const text = journal`
      2026-11-20 crossing +a -> +b
        with: @ana
        tags: #retro
        energy: neutral
        via: artifact "rota"
        as: pair
        interaction: project

        outcome: we agreed to wait.
    `;
    assert.deepEqual(findings(text, 'unknown-field'), []);
  });
});

describe('misplaced-field', () => {
  it('reports via: on an engagement', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        via: artifact "rota"
    `;
    const [problem, ...rest] = findings(text, 'misplaced-field');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), 'via');
    assert.equal(
      problem!.message,
      "The via: field belongs on crossing entries, not on an engagement entry. Remove it, or change the entry's kind if it really is a crossing.",
    );
  });

  it('reports from: on a crossing and as: on a trajectory', () => {
    const text = journal`
      2026-11-20 crossing +a -> +b
        from: inbound
      2026-11-21 trajectory +a insider
        as: pair
    `;
    assert.deepEqual(
      findings(text, 'misplaced-field').map((problem) => coveredText(text, problem)),
      ['from', 'as'],
    );
  });

  it('accepts fields on the kinds that take them, and leaves entries of unknown kind alone', () => {
    const text = journal`
      2026-11-20 crossing +a -> +b
        via: artifact "rota"
        energy: neutral
      2026-11-21 trajectory +a insider
        from: inbound
      2026-11-21 meeting +a
        from: inbound
    `;
    assert.deepEqual(findings(text, 'misplaced-field'), []);
  });
});

describe('duplicate-field', () => {
  it('reports the second occurrence with a delete of its whole line, naming the first line', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        energy: draining
        energy: draining
        Prose.
    `;
    const [problem, ...rest] = findings(text, 'duplicate-field');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), 'energy: draining');
    assert.equal(problem!.range.start.line, 2);
    const lineStart = text.indexOf('  energy', text.indexOf('energy') + 1);
    assert.deepEqual(problem!.data, { fix: 'delete', start: lineStart, end: text.indexOf('  Prose') });
    assert.match(problem!.message, /already given on line 2/);
    assert.match(problem!.message, /same value/);
  });

  it('reports every later occurrence, and says so when the values differ', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        energy: draining
        energy: neutral
        energy: energizing
    `;
    const found = findings(text, 'duplicate-field');
    assert.deepEqual(
      found.map((problem) => coveredText(text, problem)),
      ['energy: neutral', 'energy: energizing'],
    );
    assert.match(found[0]!.message, /Only the first one counts/);
  });

  it('deletes up to the end of the text when the duplicate is the last line', () => {
    const text = '2026-11-20 engagement +a\n  with: @ana\n  with: @ana';
    const [problem] = findings(text, 'duplicate-field');
    assert.deepEqual(problem!.data, { fix: 'delete', start: text.lastIndexOf('  with'), end: text.length });
  });

  it('accepts different fields, and the same field in two entries', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        energy: draining
        with: @ana
      2026-11-21 engagement +ward-7b
        energy: draining
    `;
    assert.deepEqual(findings(text, 'duplicate-field'), []);
  });
});
