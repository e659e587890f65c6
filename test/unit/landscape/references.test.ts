import { strict as assert } from 'node:assert';
import { LANDSCAPE_URI } from '../../support/journal';
import { at, covered, onlyProblem, problemsOf } from './support';

describe('parent-cycle', () => {
  it('reports each parent link of a cycle, listing the cycle from its community', () => {
    const text = 'communities:\n  north-guild: { parent: national-network }\n  national-network: { parent: north-guild }\n  other: { parent: north-guild }\n';
    const problems = problemsOf(text, 'parent-cycle');
    assert.deepEqual(problems.map((problem) => covered(text, problem)), ['national-network', 'north-guild']);
    assert.deepEqual(problems.map((problem) => at(text, problem.start)), ['1:25', '2:30']);
    assert.match(problems[0]!.message, /'north-guild' → 'national-network' → 'north-guild'/);
    assert.match(problems[1]!.message, /'national-network' → 'north-guild' → 'national-network'/);
  });

  it('reports a community that is its own parent', () => {
    const text = 'communities:\n  a: { parent: a }\n';
    const problem = onlyProblem(text, 'parent-cycle');
    assert.equal(at(text, problem.start), '1:15');
    assert.match(problem.message, /names itself as its parent/);
  });

  it('is silent for a chain that ends', () => {
    assert.deepEqual(problemsOf('communities:\n  a: { parent: b }\n  b: { parent: c }\n  c: {}\n', 'parent-cycle'), []);
  });
});

describe('unknown-community in a landscape', () => {
  it('reports an undeclared parent, offering the close id and declaring it', () => {
    const text = 'communities:\n  data-science: { parent: analytcs }\n  analytics: {}\n';
    const problem = onlyProblem(text, 'unknown-community');
    assert.equal(covered(text, problem), 'analytcs');
    assert.equal(problem.message, "No community 'analytcs' is declared in this landscape. Did you mean 'analytics'? If not, declare it under 'communities', or correct the id.");
    assert.deepEqual(problem.data, {
      fix: 'replace',
      replacements: ['analytics'],
      add: { section: 'communities', id: 'analytcs', landscapeUri: LANDSCAPE_URI },
    });
  });

  it('offers only declaring it when no id is close', () => {
    const text = 'communities:\n  data-science: { parent: medicine }\n';
    const problem = onlyProblem(text, 'unknown-community');
    assert.deepEqual(problem.data, { fix: 'add-to-landscape', section: 'communities', id: 'medicine', landscapeUri: LANDSCAPE_URI });
    assert.match(problem.message, /Declare it under 'communities'/);
  });

  it("reports a boundary object's undeclared community on its list entry", () => {
    const text = 'communities:\n  ops: {}\nboundary-objects:\n  map: { communities: [ops, wards] }\n';
    const problem = onlyProblem(text, 'unknown-community');
    assert.equal(covered(text, problem), 'wards');
    assert.equal(at(text, problem.start), '3:28');
  });

  it("does not check a boundary object's communities when the landscape has no communities section", () => {
    assert.deepEqual(problemsOf('boundary-objects:\n  map: { communities: [ops, wards] }\n', 'unknown-community'), []);
  });
});

describe('unknown-person in a landscape', () => {
  it('reports a member not declared under people, on the member key', () => {
    const text = 'communities:\n  ops: { members: { ana: core, zed: active } }\npeople:\n  ana: {}\n';
    const problem = onlyProblem(text, 'unknown-person');
    assert.equal(covered(text, problem), 'zed');
    assert.equal(at(text, problem.start), '1:31');
    assert.deepEqual(problem.data, { fix: 'add-to-landscape', section: 'people', id: 'zed', landscapeUri: LANDSCAPE_URI });
  });

  it('offers the close person beside declaring the member', () => {
    const text = 'communities:\n  ops: { members: { anna: core } }\npeople:\n  ana: {}\n';
    assert.deepEqual(onlyProblem(text, 'unknown-person').data, {
      fix: 'replace',
      replacements: ['ana'],
      add: { section: 'people', id: 'anna', landscapeUri: LANDSCAPE_URI },
    });
  });

  it('does not check members when the landscape declares no people section', () => {
    assert.deepEqual(problemsOf('communities:\n  ops: { members: { zed: core } }\n', 'unknown-person'), []);
  });

  it('checks members against an empty people section', () => {
    assert.equal(problemsOf('communities:\n  ops: { members: { zed: core } }\npeople:\n', 'unknown-person').length, 1);
  });
});

describe('case-mismatch in a landscape', () => {
  it('reports a parent that differs from a declared community only in case, with a safe replacement', () => {
    const text = 'communities:\n  data-science: { parent: Analytics }\n  analytics: {}\n';
    const problem = onlyProblem(text, 'case-mismatch');
    assert.equal(covered(text, problem), 'Analytics');
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['analytics'] });
    assert.deepEqual(problemsOf(text, 'unknown-community'), []);
  });
});
