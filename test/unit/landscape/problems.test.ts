import { strict as assert } from 'node:assert';
import { at, covered, load, onlyProblem, problemsOf } from './support';

describe('landscape-syntax', () => {
  it('reports bad YAML at the parser position', () => {
    const text = 'communities:\n  ward-7b: {}\n  ops: @ops\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(at(text, problem.start), '2:7');
    assert.equal(covered(text, problem), '@');
    assert.match(problem.message, /cannot start with this character\. Put the value in quotes\./);
  });

  it("reports an unclosed '{' on the brace, not where the parser gave up", () => {
    const text = 'communities:\n  ward-7b: { name: Ward 7B\npeople:\n  maria: {}\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(covered(text, problem), '{');
    assert.equal(at(text, problem.start), '1:11');
    assert.equal(problem.message, "This '{' is never closed. Add '}' where it ends, or indent the lines inside it under its key.");
  });

  it("reports an unclosed '[' and an unclosed quote on their opening characters", () => {
    const text = 'communities:\n  a: { name: "Ward }\nboundary-objects:\n  b: { communities: [a, c }\n';
    const problems = problemsOf(text, 'landscape-syntax');
    assert.deepEqual(problems.map((problem) => [at(text, problem.start), covered(text, problem)]), [['1:5', '{'], ['1:13', '"']]);
    assert.match(problems[1]!.message, /^This " is never closed/);
    const list = 'boundary-objects:\n  b: { communities: [a, c }\n';
    assert.deepEqual(problemsOf(list, 'landscape-syntax').map((problem) => [at(list, problem.start), covered(list, problem)]), [['1:5', '{'], ['1:20', '[']]);
  });

  it('reports a duplicate key on the second occurrence', () => {
    const text = 'communities:\n  ops: {}\n  ops: { name: Ops }\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(at(text, problem.start), '2:2');
    assert.equal(covered(text, problem), 'ops');
    assert.match(problem.message, /already used earlier in the same mapping/);
  });

  it('reports a tab used for indentation', () => {
    const text = 'communities:\n\tops: {}\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(at(text, problem.start), '1:0');
    assert.match(problem.message, /tabs/);
  });

  it('reports a second YAML document at its --- line', () => {
    const text = 'communities: {}\n---\npeople: {}\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(covered(text, problem), '---');
    assert.equal(at(text, problem.start), '1:0');
    assert.match(problem.message, /second YAML document/);
  });

  it('reports an alias to an anchor that does not exist', () => {
    const text = 'communities:\n  a: { members: *team }\n';
    const problem = onlyProblem(text, 'landscape-syntax');
    assert.equal(covered(text, problem), '*team');
    assert.match(problem.message, /no '&team' anchor/);
  });

  it('is silent for valid YAML', () => {
    assert.deepEqual(problemsOf('communities:\n  a: {}\n', 'landscape-syntax'), []);
  });
});

describe('landscape-invalid', () => {
  it('reports a stage outside its list on the value, with a did-you-mean fix', () => {
    const text = 'communities:\n  ward-7b: { stage: maturin }\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(covered(text, problem), 'maturin');
    assert.equal(at(text, problem.start), '1:20');
    assert.equal(
      problem.message,
      "'maturin' is not a stage. Did you mean 'maturing'? Use potential, coalescing, maturing, stewardship or transformation.",
    );
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['maturing'] });
  });

  it('reports a member level and a boundary-object kind outside their lists', () => {
    const text = 'communities:\n  a: { members: { ana: activ } }\nboundary-objects:\n  map: { kind: artefact }\n';
    const [level, kind] = problemsOf(text, 'landscape-invalid');
    assert.equal(covered(text, level!), 'activ');
    assert.deepEqual(level!.data, { fix: 'replace', replacements: ['active'] });
    assert.equal(covered(text, kind!), 'artefact');
    assert.deepEqual(kind!.data, { fix: 'replace', replacements: ['artifact'] });
  });

  it('reports an unknown severity with a did-you-mean', () => {
    const text = 'rules:\n  future-date: warn\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(covered(text, problem), 'warn');
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['warning'] });
  });

  it('gives no fix when no allowed value is close', () => {
    const text = 'communities:\n  a: { stage: zzzzzz }\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(problem.data, undefined);
    assert.match(problem.message, /^'zzzzzz' is not a stage\. Use potential/);
  });

  it('reports a value of the wrong type, naming what it should be', () => {
    const text = 'communities:\n  a: { name: [A, B] }\n  b: text\n';
    const [name, community] = problemsOf(text, 'landscape-invalid');
    assert.equal(covered(text, name!), '[A, B]');
    assert.equal(name!.message, "'name' should be text, not a list.");
    assert.equal(covered(text, community!), 'text');
    assert.match(community!.message, /^'b' should be a mapping of its details .*, not text\.$/);
  });

  it('reports a field with no value on its key', () => {
    const text = 'communities:\n  a:\n    stage:\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(covered(text, problem), 'stage');
    assert.match(problem.message, /^'stage' has no value\./);
  });

  it('reports a negative or fractional day window on its value', () => {
    const text = 'rules:\n  mode-balance: { days: -1 }\n  stalled-trajectory: { severity: info, days: 1.5 }\n';
    const [negative, fraction] = problemsOf(text, 'landscape-invalid');
    assert.equal(covered(text, negative!), '-1');
    assert.equal(negative!.message, "'days' should be a whole number of days, 0 or more.");
    assert.equal(covered(text, fraction!), '1.5');
    assert.deepEqual(load(text).rules, { 'stalled-trajectory': { severity: 'info' } });
  });

  it('reports a rule setting that is neither a severity nor a mapping', () => {
    const text = 'rules:\n  future-date: [error]\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(covered(text, problem), '[error]');
    assert.match(problem.message, /should be a severity \(off, hint, info, warning or error\) or a mapping with severity and days, not a list/);
  });

  it('reports an id that is not an identifier on its key', () => {
    const text = 'communities:\n  data science: {}\npeople:\n  ana.: {}\n';
    const [community, person] = problemsOf(text, 'landscape-invalid');
    assert.equal(covered(text, community!), 'data science');
    assert.match(community!.message, /^'data science' is not a valid community id/);
    assert.equal(covered(text, person!), 'ana.');
    assert.match(person!.message, /is not a valid person id/);
    assert.equal(load(text).communities.size, 0);
  });

  it('reports a top level that is not a mapping', () => {
    const text = '- communities\n- people\n';
    const problem = onlyProblem(text, 'landscape-invalid');
    assert.equal(problem.start, 0);
    assert.match(problem.message, /^The landscape should be a mapping .*, not a list\.$/);
  });

  it('is silent for allowed values', () => {
    const text = 'communities:\n  a: { stage: potential, members: { ana: peripheral } }\nrules:\n  mode-balance: { severity: off, days: 10 }\n';
    assert.deepEqual(load(text).problems, []);
  });
});

