import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EditableDocument } from '../../../server/src/editableDocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { ChangeTracker } from '../../../server/src/documentChanges';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { reparseWithEdit, type SyntaxEdit } from '../../../server/src/language/syntax/incremental';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { loadFrontMatter } from '../../../server/src/language/frontMatter';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { CancelledError, dayFromIsoDate, type JournalDiagnostic, type LanguageService } from '../../../server/src/language/service';
import { resolveRules } from '../../../server/src/language/validation/severity';
import { EntryProblemCache } from '../../../server/src/language/validation/entryCache';
import { validateEditedJournal, type ValidatedJournal } from '../../../server/src/language/validation/editedJournal';
import { validateJournal, type ValidationInput } from '../../../server/src/language/validation/validate';
import { JOURNAL_URI, LANDSCAPE_URI, TODAY, journal, workspace } from '../../support/journal';

const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 200);

const LANDSCAPE_TEXT = 'communities:\n  a: {}\n  b: {}\n  data-science: {}\npeople:\n  ana: {}\n  li: {}\n';
const LANDSCAPE = loadLandscape(LANDSCAPE_URI, LANDSCAPE_TEXT);
/** Windows of 0 days, so the reflective prompts look at every entry whatever its date. */
const RULES = resolveRules(undefined, { 'mode-balance': { days: 0 }, 'stalled-trajectory': { days: 0 }, 'empty-reflection': { days: 0 } });

function inputFor(syntax: JournalSyntax): ValidationInput {
  const { data, problems } = loadFrontMatter(syntax);
  return { syntax, frontMatter: data, frontMatterProblems: problems, landscape: LANDSCAPE, rules: RULES, today: dayFromIsoDate(TODAY)! };
}

/** What a fresh validation of the text says. */
function fresh(text: string): JournalDiagnostic[] {
  return validateJournal(inputFor(parseJournal(text)));
}

/** One journal kept as the service keeps an edited one: re-parsed per version, validated from the last validation. */
class Editor {
  private readonly cache = new EntryProblemCache();
  private validated: ValidatedJournal | undefined;
  private edit: SyntaxEdit | undefined;
  syntax: JournalSyntax;

  constructor(text: string) {
    this.syntax = parseJournal(text);
    this.check();
  }

  type(text: string): SyntaxEdit | undefined {
    const { syntax, edit } = reparseWithEdit(this.syntax, text);
    this.syntax = syntax;
    this.edit = edit;
    return edit;
  }

  check(): { diagnostics: JournalDiagnostic[]; checkedWhole: boolean } {
    const result = validateEditedJournal({ ...inputFor(this.syntax), cache: { entries: this.cache, stamp: 'same' } }, this.validated, this.edit);
    this.validated = result.validated;
    this.edit = undefined;
    return result;
  }
}

/** Types `insert` at the first occurrence of `marker` (plus `offset`), and returns the new text. */
function typeAt(text: string, marker: string, insert: string, offset = 0): string {
  const at = text.indexOf(marker) + offset;
  assert.ok(at >= offset, `marker ${marker} not found`);
  return text.slice(0, at) + insert + text.slice(at);
}

/** Everything a tree says, as plain data (getters read, the shared text source left out). */
function snapshot(syntax: JournalSyntax): unknown {
  return JSON.parse(JSON.stringify(syntax, (key, value: unknown) => (key === 'source' ? undefined : value)));
}

function rules(diagnostics: readonly JournalDiagnostic[]): string[] {
  return diagnostics.map((diagnostic) => diagnostic.rule);
}

const LINES = [
  '2026-01-01 imagination +a',
  '2026-01-03 engagment +a',
  '2026-01-02 alignment +b "t"',
  '2026-01-05 engagement +a',
  '2026-01-04 trajectory +a inbound',
  '2026-01-06 crossing +a -> +b',
  '2026-01-01 imagination +a',
  '# H',
  '## G',
  '; c',
  '  ; c',
  '; practice-disable-next-entry',
  '  ; practice-disable-next-entry foo',
  '; practice-disable-next-entry chronological-order',
  '  ; practice-disable-next-entry stray-text, bar',
  '  p',
  '  p',
  '  q +zz',
  '  x @ana',
  '  r',
  'stray',
  'un indented',
  '#tag',
  '  # H',
  '  with: @ana',
  '  with: @li',
  '  via: artifact "m"',
  '  energy: draning',
  '',
  '',
];

