import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { journalishText, journalText } from '../../support/arbitraries';
import { loadPracticeGrammar, REPOSITORY, tokenize, type Grammar } from './textmate';
import { frontMatterEndsAtHeading, grammarView, parserView } from './views';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);

/**
 * Characters whose Unicode category every engine agrees on. Letters added in recent Unicode
 * versions are classified by whichever tables an engine ships, which is not what is compared here.
 */
function isStableCharacter(code: number): boolean {
  return code < 0x0530 || (code >= 0x0660 && code <= 0x0669) || (code >= 0x2000 && code <= 0x206f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x1d400 && code <= 0x1d7ff);
}

/**
 * Makes a text what an editor hands a grammar: no leading byte-order mark, a lone CR as a line
 * break (editors split lines there; the language does not) and no unpaired surrogates.
 */
function asEditorText(text: string): string {
  let result = '';
  for (const character of text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n')) {
    const code = character.codePointAt(0)!;
    const unpaired = code >= 0xd800 && code <= 0xdfff;
    result += unpaired || !isStableCharacter(code) ? '?' : character;
  }
  return result;
}

/** Pieces of lines: the states a body moves through depend on which lines follow which. */
const LINE_PIECES = [
  '2026-11-20', '2026-11-20 ', '09:30 ', 'engagement ', 'crossing ', 'trajectory ', 'engagment ', '+a ', '+b', '@ana', '#t', '-> ',
  'inbound', '"Title"', '"open', ' ', '\t', 'with: ', 'tags: ', 'energy: ', 'energizing', 'via: ', 'artifact ', '"name" ', 'id', 'as: ',
  'roamer', 'interaction: ', 'from: ', 'wiht: ', 'outcome: ', 'Note: ', 'see:here', '---', '...', '# ', '#', '##', '; ', ';',
  'practice-disable-next-entry', ' empty-reflection', ',', 'prose ', '(+c)', '+1', 'a@b', '.', 'é', 'x',
];
const line = fc.tuple(fc.constantFrom('', '', '  ', '\t', ' '), fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 5 })).map(([indent, pieces]) => indent + pieces.join(''));
/** Journals built line by line from pieces, so fields, blanks, comments and prose follow each other in every order. */
const journalLines = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

function assertSameReading(grammar: Grammar, text: string): void {
  const syntax = parseJournal(text);
  if (frontMatterEndsAtHeading(syntax)) return;
  const expected = parserView(syntax);
  const actual = grammarView(text, tokenize(grammar, text));
  assert.deepEqual(actual, expected, `grammar and parser read ${JSON.stringify(text)} differently`);
}

function practiceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return practiceFiles(path);
    return name.endsWith('.practice') ? [path] : [];
  });
}

describe('grammar parity with the parser', () => {
  let grammar: Grammar;

  before(async () => {
    grammar = await loadPracticeGrammar();
  });

  it('colours the example journals and the fixtures as the parser reads them', () => {
    const files = [...practiceFiles(join(REPOSITORY, 'examples')), ...practiceFiles(join(REPOSITORY, 'test', 'fixtures'))];
    assert.ok(files.length >= 5, 'expected example journals and fixtures');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const syntax = parseJournal(text);
      assert.deepEqual(grammarView(text, tokenize(grammar, text)), parserView(syntax), relative(REPOSITORY, file));
    }
  });

  it('agrees with the parser on plausible journals', () => {
    fc.assert(fc.property(journalText, (text) => assertSameReading(grammar, asEditorText(text))), { numRuns: RUNS });
  });

  it('agrees with the parser on text made of journal fragments and mistakes', () => {
    fc.assert(fc.property(journalishText, (text) => assertSameReading(grammar, asEditorText(text))), { numRuns: RUNS });
  });

  it('agrees with the parser on journals assembled line by line from pieces', () => {
    fc.assert(fc.property(journalLines, (text) => assertSameReading(grammar, asEditorText(text))), { numRuns: RUNS });
  });

  it('agrees on references, fields and titles written at the edges of the rules', () => {
    const text = [
      '2026-11-20 09:30 engagement +data-science @josé #tag, +x. +1 "Title with +ops"',
      '  with: @ana,@li (@x) "@y" maria@example.org',
      '  enrgy: @z',
      '  ; note',
      '  tags:#no',
      '  see +wards. and +1 or #٣ and (+a) [#b] {@c} ‘@d’ “+e”, C++ A+B issue#12',
      '',
      '  energy: draining',
      '#followup +f',
      '2026-11-21 crossing +a -> +b "open title   ',
      '  via: artifact "name +g" rest @h',
      '  via: process id-1',
      '2026-11-22 trajectory +c inbound "t" trailing +i',
      '; practice-disable-next-entry empty-reflection,mode-balance  future-date',
      '# heading',
      '   stray +j',
      '1. First +k',
    ].join('\n');
    assertSameReading(grammar, text);
  });
});