describe('landscape-unknown-key', () => {
  it('reports an unknown community field on its key, with a did-you-mean fix', () => {
    const text = 'communities:\n  ward-7b: { domian: Acute medicine }\n';
    const problem = onlyProblem(text, 'landscape-unknown-key');
    assert.equal(covered(text, problem), 'domian');
    assert.equal(at(text, problem.start), '1:13');
    assert.equal(problem.message, "'domian' is not a community field, so it is ignored. Did you mean 'domain'? Allowed here: name, domain, parent, stage or members.");
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['domain'] });
    assert.equal(load(text).communities.get('ward-7b')!.domain, undefined);
  });

  it('reports unknown keys at the top level, in people, boundary objects and rule settings', () => {
    const text = 'comunities: {}\npeople:\n  ana: { nmae: Ana }\nboundary-objects:\n  map: { knd: artifact }\nrules:\n  mode-balance: { sevrity: off }\n';
    const problems = problemsOf(text, 'landscape-unknown-key');
    assert.deepEqual(problems.map((problem) => covered(text, problem)), ['comunities', 'nmae', 'knd', 'sevrity']);
    assert.deepEqual(problems.map((problem) => problem.data), [
      { fix: 'replace', replacements: ['communities'] },
      { fix: 'replace', replacements: ['name'] },
      { fix: 'replace', replacements: ['kind'] },
      { fix: 'replace', replacements: ['severity'] },
    ]);
  });

  it('gives no fix when no key is close', () => {
    const problem = onlyProblem('colour: blue\n', 'landscape-unknown-key');
    assert.equal(problem.data, undefined);
    assert.match(problem.message, /Allowed here: communities, people, boundary-objects or rules\.$/);
  });

  it('reports a day window on a rule that has none', () => {
    const text = 'rules:\n  chronological-order: { severity: error, days: 3 }\n';
    const problem = onlyProblem(text, 'landscape-unknown-key');
    assert.equal(covered(text, problem), 'days');
    assert.match(problem.message, /'days' has no effect on 'chronological-order'/);
    assert.deepEqual(load(text).rules, { 'chronological-order': { severity: 'error' } });
  });

  it('is silent for known keys', () => {
    assert.deepEqual(problemsOf('people:\n  ana: { name: Ana }\n', 'landscape-unknown-key'), []);
  });
});

describe('unknown-rule', () => {
  it('reports a rule id that does not exist, with a did-you-mean fix', () => {
    const text = 'rules:\n  empty-reflections: off\n';
    const problem = onlyProblem(text, 'unknown-rule');
    assert.equal(covered(text, problem), 'empty-reflections');
    assert.equal(at(text, problem.start), '1:2');
    assert.match(problem.message, /^'empty-reflections' is not a rule id, so this setting has no effect\. Did you mean 'empty-reflection'\?/);
    assert.deepEqual(problem.data, { fix: 'replace', replacements: ['empty-reflection'] });
    assert.deepEqual(load(text).rules, {});
  });

  it('gives no fix when no rule id is close, and accepts real ids', () => {
    assert.equal(onlyProblem('rules:\n  frobnicate: off\n', 'unknown-rule').data, undefined);
    assert.deepEqual(problemsOf('rules:\n  empty-reflection: off\n', 'unknown-rule'), []);
  });
});

describe('a value shared through an alias', () => {
  it('reports each problem of the anchored value once, at the anchor', () => {
    const text = 'communities:\n  ward-7b: &ward { stage: growing, domian: Wards, parent: nursing }\n  ward-7c: *ward\n  nursing-network: {}\n';
    const problems = load(text).problems;
    assert.deepEqual(
      problems.map((problem) => `${problem.rule} ${covered(text, problem)}`),
      ['landscape-invalid growing', 'landscape-unknown-key domian', 'unknown-community nursing'],
    );
  });
});
