import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from './textmate';

interface OnEnterRule {
  beforeText: string;
  action: { indent: string };
}

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: { pattern: string; flags: string };
  folding: { offSide: boolean };
  onEnterRules: OnEnterRule[];
}

const CONFIGURATION = JSON.parse(readFileSync(join(REPOSITORY, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The word pattern as the editor compiles it: always global, keeping the file's flags. */
function wordRegExp(): RegExp {
  const { pattern, flags } = CONFIGURATION.wordPattern;
  return new RegExp(pattern, flags.includes('g') ? flags : `${flags}g`);
}

/** Every word of a line, as double-click and word highlighting see them. */
function words(line: string): string[] {
  return [...line.matchAll(wordRegExp())].map((match) => match[0]);
}

/** The word under the cursor at `column`, as the editor finds it (a cursor just after a word is on it). */
function wordAt(line: string, column: number): string | undefined {
  for (const match of line.matchAll(wordRegExp())) {
    if (match.index <= column && column <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

function indentActionFor(line: string): string | undefined {
  return CONFIGURATION.onEnterRules.find((rule) => new RegExp(rule.beforeText).test(line))?.action.indent;
}

describe('language configuration', () => {
  it('comments lines with a semicolon', () => {
    assert.equal(CONFIGURATION.comments.lineComment, ';');
  });

  it('keeps references, dates and times whole as words', () => {
    assert.deepEqual(words('2026-11-20 09:30 engagement +data-science @josé #tag "Huddle"'), [
      '2026-11-20', '09:30', 'engagement', '+data-science', '@josé', '#tag', 'Huddle',
    ]);
    assert.equal(wordAt('  with: @josé, @li', 10), '@josé');
    assert.equal(wordAt('see +data-science.', 9), '+data-science');
    assert.equal(wordAt('2026-11-20 crossing', 4), '2026-11-20');
  });

  it('keeps identifiers of any script and their marks, dots, dashes and underscores whole', () => {
    assert.deepEqual(words('+李 @e\u0301lise #ward_7b +ops.north +2027-plan @𝒜lice'), ['+李', '@e\u0301lise', '#ward_7b', '+ops.north', '+2027-plan', '@𝒜lice']);
  });

  it('leaves a trailing dot, a comma or a closing bracket out of a word', () => {
    assert.deepEqual(words('(+wards.) @ana, #tag;'), ['+wards', '@ana', '#tag']);
  });

  it('does not take a sigil inside a word as the start of a reference', () => {
    assert.deepEqual(words('maria@example.org and issue#12 and C++'), ['maria', 'example.org', 'and', 'issue', '12', 'and', 'C']);
  });

  it('splits prose at apostrophes and blanks like ordinary text', () => {
    assert.deepEqual(words("don't  stop"), ['don', 't', 'stop']);
  });

  it('has a word pattern that never matches the empty string', () => {
    const pattern = wordRegExp();
    assert.equal(pattern.exec(''), null);
    assert.equal(words(' ;,."()-> ').length, 0);
  });

  it('indents the line after an entry header', () => {
    assert.equal(indentActionFor('2026-11-20 engagement +wards "Huddle"'), 'indent');
    assert.equal(indentActionFor('2026-11-20 09:30 crossing +a -> +b'), 'indent');
  });

  it('keeps the indentation of body lines and does not indent after other lines', () => {
    assert.equal(indentActionFor('  with: @ana'), 'none');
    assert.equal(indentActionFor('\tThe huddle ran long.'), 'none');
    for (const line of ['# November', '; a comment', '2026-11-20', 'stray text', '---']) assert.equal(indentActionFor(line), undefined, line);
  });

  it('pairs brackets and closes double quotes outside strings and comments', () => {
    assert.deepEqual(CONFIGURATION.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
    const quote = CONFIGURATION.autoClosingPairs.find((pair) => pair.open === '"');
    assert.deepEqual(quote, { open: '"', close: '"', notIn: ['string', 'comment'] });
    assert.ok(!CONFIGURATION.autoClosingPairs.some((pair) => pair.open === "'"), 'apostrophes in prose are not auto-closed');
    assert.ok(CONFIGURATION.surroundingPairs.some(([open, close]) => open === '“' && close === '”'));
  });

  it('folds by indentation with blank lines after a body left outside the fold', () => {
    assert.equal(CONFIGURATION.folding.offSide, true);
  });
});
