import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fixFile, newFixOutcome } from '../../../server/src/cli/lint/fix';
import { fileReport } from '../../../server/src/cli/lint/report';
import { openWorkspace, visitFiles } from '../../../server/src/cli/workspace';
import { CLEAN, WITH_WARNING } from './journals';
import { lint, lintJson, tempWorkspace, type TempWorkspace } from './harness';

const UNCLOSED = '2026-11-20 engagement +guild "Unclosed\n  We paired on the checks.\n';
const CLOSED = '2026-11-20 engagement +guild "Unclosed"\n  We paired on the checks.\n';

describe('cli: lint --fix', () => {
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  it('closes an unterminated title in place and reports no problem left', async () => {
    workspace = tempWorkspace({ 'j.practice': UNCLOSED });
    const result = await lint(workspace.root, '--fix');
    assert.equal(readFileSync(workspace.path('j.practice'), 'utf8'), CLOSED);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '\nFixed 1 problem in 1 file.\n');
  });

  it('keeps a BOM and CRLF line endings', async () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    workspace = tempWorkspace({ 'j.practice': '\uFEFF' + crlf(UNCLOSED) });
    await lint(workspace.root, '--fix');
    const written = readFileSync(workspace.path('j.practice'));
    assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(written.toString('utf8'), '\uFEFF' + crlf(CLOSED));
  });

  it('reports what it cannot fix and exits by what is left', async () => {
    workspace = tempWorkspace({ 'j.practice': UNCLOSED, 'w.practice': WITH_WARNING });
    const { code, report } = await lintJson(workspace.root, '--fix');
    assert.equal(code, 0);
    assert.deepEqual(report.files.map((file) => [file.path, file.diagnostics.map((d) => d.rule)]), [
      ['j.practice', []],
      ['w.practice', ['unknown-rule']],
    ]);
    assert.equal(readFileSync(workspace.path('w.practice'), 'utf8'), WITH_WARNING);
  });

  it('leaves clean files untouched, byte for byte', async () => {
    workspace = tempWorkspace({ 'j.practice': '\uFEFF' + CLEAN });
    const result = await lint(workspace.root, '--fix');
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
    assert.equal(readFileSync(workspace.path('j.practice'), 'utf8'), '\uFEFF' + CLEAN);
  });
});

describe('cli: fixFile', () => {
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  it('says which file it could not write, and keeps the report true to the disk', () => {
    workspace = tempWorkspace({ 'j.practice': UNCLOSED, 'k.practice': UNCLOSED });
    const opened = openWorkspace([workspace.path('j.practice'), workspace.path('k.practice')], { cwd: workspace.root });
    const outcome = newFixOutcome();
    const remaining: string[][] = [];
    visitFiles(opened, (file) => {
      // The first file becomes a folder after it was read, so writing its fix back fails.
      if (file.relativePath === 'j.practice') {
        rmSync(file.path);
        mkdirSync(file.path);
      }
      fixFile(opened, file, outcome);
      remaining.push(fileReport(opened, file, false).messages.map((message) => message.rule));
    }, 'visit');
    assert.equal(outcome.written.size, 1);
    assert.deepEqual(outcome.failures, ["cannot write the fixes to 'j.practice': it is a folder"]);
    assert.deepEqual(remaining, [[], []]);
    assert.equal(readFileSync(workspace.path('k.practice'), 'utf8'), CLOSED);
  });
});
