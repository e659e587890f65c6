import { strict as assert } from 'node:assert';
import { at, covered, DESIGN_LANDSCAPE, load } from './support';

describe('loadLandscape: a valid landscape', () => {
  it("loads the design's example with no problems", () => {
    assert.deepEqual(load(DESIGN_LANDSCAPE).problems, []);
  });

  it('declares every community with its details, and its key as span', () => {
    const landscape = load(DESIGN_LANDSCAPE);
    assert.deepEqual([...landscape.communities.keys()], ['data-science', 'analytics', 'clinical-ops']);
    const community = landscape.communities.get('data-science')!;
    assert.equal(covered(DESIGN_LANDSCAPE, community), 'data-science');
    assert.equal(at(DESIGN_LANDSCAPE, community.start), '1:2');
    assert.equal(community.name, 'Data Science Guild');
    assert.equal(community.domain, 'Making data trustworthy for clinicians');
    assert.equal(community.parent, 'analytics');
    assert.equal(covered(DESIGN_LANDSCAPE, community.parentSpan!), 'analytics');
    assert.equal(community.stage, 'maturing');
    assert.deepEqual([...community.members], [['ana', 'core'], ['maria', 'active'], ['li', 'peripheral']]);
    assert.deepEqual([...community.memberSpans!.entries()].map(([id, span]) => [id, covered(DESIGN_LANDSCAPE, span)]), [['ana', 'ana'], ['maria', 'maria'], ['li', 'li']]);
    assert.deepEqual(landscape.communities.get('analytics'), { id: 'analytics', ...spanOf('  analytics: {}', 'analytics'), members: new Map(), memberSpans: new Map() });
    assert.equal(landscape.communities.get('clinical-ops')!.domain, 'Running the wards day to day');
  });

  it('declares people and boundary objects', () => {
    const landscape = load(DESIGN_LANDSCAPE);
    assert.deepEqual([...landscape.people.values()].map((person) => [person.id, person.name, covered(DESIGN_LANDSCAPE, person)]), [
      ['maria', 'Maria Lopez', 'maria'],
      ['ana', undefined, 'ana'],
      ['li', undefined, 'li'],
    ]);
    const object = landscape.boundaryObjects.get('discharge-dashboard')!;
    assert.equal(covered(DESIGN_LANDSCAPE, object), 'discharge-dashboard');
    assert.equal(object.kind, 'artifact');
    assert.equal(object.name, 'discharge dashboard');
    assert.deepEqual(object.communities, ['data-science', 'clinical-ops']);
    assert.deepEqual(object.communitySpans!.map((span) => covered(DESIGN_LANDSCAPE, span)), ['data-science', 'clinical-ops']);
  });

  it('reads rule settings as severities and day windows', () => {
    assert.deepEqual(load(DESIGN_LANDSCAPE).rules, { 'chronological-order': { severity: 'warning' }, 'empty-reflection': { severity: 'off' } });
    const text = 'rules:\n  mode-balance: { severity: warning, days: 45 }\n  stalled-trajectory: { days: 0 }\n  future-date: { severity: hint }\n';
    const landscape = load(text);
    assert.deepEqual(landscape.problems, []);
    assert.deepEqual(landscape.rules, {
      'mode-balance': { severity: 'warning', days: 45 },
      'stalled-trajectory': { days: 0 },
      'future-date': { severity: 'hint' },
    });
  });

  it('records where each top-level section is written, empty ones included', () => {
    const text = 'communities:\n  a: {}\npeople:\n';
    const sections = load(text).sections!;
    assert.deepEqual(Object.keys(sections), ['communities', 'people']);
    assert.equal(covered(text, sections.communities!.key), 'communities');
    assert.equal(covered(text, sections.communities!.value), 'a: {}\n');
    assert.equal(covered(text, sections.people!.key), 'people');
    assert.equal(sections['boundary-objects'], undefined);
  });

  it('declares entries written with no details, as null, {} or ~', () => {
    const text = 'communities:\n  analytics:\n  ops: {}\n  ward: ~\npeople:\n  ana:\n';
    const landscape = load(text);
    assert.deepEqual(landscape.problems, []);
    assert.deepEqual([...landscape.communities.keys()], ['analytics', 'ops', 'ward']);
    assert.deepEqual([...landscape.people.keys()], ['ana']);
  });

  it('accepts empty sections and an empty file', () => {
    for (const text of ['', '\n', '# only a comment\n', 'communities:\npeople:\nboundary-objects:\nrules:\n', '---\n', '{}']) {
      const landscape = load(text);
      assert.deepEqual(landscape.problems, [], JSON.stringify(text));
      assert.equal(landscape.communities.size, 0);
    }
  });

  it('accepts ids in any script and keys that YAML would read as numbers', () => {
    const text = 'communities:\n  東京-guild: { members: { josé: core } }\n  2026: {}\npeople:\n  josé: {}\n';
    const landscape = load(text);
    assert.deepEqual(landscape.problems, []);
    assert.deepEqual([...landscape.communities.keys()], ['東京-guild', '2026']);
    assert.equal(landscape.communities.get('東京-guild')!.members.get('josé'), 'core');
  });

  it('keeps the text, its URI and line starts', () => {
    const landscape = load('a: 1\nb: 2\n');
    assert.equal(landscape.text, 'a: 1\nb: 2\n');
    assert.deepEqual(landscape.lineStarts, [0, 5, 10]);
  });
});

