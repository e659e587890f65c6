import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN, WITH_ERROR, WITH_WARNING } from './journals';
import { lint, lintJson, repositoryRoot, tempWorkspace, type JsonReport, type TempWorkspace } from './harness';

const paths = (report: { files: { path: string }[] }): string[] => report.files.map((file) => file.path);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

/**
 * Permissions do not bind root, so as root the built command runs as the unprivileged user
 * `nobody`, for whom a folder with mode 000 really is unreadable.
 */
function lintJsonAsNobody(root: string): { report: JsonReport; stderr: string } {
  chmodSync(root, 0o755);
  const cli = join(repositoryRoot(), 'bin', 'practice-journal.js');
  const result = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--today', '2026-11-21'], { cwd: root, uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  return { report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

describe('cli: which files are linted', () => {
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  it('lints the current folder recursively when given no path, sorted by path', async () => {
    workspace = tempWorkspace({ 'b.practice': CLEAN, 'a/z.practice': CLEAN, 'a/landscape.yaml': 'communities: {}\n', 'notes.txt': 'x' });
    const { code, report } = await lintJson(workspace.root);
    assert.equal(code, 0);
    assert.deepEqual(paths(report), ['a/landscape.yaml', 'a/z.practice', 'b.practice']);
  });

  it('skips node_modules, .git and other dot-folders and dot-files', async () => {
    workspace = tempWorkspace({
      'a.practice': CLEAN,
      'node_modules/pkg/x.practice': WITH_ERROR,
      'sub/node_modules/y.practice': WITH_ERROR,
      '.git/z.practice': WITH_ERROR,
      '.drafts/d.practice': WITH_ERROR,
      '.hidden.practice': WITH_ERROR,
    });
    const { code, report } = await lintJson(workspace.root);
    assert.equal(code, 0);
    assert.deepEqual(paths(report), ['a.practice']);
  });

  it('lints a named dot-folder all the same', async () => {
    workspace = tempWorkspace({ '.drafts/d.practice': CLEAN });
    const { report } = await lintJson(workspace.root, '.drafts');
    assert.deepEqual(paths(report), ['.drafts/d.practice']);
  });

  it('takes files, folders and globs together, each file once', async () => {
    workspace = tempWorkspace({ 'j/a.practice': CLEAN, 'j/b.practice': CLEAN, 'k/c.practice': CLEAN, 'k/d/e.practice': CLEAN, 'l/f.practice': CLEAN });
    const { report } = await lintJson(workspace.root, 'j/a.practice', 'j', 'k/**/*.practice');
    assert.deepEqual(paths(report), ['j/a.practice', 'j/b.practice', 'k/c.practice', 'k/d/e.practice']);
  });

  it('keeps only journals and landscapes from a glob, and skips node_modules in it', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN, 'landscape.yml': 'communities: {}\n', 'readme.md': '#', 'node_modules/x.practice': CLEAN });
    const { report } = await lintJson(workspace.root, '**/*');
    assert.deepEqual(paths(report), ['a.practice', 'landscape.yml']);
  });

  it('exits 2 when a glob matches no journal', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await lint(workspace.root, 'journals/*.practice');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: no .practice files matched 'journals/*.practice'\n");
    assert.equal(result.stdout, '');
  });

  it('exits 2 when a path does not exist', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    const result = await lint(workspace.root, 'x');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: no .practice files matched 'x' (no such file or folder)\n");
  });

  it('exits 2 when a folder holds no journal', async () => {
    workspace = tempWorkspace({ 'empty/readme.md': '#' });
    const result = await lint(workspace.root, 'empty');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: no .practice files matched 'empty'\n");
  });

  it('exits 2 when a named file is neither a journal nor a landscape', async () => {
    workspace = tempWorkspace({ 'notes.txt': 'x' });
    const result = await lint(workspace.root, 'notes.txt');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "practice-journal: 'notes.txt' is neither a .practice journal nor a landscape.yaml\n");
  });

  it('ends on a symbolic link loop, says so, and lints the rest', async () => {
    workspace = tempWorkspace({ 'a/j.practice': CLEAN });
    symlinkSync(workspace.path('a'), workspace.path('a/again'), 'dir');
    symlinkSync('self.practice', workspace.path('a/self.practice'));
    const { code, report, stderr } = await lintJson(workspace.root);
    assert.equal(code, 0);
    assert.deepEqual(paths(report), ['a/j.practice']);
    assert.match(stderr, /^practice-journal: skipped 'a\/again': a symbolic link loop$/m);
    assert.match(stderr, /^practice-journal: skipped 'a\/self.practice': a symbolic link loop$/m);
  });

  it('lints a file reached through a link, by a glob or by name, once, under its own name', async () => {
    workspace = tempWorkspace({ 'a/j.practice': CLEAN });
    symlinkSync(workspace.path('a'), workspace.path('a/again'), 'dir');
    const { report } = await lintJson(workspace.root, '**/*.practice', 'a/again/j.practice');
    assert.deepEqual(paths(report), ['a/j.practice']);
  });

  it('follows a symbolic link to a folder elsewhere', async () => {
    workspace = tempWorkspace({ 'elsewhere/j.practice': CLEAN, 'work/k.practice': CLEAN });
    symlinkSync(workspace.path('elsewhere'), workspace.path('work/linked'), 'dir');
    const { report } = await lintJson(workspace.path('work'));
    assert.deepEqual(paths(report), ['k.practice', 'linked/j.practice']);
  });

  it('says which folder it cannot read and lints the others', async () => {
    workspace = tempWorkspace({ 'open/a.practice': WITH_WARNING, 'closed/b.practice': CLEAN });
    chmodSync(workspace.path('closed'), 0o000);
    try {
      const { report, stderr } = isRoot ? lintJsonAsNobody(workspace.root) : await lintJson(workspace.root);
      assert.deepEqual(paths(report), ['open/a.practice']);
      assert.equal(stderr, "practice-journal: cannot read folder 'closed': permission denied; skipped\n");
    } finally {
      chmodSync(workspace.path('closed'), 0o755);
    }
  });
});
