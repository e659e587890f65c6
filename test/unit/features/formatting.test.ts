import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatText, formatting } from '../../../server/src/language/features/formatting';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { anyText, journalishText, journalText } from '../../support/arbitraries';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);

/** The non-whitespace tokens of a text: formatting must keep them exactly. */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/** What the parser makes of a journal, whitespace aside: formatting must not change it. */
function meaning(syntax: JournalSyntax): unknown {
  const { text } = syntax;
  return {
    frontMatter: syntax.frontMatter && text.slice(syntax.frontMatter.start, syntax.frontMatter.end),
    headings: syntax.headings.map((heading) => [heading.level, heading.text.text]),
    comments: syntax.comments.map((comment) => text.slice(comment.start, comment.end).trimEnd()),
    strays: syntax.strays.map((stray) => stray.text.trimEnd()),
    entries: syntax.entries.map((entry) => ({
      header: [entry.date.text, entry.time?.text, entry.kind.text, entry.args.map((argument) => argument.text), entry.title?.text, entry.title?.trailing?.text],
      fields: entry.fields.map((field) => [field.key.text, field.value.text]),
      references: entry.references.map((reference) => reference.sigil + reference.name + reference.place),
      reflection: entry.reflection ? words(text.slice(entry.reflection.start, entry.reflection.end)) : [],
      unindented: entry.unindented.length,
      suppressions: entry.suppressions.map((suppression) => suppression.rules.map((rule) => rule.text)),
    })),
  };
}

describe('formatting: what it normalises', () => {
  it('puts single spaces between header tokens and keeps the title exactly', () => {
    assert.equal(formatText('2026-11-20\t 09:30   engagement  +ds   @ana "Two  spaces  kept"  \n'), '2026-11-20 09:30 engagement +ds @ana "Two  spaces  kept"\n');
  });

  it('writes fields as two-space-indented `key: value`, the value untouched', () => {
    assert.equal(formatText('2026-11-20 engagement +ds\n\twith:   @ana,  @li\n      energy:\tdraining\n'), '2026-11-20 engagement +ds\n  with: @ana,  @li\n  energy: draining\n');
  });

  it("re-bases the reflection's common indentation to two spaces, keeping relative indentation", () => {
    const text = '2026-11-20 engagement +ds\n      First line.\n        - a point\n      Last line.\n';
    assert.equal(formatText(text), '2026-11-20 engagement +ds\n  First line.\n    - a point\n  Last line.\n');
  });

  it('puts exactly one blank line between entries', () => {
    const text = '2026-11-20 engagement +ds\n  One.\n2026-11-21 engagement +ds\n\n\n\n2026-11-22 engagement +ds\n';
    assert.equal(formatText(text), '2026-11-20 engagement +ds\n  One.\n\n2026-11-21 engagement +ds\n\n2026-11-22 engagement +ds\n');
  });

  it('keeps a comment attached to the entry after it', () => {
    const text = '2026-11-20 engagement +ds\n; practice-disable-next-entry\n2026-11-21 engagement +ds\n';
    assert.equal(formatText(text), '2026-11-20 engagement +ds\n\n; practice-disable-next-entry\n2026-11-21 engagement +ds\n');
  });

  it('keeps blank lines inside a reflection, emptied of blanks', () => {
    const text = '2026-11-20 engagement +ds\n  One.\n  \n\n  Two.\n';
    assert.equal(formatText(text), '2026-11-20 engagement +ds\n  One.\n\n\n  Two.\n');
  });

  it('normalises heading spacing and removes trailing blanks and extra blank lines', () => {
    assert.equal(formatText('\n\n#\t  November  \n\n\n\n2026-11-20 engagement +ds   \n\n\n'), '# November\n\n2026-11-20 engagement +ds\n');
  });

  it('leaves the front matter exactly as written', () => {
    const text = '---\nauthor:   maria   \ntitle: x\n---\n\n\n2026-11-20 engagement +ds\n';
    assert.equal(formatText(text), '---\nauthor:   maria   \ntitle: x\n---\n\n2026-11-20 engagement +ds\n');
  });

  it("keeps the file's CRLF line breaks", () => {
    assert.equal(formatText('2026-11-20  engagement +ds\r\n  One. \r\n2026-11-21 engagement +ds'), '2026-11-20 engagement +ds\r\n  One.\r\n\r\n2026-11-21 engagement +ds\r\n');
  });

  it('leaves an unindented continuation line at column 0', () => {
    assert.equal(formatText('2026-11-20 engagement +ds\n  One\ncontinued here  \n'), '2026-11-20 engagement +ds\n  One\ncontinued here\n');
  });

  it('returns no edits for a formatted journal', () => {
    assert.deepEqual(formatting(parseJournal('# N\n\n2026-11-20 engagement +ds\n  with: @ana\n\n  Prose.\n'), undefined, NEVER_CANCELLED), []);
  });

  it('formats only the lines of a range', () => {
    const text = '2026-11-20  engagement +ds\n\n2026-11-21  engagement +ds\n';
    const edits = formatting(parseJournal(text), { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, NEVER_CANCELLED);
    assert.deepEqual(edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 26 } }, newText: '2026-11-21 engagement +ds' }]);
  });
});

