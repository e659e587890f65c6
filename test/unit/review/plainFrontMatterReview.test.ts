import { strict as assert } from 'node:assert';
import { loadFrontMatter, loadFrontMatterWithYaml } from '../../../server/src/language/frontMatter';
import { readPlainFrontMatter } from '../../../server/src/language/plainFrontMatter';
import { parseJournal } from '../../../server/src/language/syntax/parser';

/** A journal with `lines` as its front matter, joined and closed with `eol`. */
function journalWith(lines: string, eol = '\n', close = '---'): string {
  return `---${eol}${lines.replace(/\n/g, eol)}${eol}${close}${eol}2026-11-20 engagement +a "x"${eol}`;
}

/** What the hand reader answers for the journal's front matter (undefined: it leaves it to YAML). */
function handRead(text: string): ReturnType<typeof readPlainFrontMatter> {
  const block = parseJournal(text).frontMatter!;
  return readPlainFrontMatter(text, block.content.start, block.content.end);
}

const TRICKY = [
  // comments and `#` in values
  'title: a #b', 'title: a# b', 'title: "a # b"', "title: 'a # b' # c", 'title: a #', '# c\ntitle: a', '#\ttab\ntitle: a', '  # c\ntitle: a', 'title: a\n# c',
  // quotes and escapes
  "title: 'it''s'", 'title: "a\\"b"', 'title: "a\\tb"', "title: 'a\\b'", 'title: a"b', "title: a'b", 'title: "a"b', 'title: ""', "title: ''", 'title: "unclosed',
  // tabs and blanks
  'title: a\tb', 'title:\ta', 'title: a\t', '\t\ntitle: a', '   \ntitle: a', 'title: a  b', 'title: a   ', ' title: a', 'title : a',
  // unicode
  'title: é', 'title: \u00a0a', 'title: a\u00a0', 'title: a\u00a0#b', 'title: \u0085', 'title: a\u2028b', 'title: \ufeffa', 'title: \ud83d\ude00', 'title: a\ud83d\ude00', 'tags: [é]', 'author: ána',
  // duplicate and empty keys
  'author: ana\nauthor: li', 'tags: [a]\ntags: [b]', 'tags: [a]\ntags:\n  - b', 'title:', 'title: ', 'author:', 'landscape:', 'landscape: ""', 'tags:', 'tags: []', 'tags: [ ]', 'tags: [a,]', 'tags: [a, , b]',
  // words YAML reads as something other than text
  'title: true', 'title: True', 'title: tRue', 'title: null', 'title: Null', 'title: ~', 'title: yes', 'title: off', 'title: 12', 'title: .inf', 'title: Infinity', 'title: 2026-11-21',
  // indicators
  'title: !tag a', 'title: &x a', 'title: *x', 'title: @a', 'title: `a', 'title: %a', 'title: |', 'title: >', 'title: - a', 'title: ? a', 'title: a: b', 'title: a:b', 'title: [a]', 'title: {a}', 'title: a, b', '<<: x',
  // paths
  'landscape: ./l.yaml', 'landscape: ../l.yaml', 'landscape: /l.yaml', 'landscape: .', 'landscape: ./a #b', "landscape: '../x y.yaml'",
  // block lists
  'tags:\n  - a\n  - b', 'tags:\n- a\n- b', 'tags:\n  - a\n   - b', 'tags:\n  - a #c\n  - b', 'tags:\n  -a', 'tags:\n  - ', 'tags: # c\n  - a', 'tags:\n  - a\n\n  - b', 'tags:\n  - a\n  title: x', 'tags:\n  - a\ntitle: x',
  // continuation lines and documents
  'title: a\n  b', 'title: a\n...', 'title: a\n--- ', 'title: ---',
  // long lines
  `title: ${'x'.repeat(5000)}`, `title: a${' '.repeat(1100)}b`, `title: ${'word '.repeat(400)}# c`,
];

describe('review: the hand reader of plain front matter agrees with YAML + zod', () => {
  for (const lines of TRICKY) {
    it(`gives the full path's data and problems for ${JSON.stringify(lines.length > 60 ? `${lines.slice(0, 60)}…` : lines)}`, () => {
      for (const eol of ['\n', '\r\n']) {
        for (const close of ['---', '---   ', '']) {
          for (const bom of ['', '\ufeff']) {
            const syntax = parseJournal(bom + journalWith(lines, eol, close));
            assert.deepEqual(loadFrontMatter(syntax), loadFrontMatterWithYaml(syntax), JSON.stringify({ eol, close, bom }));
          }
        }
      }
    });
  }

  it('answers the plain forms itself, with exact spans, CRLF or not', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = journalWith("author: ana # owner\ntitle: 'A: notes'\nlandscape: ../l.yaml\ntags:\n  - retro\n  - platform", eol);
      const data = handRead(text);
      assert.ok(data, eol);
      assert.deepEqual({ ...data, landscape: undefined }, { author: 'ana', title: 'A: notes', landscape: undefined, tags: ['retro', 'platform'] });
      assert.equal(text.slice(data.landscape!.span.start, data.landscape!.span.end), '../l.yaml');
      assert.equal(data.landscape!.path, '../l.yaml');
    }
  });

  it('leaves a quoted value holding a comment sign to the full path, which keeps the sign', () => {
    const text = journalWith("title: 'A # not a comment'");
    assert.equal(handRead(text), undefined);
    assert.equal(loadFrontMatter(parseJournal(text)).data.title, 'A # not a comment');
  });

  it('leaves duplicate keys, tabs, escapes, astral characters and YAML words to the full path', () => {
    for (const lines of ['author: ana\nauthor: li', 'title:\ta', 'title: "a\\tb"', 'title: \ud83d\ude00', 'title: true', 'title: a\n  b', 'tags: [a]\ntags: [b]']) {
      assert.equal(handRead(journalWith(lines)), undefined, lines);
    }
  });
});
