import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadFrontMatter, loadFrontMatterWithYaml } from '../../server/src/language/frontMatter';
import { readPlainFrontMatter } from '../../server/src/language/plainFrontMatter';
import { parseJournal } from '../../server/src/language/syntax/parser';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 2000);

/** Whether the hand reader answered for this journal's front matter (rather than declining). */
function plainAnswers(text: string): boolean {
  const syntax = parseJournal(text);
  const block = syntax.frontMatter;
  return block !== undefined && readPlainFrontMatter(syntax.text, block.content.start, block.content.end) !== undefined;
}

/** The hand reader, where it answers, agrees exactly with YAML + zod: same data, same problems. */
function assertSame(text: string): void {
  const syntax = parseJournal(text);
  assert.deepStrictEqual(loadFrontMatter(syntax), loadFrontMatterWithYaml(syntax), JSON.stringify(text));
}

// Values close to the edge of what YAML reads as plain text, so both answers and refusals are exercised.
const VALUES = [
  'maria', 'Maria', 'maría', 'ana-li', 'a_b', 'a.b', 'a.', 'x1', '1x', '2024', '12.5', '0x1f', '.5', '.inf', '-a', '+a', '~',
  'true', 'True', 'TRUE', 'false', 'null', 'NULL', 'yes', 'no', 'on', 'off', 'Null', 'nulls', 'truth',
  "Maria's practice journal", 'My journal', 'a  b', 'a: b', 'a:b', 'a #b', 'a#b', '#a', 'a [b]', 'a {b}', 'a, b', 'a - b',
  '../landscape.yaml', './landscape.yaml', '/abs/landscape.yaml', '..', '../shared landscape.yaml', 'landscape.yml', '.hidden',
  '"quoted"', '"Maria\'s"', '"a: b # c"', '"esc\\"aped"', '"\\n"', "'single'", "'it''s'", '""', "''", '"open', "'open",
  '&anchor x', '*alias', '!tag x', '!!str x', '|', '>', '@maria', '%x', '`x`', '? x', '- x', '-', '[a, b]', '[]', '{}', '{a: b}',
  'é', 'e\u0301', '東京', '\u00a0x', 'x\u00a0', '\u2028', 'x\u0085y', '𝒜', '\ufeffx', '\u0000', 'a\tb', 'a\rb', 'x # note', 'x   ',
];
const LISTS = [
  '[retro, platform]', '[retro,platform]', '[ retro , platform ]', '[]', '[ ]', '[retro]', '[retro, ]', '[, retro]', '[retro,, x]',
  '[retro platform]', '[true]', '[2024]', '[a.b, c-d, e_f]', '[a., b]', '[#a]', '[a#b]', '[a: b]', '[[a]]', '[{a: b}]', '[é, 東京]',
  '["quoted"]', '[retro] # note', '[retro]#x', '[retro', 'retro]', '[a, b] x', 'retro', '"retro"',
];
const KEYS = ['author', 'title', 'landscape', 'tags', 'Author', 'tag', 'titel', 'other', '<<', '"author"'];

const key = fc.constantFrom(...KEYS);
const separator = fc.constantFrom(': ', ':  ', ':', ':\t', ' : ', ': ');
const value = fc.constantFrom(...VALUES, ...LISTS, '');
const trailer = fc.constantFrom('', '', '', ' ', '  ', ' # note', '# x', '\t', '\r');
const pairLine = fc.tuple(key, separator, value, trailer).map(([k, s, v, t]) => `${k}${s}${v}${t}`);
const listItem = fc.tuple(fc.constantFrom('  - ', '- ', '    - ', '  -', '  -  ', '\t- '), fc.constantFrom(...VALUES.slice(0, 30), 'retro', 'platform'), trailer).map(
  ([dash, item, t]) => `${dash}${item}${t}`,
);
const otherLine = fc.constantFrom('', '', ' ', '# a comment', '#', '  # indented comment', '  continued', '---x', '...', '%YAML 1.2', '\t', 'tags:', 'author:', '# a: b');
const line = fc.oneof({ weight: 5, arbitrary: pairLine }, { weight: 2, arbitrary: listItem }, { weight: 1, arbitrary: otherLine });
const ending = fc.constantFrom('\n', '\n', '\n', '\r\n');

/** A journal whose front matter is built from the lines above, closed or not. */
const journalText = fc.tuple(fc.array(line, { maxLength: 7 }), ending, fc.boolean()).map(
  ([lines, newline, closed]) => `---${newline}${lines.map((text) => text + newline).join('')}${closed ? `---${newline}` : ''}2026-11-20 engagement +a${newline}`,
);

