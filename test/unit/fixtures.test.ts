import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createLanguageService, dayFromIsoDate, type JournalDiagnostic } from '../../server/src/language/service';
import { TODAY } from '../support/journal';

/**
 * The mistake fixtures: small workspaces under test/fixtures/mistakes/, each a folder of
 * journals and landscapes. Every file has a sidecar `NAME.expected.json` listing the
 * diagnostics a user would expect, as `{ line (1-based), rule, severity }`. The expectations
 * were written from the language design, independently of the rules' code, so these tests
 * check the rules from the outside.
 */

interface Expected {
  line: number;
  rule: string;
  severity: string;
}

const ROOT_URI = 'file:///workspace';

function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = join(directory, '..');
  return directory;
}

const MISTAKES = join(repositoryRoot(), 'test', 'fixtures', 'mistakes');

function isChecked(name: string): boolean {
  return name.endsWith('.practice') || name === 'landscape.yaml' || name === 'landscape.yml';
}

/** Every checked file under `directory`, as paths relative to it with `/` separators. */
function filesUnder(directory: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, `${prefix}${name}/`));
    else if (isChecked(name)) found.push(prefix + name);
  }
  return found;
}

function sidecarOf(file: string): string {
  return file.replace(/\.(practice|yaml|yml)$/, '.expected.json');
}

function key(item: Expected): string {
  return `line ${item.line}: ${item.rule} (${item.severity})`;
}

function describeActual(diagnostic: JournalDiagnostic): string {
  return `${key({ line: diagnostic.range.start.line + 1, rule: diagnostic.rule, severity: diagnostic.severity })} — ${diagnostic.message}`;
}

/** Multiset difference of `a` minus `b`, on the keys. */
function minus<T, U>(a: T[], keyA: (item: T) => string, b: U[], keyB: (item: U) => string): T[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(keyB(item), (counts.get(keyB(item)) ?? 0) + 1);
  return a.filter((item) => {
    const count = counts.get(keyA(item)) ?? 0;
    if (count === 0) return true;
    counts.set(keyA(item), count - 1);
    return false;
  });
}

function loadWorkspace(directory: string, files: string[]): ReturnType<typeof createLanguageService> {
  const texts = new Map(files.map((file) => [`${ROOT_URI}/${file}`, readFileSync(join(directory, ...file.split('/')), 'utf8')]));
  const service = createLanguageService({
    roots: [ROOT_URI],
    today: () => dayFromIsoDate(TODAY)!,
    readFile: (uri) => texts.get(uri),
  });
  for (const [uri, text] of texts) service.setFile(uri, text);
  return service;
}

const workspaces = readdirSync(MISTAKES)
  .filter((name) => statSync(join(MISTAKES, name)).isDirectory())
  .sort();

describe('mistake fixtures (expectations written from the design)', () => {
  it('has fixture workspaces to check', () => {
    assert.ok(workspaces.length >= 4, `expected fixture folders under ${relative(process.cwd(), MISTAKES)}`);
  });

  for (const name of workspaces) {
    const directory = join(MISTAKES, name);
    const files = filesUnder(directory);

    describe(name, () => {
      for (const file of files) {
        it(`${file} reports exactly the expected diagnostics`, () => {
          const sidecar = join(directory, ...sidecarOf(file).split('/'));
          assert.ok(existsSync(sidecar), `missing ${relative(MISTAKES, sidecar).split(sep).join('/')}`);
          const expected = JSON.parse(readFileSync(sidecar, 'utf8')) as Expected[];
          const actual = loadWorkspace(directory, files).getDiagnostics(`${ROOT_URI}/${file}`);
          const toKey = (diagnostic: JournalDiagnostic): string =>
            key({ line: diagnostic.range.start.line + 1, rule: diagnostic.rule, severity: diagnostic.severity });
          const missing = minus(expected, key, actual, toKey);
          const unexpected = minus(actual, toKey, expected, key);
          const report = [
            ...missing.map((item) => `  missing:    ${key(item)}`),
            ...unexpected.map((diagnostic) => `  unexpected: ${describeActual(diagnostic)}`),
          ];
          assert.ok(report.length === 0, `${name}/${file} differs from its expectations:\n${report.join('\n')}`);
        });
      }
    });
  }
});
