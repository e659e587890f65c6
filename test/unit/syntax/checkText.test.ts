import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadFrontMatter } from '../../../server/src/language/frontMatter';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { dayFromIsoDate } from '../../../server/src/language/service';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { LineParser, parseHead, parseJournal } from '../../../server/src/language/syntax/parser';
import { CancelledError } from '../../../server/src/language/util/cancellation';
import { checkJournalText, type CheckSettings } from '../../../server/src/language/validation/checkText';
import { resolveRules } from '../../../server/src/language/validation/severity';
import type { RuleOverrides } from '../../../server/src/language/validation/types';
import { validateJournal } from '../../../server/src/language/validation/validate';
import { journalishText, journalText, wholeJournalText } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, TODAY, journal, workspace } from '../../support/journal';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 200);

const LANDSCAPE = loadLandscape(LANDSCAPE_URI, 'communities:\n  data-science: {}\n  clinical-ops: {}\npeople:\n  ana: {}\n  li: {}\n');

/** The reflective rules with no window: every entry is prompted on, dated or not. */
const NO_WINDOWS: RuleOverrides = { 'empty-reflection': { days: 0 }, 'crossing-without-object': { days: 0 }, 'mode-balance': { days: 0 }, 'stalled-trajectory': { days: 0 } };

function settingsFor(head: Pick<JournalSyntax, 'text' | 'frontMatter'>, overrides?: RuleOverrides, today = TODAY): CheckSettings {
  const { data, problems } = loadFrontMatter(head);
  return { frontMatter: data, frontMatterProblems: problems, landscape: LANDSCAPE, rules: resolveRules(undefined, overrides), today: dayFromIsoDate(today)! };
}

/** The diagnostics of the whole tree, checked at once. */
function checkedWhole(text: string, overrides?: RuleOverrides, today?: string): unknown {
  const syntax = parseJournal(text);
  return validateJournal({ syntax, ...settingsFor(syntax, overrides, today) });
}

/** The diagnostics of the text checked as it is parsed, `runLines` lines at a time. */
function checkedInRuns(text: string, runLines: number, overrides?: RuleOverrides, today?: string): unknown {
  return checkJournalText(text, (head) => settingsFor(head, overrides, today), undefined, runLines);
}

/** Windows of any length (or none) for the reflective rules, and some journal-wide rules off. */
const anyOverrides: fc.Arbitrary<RuleOverrides> = fc
  .tuple(
    ...(['empty-reflection', 'crossing-without-object', 'mode-balance', 'stalled-trajectory'] as const).map((rule) =>
      fc.option(fc.constantFrom(0, 1, 3, 7, 30, 90), { nil: undefined }).map((days): RuleOverrides => (days === undefined ? {} : { [rule]: { days } })),
    ),
    fc.subarray(['duplicate-entry', 'chronological-order', 'stray-text', 'mode-balance'] as const).map((rules): RuleOverrides => Object.fromEntries(rules.map((rule) => [rule, { severity: 'off' }]))),
  )
  .map((parts) => Object.assign({}, ...parts) as RuleOverrides);

/** Every block of a journal, as plain data. */
function blocksOf(syntax: Pick<JournalSyntax, 'headings' | 'comments' | 'entries' | 'strays'>): unknown {
  return JSON.parse(JSON.stringify({ headings: syntax.headings, comments: syntax.comments, entries: syntax.entries, strays: syntax.strays }));
}

