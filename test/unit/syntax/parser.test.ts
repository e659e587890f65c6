import { strict as assert } from 'node:assert';
import type { Span } from '../../../server/src/language/syntax/ast';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { positionAt, rangeOf } from '../../../server/src/language/syntax/text';

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

describe('parser: front matter', () => {
  it('reads a closed block and starts the journal after it', () => {
    const text = '---\nauthor: maria\n---\n2026-11-20 engagement +ds\n';
    const syntax = parseJournal(text);
    assert.ok(syntax.frontMatter);
    assert.equal(syntax.frontMatter.closed, true);
    assert.equal(slice(text, syntax.frontMatter.content), 'author: maria\n');
    assert.equal(slice(text, syntax.frontMatter), '---\nauthor: maria\n---');
    assert.equal(syntax.entries.length, 1);
  });

  it('accepts `...` as the closing fence and a BOM before the opening one', () => {
    const text = '\uFEFF---\r\ntitle: x\r\n...\r\n2026-11-20 engagement +ds\r\n';
    const syntax = parseJournal(text);
    assert.equal(syntax.bom, 1);
    assert.equal(syntax.frontMatter?.start, 1);
    assert.equal(slice(text, syntax.frontMatter!.content), 'title: x\r\n');
    assert.equal(syntax.entries[0]?.date.text, '2026-11-20');
  });

  it('ends an unclosed block where the first entry begins, so entries still parse', () => {
    const text = '---\nauthor: maria\n\n2026-11-20 engagement +ds\n';
    const syntax = parseJournal(text);
    assert.equal(syntax.frontMatter?.closed, false);
    assert.equal(slice(text, syntax.frontMatter!.content), 'author: maria\n\n');
    assert.equal(syntax.entries.length, 1);
  });

  it('does not treat a later `---` line as front matter', () => {
    const syntax = parseJournal('# Title\n---\n');
    assert.equal(syntax.frontMatter, undefined);
    assert.equal(syntax.strays.length, 1);
  });
});

describe('parser: headings, comments and stray lines', () => {
  it('reads heading levels 1 to 6 and their text', () => {
    const text = '# November\n###### Week 47  \n####### not a heading\n#tag\n';
    const syntax = parseJournal(text);
    assert.deepEqual(
      syntax.headings.map((heading) => [heading.level, heading.text.text]),
      [
        [1, 'November'],
        [6, 'Week 47'],
      ],
    );
    assert.deepEqual(syntax.strays.map((stray) => stray.text), ['####### not a heading', '#tag']);
  });

  it('reads comments at any indentation, inside and between entries', () => {
    const text = '; top\n2026-11-20 engagement +ds\n  ; inside\n  prose\n';
    const syntax = parseJournal(text);
    assert.deepEqual(syntax.comments.map((span) => slice(text, span)), ['; top', '; inside']);
    assert.equal(slice(text, syntax.entries[0]!.reflection!), 'prose');
  });

  it('reports indented text before any entry as stray', () => {
    const text = '  floating words\n';
    assert.deepEqual(parseJournal(text).strays.map((stray) => stray.text), ['floating words']);
  });
});

describe('parser: entry headers', () => {
  it('gives every header token its exact span', () => {
    const text = '2026-11-20 09:30 crossing +data-science -> +clinical-ops "Dashboard at the huddle"\n';
    const entry = parseJournal(text).entries[0]!;
    assert.equal(entry.date.text, '2026-11-20');
    assert.equal(entry.time?.text, '09:30');
    assert.equal(entry.kind.text, 'crossing');
    assert.equal(entry.kindValue, 'crossing');
    assert.deepEqual(entry.args.map((arg) => [arg.type, slice(text, arg)]), [
      ['reference', '+data-science'],
      ['arrow', '->'],
      ['reference', '+clinical-ops'],
    ]);
    assert.equal(slice(text, entry.title!), '"Dashboard at the huddle"');
    assert.equal(entry.title?.text, 'Dashboard at the huddle');
    assert.equal(entry.title?.closed, true);
    assert.equal(entry.headerEnd, text.indexOf('\n'));
  });

  it('computes the day of a real date and none for an impossible one', () => {
    const [good, leap, bad] = parseJournal('2026-11-20 engagement +a\n2024-02-29 engagement +a\n2026-02-30 engagement +a\n').entries;
    assert.equal(good?.day, Date.UTC(2026, 10, 20) / 86_400_000);
    assert.equal(leap?.day, Date.UTC(2024, 1, 29) / 86_400_000);
    assert.equal(bad?.day, undefined);
  });

  it('marks an unknown kind and a missing kind with an empty token at the header end', () => {
    const [typo, bare] = parseJournal('2026-11-20 engagment +a\n2026-11-21\n').entries;
    assert.equal(typo?.kind.text, 'engagment');
    assert.equal(typo?.kindValue, undefined);
    assert.equal(bare?.kind.text, '');
    assert.equal(bare?.kind.start, bare?.headerEnd);
  });

  it('keeps an unterminated title to the end of the line and text after a closed title', () => {
    const text = '2026-11-20 engagement +a "open title  \n2026-11-21 engagement +a "closed" extra words\n';
    const [open, closed] = parseJournal(text).entries;
    assert.equal(open?.title?.closed, false);
    assert.equal(slice(text, open!.title!), '"open title');
    assert.equal(closed?.title?.trailing?.text, 'extra words');
  });

  it('classifies malformed references and stray words as words', () => {
    const entry = parseJournal('2026-11-20 engagement +ok + +bad. plain @li #t\n').entries[0]!;
    assert.deepEqual(entry.args.map((arg) => [arg.type, arg.text]), [
      ['reference', '+ok'],
      ['word', '+'],
      ['word', '+bad.'],
      ['word', 'plain'],
      ['reference', '@li'],
      ['reference', '#t'],
    ]);
  });

  it('separates header tokens with tabs as well as spaces', () => {
    const entry = parseJournal('2026-11-20\tengagement\t+a\n').entries[0]!;
    assert.equal(entry.kindValue, 'engagement');
    assert.equal(entry.args[0]?.text, '+a');
  });
});

