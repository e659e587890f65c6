import { strict as assert } from 'node:assert';
import { ReferenceIndex } from '../../../server/src/language/features/referenceIndex';
import { prepareRename, prepareRenameInLandscape, rename, type RenameResult } from '../../../server/src/language/features/rename';
import type { FileEdit } from '../../../server/src/language/features/shapes';
import type { Target } from '../../../server/src/language/features/referenceIndex';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { offsetAt } from '../../../server/src/language/syntax/text';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { applyOffsetEdits } from '../../../server/src/language/util/textEdits';
import { LANDSCAPE_URI, ROOT } from '../../support/journal';
import { LANDSCAPE, atCursor, indexOf, keyRange, landscapeOf, textIn } from './cursor';

const A = `${ROOT}/a.practice`;
const B = `${ROOT}/b.practice`;
const JOURNAL_A = '---\nauthor: maria\n---\n2026-11-21 engagement +data-science\n  with: @maria, @ana\n  Saw +data-science grow.\n';
const JOURNAL_B = '2026-11-22 crossing +data-science -> +org\n  via: artifact discharge-dashboard\n';

/** The files after applying a rename's edits. */
function applied(result: RenameResult, files: Record<string, string>): Record<string, string> {
  assert.ok(result.ok, result.ok ? '' : result.message);
  const out = { ...files };
  for (const { uri, edits } of result.edits as FileEdit[]) {
    const text = out[uri]!;
    const lineStarts = parseJournal(text).lineStarts;
    out[uri] = applyOffsetEdits(text, edits.map((edit) => ({ start: offsetAt(text, lineStarts, edit.range.start), end: offsetAt(text, lineStarts, edit.range.end), text: edit.newText })));
  }
  return out;
}

function renameIn(target: Target, newName: string, landscapeText = LANDSCAPE): { result: RenameResult; files: Record<string, string> } {
  const files = { [A]: JOURNAL_A, [B]: JOURNAL_B, [LANDSCAPE_URI]: landscapeText };
  const index = indexOf({ [A]: JOURNAL_A, [B]: JOURNAL_B });
  return { result: rename(target, newName, { landscape: landscapeOf(landscapeText), index }, NEVER_CANCELLED), files };
}

