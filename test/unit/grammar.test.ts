import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPOSITORY, YAML_STAND_IN_PATH } from './languageAssets/textmate';

/**
 * Runs the scope assertions in test/grammar/*.practice with the grammar test tool, one file per
 * test, so that they count with the rest of the suite. The tool reads the grammar from the
 * manifest's `contributes.grammars`, as the editor does.
 */

const GRAMMAR_TESTS = join(REPOSITORY, 'test', 'grammar');
const HEADER = /^; SYNTAX TEST "source\.practice" "[^"]+"$/;
/** A line the tool reads as an assertion: the comment token, then `^` or `<-`. */
const ASSERTION = /^;\s*(\^|<~*-+)/;

function toolPath(): string {
  const manifestPath = require.resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['vscode-tmgrammar-test']!);
}

/**
 * Why an assertion line is malformed, or undefined. The tool's own reading of a malformed line
 * backtracks for minutes (a second ` - ` is the usual slip), so lines are checked here first.
 */
function assertionProblem(line: string): string | undefined {
  const words = line.slice(1).trim().split(/\s+/);
  let index = 0;
  if (/^<~*-+$/.test(words[0] ?? '')) index = 1;
  else while (/^\^+$/.test(words[index] ?? '')) index++;
  if (index === 0) return 'expected ^ marks or <- first';
  const rest = words.slice(index);
  if (rest.filter((word) => word === '-').length > 1) return 'at most one " - " may separate required from excluded scopes';
  if (rest.filter((word) => word !== '-').length === 0) return 'names no scope';
  const bad = rest.find((word) => word !== '-' && !/^\w[-\w.]*$/.test(word));
  return bad === undefined ? undefined : `"${bad}" is not a scope name`;
}

const files = readdirSync(GRAMMAR_TESTS)
  .filter((name) => name.endsWith('.practice'))
  .sort();

/** Runs the tool once over every file; its compact report names the file on each line. */
function runTool(): string {
  const run = spawnSync(process.execPath, [toolPath(), '--compact', '--grammar', YAML_STAND_IN_PATH, ...files.map((file) => `test/grammar/${file}`)], {
    cwd: REPOSITORY,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (run.error) throw run.error;
  return `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
}

describe('grammar scope tests (test/grammar)', () => {
  let report = '';

  before(function () {
    this.timeout(90_000);
    report = runTool();
  });

  it('has a test file for each part of the language', () => {
    for (const part of ['frontMatter', 'headingsAndComments', 'headers', 'fields', 'references']) {
      assert.ok(files.includes(`${part}.practice`), part);
    }
  });

  for (const file of files) {
    describe(file, () => {
      const lines = readFileSync(join(GRAMMAR_TESTS, file), 'utf8').split(/\r?\n/);

      it('starts with the header the tool expects and makes well-formed assertions', () => {
        assert.match(lines[0]!, HEADER);
        const assertions = lines.map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => ASSERTION.test(line));
        assert.ok(assertions.length > 0, 'asserts something');
        for (const { line, number } of assertions) assert.equal(assertionProblem(line), undefined, `line ${number}: ${line}`);
      });

      it('gives every asserted token its expected scopes', () => {
        const path = `test/grammar/${file}`;
        const mine = report.split('\n').filter((line) => line.includes(path));
        assert.deepEqual(mine.filter((line) => !line.endsWith(`${path} run successfuly.`)), [], report);
        assert.equal(mine.length, 1, report);
      });
    });
  }
});
