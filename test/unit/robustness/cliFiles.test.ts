import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs, { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint, lintJson, tempWorkspace, type JsonReport, type TempWorkspace } from '../cli/harness';
import { fewerRuns } from './support';

const CLEAN = '2026-11-20 engagement +guild "Pairing"\n  We paired on the checks.\n';
const LANDSCAPE = 'communities:\n  guild: {}\n';
const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

function pathsOf(report: JsonReport): string[] {
  return report.files.map((file) => file.path);
}

function rulesOf(report: JsonReport, path: string): string[] {
  return report.files.find((file) => file.path === path)?.diagnostics.map((diagnostic) => diagnostic.rule) ?? [];
}

type ReadFileSync = typeof fs.readFileSync;
type StatSync = typeof fs.statSync;
type OpenSync = typeof fs.openSync;

/**
 * Records every path the CLI opens, reads or stats while `work` runs (the CLI calls `node:fs`
 * through the module object, so replacing its functions sees every call), and lets a test act
 * just before a given file is opened or read.
 */
async function watchingReads<T>(work: () => Promise<T>, beforeRead: (path: string) => void = () => undefined): Promise<{ result: T; touched: string[] }> {
  const touched: string[] = [];
  const originalRead = fs.readFileSync;
  const originalStat = fs.statSync;
  const originalOpen = fs.openSync;
  const mutable = fs as { readFileSync: ReadFileSync; statSync: StatSync; openSync: OpenSync };
  mutable.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    touched.push(String(path));
    beforeRead(String(path));
    return (originalOpen as (...args: unknown[]) => unknown)(path, ...rest);
  }) as OpenSync;
  mutable.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    touched.push(String(path));
    beforeRead(String(path));
    return (originalRead as (...args: unknown[]) => unknown)(path, ...rest);
  }) as ReadFileSync;
  mutable.statSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    touched.push(String(path));
    return (originalStat as (...args: unknown[]) => unknown)(path, ...rest);
  }) as StatSync;
  try {
    return { result: await work(), touched };
  } finally {
    mutable.readFileSync = originalRead;
    mutable.statSync = originalStat;
    mutable.openSync = originalOpen;
  }
}

