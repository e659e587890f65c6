import { strict as assert } from 'node:assert';
import { JournalTree, TreeKeeper } from '../../server/src/language/journalTrees';
import { parseJournal } from '../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../server/src/language/util/cancellation';
import { positionOf, SIZEABLE_JOURNALS, SIZEABLE_ROOT, sizeableService } from '../support/sizeableJournals';

const ROOT = SIZEABLE_ROOT;
const OPEN = `${ROOT}/journals/j00.practice`;

const JOURNALS = SIZEABLE_JOURNALS;

const service = sizeableService;

describe('journal trees: letting go of the syntax of closed journals', () => {
  const keeping = service(undefined);
  const dropping = service((uri) => uri === OPEN);
  const closed = JOURNALS[17]!;

  it('lets go of the trees of journals the host does not keep, and parses them again when needed', () => {
    const first = dropping.getSyntax(closed.uri);
    for (const { uri } of JOURNALS) if (uri !== closed.uri) dropping.getDiagnostics(uri);
    assert.notEqual(dropping.getSyntax(closed.uri), first, 'the closed journal was parsed again');
    assert.deepEqual(dropping.getSyntax(closed.uri)!.entries.length, first!.entries.length);
    const open = dropping.getSyntax(OPEN);
    for (const { uri } of JOURNALS.slice(1)) dropping.getDiagnostics(uri);
    assert.equal(dropping.getSyntax(OPEN), open, 'the open journal kept its tree');
    const kept = keeping.getSyntax(closed.uri);
    for (const { uri } of JOURNALS) keeping.getDiagnostics(uri);
    assert.equal(keeping.getSyntax(closed.uri), kept, 'without retainSyntax every tree is kept');
  });

  it('gives every journal the same diagnostics and the workspace the same model either way', () => {
    for (const { uri } of JOURNALS) assert.deepEqual(dropping.getDiagnostics(uri), keeping.getDiagnostics(uri), uri);
    assert.deepEqual(dropping.getModel(), keeping.getModel());
    assert.deepEqual(dropping.getModelSummary(), keeping.getModelSummary());
    assert.equal(dropping.getText(closed.uri), closed.text);
  });

  it('answers references, definition, rename and workspace symbols across closed journals as when every tree is kept', () => {
    const open = JOURNALS[0]!;
    const community = positionOf(open.text, '+data-science');
    const person = positionOf(open.text, '@ana');
    const unknown = positionOf(open.text, '+unknown-team');
    for (const position of [community, person, unknown]) {
      const expected = keeping.features.references(OPEN, position, true, NEVER_CANCELLED);
      assert.ok(expected.length > JOURNALS.length, 'uses in every journal');
      assert.deepEqual(dropping.features.references(OPEN, position, true, NEVER_CANCELLED), expected);
      assert.deepEqual(dropping.features.definition(OPEN, position, NEVER_CANCELLED), keeping.features.definition(OPEN, position, NEVER_CANCELLED));
    }
    assert.deepEqual(dropping.features.rename(OPEN, community, 'data-sci', NEVER_CANCELLED), keeping.features.rename(OPEN, community, 'data-sci', NEVER_CANCELLED));
    for (const query of ['pairing 17-', 'handover', 'unknown', 'zzz']) {
      assert.deepEqual(dropping.features.workspaceSymbols(query, NEVER_CANCELLED), keeping.features.workspaceSymbols(query, NEVER_CANCELLED), query);
    }
  });

  it('answers a hover and the diagnostics of a closed journal, and of its new text once it changes on disk', () => {
    const position = positionOf(closed.text, '+data-science');
    assert.deepEqual(dropping.features.hover(closed.uri, position), keeping.features.hover(closed.uri, position));
    const changed = closed.text.replace('engagment', 'engagement').replace('"Pairing 17-1"', '"Unclosed');
    for (const both of [dropping, keeping]) both.setFile(closed.uri, changed);
    for (const { uri } of JOURNALS) if (uri !== closed.uri) dropping.getDiagnostics(uri);
    assert.deepEqual(dropping.getDiagnostics(closed.uri), keeping.getDiagnostics(closed.uri));
    assert.ok(dropping.getDiagnostics(closed.uri).some((diagnostic) => diagnostic.rule === 'unterminated-title'));
    assert.deepEqual(dropping.getModelSummary(), keeping.getModelSummary());
    const reference = positionOf(changed, '@ana');
    assert.deepEqual(dropping.features.references(closed.uri, reference, false, NEVER_CANCELLED), keeping.features.references(closed.uri, reference, false, NEVER_CANCELLED));
  });

  it('forgets a deleted journal everywhere', () => {
    for (const both of [dropping, keeping]) both.deleteFile(JOURNALS[30]!.uri);
    assert.equal(dropping.getText(JOURNALS[30]!.uri), undefined);
    assert.deepEqual(dropping.features.workspaceSymbols('pairing 30-', NEVER_CANCELLED), []);
    assert.deepEqual(dropping.getModelSummary(), keeping.getModelSummary());
  });
});

