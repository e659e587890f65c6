import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { reparseWithEdit, type SyntaxEdit } from '../../../server/src/language/syntax/incremental';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { loadFrontMatter } from '../../../server/src/language/frontMatter';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { dayFromIsoDate } from '../../../server/src/language/service';
import { resolveRules } from '../../../server/src/language/validation/severity';
import { EntryProblemCache } from '../../../server/src/language/validation/entryCache';
import { validateEditedJournal, type ValidatedJournal } from '../../../server/src/language/validation/editedJournal';
import { validateJournal, type ValidationInput } from '../../../server/src/language/validation/validate';
import { journalText } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, TODAY, journal, workspace } from '../../support/journal';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 200);

const LANDSCAPE = loadLandscape(LANDSCAPE_URI, 'communities:\n  data-science: {}\n  clinical-ops: {}\npeople:\n  ana: {}\n  li: {}\n');

/** Validates one version of a journal as the service does for an edited one. */
class Editor {
  private readonly cache = new EntryProblemCache();
  private validated: ValidatedJournal | undefined;
  syntax: JournalSyntax;
  private edit: SyntaxEdit | undefined;

  constructor(text: string) {
    this.syntax = parseJournal(text);
  }

  type(text: string): void {
    const { syntax, edit } = reparseWithEdit(this.syntax, text);
    this.syntax = syntax;
    this.edit = edit;
  }

  check(): { diagnostics: unknown; checkedWhole: boolean } {
    const result = validateEditedJournal({ ...inputFor(this.syntax), cache: { entries: this.cache, stamp: 'same' } }, this.validated, this.edit);
    this.validated = result.validated;
    this.edit = undefined;
    return { diagnostics: result.diagnostics, checkedWhole: result.checkedWhole };
  }
}

function inputFor(syntax: JournalSyntax): ValidationInput {
  const { data, problems } = loadFrontMatter(syntax);
  return { syntax, frontMatter: data, frontMatterProblems: problems, landscape: LANDSCAPE, rules: resolveRules(undefined, undefined), today: dayFromIsoDate(TODAY)! };
}

/** What a fresh validation of the text says. */
function fresh(text: string): unknown {
  return validateJournal(inputFor(parseJournal(text)));
}

/** Offsets inside the prose of entries: edits there are the common case the quick path serves. */
function proseOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const entry of parseJournal(text).entries) {
    if (entry.reflection) for (let at = entry.reflection.start + 1; at < entry.reflection.end; at++) offsets.push(at);
  }
  return offsets;
}

const PROSE_INSERTS = ['a', ' ', 'x y', '+data-science', '@li', '#tag', '+unknown-team', '@nobody', '"', '->', ''];

