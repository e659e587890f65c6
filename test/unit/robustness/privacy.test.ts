import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { lint, runCli, tempWorkspace, type TempWorkspace } from '../cli/harness';
import { workspace as serviceOf, JOURNAL_URI } from '../../support/journal';
import { fewerRuns, repositoryRoot } from './support';

/** Words that occur only in titles, prose and stray text: never an id, a keyword or a field value. */
const MARKERS = ['Quorvane', 'Tessaplume', 'Vintrocks', 'Moxilade', 'Gryphonet', 'Wendlequay', 'Sablefrost', 'Ulmarind'];
const marker = fc.constantFrom(...MARKERS);
const words = fc.array(fc.oneof(marker, fc.constantFrom('the', 'and', 'we', 'it')), { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

const date = fc.constantFrom('2026-11-20', '2026-02-30', '2027-01-01', '2026-11-2', 'not-a-date');
const kind = fc.constantFrom('engagement', 'engagment', 'crossing', 'trajectory', 'alignment', '');
const argumentsOf = fc.constantFrom('+guild', '+guild -> +guild', '+guild sideways', '+Guild @nobody #t', '', '+guild +elsewhere');
const title = fc.option(fc.tuple(words, fc.boolean()).map(([text, closed]) => `"${text}${closed ? '"' : ''}`), { nil: undefined });
const fieldLine = fc.constantFrom('  energy: sunny', '  wiht: @ana', '  with: @ana', '  with: @ana', '  via: artefact x', '  from: sideways');

/** An entry header with mistakes around the private words, some fields, then prose (indented or not). */
const entry = fc
  .record({ date, kind, args: argumentsOf, title, fields: fc.array(fieldLine, { maxLength: 3 }), prose: fc.array(words, { maxLength: 3 }), unindented: fc.boolean() })
  .map(({ date: day, kind: word, args, title: heading, fields, prose, unindented }) =>
    [
      [day, word, args, heading].filter((part) => part !== undefined && part !== '').join(' '),
      ...fields,
      ...(prose.length > 0 ? ['', ...prose.map((line, index) => (unindented && index === 0 ? `${line}` : `  ${line}`))] : []),
    ].join('\n'),
  );
const journalWithMarkers = fc
  .tuple(fc.option(words, { nil: undefined }), fc.array(entry, { minLength: 1, maxLength: 6 }))
  .map(([stray, entries]) => `${stray === undefined ? '' : `${stray}\n`}${entries.join('\n\n')}\n`);

const LANDSCAPE = 'communities:\n  guild: {}\npeople:\n  ana: {}\n';

function assertNoMarker(text: string, where: string): void {
  for (const word of MARKERS) assert.ok(!text.includes(word), `${where} contains '${word}':\n${text.slice(Math.max(0, text.indexOf(word) - 200), text.indexOf(word) + 100)}`);
}

/**
 * Network and telemetry APIs that need no import (globals in Node 20 and VS Code), and ways to
 * run code: the layering test checks imports, this checks the code itself.
 */
const FORBIDDEN = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b|telemetry|\bopenExternal\b|\beval\s*\(|\bnew Function\s*\(|\bchild_process\b|['"](?:node:)?vm['"]/i;

function productSources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return productSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('robustness: privacy', () => {
  it('calls no network or telemetry API and runs no code, in any product source', () => {
    const root = repositoryRoot();
    const sources = [...productSources(join(root, 'server/src')), ...productSources(join(root, 'client/src'))];
    assert.ok(sources.length > 50, 'the product sources were not found');
    const found = sources.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => FORBIDDEN.test(line))
        .map(({ line, index }) => `${relative(root, path)}:${index + 1}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });

  it(`never quotes a title, prose or stray text in a diagnostic message or a fix title (${fewerRuns(2)} cases)`, () => {
    fc.assert(
      fc.property(journalWithMarkers, fc.boolean(), (text, withLandscape) => {
        const service = serviceOf(text, withLandscape ? { landscape: LANDSCAPE } : {});
        for (const diagnostic of service.getDiagnostics(JOURNAL_URI)) assertNoMarker(diagnostic.message, diagnostic.rule);
        for (const diagnostic of service.getDiagnostics(JOURNAL_URI)) for (const fix of service.getFixes(JOURNAL_URI, diagnostic)) assertNoMarker(fix.title, `the fix title of ${diagnostic.rule}`);
      }),
      { numRuns: fewerRuns(2) },
    );
  });

  describe('machine-readable command-line output', () => {
    let workspace: TempWorkspace;
    afterEach(() => workspace?.dispose());

    it(`holds no title or prose in lint json, sarif and junit, with or without --fix (${fewerRuns(15)} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(journalWithMarkers, fc.constantFrom('json', 'sarif', 'junit'), fc.boolean(), async (text, format, fix) => {
          const folder = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal.practice': text });
          try {
            const result = await lint(folder.root, '--format', format, ...(fix ? ['--fix'] : []));
            assert.ok(result.code === 0 || result.code === 1, result.stderr);
            assertNoMarker(result.stdout, `lint --format ${format}`);
            assertNoMarker(result.stderr, 'stderr');
          } finally {
            folder.dispose();
          }
        }),
        { numRuns: fewerRuns(15) },
      );
    });

    for (const format of ['json', 'md', 'text']) {
      it(`holds no title, prose or journal title in report --format ${format}`, async () => {
        const journal = [
          '---',
          'author: ana',
          'title: Quorvane journal of Tessaplume',
          '---',
          '2026-11-20 engagement +guild @ana "Vintrocks and Moxilade"',
          '  with: @ana',
          '',
          '  Gryphonet wrote about Wendlequay.',
          '',
          '2026-11-21 crossing +guild -> +ward "Sablefrost"',
          '  via: artifact dashboard',
          '  Ulmarind went across.',
          '',
          '2026-11-21 trajectory +guild inbound "Quorvane"',
          '  Tessaplume.',
          '',
        ].join('\n');
        workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal.practice': journal });
        const result = await runCli(['report', '--format', format], workspace.root);
        assert.equal(result.code, 0, result.stderr);
        assert.ok(result.stdout.includes('guild'), 'the report should name the community');
        assertNoMarker(result.stdout, `report --format ${format}`);
      });
    }
  });
});
