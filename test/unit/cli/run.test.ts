import { strict as assert } from 'node:assert';
import { CLEAN, WITH_ERROR, WITH_INFO, WITH_WARNING } from './journals';
import { lint, runCli, tempWorkspace, type TempWorkspace } from './harness';

describe('cli: commands and exit codes', () => {
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  it('prints the usage and exits 0 for --help', async () => {
    workspace = tempWorkspace();
    const result = await runCli(['--help'], workspace.root);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: practice-journal <command>/);
    assert.match(result.stdout, /lint \[paths\.\.\.\]/);
    assert.equal(result.stderr, '');
  });

  it('prints the lint usage for lint --help', async () => {
    workspace = tempWorkspace();
    const result = await runCli(['lint', '--help'], workspace.root);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: practice-journal lint/);
    assert.match(result.stdout, /--max-warnings/);
  });

  it('prints the package version for --version', async () => {
    workspace = tempWorkspace();
    const result = await runCli(['--version'], workspace.root);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with one line when the command is missing', async () => {
    workspace = tempWorkspace();
    const result = await runCli([], workspace.root);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'practice-journal: missing command: use lint or report (see --help)\n');
    assert.equal(result.stdout, '');
  });

  it('suggests the command meant by a typo', async () => {
    workspace = tempWorkspace();
    const result = await runCli(['lnit'], workspace.root);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: unknown command 'lnit' (did you mean lint?)\n");
  });

  it('suggests the option meant by a typo', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await runCli(['lint', '--formt', 'json'], workspace.root);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'practice-journal: unknown option --formt (did you mean --format?)\n');
    assert.equal(result.stdout, '');
  });

  it('rejects an unknown format with a suggestion', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await lint(workspace.root, '--format', 'jsn');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: unknown --format 'jsn' (did you mean json?)\n");
  });

  it('rejects a --today that is not a real date', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await runCli(['lint', '--today', '2026-02-30'], workspace.root);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: --today needs a real date as YYYY-MM-DD, not '2026-02-30'\n");
  });

  it('exits 0 and prints nothing when every file is clean', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await lint(workspace.root);
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 when a file has an error', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN, 'b.practice': WITH_ERROR });
    const result = await lint(workspace.root);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /unterminated-title/);
  });

  it('exits 0 on warnings and infos alone', async () => {
    workspace = tempWorkspace({ 'a.practice': WITH_WARNING, 'b.practice': WITH_INFO });
    const result = await lint(workspace.root);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info\)/);
  });

  it('exits 1 when warnings exceed --max-warnings, and 0 at the limit', async () => {
    workspace = tempWorkspace({ 'a.practice': WITH_WARNING, 'b.practice': WITH_WARNING });
    const over = await lint(workspace.root, '--max-warnings', '1');
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'practice-journal: too many warnings (2; --max-warnings allows 1)\n');
    const at = await lint(workspace.root, '--max-warnings', '2');
    assert.equal(at.code, 0);
    assert.equal(at.stderr, '');
  });

  it('rejects a --max-warnings that is not a whole number', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await lint(workspace.root, '--max-warnings', '-1');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: --max-warnings needs a whole number of 0 or more, not '-1'\n");
    const word = await lint(workspace.root, '--max-warnings=many');
    assert.equal(word.stderr, "practice-journal: --max-warnings needs a whole number of 0 or more, not 'many'\n");
  });

  it('reports errors only with --quiet', async () => {
    workspace = tempWorkspace({ 'a.practice': WITH_WARNING, 'b.practice': WITH_ERROR });
    const result = await lint(workspace.root, '--quiet');
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stdout, /unknown-rule/);
    assert.match(result.stdout, /unterminated-title/);
    assert.match(result.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 infos\)/);
  });
});
