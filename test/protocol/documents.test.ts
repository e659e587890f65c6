import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';
import { codes, PULL_CLIENT, PUSH_CLIENT, TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const MISTYPED_KIND = journal`
  2026-11-20 engagment +data-science "Pairing"
    Notes on the pairing session.
`;

const CORRECT = journal`
  2026-11-20 engagement +data-science "Pairing"
    Notes on the pairing session.
`;

describe('protocol: initialize and documents', () => {
  let client: TestClient;
  afterEach(async () => client.dispose());

  it('offers incremental sync, save notifications, code actions and workspace folders', async () => {
    client = await TestClient.start();
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.sortEntries.practice', 'source.fixAll.practice'], resolveProvider: true });
    assert.deepEqual(capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
    assert.equal(client.initializeResult.serverInfo?.name, 'practice-journal-server');
  });

  it('offers no pull diagnostics to a client that cannot pull them', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('offers pull diagnostics, workspace-wide too, to a client that can pull them', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'practice-journal',
      interFileDependencies: true,
      workspaceDiagnostics: true,
    });
  });

  it('registers watchers for journals and landscapes when the client lets it', async () => {
    client = await TestClient.start();
    const registration = await waitFor(() => client.registrations.find((candidate) => candidate.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/*.practice' }, { globPattern: '**/landscape.{yaml,yml}' }] });
  });

  it('pushes the diagnostics of an opened journal with rule id, docs link, source and fix data', async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    const [diagnostic] = await client.diagnosticsFor(URI);
    assert.deepEqual(diagnostic, {
      range: { start: { line: 0, character: 11 }, end: { line: 0, character: 20 } },
      severity: DiagnosticSeverity.Error,
      code: 'unknown-kind',
      codeDescription: { href: 'https://github.com/practice-journal/practice-journal/blob/main/docs/rules.md#unknown-kind' },
      source: 'practice-journal',
      message: diagnostic!.message,
      data: { fix: 'replace', replacements: ['engagement'] },
    });
    assert.equal(client.pushed.get(URI)?.version, 1);
  });

  it('applies incremental changes and pushes the diagnostics of the new version', async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    await client.diagnosticsFor(URI, (diagnostics) => diagnostics.length === 1);
    const version = await client.change(URI, { range: { start: { line: 0, character: 16 }, end: { line: 0, character: 16 } }, text: 'e' });
    const diagnostics = await client.diagnosticsFor(URI, (_, params) => params.version === version);
    assert.deepEqual(diagnostics, []);
  });

  it('waits for a pause in typing and pushes only the last version', async () => {
    client = await TestClient.start({ debounceMs: 100 });
    await client.open(URI, CORRECT);
    await client.diagnosticsFor(URI);
    const before = client.pushes.length;
    await client.change(URI, { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } }, text: 'x' });
    await client.change(URI, { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } }, text: 'y' });
    const last = await client.change(URI, { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } }, text: 'e' });
    await client.diagnosticsFor(URI, (_, params) => params.version === last);
    assert.equal(client.pushes.length - before, 1);
  });

  it('clears the diagnostics of a closed journal when only open files have problems', async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    await client.diagnosticsFor(URI, (diagnostics) => diagnostics.length === 1);
    await client.close(URI);
    assert.deepEqual(await client.diagnosticsFor(URI, (diagnostics) => diagnostics.length === 0), []);
  });

  it('treats an unsaved document of the practice language as a journal', async () => {
    client = await TestClient.start();
    await client.open('untitled:Untitled-1', MISTYPED_KIND);
    assert.deepEqual(codes(await client.diagnosticsFor('untitled:Untitled-1')), ['unknown-kind']);
  });

  it('ignores documents that are neither journals nor landscapes', async () => {
    client = await TestClient.start();
    await client.open('file:///notes/readme.md', '2026-11-20 engagment', 'markdown');
    await client.open(URI, CORRECT);
    await client.diagnosticsFor(URI);
    assert.equal(client.pushed.has('file:///notes/readme.md'), false);
  });
});
