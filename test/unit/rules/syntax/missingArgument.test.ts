import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

function single(text: string) {
  const found = findings(text, 'missing-argument');
  assert.equal(found.length, 1, JSON.stringify(found.map((problem) => problem.message)));
  assert.equal(found[0]!.severity, 'error');
  assert.equal(found[0]!.data, undefined);
  return found[0]!;
}

describe('missing-argument', () => {
  it('reports a header with no kind on its date and time, listing the kinds', () => {
    const text = journal`
      2026-11-20 09:30 "Pairing on lineage"
    `;
    const problem = single(text);
    assert.equal(coveredText(text, problem), '2026-11-20 09:30');
    assert.match(problem.message, /has no kind.*engagement, imagination, alignment, crossing, trajectory/);
  });

  it('reports a mode entry without a community on its kind, with an example', () => {
    const text = journal`
      2026-11-20 imagination @ana #retro "Picturing the new unit"
    `;
    const problem = single(text);
    assert.equal(coveredText(text, problem), 'imagination');
    assert.equal(
      problem.message,
      "An imagination entry needs at least one +community it happened in, after its kind, e.g. 'imagination +data-science'.",
    );
  });

  it('accepts a mode entry with a community', () => {
    const text = journal`
      2026-11-20 alignment +data-science @ana #retro
    `;
    assert.deepEqual(findings(text, 'missing-argument'), []);
  });

  it('reports a crossing with no communities at all', () => {
    const text = journal`
      2026-11-20 crossing
    `;
    const problem = single(text);
    assert.equal(coveredText(text, problem), 'crossing');
    assert.match(problem.message, /two communities it goes between, written '\+from -> \+to'/);
  });

  it('reports a crossing with no community after the arrow', () => {
    const text = journal`
      2026-11-20 crossing +ward-7b -> "Bed meeting"
    `;
    assert.equal(single(text).message, "A crossing needs the community it goes to, after the arrow: '+ward-7b -> +to'.");
  });

  it('reports a crossing with no community before the arrow', () => {
    const text = journal`
      2026-11-20 crossing -> +ops
    `;
    assert.equal(single(text).message, "A crossing needs the community it starts from, before the arrow: '+from -> +ops'.");
  });

  it('reports a crossing without its arrow', () => {
    const text = journal`
      2026-11-20 crossing +a +b
    `;
    assert.equal(single(text).message, "A crossing needs '->' between its two communities: '+a -> +b'.");
  });

  it('reports a crossing with one community and no arrow', () => {
    const text = journal`
      2026-11-20 crossing +a
    `;
    assert.equal(single(text).message, "A crossing needs an arrow and the community it goes to after '+a': '+a -> +to'.");
  });

  it('accepts a complete crossing', () => {
    const text = journal`
      2026-11-20 crossing +data-science -> +clinical-ops "Dashboard"
    `;
    assert.deepEqual(findings(text, 'missing-argument'), []);
  });

  it('reports a trajectory without its trajectory kind, listing the kinds', () => {
    const text = journal`
      2026-11-20 trajectory +north-guild
    `;
    const problem = single(text);
    assert.equal(coveredText(text, problem), 'trajectory');
    assert.equal(
      problem.message,
      "A trajectory needs a trajectory kind after its community: one of peripheral, inbound, insider, boundary, outbound, e.g. 'trajectory +north-guild inbound'.",
    );
  });

  it('reports a trajectory without its community', () => {
    const text = journal`
      2026-11-20 trajectory insider
    `;
    assert.match(single(text).message, /needs the \+community whose trajectory it records.*'trajectory \+data-science insider'/);
  });

  it('reports a trajectory with neither community nor kind', () => {
    const text = journal`
      2026-11-20 trajectory
    `;
    assert.match(single(text).message, /needs a \+community and a trajectory kind/);
  });

  it('never echoes a plain word that is not a trajectory kind in its example', () => {
    const text = journal`
      2026-11-20 trajectory finally
    `;
    assert.doesNotMatch(single(text).message, /finally/);
  });

  it('accepts a complete trajectory', () => {
    const text = journal`
      2026-11-20 trajectory +north-guild inbound
    `;
    assert.deepEqual(findings(text, 'missing-argument'), []);
  });
});