/** Journals of lines that make sections, strays, suppressions and copies; either line break, with or without a BOM. */
const lineJournal = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}x\n${lines.join(newline)}${newline}`);

/** Edits that keep the line count: moving lines round, swapping two, replacing one, or typing inside one. */
const lineEdit = fc.record({
  kind: fc.constantFrom('rotate', 'swap', 'replace', 'type', 'type', 'type'),
  first: fc.nat(),
  second: fc.nat(),
  line: fc.constantFrom(...LINES),
  typed: fc.constantFrom('a', ' ', '', 'bb', '+zz', ';', '#', '# ', '\t', '"', '@li'),
});

function applyLineEdit(text: string, edit: typeof lineEdit extends fc.Arbitrary<infer T> ? T : never): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  // The first line and the empty string after the last break stay where they are.
  const count = lines.length - 2;
  if (count < 2) return text;
  const one = 1 + (edit.first % count);
  const other = 1 + (edit.second % count);
  if (edit.kind === 'rotate') {
    const [low, high] = [Math.min(one, other), Math.max(one, other)];
    const moved = lines.slice(low, high + 1);
    moved.push(moved.shift()!);
    lines.splice(low, moved.length, ...moved);
  } else if (edit.kind === 'swap') {
    [lines[one], lines[other]] = [lines[other]!, lines[one]!];
  } else if (edit.kind === 'replace') {
    lines[one] = edit.line;
  } else {
    const line = lines[one]!;
    const at = edit.second % (line.length + 1);
    lines[one] = line.slice(0, at) + edit.typed + line.slice(Math.min(line.length, at + (edit.first % 3)));
  }
  return lines.join(newline);
}

describe('validating an edited journal: the cases the quick path must not get wrong', () => {
  it('sees the new sections when an edit moves a heading past an entry header, keeping its words and the line count', () => {
    const before = ['2026-01-01 imagination +a', '  p', '# H', '2026-01-03 engagment +a', '', '2026-01-02 alignment +a', '  q', ''].join('\n');
    const after = ['2026-01-01 imagination +a', '  p', '  y', '2026-01-03 engagment +a', '# H', '2026-01-02 alignment +a', '  q', ''].join('\n');
    assert.ok(rules(fresh(before)).includes('chronological-order'), 'the entry of the 2nd is below the 3rd in one section');
    const editor = new Editor(before);
    const edit = editor.type(after);
    assert.equal(edit?.lineDelta, 0);
    assert.equal(edit?.sameOthers, false, 'the heading stands elsewhere');
    const result = editor.check();
    assert.deepEqual(result.diagnostics, fresh(after));
    assert.ok(!rules(result.diagnostics).includes('chronological-order'), 'the heading now starts a section of its own');
  });

  it('keeps the unknown-rule problem of an indented suppression comment that belongs to the entry after the re-parsed ones', () => {
    const text = journal`
      2026-01-01 imagination +a
        p
      2026-01-02 alignment +a
        q
        ; practice-disable-next-entry foo
        r
      2026-01-03 engagement +a
        s
    `;
    const editor = new Editor(text);
    const edited = typeAt(text, '  p', 'x', 3);
    editor.type(edited);
    const result = editor.check();
    assert.deepEqual(result.diagnostics, fresh(edited));
    const unknown = result.diagnostics.find((diagnostic) => diagnostic.rule === 'unknown-rule');
    assert.ok(unknown, rules(result.diagnostics).join());
    assert.equal(edited.slice(unknown.start, unknown.end), 'foo');
  });

  it('checks the whole journal when a re-parsed entry carries a suppression, and keeps what the suppression hides hidden', () => {
    const text = journal`
      2026-01-03 imagination +a
        p
      ; practice-disable-next-entry chronological-order
      2026-01-02 imagination +a
        q
      2026-01-01 imagination +a
        r
    `;
    const editor = new Editor(text);
    const far = typeAt(text, '  r', 'z', 3);
    editor.type(far);
    const farResult = editor.check();
    assert.equal(farResult.checkedWhole, true, 'the entry above the change carries a suppression');
    assert.deepEqual(farResult.diagnostics, fresh(far));
    assert.equal(rules(farResult.diagnostics).filter((rule) => rule === 'chronological-order').length, 1, 'only the unsuppressed entry');
    const near = typeAt(far, '  p', 'z', 3);
    editor.type(near);
    const nearResult = editor.check();
    assert.equal(nearResult.checkedWhole, true, 'the entry below the change carries a suppression');
    assert.deepEqual(nearResult.diagnostics, fresh(near));
  });

  it('finds the problems of typing at the very end of a file that has no final line break', () => {
    const text = journal`
      2026-01-02 imagination +a
        p
      2026-01-01 alignment +a
        the end`;
    assert.ok(!text.endsWith('\n'));
    const editor = new Editor(text);
    for (const typed of [' +nowhere', 'x', ' @nobody']) {
      const edited = editor.syntax.text + typed;
      editor.type(edited);
      const result = editor.check();
      assert.equal(result.checkedWhole, false, typed);
      assert.deepEqual(result.diagnostics, fresh(edited), typed);
    }
    assert.ok(rules(editor.check().diagnostics).includes('unknown-community'));
    const shorter = editor.syntax.text.slice(0, -3);
    editor.type(shorter);
    assert.deepEqual(editor.check().diagnostics, fresh(shorter));
  });

  it('parses the front matter again when typing goes on at the end of its closing fence, the last line of the text', () => {
    for (const typed of ['-', 'x', ' ', '\n2026-01-01 engagement +a']) {
      const text = '---\nauthor: ana\n---';
      const editor = new Editor(text);
      const edited = text + typed;
      editor.type(edited);
      assert.deepEqual(snapshot(editor.syntax), snapshot(parseJournal(edited)), JSON.stringify(typed));
      assert.deepEqual(editor.check().diagnostics, fresh(edited), JSON.stringify(typed));
    }
  });

  it('checks the whole journal when a prose line becomes a comment, or a column-0 line a heading', () => {
    const text = journal`
      2026-01-01 imagination +a
        p
        r
      note
        more words
      2026-01-02 alignment +a
        q
    `;
    const editor = new Editor(text);
    const comment = typeAt(text, '  r', '; ', 2);
    editor.type(comment);
    const commented = editor.check();
    assert.equal(commented.checkedWhole, true);
    assert.deepEqual(commented.diagnostics, fresh(comment));
    const heading = typeAt(comment, 'note', '# ');
    editor.type(heading);
    const headed = editor.check();
    assert.equal(headed.checkedWhole, true);
    assert.deepEqual(headed.diagnostics, fresh(heading));
    assert.ok(rules(headed.diagnostics).includes('stray-text'), 'the indented line under the heading belongs to no entry');
  });

  it('checks the whole journal when an edit gives an entry its first prose, or takes its last away', () => {
    const text = '2026-01-01 imagination +a\n  p\n2026-01-02 alignment +a\n\n2026-01-03 alignment +b\n  q\n';
    const editor = new Editor(text);
    assert.ok(rules(editor.check().diagnostics).includes('empty-reflection'));
    const given = text.replace('alignment +a\n\n', 'alignment +a\n  w\n');
    editor.type(given);
    const result = editor.check();
    assert.equal(result.checkedWhole, true);
    assert.deepEqual(result.diagnostics, fresh(given));
    const taken = given.replace('  p\n', '   \n');
    editor.type(taken);
    const emptied = editor.check();
    assert.equal(emptied.checkedWhole, true);
    assert.deepEqual(emptied.diagnostics, fresh(taken));
  });

  it('moves the problems below a keystroke with their quick-fix offsets, in a CRLF text with a byte-order mark too', () => {
    const lines = [
      '2026-01-01 engagement +a',
      '  p',
      '2026-01-01 alignment +a',
      '  between',
      '2026-01-02 engagement +b "open',
      '  with: @ana',
      '  with: @li',
      '  energy: draning',
      '',
      '  words',
      'not indented',
      '2026-01-03 engagement +a',
      '  q',
      '',
    ];
    for (const [newline, bom] of [['\n', ''], ['\r\n', '\uFEFF']] as const) {
      const text = bom + lines.join(newline);
      const editor = new Editor(text);
      const edited = typeAt(text, '  p', 'ppp', 3);
      editor.type(edited);
      const result = editor.check();
      assert.equal(result.checkedWhole, false);
      assert.deepEqual(result.diagnostics, fresh(edited));
      const byRule = new Map(result.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic]));
      const duplicate = byRule.get('duplicate-field')!;
      assert.equal(duplicate.data?.fix, 'delete');
      if (duplicate.data?.fix === 'delete') assert.equal(edited.slice(duplicate.data.start, duplicate.data.end), `  with: @li${newline}`);
      const unindented = byRule.get('unindented-body')!;
      if (unindented.data?.fix !== 'insert') assert.fail('an insert fix');
      assert.equal(edited.slice(unindented.data.offset, unindented.data.offset + 12), 'not indented');
      const title = byRule.get('unterminated-title')!;
      if (title.data?.fix !== 'insert') assert.fail('an insert fix');
      assert.equal(edited.slice(title.data.offset - 5, title.data.offset), '"open');
    }
  });

  it('checks whole and stays right when typing makes or unmakes an exact copy of an entry far below', () => {
    const text = journal`
      2026-01-01 imagination +a
        same
      2026-01-02 alignment +a
        other
      2026-01-03 engagement +a
        x
      2026-01-01 imagination +a
        samE
    `;
    const editor = new Editor(text);
    const copy = text.replace('samE', 'same');
    editor.type(copy);
    const made = editor.check();
    assert.equal(made.checkedWhole, true);
    assert.deepEqual(made.diagnostics, fresh(copy));
    assert.ok(rules(made.diagnostics).includes('duplicate-entry'));
    const original = copy.replace('  same\n2026-01-02', '  sAme\n2026-01-02');
    editor.type(original);
    const unmade = editor.check();
    assert.deepEqual(unmade.diagnostics, fresh(original));
    assert.ok(!rules(unmade.diagnostics).includes('duplicate-entry'));
  });

  it('gives the right diagnostics after a cancelled whole check that followed a refused quick one', () => {
    const text = journal`
      2026-01-01 imagination +a
        samX
      2026-01-02 alignment +a
        other
      2026-01-01 imagination +a
        same
    `;
    const service = workspace(text, { landscape: LANDSCAPE_TEXT });
    service.getDiagnostics(JOURNAL_URI);
    const first = text.replace('other', 'othEr');
    service.setFile(JOURNAL_URI, first);
    service.getDiagnostics(JOURNAL_URI);
    // The first entry becomes a copy of the last: the quick check gives up half-way through its bookkeeping.
    const edited = first.replace('samX', 'same');
    service.setFile(JOURNAL_URI, edited);
    assert.throws(() => service.getDiagnostics(JOURNAL_URI, { isCancellationRequested: true }), CancelledError);
    const diagnostics = service.getDiagnostics(JOURNAL_URI);
    assert.deepEqual(diagnostics, workspace(edited, { landscape: LANDSCAPE_TEXT }).getDiagnostics(JOURNAL_URI));
    assert.ok(rules(diagnostics).includes('duplicate-entry'));
    const next = edited.replace('othEr', 'other');
    service.setFile(JOURNAL_URI, next);
    assert.deepEqual(service.getDiagnostics(JOURNAL_URI), workspace(next, { landscape: LANDSCAPE_TEXT }).getDiagnostics(JOURNAL_URI));
  });

  it('re-parses a paste of 65,536 line breaks into prose without throwing', () => {
    const text = '2026-01-01 imagination +a\n  p\n2026-01-02 alignment +a\n  q\n';
    const editor = new Editor(text);
    const edited = typeAt(text, '  p', '\n'.repeat(65_536), 3);
    const edit = editor.type(edited);
    assert.equal(edit?.lineDelta, 65_536, 'the paste was re-parsed in part');
    assert.deepEqual(editor.syntax.lineStarts, parseJournal(edited).lineStarts);
    assert.deepEqual(editor.check().diagnostics, fresh(edited));
  });

  it(`equals a whole check after edits that move, swap, replace or type in lines and keep the line count (${RUNS} journals)`, () => {
    let quick = 0;
    fc.assert(
      fc.property(lineJournal, fc.array(lineEdit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const editor = new Editor(initial);
        let text = initial;
        for (const edit of edits) {
          text = applyLineEdit(text, edit);
          editor.type(text);
          assert.deepEqual(snapshot(editor.syntax), snapshot(parseJournal(text)));
          const result = editor.check();
          if (!result.checkedWhole) quick++;
          assert.deepEqual(result.diagnostics, fresh(text));
        }
      }),
      { numRuns: RUNS },
    );
    assert.ok(quick > 0, 'the quick path never ran');
  });
});

describe('the service fed by the editor\'s changes', () => {
  const URI = JOURNAL_URI;
  const CHANGE_LINES = ['2026-01-01 imagination +a', '2026-01-03 engagment +a', '2026-01-02 alignment +b "t"', '# H', '; c', '  ; practice-disable-next-entry foo', '  p', '  q +zz', 'stray', '  with: @ana', '  wiht: @ana', '', 'un indented', '---', 'author: ana'];
  const document = fc
    .tuple(fc.array(fc.constantFrom(...CHANGE_LINES), { minLength: 2, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`);
  const change = fc.record({
    startLine: fc.nat({ max: 14 }),
    startCharacter: fc.nat({ max: 30 }),
    endLine: fc.nat({ max: 14 }),
    endCharacter: fc.nat({ max: 30 }),
    text: fc.constantFrom('', 'a', '\n', '\r\n', '\r', ' ', '  p\n', '# H\n', ';', '2026-01-04 alignment +a\n', 'x y', '𝒜'),
    whole: fc.nat({ max: 30 }),
  });

  function changeEvent(value: typeof change extends fc.Arbitrary<infer T> ? T : never): TextDocumentContentChangeEvent {
    if (value.whole === 0) return { text: `${value.text}z` };
    // Half of these ranges run backward, which the document manager reads forward.
    return { range: { start: { line: value.startLine, character: value.startCharacter }, end: { line: value.endLine, character: value.endCharacter } }, text: value.text };
  }

  /** A check cancelled from the start: a whole check stops, a quick one or a kept result is returned. */
  function cancelledCheck(service: LanguageService): void {
    try {
      service.getDiagnostics(URI, { isCancellationRequested: true });
    } catch (error) {
      assert.ok(error instanceof CancelledError, String(error));
    }
  }

  function freshDiagnostics(text: string): JournalDiagnostic[] {
    return workspace(text, { landscape: LANDSCAPE_TEXT }).getDiagnostics(URI);
  }

  it(`equals a fresh service after notifications of several changes each, taken now and then, with cancelled checks and fix-all in between (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(document, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat({ max: 4 }), { minLength: 5, maxLength: 5 }), (initial, notifications, dice) => {
        const tracker = new ChangeTracker();
        const service = workspace(initial, { landscape: LANDSCAPE_TEXT });
        service.getDiagnostics(URI);
        let open = new EditableDocument(URI, 'practice', 1, initial);
        notifications.forEach((events, index) => {
          open = tracker.update(open, events.map(changeEvent), index + 2);
          const roll = dice[index]!;
          if (roll === 1 && index < notifications.length - 1) return;
          const text = open.getText();
          service.setFile(URI, text, tracker.take(URI));
          if (roll === 2) cancelledCheck(service);
          if (roll === 3 && service.fixAll(URI).files.size > 0) service.setFile(URI, text);
          assert.deepEqual(service.getDiagnostics(URI), freshDiagnostics(text));
          assert.equal(service.getSyntax(URI)!.text, text);
          assert.deepEqual(service.getSyntax(URI)!.lineStarts, parseJournal(text).lineStarts);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the right diagnostics after fix-all was worked out on the service\'s copy and the text set back, and on typing after it', () => {
    const text = journal`
      2026-01-01 imagination +a
        with: @ana
        wiht: @li
        p
      2026-01-02 alignment +a "open
        q
    `;
    const service = workspace(text, { landscape: LANDSCAPE_TEXT });
    service.getDiagnostics(URI);
    const { files } = service.fixAll(URI);
    assert.ok(files.size > 0, 'something to fix');
    service.setFile(URI, text);
    assert.deepEqual(service.getDiagnostics(URI), freshDiagnostics(text));
    const at = text.indexOf('  q') + 3;
    const edited = text.slice(0, at) + ' +zz' + text.slice(at);
    service.setFile(URI, edited, { before: text, start: at, oldEnd: at, newEnd: at + 4 });
    assert.deepEqual(service.getDiagnostics(URI), freshDiagnostics(edited));
  });

  it('takes no change for a document opened again, and re-checks right from its text', () => {
    const tracker = new ChangeTracker();
    const text = '2026-01-01 imagination +a\n  p\n';
    let open = new EditableDocument(URI, 'practice', 1, text);
    open = tracker.update(open, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: 'q' }], 2);
    tracker.forget(URI);
    open = new EditableDocument(URI, 'practice', 1, '2026-01-02 alignment +zz\n  other\n');
    assert.equal(tracker.take(URI), undefined);
    const service = workspace(text, { landscape: LANDSCAPE_TEXT });
    service.setFile(URI, open.getText(), tracker.take(URI));
    assert.deepEqual(service.getDiagnostics(URI), freshDiagnostics(open.getText()));
  });
});
