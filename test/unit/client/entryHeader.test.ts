import { strict as assert } from 'node:assert';
import { composeEntry, entryHeader, entryInsertion, lineBreakOf, quotedTextProblem, type NewEntry } from '../../../client/src/pure/entryHeader';
import { monthJournalText } from '../../../client/src/pure/monthJournal';
import { diagnosticsOf, TODAY, workspace } from '../../support/journal';
import { LANDSCAPE } from './fixture';

const MOMENT: NewEntry = { kind: 'engagement', date: TODAY, communities: ['ward', 'chapter'], with: ['ana', 'li'], title: 'Handover huddle' };
const CROSSING: NewEntry = { kind: 'crossing', date: TODAY, from: 'ward', to: 'chapter', via: { kind: 'artifact', name: 'falls list' }, role: 'spanner', interaction: 'encounter' };
const TRAJECTORY: NewEntry = { kind: 'trajectory', date: TODAY, community: 'chapter', trajectory: 'insider', previous: 'inbound', title: 'Taking the chair' };

/** A new journal with the entry appended and a reflection typed where the cursor was left. */
function written(entry: NewEntry, reflection = 'What happened, and what it meant.'): string {
  const journalText = monthJournalText('maria', TODAY);
  const insertion = entryInsertion(journalText, composeEntry(entry));
  const text = journalText + insertion.text;
  const lines = text.split('\n');
  const line = journalText.split('\n').length - 1 + insertion.cursor.lineDelta;
  lines[line] = lines[line]!.slice(0, insertion.cursor.character) + reflection + lines[line]!.slice(insertion.cursor.character);
  return lines.join('\n');
}

describe('the header of a new entry', () => {
  it('writes a moment with its communities and title', () => {
    assert.equal(entryHeader(MOMENT), `${TODAY} engagement +ward +chapter "Handover huddle"`);
  });

  it('writes a crossing with its arrow and no title when none was given', () => {
    assert.equal(entryHeader(CROSSING), `${TODAY} crossing +ward -> +chapter`);
  });

  it('writes a trajectory with its community and kind', () => {
    assert.equal(entryHeader(TRAJECTORY), `${TODAY} trajectory +chapter insider "Taking the chair"`);
  });

  it('leaves out a blank title and trims a padded one', () => {
    assert.equal(entryHeader({ ...MOMENT, title: '   ' }), `${TODAY} engagement +ward +chapter`);
    assert.equal(entryHeader({ ...MOMENT, title: '  Padded ' }), `${TODAY} engagement +ward +chapter "Padded"`);
  });
});

describe('the lines of a new entry', () => {
  it('puts the fields under the header, then a blank line and the reflection line with the cursor', () => {
    assert.deepEqual(composeEntry(CROSSING), {
      lines: [`${TODAY} crossing +ward -> +chapter`, '  via: artifact "falls list"', '  as: spanner', '  interaction: encounter', '', '  '],
      cursor: { line: 5, character: 2 },
    });
  });

  it('writes the people of a moment as a with: field', () => {
    assert.deepEqual(composeEntry(MOMENT).lines.slice(1, 2), ['  with: @ana, @li']);
  });

  it('writes a boundary object named by id without quotes, and the energy', () => {
    const entry: NewEntry = { ...CROSSING, via: { kind: 'process', id: 'safety-huddle' }, role: undefined, interaction: undefined, energy: 'draining' };
    assert.deepEqual(composeEntry(entry).lines.slice(1, 3), ['  via: process safety-huddle', '  energy: draining']);
  });

  it('writes the previous trajectory kind as a from: field', () => {
    assert.deepEqual(composeEntry(TRAJECTORY).lines.slice(1, 2), ['  from: inbound']);
  });

  it('starts the reflection right under a header without fields', () => {
    assert.deepEqual(composeEntry({ kind: 'imagination', date: TODAY, communities: ['ward'] }), { lines: [`${TODAY} imagination +ward`, '  '], cursor: { line: 1, character: 2 } });
  });
});

describe('appending a new entry to a journal', () => {
  const entry = composeEntry({ kind: 'alignment', date: TODAY, communities: ['ward'] });

  it('adds a blank line after a last line of text', () => {
    assert.deepEqual(entryInsertion('2026-11-01 alignment +ward\n  Done.\n', entry), { text: `\n${TODAY} alignment +ward\n  \n`, cursor: { lineDelta: 2, character: 2 } });
  });

  it('ends an unterminated last line first', () => {
    assert.deepEqual(entryInsertion('# November', entry), { text: `\n\n${TODAY} alignment +ward\n  \n`, cursor: { lineDelta: 3, character: 2 } });
  });

  it('adds nothing before it after a blank line or in an empty file', () => {
    assert.equal(entryInsertion('# November\n\n', entry).text, `${TODAY} alignment +ward\n  \n`);
    assert.equal(entryInsertion('', entry).cursor.lineDelta, 1);
  });

  it("follows the journal's CRLF line breaks", () => {
    assert.equal(entryInsertion('# November\r\nText\r\n', entry).text, `\r\n${TODAY} alignment +ward\r\n  \r\n`);
    assert.equal(lineBreakOf('a\nb\r\n'), '\n');
    assert.equal(lineBreakOf('a\r\nb\n'), '\r\n');
  });

  for (const entry of [MOMENT, CROSSING, TRAJECTORY]) {
    it(`writes the ${entry.kind} entry so that the linter accepts it and the model counts it`, () => {
      const text = written(entry);
      const problems = diagnosticsOf(text, { landscape: LANDSCAPE }).filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning');
      assert.deepEqual(problems.map((problem) => problem.rule), []);
      const model = workspace(text, { landscape: LANDSCAPE }).getModel();
      const found = entry.kind === 'crossing' ? model.crossings.length : model.people.find((person) => person.id === 'maria')!.memberships.length;
      assert.ok(found > 0, 'the entry is not in the model');
    });
  }

  it('leaves the cursor on the reflection line, so typed text becomes the reflection', () => {
    const diagnostics = diagnosticsOf(written(MOMENT), { landscape: LANDSCAPE });
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.rule === 'empty-reflection'));
    assert.ok(diagnosticsOf(written(MOMENT, ''), { landscape: LANDSCAPE }).some((diagnostic) => diagnostic.rule === 'empty-reflection'));
  });
});

describe('text that goes between double quotes', () => {
  it('refuses a straight double quote and a line break', () => {
    assert.match(quotedTextProblem('the "big" day', 'title')!, /typographic quotes/);
    assert.match(quotedTextProblem('two\nlines', 'title')!, /one line/);
  });

  it('accepts typographic quotes', () => {
    assert.equal(quotedTextProblem('the “big” day', 'title'), undefined);
  });
});
