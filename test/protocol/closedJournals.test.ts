import { strict as assert } from 'node:assert';
import { HoverRequest, ReferencesRequest, WorkspaceSymbolRequest, type Hover, type Location, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { MODEL_REQUEST, type ModelSummaryResult } from '../../server/src/protocol';
import { positionOf, SIZEABLE_LANDSCAPE, sizeableJournal } from '../support/sizeableJournals';
import { waitFor } from './support/poll';
import { tempWorkspace, type TempWorkspace } from './support/tempWorkspace';
import { FileChangeType, TestClient } from './support/testClient';

const COUNT = 40;
const names = Array.from({ length: COUNT }, (_, index) => `journals/j${String(index).padStart(2, '0')}.practice`);

describe('protocol: closed journals of a workspace larger than the trees the server keeps', function () {
  this.timeout(60_000);
  let client: TestClient;
  let root: TempWorkspace;

  beforeEach(async () => {
    const files: Record<string, string> = { 'landscape.yaml': SIZEABLE_LANDSCAPE };
    names.forEach((name, index) => (files[name] = sizeableJournal(index)));
    root = tempWorkspace(files);
    client = await TestClient.start({ folders: [root.uri], settings: { diagnostics: { scope: 'workspace' } } });
  });
  afterEach(async () => {
    await client.dispose();
    root.dispose();
  });

  it('reports the problems of every closed journal', async () => {
    const codes = async (name: string): Promise<string> => (await client.diagnosticsFor(root.uriOf(name))).map((diagnostic) => String(diagnostic.code)).sort().join(' ');
    const first = await codes(names[0]!);
    assert.match(first, /unknown-community/);
    assert.match(first, /unknown-kind/);
    // The journals differ only in their titles, so each has the same problems.
    for (const name of names) assert.equal(await codes(name), first, name);
  });

  it('finds references in every closed journal, hovers in one, and lists entries of them as symbols', async () => {
    const open = root.uriOf(names[0]!);
    await client.open(open, sizeableJournal(0));
    const textDocument = { uri: open };
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position: positionOf(sizeableJournal(0), '+unknown-team'), context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(new Set(locations.map((location) => location.uri)), new Set(names.map((name) => root.uriOf(name))));
    assert.equal(locations.length, COUNT * (sizeableJournal(0).split('+unknown-team').length - 1));
    const closed = root.uriOf(names[23]!);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: closed }, position: positionOf(sizeableJournal(23), '+data-science') })) as Hover;
    assert.match(JSON.stringify(hover.contents), /Data science/);
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Pairing 23-41' })) as SymbolInformation[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri, 'range' in symbol.location ? symbol.location.range.start.line : -1]),
      [['2026-02-14 engagement Pairing 23-41', closed, positionOf(sizeableJournal(23), '2026-02-14 engagement').line]],
    );
  });

  it('re-reads a closed journal changed on disk: its problems and the model follow', async () => {
    const name = names[31]!;
    const uri = root.uriOf(name);
    await client.diagnosticsFor(uri);
    const before = ((await client.connection.sendRequest(MODEL_REQUEST, { summary: true })) as ModelSummaryResult).summary;
    root.write(name, `${sizeableJournal(31)}2026-11-20 engagement +ops "Unclosed\n  with: @li\n`);
    await client.fileChanged(uri, FileChangeType.Changed);
    const diagnostics = await client.diagnosticsFor(uri, (found) => found.some((diagnostic) => diagnostic.code === 'unterminated-title'));
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'unterminated-title').length, 1);
    const after = await waitFor(async () => {
      const summary = ((await client.connection.sendRequest(MODEL_REQUEST, { summary: true })) as ModelSummaryResult).summary;
      return JSON.stringify(summary) === JSON.stringify(before) ? undefined : summary;
    }, { what: 'a model with the new entry' });
    assert.notDeepEqual(after, before);
  });
});
