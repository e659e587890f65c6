import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RULES } from '../../../server/src/language/service';
import { CLEAN, WITH_ERROR, WITH_INFO, WITH_WARNING } from './journals';
import { lint, lintJson, runCli, TODAY, tempWorkspace, type TempWorkspace } from './harness';

/** The official SARIF 2.1.0 schema (rtm.5, the final 2.1.0 text), as an npm package ships it. */
function sarifValidator() {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's language-tag pattern is not valid in Unicode mode, so patterns run without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

/** The parts of a SARIF log these tests read (the schema test checks the whole shape). */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

/** The parsed JUnit document, attributes as strings. */
interface JunitRoot {
  name: string;
  tests: string;
  failures: string;
  testsuite: { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string }; 'system-out'?: string }[] }[];
}

const sarifOf = (stdout: string): SarifLog => JSON.parse(stdout) as SarifLog;

const FILES = { 'b/err.practice': WITH_ERROR, 'a/warn.practice': WITH_WARNING, 'clean.practice': CLEAN, 'info.practice': WITH_INFO };

describe('cli: output formats', () => {
  let workspace: TempWorkspace;
  beforeEach(() => (workspace = tempWorkspace(FILES)));
  afterEach(() => workspace.dispose());

  describe('json', () => {
    it('lists every linted file, clean ones too, sorted by path, with 1-based positions', async () => {
      const { code, report } = await lintJson(workspace.root);
      assert.equal(code, 1);
      assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
      assert.equal(report.version, 1);
      assert.deepEqual(report.files.map((file) => file.path), ['a/warn.practice', 'b/err.practice', 'clean.practice', 'info.practice']);
      assert.deepEqual(report.files[2]!.diagnostics, []);
      assert.deepEqual(report.files[1]!.diagnostics, [
        {
          rule: 'unterminated-title',
          severity: 'error',
          message: report.files[1]!.diagnostics[0]!.message,
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 39,
        },
      ]);
      assert.deepEqual(Object.keys(report.files[1]!.diagnostics[0]!), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.deepEqual(report.summary, { files: 4, errors: 1, warnings: 1 });
    });

    it('names each file relative to the current folder with forward slashes', async () => {
      const { report } = await lintJson(workspace.path('b'), '../a/warn.practice', '.');
      assert.deepEqual(report.files.map((file) => file.path), ['../a/warn.practice', 'err.practice']);
    });
  });

  describe('sarif', () => {
    it('is valid against the SARIF 2.1.0 schema', async () => {
      const result = await lint(workspace.root, '--format', 'sarif');
      const validate = sarifValidator();
      const log: unknown = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.equal(result.code, 1);
    });

    it('describes the tool and every rule, and locates each result relative to %SRCROOT%', async () => {
      const log = sarifOf((await lint(workspace.root, '--format', 'sarif')).stdout);
      assert.equal(log.version, '2.1.0');
      const run = log.runs[0]!;
      assert.equal(run.tool.driver.name, 'practice-journal');
      assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
      assert.match(run.tool.driver.informationUri, /^https:\/\//);
      const ids = run.tool.driver.rules.map((rule) => rule.id);
      for (const id of Object.keys(RULES)) assert.ok(ids.includes(id), id);
      const titleRule = run.tool.driver.rules.find((rule) => rule.id === 'unterminated-title');
      assert.deepEqual(titleRule, {
        id: 'unterminated-title',
        shortDescription: { text: RULES['unterminated-title'].summary },
        helpUri: 'https://github.com/practice-journal/practice-journal/blob/main/docs/rules.md#unterminated-title',
        defaultConfiguration: { level: 'error' },
      });
      const infoRule = run.tool.driver.rules.find((rule) => rule.id === 'empty-reflection');
      assert.equal(infoRule?.defaultConfiguration.level, 'note');
      assert.equal(run.originalUriBaseIds['%SRCROOT%']?.uri, pathToFileURL(workspace.root).href + '/');
      assert.deepEqual(
        run.results.map((result) => [result.ruleId, result.level]),
        [['unknown-rule', 'warning'], ['unterminated-title', 'error'], ['empty-reflection', 'note']],
      );
      const error = run.results[1]!;
      assert.equal(ids[error.ruleIndex], 'unterminated-title');
      assert.deepEqual(error.locations[0]!.physicalLocation, {
        artifactLocation: { uri: 'b/err.practice', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 30, endLine: 1, endColumn: 39 },
      });
      assert.equal(typeof error.message.text, 'string');
    });

    it('percent-encodes file names in result URIs', async () => {
      workspace.write('with space#1.practice', WITH_ERROR);
      const log = sarifOf((await lint(workspace.root, '--format', 'sarif', 'with space#1.practice')).stdout);
      assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'with%20space%231.practice');
    });
  });

  describe('junit', () => {
    it('is well-formed XML with a suite per file and a failing case per error or warning', async () => {
      const result = await lint(workspace.root, '--format', 'junit');
      assert.equal(result.code, 1);
      assert.equal(XMLValidator.validate(result.stdout), true);
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });
      const root = (parser.parse(result.stdout) as { testsuites: JunitRoot }).testsuites;
      assert.deepEqual([root.name, root.tests, root.failures], ['practice-journal', '4', '2']);
      const suites = root.testsuite;
      assert.deepEqual(suites.map((suite) => [suite.name, suite.tests, suite.failures]), [
        ['a/warn.practice', '1', '1'],
        ['b/err.practice', '1', '1'],
        ['clean.practice', '1', '0'],
        ['info.practice', '1', '0'],
      ]);
      assert.equal(suites[1]!.testcase[0]!.name, '1:30 unterminated-title');
      assert.equal(suites[1]!.testcase[0]!.failure!.type, 'unterminated-title');
      assert.equal(suites[2]!.testcase[0]!.failure, undefined);
      assert.match(suites[3]!.testcase[0]!['system-out']!, /^info at 1:\d+: /);
    });

    it('escapes markup and drops characters XML cannot carry', async () => {
      workspace.write('<&"\u0001>.practice', WITH_ERROR);
      const result = await lint(workspace.root, '--format', 'junit', '<&"\u0001>.practice');
      assert.equal(XMLValidator.validate(result.stdout), true);
      assert.match(result.stdout, /<testsuite name="&lt;&amp;&quot;\uFFFD&gt;\.practice"/);
    });
  });

  describe('stylish', () => {
    it('groups problems under each file and ends with a summary', async () => {
      const result = await lint(workspace.root);
      const lines = result.stdout.split('\n');
      assert.equal(lines[0], '');
      assert.equal(lines[1], 'a/warn.practice');
      assert.match(lines[2]!, /^ {2}1:31 {2}warning {2}'nonrule' is not a rule id\..* {2}unknown-rule$/);
      assert.equal(lines[4], 'b/err.practice');
      assert.match(lines[5]!, /^ {2}1:30 {2}error {2}.* {2}unterminated-title$/);
      assert.equal(lines.at(-2), '✖ 3 problems (1 error, 1 warning, 1 info)');
      assert.doesNotMatch(result.stdout, /clean\.practice/);
      assert.doesNotMatch(result.stdout, /\u001b\[/);
    });

    it('puts each rule id right after its message, never padding a short message to the longest', async () => {
      // A long info and a short error in one file: the error's line stays short.
      workspace.write('mixed.practice', '2026-11-20 engagement +guild\n2026-11-21 engagement +guild "Unclosed\n  Text.\n');
      const result = await lint(workspace.root, 'mixed.practice');
      const lines = result.stdout.split('\n').filter((line) => line.startsWith('  '));
      assert.equal(lines.length, 2);
      assert.match(lines[0]!, /^ {2}1:12 {2}info {3}This engagement has no reflection yet\. .*\S {2}empty-reflection$/);
      assert.equal(
        lines[1],
        '  2:30  error  The title has no closing double quote, and a title cannot run onto the next line. Add \'"\' at the end of the title.  unterminated-title',
      );
    });

    it('uses colour on a terminal unless NO_COLOR is set', async () => {
      const coloured = await runCli(['lint', '--today', TODAY], workspace.root, { isTTY: true });
      assert.match(coloured.stdout, /\u001b\[31merror/);
      const plain = await runCli(['lint', '--today', TODAY], workspace.root, { isTTY: true, env: { NO_COLOR: '1' } });
      assert.doesNotMatch(plain.stdout, /\u001b\[/);
    });

    it('shows control characters in file names as escapes', async () => {
      workspace.write('bell\u0007.practice', WITH_ERROR);
      const result = await lint(workspace.root, 'bell\u0007.practice');
      assert.match(result.stdout, /^bell\\u\{7\}\.practice$/m);
    });
  });
});