describe('TreeKeeper', () => {
  const text = (length: number): string => `2026-11-20 engagement +a\n${'x'.repeat(Math.max(0, length - 25))}\n`;

  it('keeps recently used trees up to its budget of text, the most recent one always, and lets the oldest go first', () => {
    const dropped: string[] = [];
    const keeper = new TreeKeeper(250, { mayDrop: () => true, beforeDrop: (tree) => dropped.push(`${tree.uri}:${tree.held}`) });
    const a = new JournalTree(parseJournal(text(100)), 'a', 'a', keeper);
    const b = new JournalTree(parseJournal(text(100)), 'b', 'b', keeper);
    assert.deepEqual(dropped, []);
    const c = new JournalTree(parseJournal(text(100)), 'c', 'c', keeper);
    assert.deepEqual(dropped, ['a:true']);
    assert.deepEqual([a.held, b.held, c.held], [false, true, true]);
    void a.syntax;
    assert.deepEqual([a.held, b.held, c.held], [true, false, true]);
    const huge = new JournalTree(parseJournal(text(1000)), 'huge', 'huge', keeper);
    assert.deepEqual([a.held, c.held, huge.held], [false, false, true]);
    assert.equal(huge.text.length, text(1000).length);
  });

  it('never lets go of a tree the policy keeps, and keeps every tree without a policy', () => {
    const keeper = new TreeKeeper(0, { mayDrop: (uri) => uri !== 'open', beforeDrop: () => undefined });
    const open = new JournalTree(parseJournal(text(100)), 'open', 'open', keeper);
    const other = new JournalTree(parseJournal(text(100)), 'other', 'other', keeper);
    new JournalTree(parseJournal(text(100)), 'third', 'third', keeper);
    assert.deepEqual([open.held, other.held], [true, false]);
    const everything = new TreeKeeper(0, undefined);
    const trees = [1, 2, 3].map((index) => new JournalTree(parseJournal(text(100)), `t${index}`, `t${index}`, everything));
    assert.ok(trees.every((tree) => tree.held));
  });

  it('keeps what workspace-wide features read of a journal once its tree is gone', () => {
    const keeper = new TreeKeeper(0, { mayDrop: () => true, beforeDrop: () => undefined });
    const source = '---\nauthor: ana\n---\n2026-11-20 engagement +a "Pairing"\n  with: @li\n\n  Notes on +b.\n';
    const tree = new JournalTree(parseJournal(source), 'j', 'j', keeper);
    const file = tree.journalFile();
    new JournalTree(parseJournal(text(100)), 'other', 'other', keeper);
    assert.equal(tree.held, false);
    assert.equal(tree.journalFile(), file);
    assert.deepEqual([...file.table['+'].keys()], ['a', 'b']);
    assert.deepEqual([...file.table['@'].keys()], ['ana', 'li']);
    assert.deepEqual(file.headers, [{ name: '2026-11-20 engagement Pairing', start: 20, end: 54 }]);
    assert.equal(file.text, source);
  });
});
