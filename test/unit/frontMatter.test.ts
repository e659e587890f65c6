import { strict as assert } from 'node:assert';
import { loadFrontMatter } from '../../server/src/language/frontMatter';
import { parseJournal } from '../../server/src/language/syntax/parser';
import { computeLineStarts, positionAt } from '../../server/src/language/syntax/text';
import type { Problem } from '../../server/src/language/validation/types';
import { coveredText, findings, journal, JOURNAL_URI, LANDSCAPE_URI, ROOT, workspace } from '../support/journal';

function frontMatterOf(text: string): ReturnType<typeof loadFrontMatter> {
  return loadFrontMatter(parseJournal(text));
}

function only(text: string, rule: string): Problem {
  const problems = frontMatterOf(text).problems.filter((problem) => problem.rule === rule);
  assert.equal(problems.length, 1, JSON.stringify(frontMatterOf(text).problems));
  return problems[0]!;
}

function covered(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function at(text: string, offset: number): string {
  const position = positionAt(text, computeLineStarts(text), offset);
  return `${position.line}:${position.character}`;
}

const FULL = journal`
  ---
  author: maria          # person id of the journal's owner
  title: Maria's practice journal
  landscape: ../landscape.yaml
  tags: [retro, platform]
  ---
  2026-11-20 engagement +data-science
`;

describe('loadFrontMatter', () => {
  it("reads the design's example with no problems", () => {
    const { data, problems } = frontMatterOf(FULL);
    assert.deepEqual(problems, []);
    assert.equal(data.author, 'maria');
    assert.equal(data.title, "Maria's practice journal");
    assert.deepEqual(data.tags, ['retro', 'platform']);
    assert.equal(data.landscape!.path, '../landscape.yaml');
    assert.equal(covered(FULL, data.landscape!.span), '../landscape.yaml');
    assert.equal(at(FULL, data.landscape!.span.start), '3:11');
  });

  it('accepts a journal without front matter, and an empty block', () => {
    assert.deepEqual(frontMatterOf('2026-11-20 engagement +a\n'), { data: {}, problems: [] });
    assert.deepEqual(frontMatterOf('---\n---\n2026-11-20 engagement +a\n'), { data: {}, problems: [] });
    assert.deepEqual(frontMatterOf('---\n  # an indented comment\n\n---\n'), { data: {}, problems: [] });
  });

  it('gives the span of a quoted landscape path with its quotes', () => {
    const text = '---\nlandscape: "../shared landscape.yaml"\n---\n';
    const { data } = frontMatterOf(text);
    assert.equal(data.landscape!.path, '../shared landscape.yaml');
    assert.equal(covered(text, data.landscape!.span), '"../shared landscape.yaml"');
  });
});

describe('front-matter-syntax', () => {
  it('reports bad YAML at the exact error position', () => {
    const text = '---\nauthor: maria\ntitle: a: b\n---\n';
    const problem = only(text, 'front-matter-syntax');
    assert.equal(at(text, problem.start), '2:7');
  });

  it('reports an unclosed quote or list on its opening character', () => {
    const text = '---\nauthor: maria\ntitle: "Maria\'s journal, with a quote that never closes\n---\n';
    const problem = only(text, 'front-matter-syntax');
    assert.equal(covered(text, problem), '"');
    assert.equal(at(text, problem.start), '2:7');
    const list = '---\ntags: [retro, platform\nauthor: maria\n---\n';
    const bracket = only(list, 'front-matter-syntax');
    assert.equal(covered(list, bracket), '[');
    assert.equal(at(list, bracket.start), '1:6');
  });

  it('reports a duplicate key on the repeated key', () => {
    const text = '---\nauthor: maria\nauthor: ana\n---\n';
    const problem = only(text, 'front-matter-syntax');
    assert.equal(covered(text, problem), 'author');
    assert.equal(at(text, problem.start), '2:0');
  });

  it('reports an unclosed block at the opening ---, saying to close it', () => {
    const text = '---\nauthor: maria\n2026-11-20 engagement +data-science\n';
    const problem = only(text, 'front-matter-syntax');
    assert.deepEqual({ start: problem.start, end: problem.end }, { start: 0, end: 3 });
    assert.match(problem.message, /never closed\. Add a line with just '---'/);
    assert.equal(frontMatterOf(text).data.author, 'maria');
  });

  it('is silent for valid YAML', () => {
    assert.deepEqual(frontMatterOf('---\nauthor: maria\n---\n').problems, []);
  });
});

describe('front-matter-invalid', () => {
  it('reports a value of the wrong type on the value, without quoting it', () => {
    const text = '---\nauthor: [maria, ana]\ntitle: 2026\n---\n';
    const [author, title] = frontMatterOf(text).problems;
    assert.equal(author!.rule, 'front-matter-invalid');
    assert.equal(covered(text, author!), '[maria, ana]');
    assert.match(author!.message, /^'author' should be one person id such as maria: .*, not a list\.$/);
    assert.equal(covered(text, title!), '2026');
    assert.equal(title!.message, "'title' should be text, not a whole number.");
  });

  it('reports an author that is not a person id, and keeps the other fields', () => {
    const text = '---\nauthor: Maria Lopez\ntitle: Secret thoughts\n---\n';
    const problem = only(text, 'front-matter-invalid');
    assert.equal(covered(text, problem), 'Maria Lopez');
    assert.ok(!problem.message.includes('Maria'), 'the value is not quoted');
    assert.deepEqual(frontMatterOf(text).data, { title: 'Secret thoughts' });
  });

  it("says to drop the '@' from an author written like a reference, quoted or not", () => {
    for (const text of ['---\nauthor: "@maria"\n---\n', '---\nauthor: @maria\n---\n']) {
      const problem = only(text, 'front-matter-invalid');
      assert.match(problem.message, /^'author' should be one person id such as maria: .*\. Write it without the '@'\.$/, text);
    }
    assert.doesNotMatch(only('---\nauthor: Maria Lopez\n---\n', 'front-matter-invalid').message, /without the '@'/);
  });

  it('reports each tag that is not a tag name, and keeps the valid ones', () => {
    const text = '---\ntags: [retro, "two words", platform]\n---\n';
    const problem = only(text, 'front-matter-invalid');
    assert.equal(covered(text, problem), '"two words"');
    assert.match(problem.message, /^Tag 2 of 'tags' should be a tag/);
    assert.deepEqual(frontMatterOf(text).data.tags, ['retro', 'platform']);
  });

  it('reports an empty landscape path and a key with no value', () => {
    const text = '---\nlandscape: ""\ntitle:\n---\n';
    const [landscape, title] = frontMatterOf(text).problems;
    assert.equal(covered(text, landscape!), '""');
    assert.equal(covered(text, title!), 'title');
    assert.match(title!.message, /^'title' has no value/);
    assert.equal(frontMatterOf(text).data.landscape, undefined);
  });

  it('reports front matter that is a list or a single value', () => {
    for (const [content, kind] of [['- a\n- b\n', /, not a list\.$/], ['just words\n', /author: and title:\.$/]] as const) {
      const text = `---\n${content}---\n`;
      const problem = only(text, 'front-matter-invalid');
      assert.equal(problem.start, 4);
      assert.match(problem.message, /^The front matter should be a mapping/);
      assert.match(problem.message, kind);
    }
  });

  it('is silent for well-formed values', () => {
    assert.deepEqual(frontMatterOf('---\nauthor: josé\ntags: []\ntitle: "2026"\n---\n').problems, []);
  });
});

describe('front-matter-unknown-key', () => {
  it('reports an unknown key on the key, with a did-you-mean fix', () => {
    const text = '---\nautor: maria\n---\n';
    const problem = only(text, 'front-matter-unknown-key');
    assert.equal(covered(text, problem), 'autor');
    assert.equal(problem.message, "'autor' is not a front matter key, so it is ignored. Did you mean 'author'? The front matter takes author, title, landscape and tags.");
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['author'] });
  });

  it('gives no fix when no key is close', () => {
    assert.equal(only('---\nmood: sunny\n---\n', 'front-matter-unknown-key').data, undefined);
  });

  it('does not quote a key that reads like a sentence', () => {
    const text = '---\nDear diary, today I: cried\n---\n';
    const problem = only(text, 'front-matter-unknown-key');
    assert.equal(covered(text, problem), 'Dear diary, today I');
    assert.ok(!problem.message.includes('diary'));
    assert.match(problem.message, /^This key is not a front matter key/);
  });
});