describe('loadLandscape: byte-order mark and CRLF', () => {
  it('locates declarations and problems after a BOM and with CRLF line ends', () => {
    const text = '\uFEFFcommunities:\r\n  data-science: { stage: maturin }\r\n  ops: {}\r\n';
    const landscape = load(text);
    const community = landscape.communities.get('data-science')!;
    assert.equal(covered(text, community), 'data-science');
    assert.equal(at(text, community.start), '1:2');
    assert.equal(covered(text, landscape.communities.get('ops')!), 'ops');
    assert.equal(at(text, landscape.communities.get('ops')!.start), '2:2');
    const [problem] = landscape.problems;
    assert.equal(problem!.rule, 'landscape-invalid');
    assert.equal(covered(text, problem!), 'maturin');
    assert.equal(at(text, problem!.start), '1:25');
  });

  it('locates YAML errors exactly on CRLF lines', () => {
    const text = 'communities:\r\n  a: {}\r\n  a: {}\r\n';
    const [problem] = load(text).problems;
    assert.equal(problem!.rule, 'landscape-syntax');
    assert.equal(at(text, problem!.start), '2:2');
    assert.equal(covered(text, problem!), 'a');
  });
});

describe('loadLandscape: leniency', () => {
  it('keeps every valid field when others are wrong', () => {
    const text = 'communities:\n  ds: { name: DS, stage: growing, parent: 3, members: { ana: core, li: lurker } }\n  ops: hello\n';
    const landscape = load(text);
    const community = landscape.communities.get('ds')!;
    assert.equal(community.name, 'DS');
    assert.equal(community.stage, undefined);
    assert.equal(community.parent, undefined);
    assert.deepEqual([...community.members], [['ana', 'core']]);
    assert.ok(landscape.communities.has('ops'), 'a community whose details are wrong is still declared');
    assert.equal(landscape.problems.length, 4);
  });

  it('still declares what it can read when the YAML has errors elsewhere', () => {
    const text = 'communities:\n  ds: {}\n  ops: {}\npeople:\n  ana: { name: "Ana\n';
    const landscape = load(text);
    assert.deepEqual([...landscape.communities.keys()], ['ds', 'ops']);
    assert.ok(landscape.problems.some((problem) => problem.rule === 'landscape-syntax'));
  });
});

function spanOf(line: string, word: string): { start: number; end: number } {
  const start = DESIGN_LANDSCAPE.indexOf(line) + line.indexOf(word);
  return { start, end: start + word.length };
}
