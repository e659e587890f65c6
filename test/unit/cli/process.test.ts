import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLEAN, WITH_ERROR } from './journals';
import { repositoryRoot, tempWorkspace, TODAY, type TempWorkspace } from './harness';

const ROOT = repositoryRoot();
const BIN = join(ROOT, 'bin', 'practice-journal.js');

function practiceJournal(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: the real process', function () {
  this.timeout(120_000);
  let workspace: TempWorkspace;

  before(() => {
    // The bin script runs the bundle, so build it from the current sources first.
    const bundle = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(bundle.status, 0, bundle.stderr);
  });
  afterEach(() => workspace?.dispose());

  it('exits 1 and prints the json report for a journal with an error', () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN, 'journal/b.practice': WITH_ERROR });
    const result = practiceJournal(['lint', '--format', 'json', '--today', TODAY], workspace.root);
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { rule: string }[] }[]; summary: unknown };
    assert.deepEqual(
      report.files.map((file) => [file.path, file.diagnostics.map((diagnostic) => diagnostic.rule)]),
      [['a.practice', []], ['journal/b.practice', ['unterminated-title']]],
    );
    assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 0 });
    assert.equal(result.stderr, '');
  });

  it('exits 0 silently on a clean folder, and 2 on a usage mistake', () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    assert.deepEqual(practiceJournal(['lint'], workspace.root), { status: 0, stdout: '', stderr: '' });
    const wrong = practiceJournal(['lint', '--formt', 'json'], workspace.root);
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stderr, 'practice-journal: unknown option --formt (did you mean --format?)\n');
  });

  it('prints the version', () => {
    workspace = tempWorkspace();
    const result = practiceJournal(['--version'], workspace.root);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