describe('front matter offsets: BOM, CRLF and astral characters', () => {
  it('maps every position back into the journal text', () => {
    const text = '\uFEFF---\r\ntitle: "𝒜 journal"\r\nautor: 😀\r\nauthor: 😀\r\ntags: [𝒜𝒷, ok]\r\n---\r\n2026-11-20 engagement +a\r\n';
    const { data, problems } = frontMatterOf(text);
    assert.equal(data.title, '𝒜 journal');
    assert.deepEqual(data.tags, ['𝒜𝒷', 'ok']);
    const [unknown, author] = problems;
    assert.equal(unknown!.rule, 'front-matter-unknown-key');
    assert.equal(covered(text, unknown!), 'autor');
    assert.equal(at(text, unknown!.start), '2:0');
    assert.equal(author!.rule, 'front-matter-invalid');
    assert.equal(covered(text, author!), '😀');
    assert.equal(at(text, author!.start), '3:8');
  });

  it('locates a YAML error on a CRLF line after a BOM', () => {
    const text = '\uFEFF---\r\nauthor: maria\r\nauthor: ana\r\n---\r\n';
    const problem = only(text, 'front-matter-syntax');
    assert.equal(covered(text, problem), 'author');
    assert.equal(at(text, problem.start), '2:0');
  });
});