describe('parser: entry bodies', () => {
  const text = [
    '2026-11-20 engagement +ds',
    '  with: @ana, @li',
    '  energy: energizing',
    '',
    '  Ana showed me (+ds) checks.',
    '',
    '  Later: more with @li.',
    'Unindented continuation',
    '',
    '2026-11-21 alignment +ds',
  ].join('\n');
  const syntax = parseJournal(text);
  const entry = syntax.entries[0]!;

  it('reads the field block with key and value spans', () => {
    assert.deepEqual(entry.fields.map((field) => [field.key.text, field.value.text]), [
      ['with', '@ana, @li'],
      ['energy', 'energizing'],
    ]);
    assert.equal(slice(text, entry.fields[0]!.value), '@ana, @li');
    assert.equal(text.slice(entry.fields[0]!.lineStart, entry.fields[0]!.lineEnd), '  with: @ana, @li\n');
  });

  it('spans the reflection from its first to its last non-blank character, blank lines included', () => {
    assert.equal(slice(text, entry.reflection!), 'Ana showed me (+ds) checks.\n\n  Later: more with @li.\nUnindented continuation');
  });

  it('keeps an unindented line in the entry and records it', () => {
    assert.deepEqual(entry.unindented.map((span) => slice(text, span)), ['Unindented continuation']);
    assert.equal(entry.end, text.indexOf('Unindented continuation') + 'Unindented continuation'.length);
    assert.equal(syntax.entries.length, 2);
  });

  it('collects references from header, fields and prose in text order', () => {
    assert.deepEqual(entry.references.map((reference) => [reference.place, reference.sigil + reference.name]), [
      ['header', '+ds'],
      ['field', '@ana'],
      ['field', '@li'],
      ['prose', '+ds'],
      ['prose', '@li'],
    ]);
  });

  it('after a blank line, continues the field block only with known keys', () => {
    const body = parseJournal('2026-11-20 crossing +a -> +b\n  via: artifact "x"\n\n  as: roamer\n\n  note: a thought\n').entries[0]!;
    assert.deepEqual(body.fields.map((field) => field.key.text), ['via', 'as']);
    assert.ok(body.reflection);
  });

  it('reads an unknown key directly under the header as a field', () => {
    const body = parseJournal('2026-11-20 engagement +a\n  wiht: @ana\n').entries[0]!;
    assert.deepEqual(body.fields.map((field) => field.key.text), ['wiht']);
  });

  it('ends a body at the next column-0 line and leaves trailing blank lines out of the entry', () => {
    const twoEntries = parseJournal('2026-11-20 engagement +a\n  one\n\n\n# H\n');
    const first = twoEntries.entries[0]!;
    assert.equal(first.end, '2026-11-20 engagement +a\n  one'.length);
    assert.equal(twoEntries.headings.length, 1);
  });
});

describe('parser: references in prose', () => {
  const referencesOf = (prose: string): string[] =>
    parseJournal(`2026-11-20 engagement +a\n  ${prose}\n`).entries[0]!.references.filter((r) => r.place === 'prose').map((r) => r.sigil + r.name);

  it('ignores e-mail addresses, digit-only names and sigils inside words', () => {
    assert.deepEqual(referencesOf('mail a@b.org, gave it +1, issue #2, C#, x+y'), []);
  });

  it('drops a trailing full stop but keeps inner dots, dashes and underscores', () => {
    assert.deepEqual(referencesOf('met @j.doe and +data-science_v2.'), ['@j.doe', '+data-science_v2']);
  });

  it('accepts letters of any script, combining marks and astral letters', () => {
    assert.deepEqual(referencesOf('@josé @jose\u0301 +東京 #𝒜lpha'), ['@josé', '@jose\u0301', '+東京', '#𝒜lpha']);
  });

  it('starts references after opening brackets, quotes and commas', () => {
    assert.deepEqual(referencesOf('(+a) [@b] "#c" ,+d'), ['+a', '@b', '#c', '+d']);
  });
});