describe('checking a journal as it is parsed', () => {
  describe('the line parser in runs', () => {
    it('parses a body in runs of lines into the blocks one parse gives', () => {
      fc.assert(
        fc.property(fc.oneof(journalText, journalishText), fc.integer({ min: 1, max: 5 }), (text, runLines) => {
          const { head, bodyLine } = parseHead(text);
          const parser = new LineParser(head);
          for (let line = bodyLine; line < head.lineStarts.length; line += runLines) parser.parse(line, Math.min(line + runLines, head.lineStarts.length));
          assert.deepEqual(blocksOf(parser.blocks), blocksOf(parseJournal(text)));
        }),
        { numRuns: RUNS },
      );
    });

    it('says an entry is open while its indented lines may still come', () => {
      const text = journal`
        2026-11-20 engagement +data-science
          with: @ana

          A first line of prose.
        # November
      `;
      const { head, bodyLine } = parseHead(text);
      const parser = new LineParser(head);
      parser.parse(bodyLine, bodyLine + 2);
      assert.equal(parser.entryOpen, true);
      parser.parse(bodyLine + 2, head.lineStarts.length);
      assert.equal(parser.entryOpen, false, 'a heading closes the entry');
      assert.equal(parser.blocks.entries.length, 1);
      assert.equal(parser.blocks.entries[0]!.reflection !== undefined, true, 'the prose after the run boundary is the entry’s');
    });
  });

  it('gives the diagnostics of the whole tree, whatever the run length', () => {
    fc.assert(
      fc.property(fc.oneof(journalText, journalishText), fc.integer({ min: 1, max: 4 }), (text, runLines) => {
        assert.deepEqual(checkedInRuns(text, runLines), checkedWhole(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives them with the reflective rules unwindowed, when every entry is prompted on', () => {
    fc.assert(
      fc.property(journalText, fc.integer({ min: 1, max: 4 }), (text, runLines) => {
        assert.deepEqual(checkedInRuns(text, runLines, NO_WINDOWS), checkedWhole(text, NO_WINDOWS));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives them for whole journals, any window, any day, any line ending', () => {
    fc.assert(
      fc.property(wholeJournalText, fc.integer({ min: 1, max: 7 }), anyOverrides, fc.constantFrom('2026-09-01', '2026-10-15', TODAY), (text, runLines, overrides, today) => {
        assert.deepEqual(checkedInRuns(text, runLines, overrides, today), checkedWhole(text, overrides, today));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a suppression comment for its entry across a heading and a run boundary', () => {
    const text = journal`
      ; practice-disable-next-entry unknown-community
      # November

      2026-11-20 engagement +nowhere
        Prose.
      2026-11-21 engagement +nowhere
        Prose.
    `;
    for (const runLines of [1, 2, 3, 1024]) {
      const rules = (checkedInRuns(text, runLines) as { rule: string; range: { start: { line: number } } }[]).filter((diagnostic) => diagnostic.rule === 'unknown-community');
      assert.deepEqual(
        rules.map((diagnostic) => diagnostic.range.start.line),
        [5],
        `runs of ${runLines} lines`,
      );
    }
  });

  it('reports the journal-wide problems (order, copies, balance) across runs', () => {
    const entry = '2026-11-10 engagement +data-science\n  with: @ana\n\n  We paired on the model.\n';
    const text = `${entry}\n2026-11-01 alignment +data-science\n  Planned.\n\n${entry}`;
    const found = checkedInRuns(text, 1) as { rule: string }[];
    assert.deepEqual(
      found.map((diagnostic) => diagnostic.rule).filter((rule) => rule === 'chronological-order' || rule === 'duplicate-entry'),
      ['chronological-order', 'duplicate-entry'],
    );
    assert.deepEqual(found, checkedWhole(text));
  });

  it('checks an empty text, and one that is only front matter', () => {
    assert.deepEqual(checkedInRuns('', 1), []);
    const frontMatterOnly = '---\nauthor: ana\n---\n';
    assert.deepEqual(checkedInRuns(frontMatterOnly, 1), checkedWhole(frontMatterOnly));
    const unclosed = '---\nauthor: [ana\n';
    assert.deepEqual(checkedInRuns(unclosed, 1), checkedWhole(unclosed));
    assert.ok((checkedInRuns(unclosed, 1) as unknown[]).length > 0, 'an unclosed front matter is reported');
  });

  it('stops when cancelled', () => {
    const text = Array.from({ length: 50 }, (_, index) => `2026-11-${String((index % 28) + 1).padStart(2, '0')} engagement +data-science\n  Prose.\n`).join('\n');
    let looks = 0;
    const token = {
      get isCancellationRequested() {
        return ++looks > 3;
      },
    };
    assert.throws(() => checkJournalText(text, (head) => settingsFor(head), token, 4), CancelledError);
  });

  describe('the service', () => {
    it('checks a text it does not hold as it checks one it holds, and keeps nothing', () => {
      const text = journal`
        ---
        author: ana
        ---
        2026-11-20 engagment +data-science
          wiht: @li
        2026-11-19 crossing +data-science -> +data-science
      `;
      const held = workspace(text, { landscape: 'communities:\n  data-science: {}\npeople:\n  ana: {}\n' });
      const other = workspace('', { landscape: 'communities:\n  data-science: {}\npeople:\n  ana: {}\n' });
      other.deleteFile(JOURNAL_URI);
      const checked = other.checkText(JOURNAL_URI, text);
      assert.deepEqual(checked, held.getDiagnostics(JOURNAL_URI));
      assert.ok(checked.length >= 3);
      assert.equal(other.hasFile(JOURNAL_URI), false);
    });

    it('reads the landscape a front matter names, and says when there is none', () => {
      const named = journal`
        ---
        landscape: ../teams/landscape.yaml
        ---
        2026-11-20 engagement +ops
          Prose.
      `;
      const service = workspace('', { files: { 'file:///workspace/teams/landscape.yaml': 'communities:\n  ops: {}\n' } });
      service.deleteFile(JOURNAL_URI);
      assert.deepEqual(
        service.checkText(JOURNAL_URI, named).map((diagnostic) => diagnostic.rule),
        [],
      );
      const missing = named.replace('../teams/', '../nowhere/');
      assert.deepEqual(
        service.checkText(JOURNAL_URI, missing).map((diagnostic) => diagnostic.rule),
        ['landscape-not-found'],
      );
    });

    it('checks a landscape text as a landscape', () => {
      const service = workspace('');
      const problems = service.checkText(LANDSCAPE_URI, 'communities:\n  Data Science: {}\n');
      assert.ok(problems.length > 0);
      assert.equal(service.getLandscape(LANDSCAPE_URI), undefined, 'the landscape is not taken in');
    });
  });
});