/** A journal written with messy but meaningful whitespace. */
const blanks = fc.stringMatching(/^[ \t]{1,4}$/);
const optionalBlanks = fc.stringMatching(/^[ \t]{0,3}$/);
const indentation = fc.stringMatching(/^(\t| ){1,6}$/);
const messyEntry = fc
  .record({
    header: fc.array(fc.constantFrom('2026-11-20', '09:30', 'engagement', 'crossing', 'trajectory', '+ds', '->', '+ops', '@ana', '#t', 'inbound', 'word'), { minLength: 1, maxLength: 6 }),
    gaps: fc.array(blanks, { minLength: 6, maxLength: 6 }),
    title: fc.option(fc.constantFrom('"A  title"', '"open  title', '"t" trailing  text'), { nil: undefined }),
    fields: fc.array(fc.tuple(indentation, fc.constantFrom('with', 'energy', 'via', 'as', 'wiht'), optionalBlanks, fc.constantFrom('@ana, @li', 'draining', 'artifact "x  y"', '')), { maxLength: 3 }),
    prose: fc.array(fc.tuple(indentation, fc.constantFrom('Some words', '; note', '- item  +ds', 'from: inbound', 'with: @li', '')), { maxLength: 4 }),
    trailing: optionalBlanks,
  })
  .map(({ header, gaps, title, fields, prose, trailing }) =>
    [
      '2026-11-20' + header.map((token, index) => gaps[index] + token).join('') + (title ? gaps[5] + title : '') + trailing,
      ...fields.map(([indent, key, gap, value]) => `${indent}${key}:${value ? (gap || ' ') + value : gap}`),
      ...prose.map(([indent, line]) => (line ? indent + line : indent)),
    ].join('\n'),
  );
const messyJournal = fc
  .tuple(
    fc.option(fc.constantFrom('---\nauthor: maria  \n---', '---\nauthor: x\n'), { nil: undefined }),
    fc.array(fc.oneof(messyEntry, fc.constantFrom('#  Week', '; comment  ', '  stray', 'unindented  words')), { maxLength: 8 }),
    fc.array(fc.stringMatching(/^(\n|[ \t]*\n){1,3}$/), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([front, blocks, separators, eol]) => (front ? front + '\n' : '') + blocks.map((block, index) => block + separators[index]).join('').replace(/\n/g, eol));

function assertFormatsSafely(text: string): void {
  const formatted = formatText(text);
  assert.deepEqual(words(formatted), words(text), 'a word changed');
  assert.equal(formatText(formatted), formatted, 'formatting twice changed the text again');
  assert.deepEqual(meaning(parseJournal(formatted)), meaning(parseJournal(text)), 'the parse changed');
}

describe('formatting: properties', () => {
  it('never changes a word or the parse, and is idempotent, on messy journals', () => {
    fc.assert(fc.property(messyJournal, assertFormatsSafely), { numRuns: RUNS });
  });

  it('holds the same on plausible journals', () => {
    fc.assert(fc.property(journalText, assertFormatsSafely), { numRuns: RUNS });
  });

  it('holds the same on journal-like noise', () => {
    fc.assert(fc.property(journalishText, assertFormatsSafely), { numRuns: RUNS });
  });

  it('holds the same on any text', () => {
    fc.assert(fc.property(anyText, assertFormatsSafely), { numRuns: RUNS });
  });
});

describe('formatting: the top of a file', () => {
  it('removes blank lines before the first heading', () => {
    assert.equal(formatText('\n\n# November\n'), '# November\n');
  });

  it('keeps a blank line before a `---` line, which would otherwise become front matter', () => {
    const text = '\n\n---\nnot: front matter\n---\n';
    const formatted = formatText(text);
    assert.ok(formatted.startsWith('\n---'), JSON.stringify(formatted));
    assert.equal(parseJournal(formatted).frontMatter, undefined);
  });
});
