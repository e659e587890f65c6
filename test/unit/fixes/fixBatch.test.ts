import { strict as assert } from 'node:assert';
import { FixBatch } from '../../../server/src/language/features/fixBatch';
import type { CodeFix } from '../../../server/src/language/features/fixes';
import { computeLineStarts } from '../../../server/src/language/syntax/text';

const URI = 'file:///workspace/a.practice';
const TEXT = 'abcdefghij\nklmnopqrst\n';

function fix(...ranges: [number, number][]): CodeFix {
  const edits = ranges.map(([start, end]) => ({ range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText: 'x' }));
  return { title: 'fix', rule: 'case-mismatch', edits: [{ uri: URI, edits }], preferred: true, safe: true };
}

function batch(): FixBatch {
  return new FixBatch((uri) => (uri === URI ? { text: TEXT, lineStarts: computeLineStarts(TEXT) } : undefined));
}

describe('fix batch', () => {
  it('takes fixes whose edits are apart', () => {
    const pass = batch();
    assert.deepEqual([pass.take(fix([0, 2])), pass.take(fix([5, 6])), pass.take(fix([3, 4]))], [true, true, true]);
  });

  it('leaves for the next pass a fix that overlaps or touches one already taken', () => {
    const pass = batch();
    assert.equal(pass.take(fix([2, 5])), true);
    assert.equal(pass.take(fix([4, 8])), false);
    assert.equal(pass.take(fix([5, 5])), false);
    assert.equal(pass.take(fix([0, 2])), false);
    assert.equal(pass.take(fix([2, 5])), false);
    assert.equal(pass.take(fix([7, 9])), true);
  });

  it('takes a fix whole or not at all', () => {
    const pass = batch();
    assert.equal(pass.take(fix([6, 7])), true);
    assert.equal(pass.take(fix([0, 1], [6, 6])), false);
    assert.equal(pass.take(fix([0, 1])), true);
  });

  it('refuses a fix for a file it cannot read', () => {
    const other: CodeFix = { ...fix([0, 1]), edits: [{ uri: 'file:///workspace/b.practice', edits: [] }] };
    assert.equal(batch().take(other), false);
  });
});
