import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('unindented-body', () => {
  it('reports each column-0 continuation line and inserts two spaces when the body has no indentation yet', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
      We never reached the list.
      Nor the rota.
    `;
    const found = findings(text, 'unindented-body');
    assert.deepEqual(
      found.map((problem) => coveredText(text, problem)),
      ['We never reached the list.', 'Nor the rota.'],
    );
    assert.equal(found[0]!.severity, 'warning');
    assert.deepEqual(found[0]!.data, { fix: 'insert', offset: text.indexOf('We never'), text: '  ' });
    assert.doesNotMatch(found[0]!.message, /rota|list/);
  });

  it("inserts the entry's own indentation (a tab here)", () => {
    const text = '2026-11-20 engagement +ward-7b\n\tenergy: draining\n\n\tThe handover ran long.\nWe never reached the list.\n';
    const [problem] = findings(text, 'unindented-body');
    assert.deepEqual(problem!.data, { fix: 'insert', offset: text.indexOf('We never'), text: '\t' });
  });

  it('accepts an indented body', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b
        The handover ran long.

        We never reached the list.
    `;
    assert.deepEqual(findings(text, 'unindented-body'), []);
  });
});

describe('stray-text', () => {
  it('reports text after a heading that belongs to no entry, suggesting indent, date or comment', () => {
    const text = journal`
      # November
      Notes from the month
      2026-11-20 engagement +ward-7b
    `;
    const [problem, ...rest] = findings(text, 'stray-text');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), 'Notes from the month');
    assert.match(problem!.message, /Indent it under an entry/);
    assert.match(problem!.message, /YYYY-MM-DD/);
    assert.match(problem!.message, /';'/);
    assert.doesNotMatch(problem!.message, /Notes/);
  });

  it('reports an indented line before the first entry, from its first non-blank character', () => {
    const text = journal`
      ; intro
        leftover line
      2026-11-20 engagement +ward-7b
    `;
    const [problem] = findings(text, 'stray-text');
    assert.equal(coveredText(text, problem!), 'leftover line');
  });

  it('accepts headings, comments, blank lines and entries', () => {
    const text = journal`
      # November
      ; a comment

      2026-11-20 engagement +ward-7b
        Prose.
    `;
    assert.deepEqual(findings(text, 'stray-text'), []);
  });
});