describe('front matter and landscape through the service', () => {
  it("reports a journal's front matter problems among its diagnostics, with their rule and severity", () => {
    const text = journal`
      ---
      autor: maria
      title: [1, 2]
      ---
      2026-11-20 engagement +data-science
    `;
    const [unknown] = findings(text, 'front-matter-unknown-key');
    assert.equal(unknown!.severity, 'warning');
    assert.equal(coveredText(text, unknown!), 'autor');
    assert.deepEqual(unknown!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    const [invalid] = findings(text, 'front-matter-invalid');
    assert.equal(invalid!.severity, 'error');
    assert.equal(coveredText(text, invalid!), '[1, 2]');
    const [unclosed] = findings('---\nauthor: maria\n2026-11-20 engagement +a\n', 'front-matter-syntax');
    assert.equal(unclosed!.severity, 'error');
    assert.deepEqual(unclosed!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it("reports a landscape's problems from the landscape's own diagnostics, at their ranges", () => {
    const landscape = 'communities:\r\n  ward: { stage: growing }\r\nrules:\r\n  empty-reflections: off\r\n';
    const service = workspace('2026-11-20 engagement +ward\n', { landscape });
    const diagnostics = service.getDiagnostics(LANDSCAPE_URI);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.severity, diagnostic.range.start.line, diagnostic.range.start.character, landscape.slice(diagnostic.start, diagnostic.end)]),
      [
        ['landscape-invalid', 'error', 1, 17, 'growing'],
        ['unknown-rule', 'warning', 3, 2, 'empty-reflections'],
      ],
    );
    assert.ok(service.getDiagnostics(JOURNAL_URI).every((diagnostic) => !diagnostic.rule.startsWith('landscape-')));
  });

  it('says that a landscape: path naming a journal names a journal, not that nothing is there', () => {
    const files = { [`${ROOT}/journal/other.practice`]: '2026-11-20 engagement +a\n' };
    const text = '---\nlandscape: other.practice\n---\n';
    const [problem, ...rest] = findings(text, 'landscape-not-found', { files });
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), 'other.practice');
    assert.equal(problem!.message, "'other.practice' is a journal, not a landscape. Name a landscape YAML file, or remove 'landscape:' to use the nearest landscape.yaml.");
    const [missing] = findings('---\nlandscape: nowhere.yaml\n---\n', 'landscape-not-found');
    assert.match(missing!.message, /^No landscape at 'nowhere\.yaml'/);
  });

  it("applies a landscape's rules: to its own diagnostics", () => {
    const landscape = 'communities:\n  ward: { domian: x }\nrules:\n  landscape-unknown-key: off\n';
    assert.deepEqual(workspace('', { landscape }).getDiagnostics(LANDSCAPE_URI), []);
  });
});