describe('robustness: files the command line cannot or must not read', function () {
  this.timeout(20_000);
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  describe('pipes and devices', function () {
    before(function () {
      if (!hasMkfifo || !existsSync('/dev/zero')) this.skip();
    });

    it('names a pipe called x.practice in a folder scan as skipped, and lints the rest', async () => {
      workspace = tempWorkspace({ 'a.practice': CLEAN });
      mkfifo(workspace.path('pipe.practice'));
      const { code, report, stderr } = await lintJson(workspace.root);
      assert.equal(code, 0);
      assert.deepEqual(pathsOf(report), ['a.practice']);
      assert.equal(stderr, "practice-journal: skipped 'pipe.practice': it is a pipe, socket or device, not a regular file\n");
    });

    it('reports a pipe named on the command line as unreadable, without waiting for a writer', async () => {
      workspace = tempWorkspace({ 'a.practice': CLEAN });
      mkfifo(workspace.path('pipe.practice'));
      const { code, report } = await lintJson(workspace.root, 'a.practice', 'pipe.practice');
      assert.equal(code, 1);
      assert.deepEqual(rulesOf(report, 'pipe.practice'), ['unreadable-file']);
      assert.match(report.files[1]!.diagnostics[0]!.message, /\(it is a pipe, socket or device, not a regular file\)/);
    });

    it('skips a journal that is a link to /dev/zero, with a note', async () => {
      workspace = tempWorkspace({ 'a.practice': CLEAN });
      symlinkSync('/dev/zero', workspace.path('zero.practice'));
      const { code, report, stderr } = await lintJson(workspace.root);
      assert.equal(code, 0);
      assert.deepEqual(pathsOf(report), ['a.practice']);
      assert.match(stderr, /skipped 'zero\.practice': it is a pipe, socket or device/);
    });

    it('lints without a landscape that is a link to /dev/zero, and says so', async () => {
      workspace = tempWorkspace({ 'a.practice': CLEAN.replace('+guild', '+unknown') });
      symlinkSync('/dev/zero', workspace.path('landscape.yaml'));
      const { code, report, stderr } = await lintJson(workspace.root, 'a.practice');
      assert.equal(code, 0);
      assert.deepEqual(rulesOf(report, 'a.practice'), []);
      assert.match(stderr, /cannot read the landscape 'landscape\.yaml': it is a pipe, socket or device, not a regular file; the journals below it are linted without it/);
    });

    it('reports a front matter landscape that is a pipe as not found, without waiting for a writer', async () => {
      workspace = tempWorkspace({ 'a.practice': `---\nlandscape: shared.yaml\n---\n${CLEAN}` });
      mkfifo(workspace.path('shared.yaml'));
      const { code, report } = await lintJson(workspace.root);
      assert.equal(code, 1);
      assert.deepEqual(rulesOf(report, 'a.practice'), ['landscape-not-found']);
    });
  });

  it('walks into a folder named x.practice and lints the journals inside it', async () => {
    workspace = tempWorkspace({ 'folder.practice/inner.practice': CLEAN, 'a.practice': CLEAN });
    const { code, report } = await lintJson(workspace.root);
    assert.equal(code, 0);
    assert.deepEqual(pathsOf(report), ['a.practice', 'folder.practice/inner.practice']);
  });

  it('notes a broken link named x.practice and a link loop, and lints the rest', async () => {
    workspace = tempWorkspace({ 'sub/a.practice': CLEAN });
    symlinkSync(workspace.path('nowhere.practice'), workspace.path('broken.practice'));
    symlinkSync(workspace.path('sub'), workspace.path('sub/again'));
    const { code, report, stderr } = await lintJson(workspace.root);
    assert.equal(code, 0);
    assert.deepEqual(pathsOf(report), ['sub/a.practice']);
    assert.match(stderr, /skipped 'broken\.practice': a broken symbolic link/);
    assert.match(stderr, /skipped 'sub\/again': a symbolic link loop/);
  });

  it('never opens a landscape outside the folder it runs in, nor stats it', async () => {
    workspace = tempWorkspace({ 'inside/a.practice': `---\nlandscape: ../../outside/landscape.yaml\n---\n${CLEAN}`, 'outside/landscape.yaml': LANDSCAPE });
    const cwd = workspace.path('inside');
    const { result, touched } = await watchingReads(() => lintJson(cwd));
    assert.equal(result.code, 1);
    assert.deepEqual(rulesOf(result.report, 'a.practice'), ['landscape-outside-workspace']);
    assert.ok(touched.some((path) => path.endsWith('a.practice')), 'the spy saw no read at all');
    assert.deepEqual(touched.filter((path) => path.includes('outside')), []);
  });

  it('skips with a note the journals deleted while the command runs, and lints the others', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN, 'b.practice': CLEAN, 'c.practice': CLEAN, 'later/d.practice': CLEAN });
    const { result } = await watchingReads(
      () => lint(workspace.root, '--format', 'json'),
      (path) => {
        if (!path.endsWith('b.practice')) return;
        rmSync(workspace.path('c.practice'), { force: true });
        rmSync(workspace.path('later'), { recursive: true, force: true });
      },
    );
    assert.equal(result.code, 0);
    assert.deepEqual(pathsOf(JSON.parse(result.stdout) as JsonReport), ['a.practice', 'b.practice']);
    assert.equal(result.stderr, "practice-journal: skipped 'c.practice': it no longer exists\npractice-journal: skipped 'later/d.practice': it no longer exists\n");
  });

  it('lints a journal whose folder is replaced by a file after the scan, with a note', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN, 'sub/b.practice': CLEAN });
    const { result } = await watchingReads(
      () => lint(workspace.root, '--format', 'json'),
      (path) => {
        if (!path.endsWith('a.practice') || existsSync(workspace.path('sub/b.practice')) === false) return;
        rmSync(workspace.path('sub'), { recursive: true, force: true });
        workspace.write('sub', 'now a file');
      },
    );
    assert.equal(result.code, 0);
    assert.match(result.stderr, /skipped 'sub\/b\.practice': a part of its path is not a folder/);
  });

  it(`lints any bytes saved as .practice files: a report or a clear message, never a crash (${fewerRuns(10)} cases)`, async () => {
    const files = fc.array(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(Buffer.from(CLEAN), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(CLEAN)]))), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (contents, withLandscape) => {
        const folder = tempWorkspace(withLandscape ? { 'landscape.yaml': LANDSCAPE } : {});
        try {
          contents.forEach((bytes, index) => folder.write(`j${index}.practice`, bytes));
          const { code, report, stderr } = await lintJson(folder.root);
          assert.ok(code === 0 || code === 1, `exit code ${code}: ${stderr}`);
          assert.equal(stderr, '');
          assert.equal(report.files.length, contents.length + (withLandscape ? 1 : 0));
          for (const file of report.files) {
            const rules = file.diagnostics.map((diagnostic) => diagnostic.rule);
            if (rules.includes('invalid-encoding')) assert.deepEqual(rules, ['invalid-encoding']);
            for (const diagnostic of file.diagnostics) assert.ok(diagnostic.line >= 1 && diagnostic.column >= 1 && diagnostic.message.length > 0);
          }
        } finally {
          folder.dispose();
        }
      }),
      { numRuns: fewerRuns(10) },
    );
  });

  it('reports a landscape folder named landscape.yaml as unreadable, with a note, and lints the journals', async () => {
    workspace = tempWorkspace({ 'a.practice': CLEAN });
    mkdirSync(join(workspace.root, 'landscape.yaml'));
    const { code, stderr } = await lintJson(workspace.root, 'a.practice');
    assert.equal(code, 0);
    assert.match(stderr, /cannot read the landscape 'landscape\.yaml': it is a folder/);
  });
});
