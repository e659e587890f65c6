import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, symlinkSync } from 'node:fs';
import { decode, readSource } from '../../../server/src/cli/files/read';
import { firstInvalidUtf8 } from '../../../server/src/cli/files/utf8';
import { openWorkspace, visitFiles } from '../../../server/src/cli/workspace';
import { CLEAN, WITH_WARNING } from './journals';
import { lintJson, tempWorkspace, type TempWorkspace } from './harness';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('cli: reading files', () => {
  describe('decode', () => {
    it('strips a UTF-8 BOM and remembers it', () => {
      assert.deepEqual(decode(Buffer.from('\uFEFFabc', 'utf8')), { kind: 'text', text: 'abc', bom: true });
      assert.deepEqual(decode(Buffer.from('abc', 'utf8')), { kind: 'text', text: 'abc', bom: false });
    });

    it('calls a file with a NUL byte binary, at the NUL', () => {
      assert.deepEqual(decode(Buffer.from('ab\ncd\u0000e', 'utf8')), { kind: 'not-text', binary: true, line: 2, column: 3 });
    });

    it('places the first byte that is not UTF-8, counting columns in UTF-16 units', () => {
      const text = Buffer.concat([Buffer.from('x\né😀', 'utf8'), bytes(0xff)]);
      assert.deepEqual(decode(text), { kind: 'not-text', binary: false, line: 2, column: 4 });
    });
  });

  describe('readSource', () => {
    let workspace: TempWorkspace;
    afterEach(() => workspace?.dispose());

    it('reads files larger and smaller than its reused buffer, one after another, exactly', () => {
      const large = 'x'.repeat(1_500_000) + 'é\n';
      const medium = '2026-11-20 engagement +guild\n'.repeat(20_000);
      workspace = tempWorkspace({ 'large.practice': large, 'medium.practice': medium, 'small.practice': 'ab', 'empty.practice': '', 'bom.practice': '\uFEFFabc' });
      assert.deepEqual(readSource(workspace.path('medium.practice')), { kind: 'text', text: medium, bom: false });
      assert.deepEqual(readSource(workspace.path('small.practice')), { kind: 'text', text: 'ab', bom: false });
      assert.deepEqual(readSource(workspace.path('large.practice')), { kind: 'text', text: large, bom: false });
      assert.deepEqual(readSource(workspace.path('empty.practice')), { kind: 'text', text: '', bom: false });
      assert.deepEqual(readSource(workspace.path('bom.practice')), { kind: 'text', text: 'abc', bom: true });
      assert.deepEqual(readSource(workspace.path('small.practice')), { kind: 'text', text: 'ab', bom: false });
    });

    it('refuses a folder, and says a missing file is gone', () => {
      workspace = tempWorkspace({ 'folder.practice/a.practice': 'x' });
      assert.deepEqual(readSource(workspace.path('folder.practice')), { kind: 'unreadable', reason: 'it is a folder' });
      assert.deepEqual(readSource(workspace.path('missing.practice')), { kind: 'gone', reason: 'it no longer exists' });
    });

    it('refuses a named pipe at once, without waiting for a writer', function () {
      workspace = tempWorkspace();
      const fifo = workspace.path('pipe.practice');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      assert.deepEqual(readSource(fifo), { kind: 'unreadable', reason: 'it is a pipe, socket or device, not a regular file' });
    });

    it('reads a file whose size the system reports as zero to its end', function () {
      if (!existsSync('/proc/self/status')) this.skip();
      const read = readSource('/proc/self/status');
      assert.equal(read.kind, 'text');
      assert.match((read as { text: string }).text, /^Name:/);
    });
  });

  describe('firstInvalidUtf8', () => {
    it('accepts every well-formed sequence length', () => {
      const valid = Buffer.from('aé€😀', 'utf8');
      assert.equal(firstInvalidUtf8(valid), valid.length);
    });

    it('rejects overlong forms, surrogates, code points above U+10FFFF and truncation', () => {
      assert.equal(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80)), 1);
      assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80)), 0);
      assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0);
      assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0);
      assert.equal(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82)), 2);
      assert.equal(firstInvalidUtf8(bytes(0x80)), 0);
    });
  });

  describe('files that cannot be linted', () => {
    let workspace: TempWorkspace;
    afterEach(() => workspace?.dispose());

    it('reports a binary .practice file as invalid-encoding and lints the rest', async () => {
      workspace = tempWorkspace({ 'a.practice': WITH_WARNING, 'b.practice': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) });
      const { code, report } = await lintJson(workspace.root);
      assert.equal(code, 1);
      assert.deepEqual(report.files[0]!.diagnostics.map((d) => d.rule), ['unknown-rule']);
      const [problem] = report.files[1]!.diagnostics;
      assert.equal(report.files[1]!.diagnostics.length, 1);
      assert.equal(problem!.rule, 'invalid-encoding');
      assert.equal(problem!.severity, 'error');
      assert.match(problem!.message, /binary/);
      assert.deepEqual([problem!.line, problem!.column], [3, 1]);
    });

    it('reports a file in another encoding as invalid-encoding', async () => {
      workspace = tempWorkspace({ 'latin1.practice': Buffer.from('2026-11-20 engagement +guild "Caf\xe9"\n', 'latin1') });
      const { code, report } = await lintJson(workspace.root);
      assert.equal(code, 1);
      const [problem] = report.files[0]!.diagnostics;
      assert.equal(problem!.rule, 'invalid-encoding');
      assert.match(problem!.message, /not valid UTF-8/);
      assert.deepEqual([problem!.line, problem!.column], [1, 34]);
    });

    it('reports a file it cannot read as unreadable-file and lints the rest', async function () {
      workspace = tempWorkspace({ 'a.practice': CLEAN });
      if (!isRoot) {
        workspace.write('locked.practice', CLEAN);
        chmodSync(workspace.path('locked.practice'), 0o000);
      } else if (existsSync('/proc/self/mem')) {
        // Permissions do not bind root; reading this file fails with an I/O error instead.
        symlinkSync('/proc/self/mem', workspace.path('locked.practice'));
      } else {
        this.skip();
      }
      const { code, report } = await lintJson(workspace.root);
      assert.equal(code, 1);
      assert.deepEqual(report.files.map((file) => file.path), ['a.practice', 'locked.practice']);
      const [problem] = report.files[1]!.diagnostics;
      assert.equal(problem!.rule, 'unreadable-file');
      assert.match(problem!.message, /^This file cannot be read \((permission denied|an input\/output error)\)/);
      assert.deepEqual([problem!.line, problem!.column, problem!.endLine, problem!.endColumn], [1, 1, 1, 1]);
    });

    it('skips with a note a file deleted between discovery and reading', () => {
      workspace = tempWorkspace({ 'a.practice': CLEAN });
      const opened = openWorkspace([workspace.path('a.practice'), workspace.path('deleted.practice')], { cwd: workspace.root });
      const visited: string[] = [];
      visitFiles(opened, (file) => visited.push(file.relativePath), 'read');
      assert.deepEqual(visited, ['a.practice']);
      assert.deepEqual(opened.notes, ["skipped 'deleted.practice': it no longer exists"]);
    });
  });
});
