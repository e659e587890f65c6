import { strict as assert } from 'node:assert';
import { DidChangeWorkspaceFoldersNotification } from 'vscode-languageserver-protocol/node';
import { LINT_WORKSPACE_REQUEST, MODEL_REQUEST, type LintWorkspaceResult, type ModelResult } from '../../server/src/protocol';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';
import { tempWorkspace, type TempWorkspace } from './support/tempWorkspace';
import { codes, FileChangeType, TestClient } from './support/testClient';

const WORKSPACE_SCOPE = { diagnostics: { scope: 'workspace' } };

const MISTYPED_KIND = journal`
  2026-11-20 engagment +data-science "Pairing"
    Notes.
`;

const ENGAGEMENT = journal`
  ---
  author: maria
  ---
  2026-11-20 engagement +data-science "Pairing"
    Notes.
`;

describe('protocol: the workspace index', () => {
  let client: TestClient;
  const folders: TempWorkspace[] = [];
  function folder(files: Record<string, string>): TempWorkspace {
    const created = tempWorkspace(files);
    folders.push(created);
    return created;
  }
  afterEach(async () => {
    await client.dispose();
    for (const created of folders.splice(0)) created.dispose();
  });

  async function communities(): Promise<string[]> {
    const result: ModelResult = await client.connection.sendRequest(MODEL_REQUEST, {});
    return result.model.communities.map((community) => community.id);
  }

  it('reads every journal and landscape below the folder, but nothing in node_modules or .git', async () => {
    const root = folder({
      'a.practice': MISTYPED_KIND,
      'deep/er/b.practice': MISTYPED_KIND,
      'landscape.yml': 'communities:\n  data-science: {}\n  x: { parent: missing }\n',
      'node_modules/pkg/c.practice': MISTYPED_KIND,
      '.git/d.practice': MISTYPED_KIND,
      'notes.txt': MISTYPED_KIND,
    });
    client = await TestClient.start({ folders: [root.uri], settings: WORKSPACE_SCOPE });
    await client.diagnosticsFor(root.uriOf('deep/er/b.practice'));
    await client.diagnosticsFor(root.uriOf('a.practice'));
    await client.diagnosticsFor(root.uriOf('landscape.yml'), (diagnostics) => diagnostics.length > 0);
    const uris = [...client.pushed.keys()].sort();
    assert.deepEqual(uris, [root.uriOf('a.practice'), root.uriOf('deep/er/b.practice'), root.uriOf('landscape.yml')]);
  });

  it('names a file read from disk the way the editor does, so opening it replaces it', async () => {
    const root = folder({ "my notes (draft)'s.practice": MISTYPED_KIND });
    client = await TestClient.start({ folders: [root.uri], settings: WORKSPACE_SCOPE });
    const uri = `${root.uri}/my%20notes%20%28draft%29%27s.practice`;
    assert.deepEqual(codes(await client.diagnosticsFor(uri)), ['unknown-kind']);
    await client.open(uri, ENGAGEMENT);
    await client.diagnosticsFor(uri, (diagnostics) => diagnostics.length === 0);
    assert.deepEqual([...client.pushed.keys()], [uri]);
  });

  it('reads every folder of a multi-root workspace', async () => {
    const first = folder({ 'one.practice': ENGAGEMENT });
    const second = folder({ 'two.practice': ENGAGEMENT.replace('+data-science', '+ward-nursing') });
    client = await TestClient.start({ folders: [first.uri, second.uri] });
    assert.deepEqual(await communities(), ['data-science', 'ward-nursing']);
  });

  it('reads a created file and forgets a deleted one, one watched change at a time', async () => {
    const root = folder({ 'a.practice': ENGAGEMENT });
    client = await TestClient.start({ folders: [root.uri], settings: WORKSPACE_SCOPE });
    const created = root.write('b.practice', MISTYPED_KIND);
    await client.fileChanged(created, FileChangeType.Created);
    assert.deepEqual(codes(await client.diagnosticsFor(created)), ['unknown-kind']);
    root.write('b.practice', ENGAGEMENT);
    await client.fileChanged(created, FileChangeType.Changed);
    await client.diagnosticsFor(created, (diagnostics) => diagnostics.length === 0);
    root.remove('a.practice');
    root.remove('b.practice');
    await client.fileChanged(root.uriOf('a.practice'), FileChangeType.Deleted);
    await client.fileChanged(created, FileChangeType.Deleted);
    await waitFor(async () => (await communities()).length === 0, { what: 'the deleted journals to leave the model' });
  });

  it('applies a landscape changed on disk to the journals that use it', async () => {
    const root = folder({ 'landscape.yaml': 'communities:\n  ward-nursing: {}\n', 'a.practice': ENGAGEMENT });
    client = await TestClient.start({ folders: [root.uri], settings: WORKSPACE_SCOPE });
    assert.deepEqual(codes(await client.diagnosticsFor(root.uriOf('a.practice'))), ['unknown-community']);
    root.write('landscape.yaml', 'communities:\n  data-science: {}\n');
    await client.fileChanged(root.uriOf('landscape.yaml'), FileChangeType.Changed);
    await client.diagnosticsFor(root.uriOf('a.practice'), (diagnostics) => diagnostics.length === 0);
  });

  it('keeps the editor text of an open file over changes on disk, and goes back to the disk when it closes', async () => {
    const root = folder({ 'a.practice': MISTYPED_KIND });
    client = await TestClient.start({ folders: [root.uri], settings: WORKSPACE_SCOPE });
    const uri = root.uriOf('a.practice');
    await client.open(uri, ENGAGEMENT);
    await client.diagnosticsFor(uri, (diagnostics, params) => diagnostics.length === 0 && params.version === 1);
    root.write('a.practice', MISTYPED_KIND.replace('Notes', 'Other notes'));
    await client.fileChanged(uri, FileChangeType.Changed);
    await client.close(uri);
    const diagnostics = await client.diagnosticsFor(uri, (_, params) => params.version === undefined);
    assert.deepEqual(codes(diagnostics), ['unknown-kind']);
  });

  it('reads a folder added to the workspace and forgets a removed one', async () => {
    const first = folder({ 'one.practice': ENGAGEMENT });
    const second = folder({ 'two.practice': ENGAGEMENT.replace('+data-science', '+ward-nursing') });
    client = await TestClient.start({ folders: [first.uri] });
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: second.uri, name: 'second' }], removed: [{ uri: first.uri, name: 'first' }] },
    });
    await waitFor(async () => (await communities()).join() === 'ward-nursing', { what: 'the folders to be swapped' });
  });

  it('lints the whole workspace on request, counting by severity, and reports every file from then on', async () => {
    const root = folder({ 'a.practice': MISTYPED_KIND, 'b.practice': ENGAGEMENT, 'landscape.yaml': 'communities:\n  ward-nursing: {}\n' });
    client = await TestClient.start({ folders: [root.uri] });
    assert.equal(client.pushes.length, 0);
    const result: LintWorkspaceResult = await client.connection.sendRequest(LINT_WORKSPACE_REQUEST);
    assert.deepEqual(result, { files: 3, errors: 1, warnings: 2, infos: 0, hints: 0 });
    assert.deepEqual(codes(await client.diagnosticsFor(root.uriOf('a.practice'))), ['unknown-kind', 'unknown-community']);
    assert.deepEqual(codes(await client.diagnosticsFor(root.uriOf('b.practice'))), ['unknown-community']);
    // Editors that send `params: null` for a request without params get the same answer.
    assert.deepEqual(await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, null), result);
  });

  it('announces a changed model once the workspace has been read', async () => {
    const root = folder({ 'a.practice': ENGAGEMENT });
    client = await TestClient.start({ folders: [root.uri] });
    await waitFor(() => client.modelChanges.length > 0, { what: 'a model change' });
    assert.deepEqual(await communities(), ['data-science']);
  });
});
