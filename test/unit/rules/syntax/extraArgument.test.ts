import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

function covered(text: string): string[] {
  return findings(text, 'extra-argument').map((problem) => coveredText(text, problem));
}

describe('extra-argument', () => {
  it('reports plain words on a mode entry as one warning over the run of words', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b with the night team @ana
    `;
    const found = findings(text, 'extra-argument');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(coveredText(text, found[0]!), 'with the night team');
    assert.match(found[0]!.message, /An engagement header takes \+community, @person and #tag references/);
    assert.doesNotMatch(found[0]!.message, /night/);
  });

  it('accepts communities, people and tags on a mode entry', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b +bed-office @ana #handover "Night handover"
    `;
    assert.deepEqual(findings(text, 'extra-argument'), []);
  });

  it('reports an arrow on a mode entry', () => {
    const text = journal`
      2026-11-20 alignment +a -> +b
    `;
    const [problem] = findings(text, 'extra-argument');
    assert.equal(coveredText(text, problem!), '->');
    assert.match(problem!.message, /Only a crossing/);
  });

  it('reports a malformed reference', () => {
    const text = journal`
      2026-11-20 engagement +ward-7b @-ana
    `;
    const [problem] = findings(text, 'extra-argument');
    assert.equal(coveredText(text, problem!), '@-ana');
    assert.match(problem!.message, /not a well-formed reference/);
  });

  it('reports a third community, a second arrow, people and tags on a crossing, each on its own', () => {
    const text = journal`
      2026-11-20 crossing +a -> +b -> +c @ana #retro
    `;
    assert.deepEqual(covered(text), ['->', '+c', '@ana', '#retro']);
    const messages = findings(text, 'extra-argument').map((problem) => problem.message);
    assert.match(messages[0]!, /single arrow/);
    assert.match(messages[1]!, /exactly two communities, so '\+c' is one too many/);
    assert.match(messages[2]!, /with: field/);
  });

  it('reports a second community before the arrow of a crossing', () => {
    const text = journal`
      2026-11-20 crossing +a +b -> +c
    `;
    assert.deepEqual(covered(text), ['+b']);
  });

  it('accepts exactly +from -> +to and a title on a crossing', () => {
    const text = journal`
      2026-11-20 crossing +a -> +b "Dashboard"
    `;
    assert.deepEqual(findings(text, 'extra-argument'), []);
  });

  it('reports a second community and words after the kind of a trajectory', () => {
    const text = journal`
      2026-11-20 trajectory +a +b inbound at last
    `;
    assert.deepEqual(covered(text), ['+b', 'at last']);
  });

  it('takes the trajectory kind among the words, wherever it is', () => {
    const text = journal`
      2026-11-20 trajectory +a moving to inbound
    `;
    assert.deepEqual(covered(text), ['moving to']);
    assert.deepEqual(findings(text, 'unknown-trajectory-kind'), []);
  });

  it("reports text after a title's closing quote, without quoting it", () => {
    const text = journal`
      2026-11-20 engagement +a "Pairing" on lineage
    `;
    const [problem, ...rest] = findings(text, 'extra-argument');
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), 'on lineage');
    assert.match(problem!.message, /after the title's closing quote/);
    assert.doesNotMatch(problem!.message, /lineage|Pairing/);
  });

  it('reports trailing title text even on an entry of unknown kind', () => {
    const text = journal`
      2026-11-20 meeting "Pairing" extra
    `;
    assert.deepEqual(covered(text), ['extra']);
  });

  it('does not judge the arguments of an unknown kind', () => {
    const text = journal`
      2026-11-20 meeting with ana
    `;
    assert.deepEqual(findings(text, 'extra-argument'), []);
  });
});
