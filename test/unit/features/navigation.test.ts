import { strict as assert } from 'node:assert';
import { definition } from '../../../server/src/language/features/definition';
import { ReferenceIndex } from '../../../server/src/language/features/referenceIndex';
import { references } from '../../../server/src/language/features/references';
import type { Location } from '../../../server/src/language/features/shapes';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { LANDSCAPE_URI, ROOT } from '../../support/journal';
import { LANDSCAPE, atCursor, indexOf, keyRange, landscapeOf, rangeOfText } from './cursor';

const landscape = landscapeOf(LANDSCAPE);
const A = `${ROOT}/a.practice`;
const B = `${ROOT}/b.practice`;

const OLDER = '2026-11-01 engagement +nursing #wards\n  with: @ana\n\n2026-11-02 crossing +nursing -> +org\n  via: artifact huddle\n';

/** Runs a navigation feature on `marked` as journal A, next to journal B. */
function navigate(marked: string, feature: 'definition' | 'references', withLandscape: boolean, other = OLDER): { locations: Location[]; text: string } {
  const { syntax, position, text } = atCursor(marked);
  const index = new ReferenceIndex([
    { uri: A, syntax },
    { uri: B, syntax: parseJournal(other) },
  ]);
  const context = { landscape: withLandscape ? landscape : undefined, index };
  const locations =
    feature === 'definition' ? definition(syntax, position, context, NEVER_CANCELLED) : references(syntax, position, { ...context, includeDeclaration: true }, NEVER_CANCELLED);
  return { locations, text };
}

describe('definition', () => {
  it('goes to the community key in the landscape', () => {
    const { locations } = navigate('2026-11-21 engagement +data-sc<|>ience', 'definition', true);
    assert.deepEqual(locations, [{ uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'data-science') }]);
  });

  it('goes to the person key in the landscape from a `with:` field', () => {
    const { locations } = navigate('2026-11-21 engagement +org\n  with: @l<|>i', 'definition', true);
    assert.deepEqual(locations, [{ uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'li') }]);
  });

  it('goes to the boundary object key from a `via:` id', () => {
    const { locations } = navigate('2026-11-21 crossing +org -> +clinical-ops\n  via: process hud<|>dle', 'definition', true);
    assert.deepEqual(locations, [{ uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'huddle') }]);
  });

  it('goes to the first use across the workspace when there is no landscape', () => {
    const { locations } = navigate('2026-11-21 engagement +nurs<|>ing', 'definition', false);
    assert.deepEqual(locations, [{ uri: B, range: rangeOfText(OLDER, '+nursing') }]);
  });

  it('goes to the first use of a name the landscape does not declare, by date before file order', () => {
    const { locations } = navigate('2026-10-01 engagement +nursing\n\n2026-11-21 engagement +nurs<|>ing', 'definition', true);
    assert.deepEqual(locations, [{ uri: A, range: { start: { line: 0, character: 22 }, end: { line: 0, character: 30 } } }]);
  });

  it('goes to the first use of a tag', () => {
    const { locations } = navigate('2026-11-21 engagement +org\n  More on #wa<|>rds.', 'definition', true);
    assert.deepEqual(locations, [{ uri: B, range: rangeOfText(OLDER, '#wards') }]);
  });

  it("goes from the front matter's author to the person", () => {
    const { locations } = navigate('---\nauthor: ma<|>ria\n---\n2026-11-21 engagement +org', 'definition', true);
    assert.deepEqual(locations, [{ uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'maria') }]);
  });

  it('finds nothing away from a name', () => {
    assert.deepEqual(navigate('2026-11-21 engag<|>ement +org', 'definition', true).locations, []);
  });
});

describe('references', () => {
  it('lists the landscape declaration and mentions, then every journal use by file', () => {
    const { locations, text } = navigate('2026-11-21 engagement +clinical-o<|>ps\n  Again +clinical-ops.', 'references', true, '2026-11-02 crossing +org -> +clinical-ops\n');
    assert.deepEqual(locations, [
      { uri: LANDSCAPE_URI, range: keyRange(LANDSCAPE, 'clinical-ops') },
      { uri: LANDSCAPE_URI, range: rangeOfText(LANDSCAPE, 'clinical-ops', 1) },
      { uri: LANDSCAPE_URI, range: rangeOfText(LANDSCAPE, 'clinical-ops', 2) },
      { uri: A, range: rangeOfText(text, '+clinical-ops') },
      { uri: A, range: rangeOfText(text, '+clinical-ops', 1) },
      { uri: B, range: { start: { line: 0, character: 28 }, end: { line: 0, character: 41 } } },
    ]);
  });

  it('leaves out the declaration when not asked for it', () => {
    const { syntax, position } = atCursor('2026-11-21 engagement +or<|>g');
    const index = new ReferenceIndex([{ uri: A, syntax }]);
    const found = references(syntax, position, { landscape, index, includeDeclaration: false }, NEVER_CANCELLED);
    assert.deepEqual(found.map((location) => location.uri), [LANDSCAPE_URI, A]);
    assert.deepEqual(found[0]!.range, rangeOfText(LANDSCAPE, 'org', 0));
  });

  it("lists a person's `members:` keys and the front matter's author", () => {
    const { locations } = navigate('---\nauthor: maria\n---\n2026-11-21 engagement +org\n  with: @mar<|>ia', 'references', true, '');
    assert.deepEqual(
      locations.map((location) => [location.uri, location.range.start.line]),
      [[LANDSCAPE_URI, 6], [LANDSCAPE_URI, 12], [A, 1], [A, 4]],
    );
  });
});

describe('reference index', () => {
  it('keeps one version per file: setting a file again replaces it, deleting removes it', () => {
    const index = indexOf({ [A]: '2026-11-21 engagement +org\n' });
    index.set(A, parseJournal('2026-11-21 engagement +org +org\n'));
    assert.equal(index.occurrences({ kind: '+', name: 'org' }, NEVER_CANCELLED).length, 2);
    index.delete(A);
    assert.equal(index.occurrences({ kind: '+', name: 'org' }, NEVER_CANCELLED).length, 0);
  });

  it('counts the names of a kind across files', () => {
    const index = indexOf({ [A]: '2026-11-21 engagement +org +lab\n', [B]: '2026-11-22 alignment +org\n' });
    assert.deepEqual([...index.names('+', NEVER_CANCELLED)].sort(), [['lab', 1], ['org', 2]]);
  });

  it('indexes boundary-object ids of crossings, but not quoted names', () => {
    const index = indexOf({ [A]: '2026-11-21 crossing +a -> +b\n  via: artifact dash\n\n2026-11-22 crossing +a -> +b\n  via: artifact "dash"\n' });
    assert.equal(index.occurrences({ kind: 'object', name: 'dash' }, NEVER_CANCELLED).length, 1);
  });

  it("reads the front matter's author, quoted or followed by a comment, as a use of the person", () => {
    const index = indexOf({ [A]: '---\nauthor: "maria"  # me\n---\n', [B]: "---\nauthor: 'li'\n---\n" });
    assert.deepEqual(
      index.occurrences({ kind: '@', name: 'maria' }, NEVER_CANCELLED).map((found) => [found.start, found.end]),
      [[13, 18]],
    );
    assert.equal(index.occurrences({ kind: '@', name: 'li' }, NEVER_CANCELLED).length, 1);
  });

  it('finds a name written in a different case as a different name', () => {
    const index = indexOf({ [A]: '2026-11-21 engagement +Org\n' });
    assert.equal(index.firstUse({ kind: '+', name: 'org' }, NEVER_CANCELLED), undefined);
  });
});
