import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { join, relative, resolve, sep } from 'node:path';
import { isBelow, relativeName } from '../../../server/src/cli/files/paths';

/** What `relativeName` computed before paths below the folder were cut rather than worked out. */
function byRelative(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}

describe('cli: path names', () => {
  it('names a path below the folder by what follows the folder', () => {
    assert.equal(relativeName('/work/journals', '/work/journals/2026/a.practice'), '2026/a.practice');
    assert.equal(relativeName('/work/journals', '/work/journals'), '.');
    assert.equal(relativeName('/work/journals', '/work/journals-old/a.practice'), '../journals-old/a.practice');
    assert.equal(relativeName('/work/journals', '/work/other/a.practice'), '../other/a.practice');
    assert.equal(relativeName('/', '/a.practice'), 'a.practice');
  });

  it('gives the same name as path.relative for any normalised pair of paths', () => {
    const segment = fc.constantFrom('a', 'b', 'journals', '.hidden', '..x', 'x..', 'é', 'a b', 'node_modules');
    const path = fc.array(segment, { maxLength: 5 }).map((parts) => resolve('/', ...parts));
    fc.assert(fc.property(path, path, (cwd, target) => assert.equal(relativeName(cwd, target), byRelative(cwd, target))), { numRuns: 3000 });
    assert.equal(relativeName('/w', join('/w', 'a', '.b', 'c')), byRelative('/w', '/w/a/.b/c'));
  });

  it('tells a name below the folder from one beside or above it', () => {
    assert.equal(isBelow('a.practice'), true);
    assert.equal(isBelow('2026/a.practice'), true);
    assert.equal(isBelow('..x/a.practice'), true);
    assert.equal(isBelow('.'), false);
    assert.equal(isBelow('..'), false);
    assert.equal(isBelow('../a.practice'), false);
    assert.equal(isBelow('/elsewhere/a.practice'), false);
  });
});
