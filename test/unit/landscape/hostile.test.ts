import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Landscape } from '../../../server/src/language/landscape/types';
import { anyText } from '../../support/arbitraries';
import { at, covered, load, onlyProblem, problemsOf } from './support';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 200);

/** Every span a landscape holds lies inside its text. */
function assertInside(landscape: Landscape): void {
  const length = landscape.text.length;
  const spans = [
    ...landscape.problems,
    ...[...landscape.communities.values()].flatMap((community) => [community, ...(community.parentSpan ? [community.parentSpan] : []), ...(community.memberSpans?.values() ?? [])]),
    ...landscape.people.values(),
    ...[...landscape.boundaryObjects.values()].flatMap((object) => [object, ...(object.communitySpans ?? [])]),
    ...Object.values(landscape.sections ?? {}).flatMap((section) => [section.key, section.value]),
  ];
  for (const span of spans) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `span out of range: ${JSON.stringify(span)}`);
  for (const problem of landscape.problems) assert.ok(problem.message.length > 0 && problem.message.length < 400, problem.message);
}

const BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'communities: { x: { members: *g } }',
  '',
].join('\n');

describe('loadLandscape: hostile input', () => {
  it('stops an alias bomb with a located error instead of expanding it', () => {
    const started = Date.now();
    const landscape = load(BOMB);
    assert.ok(Date.now() - started < 2000, 'took too long');
    const problem = landscape.problems.find((candidate) => candidate.rule === 'landscape-syntax')!;
    assert.equal(covered(BOMB, problem), '*a');
    assert.equal(at(BOMB, problem.start), '1:7');
    assert.match(problem.message, /aliases in this file expand into far more data/);
    assertInside(landscape);
  });

  it('still accepts a few ordinary aliases', () => {
    const text = 'communities:\n  a: { members: &team { ana: core, li: active } }\n  b: { members: *team }\n';
    const landscape = load(text);
    assert.deepEqual(landscape.problems, []);
    assert.deepEqual([...landscape.communities.get('b')!.members], [['ana', 'core'], ['li', 'active']]);
  });

  for (const [name, text, where] of [
    ['10,000 nested flow lists', 'communities: ' + '['.repeat(10_000), '0:76'],
    ['10,000 nested flow lists, closed', 'communities: ' + '['.repeat(10_000) + ']'.repeat(10_000), '0:76'],
    ['10,000 nested flow mappings', 'communities: ' + '{a: '.repeat(10_000), '0:265'],
    ['10,000 nested block lists', 'communities:\n  ' + '- '.repeat(10_000) + 'x', '1:128'],
  ] as const) {
    it(`reports ${name} as one located error, without overflowing the stack`, () => {
      const landscape = load(text);
      const problem = onlyProblem(text, 'landscape-syntax');
      assert.equal(at(text, problem.start), where);
      assert.equal(problem.end - problem.start, 1);
      assert.match(problem.message, /more than 64 levels deep/);
      assertInside(landscape);
    });
  }

  it('accepts nesting up to the limit', () => {
    const text = 'communities:\n  a:\n    name: ' + '['.repeat(60) + ']'.repeat(60) + '\n';
    assert.deepEqual(problemsOf(text, 'landscape-syntax'), []);
  });

  it('never runs code for !!js/function or custom tags, and reports each tag', () => {
    const text = 'communities:\n  a: { name: !!js/function "function () { globalThis.pwned = true }" }\n  b: { name: !custom x }\n';
    const landscape = load(text);
    assert.equal((globalThis as { pwned?: boolean }).pwned, undefined);
    const tags = problemsOf(text, 'landscape-syntax');
    assert.deepEqual(tags.map((problem) => covered(text, problem)), ['!!js/function', '!custom']);
    assert.match(tags[0]!.message, /The YAML tag '!!js\/function' is not supported here/);
    assert.equal(landscape.communities.get('b')!.name, 'x');
  });

  it('reads YAML 1.1 types as YAML 1.2 text, whatever the %YAML directive says', () => {
    const text = '%YAML 1.1\n---\ncommunities:\n  a: { name: yes, domain: !!binary aGk= }\n';
    const landscape = load(text);
    assert.equal(landscape.communities.get('a')!.name, 'yes');
    assert.deepEqual(problemsOf(text, 'landscape-syntax').map((problem) => covered(text, problem)), ['!!binary']);
  });

  it('rejects merge keys, located on the <<, and merges nothing', () => {
    const text = 'communities:\n  base: &base { stage: maturing }\n  ops:\n    <<: *base\n    name: Ops\n';
    const landscape = load(text);
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(covered(text, problem), '<<');
    assert.equal(at(text, problem.start), '3:4');
    assert.match(problem.message, /merge keys \('<<'\) are not supported/);
    assert.equal(landscape.communities.get('ops')!.stage, undefined);
    assert.equal(landscape.communities.get('ops')!.name, 'Ops');
    assert.deepEqual(problemsOf(text, 'landscape-unknown-key'), []);
  });

  it('cuts a huge unknown key short in its message', () => {
    const key = 'k'.repeat(5000);
    const problem = onlyProblem(`${key}: 1\n`, 'landscape-unknown-key');
    assert.equal(problem.end - problem.start, 5000);
    assert.ok(problem.message.length < 200);
    assert.match(problem.message, /^'k{39}…' is not a landscape section/);
  });

  it('does not let __proto__ keys change objects', () => {
    const text = 'communities:\n  __proto__: { name: x }\n  a: {}\npeople:\n  ana: {}\n';
    const landscape = load(text);
    assert.equal(({} as { name?: string }).name, undefined);
    assert.ok(landscape.communities.has('a'));
  });

  it('keeps the span of a key the YAML library had to close itself inside the text', () => {
    // The library's range for this unclosed `[` key runs one past the end of the text.
    const text = '? [}|stage: maturin';
    const landscape = load(text);
    assertInside(landscape);
    const unknownKey = landscape.problems.find((problem) => problem.rule === 'landscape-unknown-key');
    assert.deepEqual(unknownKey && { start: unknownKey.start, end: unknownKey.end }, { start: 0, end: text.length });
  });

  it('never throws and keeps every span inside the text, for any text', () => {
    fc.assert(fc.property(anyText, (text) => assertInside(load(text))), { numRuns: RUNS });
  });

  it('never throws and keeps every span inside the text, for YAML-like text', () => {
    const pieces = fc.constantFrom(
      'communities:', 'people:', 'boundary-objects:', 'rules:', '\n', '\r\n', '  ', '    ', '\t', 'a:', 'ana: core', '{', '}', '[', ']', ',', ': ',
      '- ', '&x ', '*x', '<<: ', '!!str ', '!t ', '"', "'", '#', '---\n', '...\n', 'stage: maturin', 'parent: a', 'members:', 'days: -1',
      '\uFEFF', '𝒜', '%YAML 1.1\n', '? ', '|', '>', '~', 'null', '1.5', 'mode-balance:', 'communities: [a, b]',
    );
    const yamlish = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(yamlish, (text) => assertInside(load(text))), { numRuns: RUNS * 2 });
  });
});
