import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatText } from '../../../server/src/language/features/formatting';
import { sortEntries } from '../../../server/src/language/features/sortEntries';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import type { LanguageService } from '../../../server/src/language/service';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { computeLineStarts, offsetAt, positionAt } from '../../../server/src/language/syntax/text';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import type { FileEdit } from '../../../server/src/language/util/textEdits';
import { journalishText, journalText, mutationsOf } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { documentWords, examples, missingWords, RUNS, writersWords } from './support';

const LANDSCAPE = 'communities:\n  data-science: {}\n  clinical-ops: {}\n  analytics: {}\npeople:\n  ana: {}\n  li: {}\n  maria: {}\n';

/** Journals to edit: generated ones with mistakes that have fixes, and mutated examples. */
const EXAMPLE_JOURNALS = examples().journals.map((journal) => journal.text);
const anyJournal = fc.oneof(journalText, fc.constantFrom(...EXAMPLE_JOURNALS).chain((text) => mutationsOf(text, 4)));

/** Applies a file's LSP edits, failing when two of them overlap (a fix is applied whole or not at all). */
function applyEdits(text: string, edits: FileEdit['edits']): string {
  const lineStarts = computeLineStarts(text);
  const offsets = edits
    .map((edit) => ({ start: offsetAt(text, lineStarts, edit.range.start), end: offsetAt(text, lineStarts, edit.range.end), text: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of offsets) {
    assert.ok(edit.start >= cursor, `overlapping edits: ${JSON.stringify(edits)}`);
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** The texts of the files after a set of per-file edits. */
function applyFileEdits(texts: ReadonlyMap<string, string>, fileEdits: readonly FileEdit[]): Map<string, string> {
  const result = new Map(texts);
  for (const fileEdit of fileEdits) {
    const current = result.get(fileEdit.uri);
    assert.ok(current !== undefined, `an edit to a file the workspace does not hold: ${fileEdit.uri}`);
    result.set(fileEdit.uri, applyEdits(current, fileEdit.edits));
  }
  return result;
}

/** Only spaces, tabs and line breaks removed: what formatting may change. */
function withoutBlanks(text: string): string {
  return text.replace(/[ \t\r\n]/g, '');
}

function sortedCharacters(text: string): string {
  return [...text].sort().join('');
}

function wordsOf(text: string): string[] {
  return writersWords(parseJournal(text));
}

/** Fails when a word of a title or of prose in `before` is no longer anywhere in `after`. */
function assertWordsKept(before: string, after: string, what: string): void {
  assert.deepEqual(missingWords(wordsOf(before), documentWords(parseJournal(after))), [], `${what} lost words of the writer`);
}

function serviceFor(text: string, withLandscape: boolean): LanguageService {
  return workspace(text, withLandscape ? { landscape: LANDSCAPE } : {});
}

describe('robustness: edits never lose the writer’s words', () => {
  it(`keeps every word of titles and prose through every quick fix, each applied alone (${RUNS} cases)`, () => {
    /** Landscapes a fix produced that are known to load cleanly ("add to landscape" yields few distinct ones). */
    const validLandscapes = new Set<string>();
    fc.assert(
      fc.property(anyJournal, fc.boolean(), (text, withLandscape) => {
        const service = serviceFor(text, withLandscape);
        const texts = new Map([[JOURNAL_URI, text], ...(withLandscape ? [[LANDSCAPE_URI, LANDSCAPE] as const] : [])]);
        for (const diagnostic of service.getDiagnostics(JOURNAL_URI)) {
          for (const fix of service.getFixes(JOURNAL_URI, diagnostic)) {
            const after = applyFileEdits(texts, fix.edits);
            assertWordsKept(text, after.get(JOURNAL_URI)!, `${fix.title} (${diagnostic.rule})`);
            const landscape = after.get(LANDSCAPE_URI);
            if (landscape !== undefined && landscape !== LANDSCAPE && !validLandscapes.has(landscape)) {
              assert.deepEqual(loadLandscape(LANDSCAPE_URI, landscape).problems, [], `${fix.title} broke the landscape`);
              validLandscapes.add(landscape);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`formats without changing anything but blanks, and formatting twice equals once (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anyJournal, journalishText), (text) => {
        const once = formatText(text);
        assert.equal(withoutBlanks(once), withoutBlanks(text));
        assert.deepEqual(wordsOf(once), wordsOf(text));
        assert.equal(formatText(once), once, 'formatting a formatted journal changed it');
      }),
      { numRuns: RUNS },
    );
  });

  it(`formats a range without changing anything but blanks, and only within its lines (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyJournal, fc.nat(), fc.nat(), (text, a, b) => {
        const service = serviceFor(text, false);
        const syntax = service.getSyntax(JOURNAL_URI)!;
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const range = { start: positionAt(text, syntax.lineStarts, from), end: positionAt(text, syntax.lineStarts, to) };
        const edits = service.features.formatting(JOURNAL_URI, range, NEVER_CANCELLED);
        for (const edit of edits) assert.ok(edit.range.start.line >= range.start.line && edit.range.end.line <= range.end.line + 1, JSON.stringify({ range, edit }));
        assert.equal(withoutBlanks(applyEdits(text, edits)), withoutBlanks(text));
      }),
      { numRuns: RUNS },
    );
  });

  it(`sorts entries keeping every character, and sorting twice equals once (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyJournal, (text) => {
        const edits = sortEntries(parseJournal(text));
        const sorted = edits.reduceRight((current, edit) => current.slice(0, edit.start) + edit.text + current.slice(edit.end), text);
        assert.equal(sorted.length, text.length);
        assert.equal(sortedCharacters(sorted), sortedCharacters(text));
        assert.deepEqual(wordsOf(sorted), wordsOf(text));
        assert.deepEqual(sortEntries(parseJournal(sorted)), [], 'sorting sorted entries moved something');
      }),
      { numRuns: RUNS },
    );
  });

  it(`fixes all without losing a word, and fixing all twice equals once (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyJournal, fc.boolean(), (text, withLandscape) => {
        const first = serviceFor(text, withLandscape).fixAll(JOURNAL_URI);
        const fixed = first.files.get(JOURNAL_URI) ?? text;
        assertWordsKept(text, fixed, 'fix all');
        assert.ok(!first.files.has(LANDSCAPE_URI), 'fix all edited the landscape');
        const second = serviceFor(fixed, withLandscape).fixAll(JOURNAL_URI);
        assert.equal(second.files.get(JOURNAL_URI) ?? fixed, fixed, 'a second fix-all changed the journal again');
        assert.equal(second.applied, 0);
      }),
      { numRuns: RUNS },
    );
  });

  describe('rename', () => {
    /** Names YAML reads as text when written plain, so renaming back restores every byte. */
    const plainName = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}[a-z0-9]$/), fc.constantFrom('José', '東京', 'x.y', 'a_b', '2026-11-20'));
    /** Names YAML would read as something else when written plain: the landscape must quote them. */
    const yamlishName = fc.constantFrom('true', 'null', '1e3', '0x1f', '0o17');
    const newNames = fc.oneof(plainName.map((name) => ({ name, plain: true })), yamlishName.map((name) => ({ name, plain: false })));

    /** The position of the name of the journal's `index`-th reference (modulo their count) that satisfies `accept`. */
    function referencePosition(service: LanguageService, index: number, accept: (sigil: string, name: string) => boolean = () => true) {
      const syntax = service.getSyntax(JOURNAL_URI)!;
      const references = syntax.entries.flatMap((entry) => entry.references).filter((reference) => accept(reference.sigil, reference.name));
      const reference = references[index % Math.max(1, references.length)];
      return reference && positionAt(syntax.text, syntax.lineStarts, reference.start + 1);
    }

    it(`keeps every word and the landscape valid, and renaming back restores every byte (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(journalText, fc.nat(), newNames, (text, pick, { name: newName, plain }) => {
          const service = serviceFor(text, true);
          const position = referencePosition(service, pick);
          fc.pre(position !== undefined);
          const prepared = service.features.prepareRename(JOURNAL_URI, position!);
          if (!prepared?.ok) return;
          const renamed = service.features.rename(JOURNAL_URI, position!, newName, NEVER_CANCELLED);
          assert.ok(renamed, 'no rename result');
          if (!renamed.ok) return;
          const after = applyFileEdits(new Map([[JOURNAL_URI, text], [LANDSCAPE_URI, LANDSCAPE]]), renamed.edits);
          assert.deepEqual(wordsOf(after.get(JOURNAL_URI)!), wordsOf(text), 'a rename changed words of titles or prose');
          const landscape = loadLandscape(LANDSCAPE_URI, after.get(LANDSCAPE_URI)!);
          assert.deepEqual(landscape.problems, []);
          const { kind, name } = prepared.target;
          if (newName === name) return;
          if (kind === '+') assert.ok(!landscape.communities.has(name) && (landscape.communities.has(newName) || !LANDSCAPE.includes(`  ${name}:`)));
          if (kind === '@') assert.ok(!landscape.people.has(name) && (landscape.people.has(newName) || !LANDSCAPE.includes(`  ${name}:`)));
          if (!plain) return;
          const back = serviceFor(after.get(JOURNAL_URI)!, true);
          back.setFile(LANDSCAPE_URI, after.get(LANDSCAPE_URI)!);
          const renamedAt = referencePosition(back, 0, (sigil, candidate) => sigil === kind && candidate === newName)!;
          const restored = back.features.rename(JOURNAL_URI, renamedAt, name, NEVER_CANCELLED);
          assert.ok(restored?.ok, JSON.stringify(restored));
          const final = applyFileEdits(after, restored.edits);
          assert.equal(final.get(JOURNAL_URI), text);
          assert.equal(final.get(LANDSCAPE_URI), LANDSCAPE);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