describe('parser: suppression comments', () => {
  it('attaches the directive and its rule ids to the next entry only', () => {
    const text = '; practice-disable-next-entry empty-reflection, future-date\n2026-11-20 engagement +a\n2026-11-21 engagement +a\n';
    const [first, second] = parseJournal(text).entries;
    assert.deepEqual(first?.suppressions[0]?.rules.map((rule) => rule.text), ['empty-reflection', 'future-date']);
    assert.equal(slice(text, first!.suppressions[0]!.rules[1]!), 'future-date');
    assert.equal(second?.suppressions.length, 0);
  });

  it('reads a directive with no ids as silencing every rule', () => {
    const entry = parseJournal('; practice-disable-next-entry\n2026-11-20 engagment\n').entries[0]!;
    assert.equal(entry.suppressions.length, 1);
    assert.equal(entry.suppressions[0]?.rules.length, 0);
  });

  it('ignores comments that merely start with the directive word', () => {
    const entry = parseJournal('; practice-disable-next-entryX\n2026-11-20 engagement +a\n').entries[0]!;
    assert.equal(entry.suppressions.length, 0);
  });
});

describe('parser: positions', () => {
  it('counts UTF-16 code units, so an astral character is two columns', () => {
    const text = '2026-11-20 engagement +a\n  𝒜 then +b\n';
    const syntax = parseJournal(text);
    const reference = syntax.entries[0]!.references[1]!;
    assert.deepEqual(positionAt(text, syntax.lineStarts, reference.start), { line: 1, character: 2 + 2 + 6 });
  });

  it('gives CRLF lines the same columns as LF lines', () => {
    const lf = parseJournal('# H\n2026-11-20 engagement +a "t"\n');
    const crlf = parseJournal('# H\r\n2026-11-20 engagement +a "t"\r\n');
    const titleRange = (syntax: typeof lf): unknown => rangeOf(syntax.text, syntax.lineStarts, syntax.entries[0]!.title!);
    assert.deepEqual(titleRange(crlf), titleRange(lf));
    assert.equal(crlf.entries[0]!.headerEnd, crlf.text.indexOf('\r', crlf.entries[0]!.start));
  });

  it('counts a tab as one column', () => {
    const text = '2026-11-20 engagement +a\n\tprose +b\n';
    const syntax = parseJournal(text);
    const reference = syntax.entries[0]!.references[1]!;
    assert.deepEqual(positionAt(text, syntax.lineStarts, reference.start), { line: 1, character: 7 });
  });

  it('parses a last line without a newline', () => {
    const syntax = parseJournal('2026-11-20 engagement +a\n  last words');
    assert.equal(syntax.text.slice(syntax.entries[0]!.reflection!.start, syntax.entries[0]!.reflection!.end), 'last words');
  });

  it('parses the empty document', () => {
    const syntax = parseJournal('');
    assert.deepEqual([syntax.entries.length, syntax.lineStarts], [0, [0]]);
  });
});

describe('parser: YAML comments in front matter', () => {
  it('keeps a `# comment` line inside a closed front matter block', () => {
    const text = '---\n# who writes this\nauthor: maria\n---\n# November\n';
    const syntax = parseJournal(text);
    assert.equal(syntax.frontMatter?.closed, true);
    assert.deepEqual(syntax.headings.map((heading) => heading.text.text), ['November']);
  });

  it('ends an unclosed block at its first heading when no entry follows', () => {
    const syntax = parseJournal('---\nauthor: maria\n# November\n');
    assert.equal(syntax.frontMatter?.closed, false);
    assert.equal(syntax.headings.length, 1);
  });
});

describe('parser: a known field key without a blank after its colon', () => {
  it('still reads `energy:draining` and `with:@ana` as fields', () => {
    const entry = parseJournal('2026-11-20 engagement +a\n  energy:draining\n  with:@ana\n').entries[0]!;
    assert.deepEqual(entry.fields.map((field) => [field.key.text, field.value.text]), [
      ['energy', 'draining'],
      ['with', '@ana'],
    ]);
  });

  it('keeps an unknown word glued to a colon as prose', () => {
    const entry = parseJournal('2026-11-20 engagement +a\n  see:https://example.org\n').entries[0]!;
    assert.equal(entry.fields.length, 0);
    assert.ok(entry.reflection);
  });
});
