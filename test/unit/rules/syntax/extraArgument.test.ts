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

  it('says where a time goes when it is written after the kind', () => {
    const text = '2026-11-20 engagement 09:30 +a\n';
    const [problem, ...rest] = findings(text, 'extra-argument');
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), '09:30');
    assert.equal(problem!.message, "A time goes right after the date, before the kind: 'YYYY-MM-DD HH:MM engagement'. Move it there.");
    assert.match(findings('2026-11-20 engagement 09:30 sharp +a\n', 'extra-argument')[0]!.message, /^This text is not an argument/);
  });

  it('asks for blanks around an arrow written inside a word', () => {
    const text = '2026-11-20 crossing +a->+b\n';
    const [problem] = findings(text, 'extra-argument');
    assert.equal(coveredText(text, problem!), '+a->+b');
    assert.match(problem!.message, /Put a space on each side of the arrow, written '->': '\+from -> \+to'\.$/);
    const typographic = '2026-11-20 crossing +a→+b\n';
    assert.match(findings(typographic, 'extra-argument')[0]!.message, /Put a space on each side of the arrow/);
    assert.doesNotMatch(findings('2026-11-20 engagement +a,\n', 'extra-argument')[0]!.message, /arrow/);
  });

  it("says how the arrow is written when a crossing uses '=>' or '→'", () => {
    for (const arrow of ['=>', '→']) {
      const text = `2026-11-20 crossing +a ${arrow} +b\n`;
      const [problem, ...rest] = findings(text, 'extra-argument');
      assert.equal(rest.length, 0, arrow);
      assert.equal(coveredText(text, problem!), arrow);
      assert.equal(problem!.message, "A crossing's arrow is written '->' (a hyphen and '>'), with a space on each side: '+from -> +to'. Write it that way.");
    }
    assert.match(findings('2026-11-20 crossing +a -> +b then\n', 'extra-argument')[0]!.message, /^This text is not an argument/);
  });

  it('names a non-breaking space inside what looks like two arguments', () => {
    const text = '2026-11-20 trajectory +a\u00a0inbound\n';
    const [problem] = findings(text, 'extra-argument');
    assert.equal(coveredText(text, problem!), '+a\u00a0inbound');
    assert.match(problem!.message, /^This is not a well-formed reference: .* It contains a non-breaking or other special space \(U\+00A0\)/);
  });

  it('explains that a title cannot hold a double quote when the text after it has one', () => {
    const text = journal`
      2026-11-20 engagement +a "He said "no" and left"
    `;
    const [problem, ...rest] = findings(text, 'extra-argument');
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), 'no" and left"');
    assert.match(problem!.message, /A title cannot contain a double quote: use typographic quotes “ ” or single quotes inside it\./);
    assert.doesNotMatch(problem!.message, /said|left/);
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