describe('prepare rename', () => {
  it('selects the name without its sigil', () => {
    const { syntax, position, text } = atCursor('2026-11-21 engagement +data-sci<|>ence');
    const prepared = prepareRename(syntax, position);
    assert.ok(prepared.ok);
    assert.equal(textIn(text, prepared.range), 'data-science');
    assert.equal(prepared.placeholder, 'data-science');
    assert.deepEqual(prepared.target, { kind: '+', name: 'data-science' });
  });

  it('explains that only names can be renamed elsewhere', () => {
    const { syntax, position } = atCursor('2026-11-21 engage<|>ment +org');
    const prepared = prepareRename(syntax, position);
    assert.ok(!prepared.ok);
    assert.match(prepared.message, /Only a \+community, @person, #tag or boundary-object id can be renamed/);
  });

  it('finds the name under the cursor in the landscape', () => {
    const landscape = landscapeOf(LANDSCAPE);
    const prepared = prepareRenameInLandscape(landscape, keyRange(LANDSCAPE, 'clinical-ops').start);
    assert.ok(prepared.ok);
    assert.deepEqual(prepared.target, { kind: '+', name: 'clinical-ops' });
    assert.deepEqual(prepared.range, keyRange(LANDSCAPE, 'clinical-ops'));
  });
});

describe('rename', () => {
  it('renames a community in every journal and in the landscape key, parents and boundary objects', () => {
    const { result, files } = renameIn({ kind: '+', name: 'data-science' }, 'analytics-guild');
    const out = applied(result, files);
    assert.equal(out[A], JOURNAL_A.replaceAll('+data-science', '+analytics-guild'));
    assert.equal(out[B], JOURNAL_B.replace('+data-science', '+analytics-guild'));
    assert.equal(out[LANDSCAPE_URI], LANDSCAPE.replace('  data-science:', '  analytics-guild:').replace('communities: [data-science,', 'communities: [analytics-guild,'));
  });

  it('renames a person in `members:` keys and the front matter author', () => {
    const { result, files } = renameIn({ kind: '@', name: 'maria' }, 'maria-l');
    const out = applied(result, files);
    assert.equal(out[A], JOURNAL_A.replace('author: maria', 'author: maria-l').replace('@maria', '@maria-l'));
    assert.equal(out[LANDSCAPE_URI], LANDSCAPE.replace('maria: active', 'maria-l: active').replace('  maria: {', '  maria-l: {'));
  });

  it('renames a boundary object id in `via:` fields and its landscape key', () => {
    const { result, files } = renameIn({ kind: 'object', name: 'discharge-dashboard' }, 'dashboard');
    const out = applied(result, files);
    assert.equal(out[B], JOURNAL_B.replace('artifact discharge-dashboard', 'artifact dashboard'));
    assert.equal(out[LANDSCAPE_URI], LANDSCAPE.replace('  discharge-dashboard:', '  dashboard:'));
  });

  it('accepts the new name typed with its sigil', () => {
    const { result, files } = renameIn({ kind: '+', name: 'org' }, '+company');
    assert.ok(applied(result, files)[B]!.includes('-> +company'));
  });

  it('quotes a new name YAML would read as something else than text in plain landscape scalars', () => {
    const { result, files } = renameIn({ kind: '+', name: 'org' }, 'true');
    const out = applied(result, files);
    assert.ok(out[LANDSCAPE_URI]!.includes('parent: "true"'));
    assert.ok(out[LANDSCAPE_URI]!.includes('  "true": {}'));
    assert.ok(out[B]!.includes('-> +true'));
  });

  it('refuses a name of digits only, which prose would not read as a reference', () => {
    const { result } = renameIn({ kind: '+', name: 'org' }, '2026');
    assert.ok(!result.ok);
    assert.match(result.message, /only digits/);
  });

  it('keeps existing quotes around a landscape id', () => {
    const quoted = "communities:\n  'org': {}\n  lab: { parent: \"org\" }\n";
    const { result, files } = renameIn({ kind: '+', name: 'org' }, 'company', quoted);
    assert.equal(applied(result, files)[LANDSCAPE_URI], "communities:\n  'company': {}\n  lab: { parent: \"company\" }\n");
  });

  it('refuses a name that is not an identifier, saying what a name may contain', () => {
    const { result } = renameIn({ kind: '+', name: 'org' }, 'two words');
    assert.ok(!result.ok);
    assert.equal(result.message, "'two words' is not a valid name. Use a letter or digit first, then letters, digits, '-', '_' or '.', without a '.' at the end.");
  });

  it('refuses a name another community already has', () => {
    const { result } = renameIn({ kind: '+', name: 'org' }, 'analytics');
    assert.ok(!result.ok);
    assert.match(result.message, /A community named 'analytics' already exists/);
  });

  it('refuses a name only used in journals too', () => {
    const index = new ReferenceIndex([{ uri: A, syntax: parseJournal('2026-11-21 engagement +org +lab\n') }]);
    const result = rename({ kind: '+', name: 'org' }, 'lab', { landscape: undefined, index }, NEVER_CANCELLED);
    assert.ok(!result.ok);
  });

  it('renames a tag across journals', () => {
    const files = { [A]: '2026-11-21 engagement +org #retro\n  More #retro.\n' };
    const result = rename({ kind: '#', name: 'retro' }, 'review', { landscape: undefined, index: indexOf(files) }, NEVER_CANCELLED);
    assert.equal(applied(result, files)[A], '2026-11-21 engagement +org #review\n  More #review.\n');
  });

  it('returns no edits for the same name', () => {
    const { result } = renameIn({ kind: '+', name: 'org' }, 'org');
    assert.deepEqual(result, { ok: true, edits: [] });
  });
});