describe('validating an edited journal', () => {
  const text = journal`
    # November
    2026-11-01 engagement +data-science "Pairing"
      with: @ana

      We paired on the pipeline.
    2026-11-03 trajectory +data-science inbound
      Starting out.
    2026-11-02 imagination +clinical-ops
      A picture of the ward.
    2026-11-05 crossing +data-science -> +clinical-ops
      as: broker

      Took the notebook across.
  `;

  it('checks only the re-parsed entries after a keystroke in prose, with the same result as a whole check', () => {
    const editor = new Editor(text);
    assert.equal(editor.check().checkedWhole, true, 'the first version is checked whole');
    const at = text.indexOf('pipeline') + 4;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    editor.type(edited);
    const result = editor.check();
    assert.equal(result.checkedWhole, false);
    assert.deepEqual(result.diagnostics, fresh(edited));
  });

  it('finds a problem typed into prose and moves the ones below it', () => {
    const editor = new Editor(text);
    editor.check();
    const at = text.indexOf('pipeline');
    const edited = text.slice(0, at) + '+unknown-team ' + text.slice(at);
    editor.type(edited);
    const result = editor.check();
    assert.equal(result.checkedWhole, false);
    assert.deepEqual(result.diagnostics, fresh(edited));
    const rules = (result.diagnostics as { rule: string }[]).map((diagnostic) => diagnostic.rule);
    assert.ok(rules.includes('unknown-community'), rules.join());
    assert.ok(rules.includes('chronological-order'), rules.join());
  });

  it('checks the whole journal again when a header, a line count or the landscape stamp changes', () => {
    const editor = new Editor(text);
    editor.check();
    const header = text.replace('imagination +clinical-ops', 'alignment +clinical-ops');
    editor.type(header);
    assert.equal(editor.check().checkedWhole, true, 'a changed header');
    const lines = header.replace('We paired', 'We\npaired');
    editor.type(lines);
    const result = editor.check();
    assert.equal(result.checkedWhole, true, 'a new line');
    assert.deepEqual(result.diagnostics, fresh(lines));
  });

  it('checks the whole journal again when prose typing makes or unmakes an exact copy of another entry', () => {
    const twins = journal`
      2026-11-01 engagement +data-science
        Same words.
      2026-11-02 engagement +data-science
        Other words.
      2026-11-01 engagement +data-science
        Same words!
    `;
    const editor = new Editor(twins);
    editor.check();
    const copy = twins.replace('Same words!', 'Same words.');
    editor.type(copy);
    const made = editor.check();
    assert.equal(made.checkedWhole, true);
    assert.deepEqual(made.diagnostics, fresh(copy));
    assert.ok((made.diagnostics as { rule: string }[]).some((diagnostic) => diagnostic.rule === 'duplicate-entry'));
    editor.type(twins);
    const unmade = editor.check();
    assert.equal(unmade.checkedWhole, true);
    assert.ok(!(unmade.diagnostics as { rule: string }[]).some((diagnostic) => diagnostic.rule === 'duplicate-entry'));
  });

  it(`equals a whole check after any sequence of prose edits and others (${RUNS} journals)`, () => {
    let quick = 0;
    fc.assert(
      fc.property(journalText, fc.array(fc.record({ pick: fc.nat(), anywhere: fc.nat({ max: 9 }), insert: fc.constantFrom(...PROSE_INSERTS), length: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const editor = new Editor(initial);
        editor.check();
        let current = initial;
        for (const { pick, anywhere, insert, length } of edits) {
          const prose = proseOffsets(current);
          // Mostly typing in prose; now and then anywhere at all.
          const at = anywhere > 0 && prose.length > 0 ? prose[pick % prose.length]! : pick % (current.length + 1);
          current = current.slice(0, at) + insert + current.slice(Math.min(current.length, at + (anywhere > 0 ? 0 : length)));
          editor.type(current);
          const result = editor.check();
          if (!result.checkedWhole) quick++;
          assert.deepEqual(result.diagnostics, fresh(current));
        }
      }),
      { numRuns: RUNS },
    );
    assert.ok(quick > RUNS / 4, `the quick path ran only ${quick} times`);
  });

  it('takes an editor\'s change in place of comparing the texts, and gives the same diagnostics', () => {
    const service = workspace(text, { landscape: 'communities:\n  data-science: {}\n  clinical-ops: {}\n' });
    service.getDiagnostics(JOURNAL_URI);
    const at = text.indexOf('ward') + 2;
    const edited = text.slice(0, at) + 'zz' + text.slice(at);
    service.setFile(JOURNAL_URI, edited, { before: text, start: at, oldEnd: at, newEnd: at + 2 });
    const expected = workspace(edited, { landscape: 'communities:\n  data-science: {}\n  clinical-ops: {}\n' }).getDiagnostics(JOURNAL_URI);
    assert.deepEqual(service.getDiagnostics(JOURNAL_URI), expected);
    assert.equal(service.getSyntax(JOURNAL_URI)!.text, edited);
  });

  it('ignores a change that does not fit the texts, or that was made to other text', () => {
    const service = workspace(text);
    const at = text.indexOf('ward');
    const edited = text.slice(0, at) + 'zz' + text.slice(at);
    service.setFile(JOURNAL_URI, edited, { before: text, start: 0, oldEnd: 0, newEnd: 5 });
    assert.deepEqual(service.getDiagnostics(JOURNAL_URI), workspace(edited).getDiagnostics(JOURNAL_URI));
    const again = edited.replace('pipeline', 'pipe line');
    service.setFile(JOURNAL_URI, again, { before: 'some other text', start: at, oldEnd: at, newEnd: at });
    assert.deepEqual(service.getDiagnostics(JOURNAL_URI), workspace(again).getDiagnostics(JOURNAL_URI));
  });
});