/** Front matter in the plain form, which the hand reader is meant to answer for. */
const plainText = fc
  .record({
    author: fc.option(fc.constantFrom('maria', 'aisha', 'ana-li', 'José', '"maria"', "'maria'"), { nil: undefined }),
    title: fc.option(fc.constantFrom("Aisha's practice journal", 'Notes', '"Notes: 2026"', "''", 'Ward 7 [night]'), { nil: undefined }),
    landscape: fc.option(fc.constantFrom('../landscape.yaml', './landscape.yml', '"../shared landscape.yaml"'), { nil: undefined }),
    tags: fc.option(fc.constantFrom('[retro, dashboards]', '[]', '\n  - retro\n  - platform', '\n- retro'), { nil: undefined }),
    comment: fc.boolean(),
    newline: ending,
  })
  .map(({ author, title, landscape, tags, comment, newline }) => {
    const lines = [
      ...(comment ? ['# who and what'] : []),
      ...(author === undefined ? [] : [`author: ${author}${comment ? '   # the owner' : ''}`]),
      ...(title === undefined ? [] : [`title: ${title}`]),
      ...(landscape === undefined ? [] : [`landscape: ${landscape}`]),
      ...(tags === undefined ? [] : [`tags:${tags.startsWith('\n') ? tags : ` ${tags}`}`]),
    ];
    return `---${newline}${lines.join('\n').split('\n').join(newline)}${newline}---${newline}2026-11-20 engagement +a${newline}`;
  });

describe('plain front matter', () => {
  it('agrees with YAML + zod on random front matter near the edges of plain YAML', () => {
    fc.assert(fc.property(journalText, (text) => assertSame(text)), { numRuns: RUNS });
  });

  it('answers for every plain front matter, and agrees with YAML + zod there', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        assert.ok(plainAnswers(text), JSON.stringify(text));
        assertSame(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees on each listed value under each key, alone and after another key', () => {
    for (const name of ['author', 'title', 'landscape', 'tags']) {
      for (const written of [...VALUES, ...LISTS]) {
        for (const newline of ['\n', '\r\n']) {
          assertSame(`---${newline}${name}: ${written}${newline}---${newline}`);
          assertSame(`---${newline}title: x${newline}${name}: ${written}${newline}`);
        }
      }
    }
  });

  it("reads the generated journals' front matter by hand", () => {
    const text = "---\nauthor: aisha\ntitle: Aisha's practice journal\ntags: [retro, dashboards]\n---\n\n# 2019-03\n";
    assert.ok(plainAnswers(text));
    assert.deepStrictEqual(loadFrontMatter(parseJournal(text)), {
      data: { author: 'aisha', title: "Aisha's practice journal", tags: ['retro', 'dashboards'] },
      problems: [],
    });
  });

  it('gives the span of a landscape path exactly as YAML does, quotes and comments included', () => {
    const text = '---\nlandscape: ../landscape.yaml   # shared\n---\n';
    const { data } = loadFrontMatter(parseJournal(text));
    assert.equal(text.slice(data.landscape!.span.start, data.landscape!.span.end), '../landscape.yaml');
    assertSame(text);
  });

  it('still reports the unclosed fence when the keys themselves are plain', () => {
    const text = '---\nauthor: maria\n2026-11-20 engagement +a\n';
    assert.ok(plainAnswers(text));
    const { problems } = loadFrontMatter(parseJournal(text));
    assert.deepEqual(
      problems.map((problem) => [problem.rule, problem.start, problem.end]),
      [['front-matter-syntax', 0, 3]],
    );
    assertSame(text);
  });

  it('leaves anything YAML would read differently, or reject, to YAML + zod', () => {
    for (const text of [
      '---\nauthor: true\n---\n',
      '---\nauthor: 2024\n---\n',
      '---\nauthor: maria\nauthor: ana\n---\n',
      '---\ntitle: a: b\n---\n',
      '---\ntitle: My\n  long title\n---\n',
      '---\nauthor:\n---\n',
      '---\ntags: [retro, true]\n---\n',
      '---\nwho: maria\n---\n',
      "---\ntitle: 'it''s'\n---\n",
      '---\ntitle: "a\\tb"\n---\n',
    ]) {
      assert.equal(plainAnswers(text), false, JSON.stringify(text));
      assertSame(text);
    }
  });
});
