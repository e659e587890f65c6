import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { LanguageService } from '../../../server/src/language/service';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { journalishText, journalText, mutation, applyMutation } from '../../support/arbitraries';
import { JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { examples, RUNS } from './support';

const LANDSCAPES = ['communities:\n  data-science: {}\n  clinical-ops: {}\npeople:\n  ana: {}\n', 'communities:\n  analytics: {}\nrules:\n  empty-reflection: off\n  chronological-order: error\n'];
const EXAMPLE_JOURNALS = examples().journals.map((journal) => journal.text);

/** Typing: one character or a short fragment at a place, as an editor sends keystrokes. */
const keystroke = fc.record({ at: fc.nat(), text: fc.constantFrom('a', ' ', '\n', '"', '+', '@', '#', ':', '2', '-', '\t', 'engagement', '  with: @ana', '\r\n') });

/** One step: an edit of the journal, a new landscape, new user rules, or a question to the service. */
const step = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(mutation, keystroke.map(({ at, text }) => ({ kind: 'insert' as const, at, text }))).map((edit) => ({ kind: 'edit' as const, edit })) },
  { weight: 1, arbitrary: fc.nat({ max: LANDSCAPES.length }).map((index) => ({ kind: 'landscape' as const, index })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, { 'empty-reflection': { severity: 'off' as const } }, { 'mode-balance': { days: 0 } }).map((rules) => ({ kind: 'rules' as const, rules })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'ask' as const }) },
);

/** What a fresh service, given only the final files, says about the journal. */
function observe(service: LanguageService): unknown {
  return {
    diagnostics: service.getDiagnostics(JOURNAL_URI).map(({ rule, start, end, severity, message, data }) => ({ rule, start, end, severity, message, data })),
    symbols: service.features.documentSymbols(JOURNAL_URI, NEVER_CANCELLED),
    folding: service.features.foldingRanges(JOURNAL_URI, NEVER_CANCELLED),
    tokens: service.features.semanticTokens(JOURNAL_URI, undefined, NEVER_CANCELLED).data,
    model: service.getModel(),
  };
}

describe('robustness: a journal edited many times reads as a fresh one', () => {
  it('names the current line in a message of an entry moved up by an edit above it', () => {
    const text = '2026-11-18 engagement +a\n  one\n  two\n\n2026-11-19 engagement +a\n  More.\n\n2026-11-20 crossing +a -> +b\n  as: roamer\n  as: roamer\n  Prose.\n';
    const service = workspace(text);
    // Once edited, the journal keeps each entry's results between versions.
    service.setFile(JOURNAL_URI, text + '\n');
    const before = service.getDiagnostics(JOURNAL_URI).find((diagnostic) => diagnostic.rule === 'duplicate-field');
    assert.match(before!.message, /already given on line 9,/);
    service.setFile(JOURNAL_URI, text.replace('  two\n', '') + '\n');
    const after = service.getDiagnostics(JOURNAL_URI).find((diagnostic) => diagnostic.rule === 'duplicate-field');
    assert.match(after!.message, /already given on line 8,/);
  });

  it(`gives the diagnostics, features and model of a fresh service after any edits, landscapes and rules (${RUNS} cases)`, () => {
    const initial = fc.oneof(journalText, journalishText, fc.constantFrom(...EXAMPLE_JOURNALS));
    fc.assert(
      fc.property(initial, fc.array(step, { minLength: 1, maxLength: 30 }), (start, steps) => {
        let text = start;
        let landscape: string | undefined;
        let rules: Parameters<LanguageService['setUserRules']>[0];
        const service = workspace(text);
        for (const next of steps) {
          if (next.kind === 'edit') {
            text = applyMutation(text, next.edit);
            service.setFile(JOURNAL_URI, text);
          } else if (next.kind === 'landscape') {
            landscape = LANDSCAPES[next.index];
            if (landscape === undefined) service.deleteFile(LANDSCAPE_URI);
            else service.setFile(LANDSCAPE_URI, landscape);
          } else if (next.kind === 'rules') {
            rules = next.rules;
            service.setUserRules(rules);
          } else {
            service.getDiagnostics(JOURNAL_URI);
            service.getModel();
          }
        }
        const fresh = workspace(text, { ...(landscape === undefined ? {} : { landscape }), ...(rules === undefined ? {} : { rules }) });
        assert.deepEqual(observe(service), observe(fresh));
      }),
      { numRuns: RUNS },
    );
  });
});
