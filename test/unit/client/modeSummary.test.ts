import { strict as assert } from 'node:assert';
import { longModeSummary, NO_MOMENTS, shortModeSummary } from '../../../client/src/pure/modeSummary';
import { lintSummary } from '../../../client/src/pure/lintSummary';
import { journal } from '../../support/journal';
import { summaryOf } from './fixture';

describe('counting moments per mode', () => {
  it("counts each of a person's moments once in the summary the status bar reads, even one written about two communities", () => {
    const maria = summaryOf().people.find((person) => person.id === 'maria');
    assert.deepEqual([maria?.counts, maria?.entryCount], [{ engagement: 2, imagination: 1, alignment: 0 }, 4]);
  });

  it('counts nothing for someone absent from the model', () => {
    assert.deepEqual(NO_MOMENTS, { engagement: 0, imagination: 0, alignment: 0 });
  });

  it('leaves trajectories out of the mode counts', () => {
    const summary = summaryOf(journal`
      ---
      author: li
      ---
      2026-11-02 trajectory +ward inbound
        Arriving.
    `, null);
    assert.deepEqual([summary.people[0]?.counts, summary.people[0]?.entryCount], [{ engagement: 0, imagination: 0, alignment: 0 }, 1]);
  });

  it('writes the counts short for the status bar and long for the tree', () => {
    const counts = { engagement: 4, imagination: 1, alignment: 2 };
    assert.equal(shortModeSummary(counts), 'E 4 · I 1 · A 2');
    assert.equal(longModeSummary(counts), 'engagement 4 · imagination 1 · alignment 2');
  });
});

describe('the summary of a workspace lint', () => {
  it('counts files and problems per severity, in words', () => {
    assert.equal(lintSummary({ files: 12, errors: 1, warnings: 3, infos: 0, hints: 2 }), 'Linted 12 files: 1 error, 3 warnings, no infos, 2 hints.');
    assert.equal(lintSummary({ files: 1, errors: 0, warnings: 0, infos: 1, hints: 0 }), 'Linted 1 file: no errors, no warnings, 1 info, no hints.');
  });
});
