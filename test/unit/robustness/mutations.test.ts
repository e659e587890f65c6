import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import { createLanguageService, dayFromIsoDate, type LanguageService } from '../../../server/src/language/service';
import { mutationsOf } from '../../support/arbitraries';
import { TODAY } from '../../support/journal';
import { assertDiagnosticsInside, examples, exerciseJournal, fewerRuns, RUNS, withinHangLimit } from './support';

const ROOT = 'file:///examples';
const LANDSCAPE_URI = `${ROOT}/landscape.yaml`;
const { journals, landscape: LANDSCAPE } = examples();

/** A landscape parse dominates a case's time, so landscape mutations get a third of the usual budget. */
const LANDSCAPE_CASES = fewerRuns(3);

/** The example workspace in one service. */
function exampleService(): LanguageService {
  const service = createLanguageService({ roots: [ROOT], today: () => dayFromIsoDate(TODAY)!, readFile: () => undefined });
  service.setFile(LANDSCAPE_URI, LANDSCAPE);
  for (const journal of journals) service.setFile(uriOf(journal.path), journal.text);
  return service;
}

function uriOf(path: string): string {
  return `${ROOT}/${path}`;
}

describe('robustness: mutated examples', () => {
  const service = exampleService();
  afterEach(() => {
    service.setFile(LANDSCAPE_URI, LANDSCAPE);
    for (const journal of journals) service.setFile(uriOf(journal.path), journal.text);
  });

  it('starts from example journals and a landscape without errors', () => {
    assert.ok(journals.length >= 3, 'the examples should hold several journals');
    for (const journal of journals) {
      assert.deepEqual(service.getDiagnostics(uriOf(journal.path)).filter((diagnostic) => diagnostic.severity === 'error'), [], journal.path);
    }
    assert.deepEqual(loadLandscape(LANDSCAPE_URI, LANDSCAPE).problems, []);
  });

  it(`checks every mutation of an example journal within the time bound, every range in the document (${RUNS} cases)`, () => {
    const mutated = fc.constantFrom(...journals).chain((journal) => fc.tuple(fc.constant(journal), mutationsOf(journal.text)));
    fc.assert(
      fc.property(mutated, ([journal, text]) => {
        const uri = uriOf(journal.path);
        service.setFile(uri, text);
        exerciseJournal(service, text, uri);
        service.setFile(uri, journal.text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`loads every mutation of the example landscape, and every journal still checks against it (${LANDSCAPE_CASES} cases)`, () => {
    fc.assert(
      fc.property(mutationsOf(LANDSCAPE), fc.constantFrom(...journals), (text, journal) => {
        const loaded = withinHangLimit(text, 'loadLandscape', () => loadLandscape(LANDSCAPE_URI, text));
        for (const problem of loaded.problems) {
          assert.ok(0 <= problem.start && problem.start <= problem.end && problem.end <= text.length, JSON.stringify(problem));
          assert.ok(problem.message.length > 0);
        }
        for (const community of loaded.communities.values()) assert.ok(community.start >= 0 && community.end <= text.length);
        for (const person of loaded.people.values()) assert.ok(person.start >= 0 && person.end <= text.length);
        service.setFile(LANDSCAPE_URI, text);
        assertDiagnosticsInside(service, LANDSCAPE_URI, text);
        exerciseJournal(service, journal.text, uriOf(journal.path));
        service.setFile(uriOf(journal.path), journal.text);
      }),
      { numRuns: LANDSCAPE_CASES },
    );
  });
});
