import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';

/** The repository root, whether the test runs from its source or from the compiled out/ tree. */
function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

const ROOT = repositoryRoot();
const URI = 'file:///notes/2026-11.practice';

describe('protocol: the bundled server over stdio', function () {
  this.timeout(60_000);
  let child: ChildProcessWithoutNullStreams;
  let connection: ProtocolConnection;
  let exitCode: Promise<number | null>;

  // `npm test` bundles before it runs the tests; a run of this file alone bundles first.
  before(() => {
    if (existsSync(join(ROOT, 'dist/server.js'))) return;
    const bundle = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(bundle.status, 0, bundle.stderr);
  });

  beforeEach(() => {
    child = spawn(process.execPath, [join(ROOT, 'bin/practice-journal-server.js'), '--stdio'], { cwd: ROOT });
    exitCode = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
  });

  afterEach(() => {
    connection.dispose();
    child.kill();
  });

  it('initializes, pushes diagnostics for an opened journal, and exits cleanly after shutdown', async () => {
    const pushed: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => void pushed.push(params));
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    assert.equal(result.serverInfo?.name, 'practice-journal-server');
    await connection.sendNotification(InitializedNotification.type, {});
    const text = journal`
      2026-11-20 engagment +data-science "Pairing"
        Notes.
    `;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'practice', version: 1, text } });
    const params = await waitFor(() => pushed.find((candidate) => candidate.uri === URI), { what: 'pushed diagnostics', timeoutMs: 20_000 });
    assert.deepEqual(params.diagnostics.map((diagnostic) => diagnostic.code), ['unknown-kind']);
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode, 0);
  });
});
