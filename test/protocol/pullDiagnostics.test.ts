import { strict as assert } from 'node:assert';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { DidChangeTextDocumentNotification, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';
import { tempWorkspace, type TempWorkspace } from './support/tempWorkspace';
import { codes, FileChangeType, PULL_CLIENT, TestClient } from './support/testClient';

const UNKNOWN_COMMUNITY = journal`
  2026-11-20 engagement +data-sciense "Pairing"
    Notes on the pairing session.
`;

const LANDSCAPE = 'communities:\n  data-science: {}\n';

describe('protocol: pulled diagnostics', () => {
  let client: TestClient;
  let folder: TempWorkspace;
  beforeEach(() => {
    folder = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal/2026-11.practice': UNKNOWN_COMMUNITY, 'journal/2026-10.practice': UNKNOWN_COMMUNITY });
  });
  afterEach(async () => {
    await client.dispose();
    folder.dispose();
  });

  async function pull(uri: string, previousResultId?: string) {
    return client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  it('answers a document pull with a full report and pushes nothing', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const uri = folder.uriOf('journal/2026-11.practice');
    await client.open(uri, UNKNOWN_COMMUNITY);
    const report = (await pull(uri)) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(codes(report.items), ['unknown-community']);
    assert.deepEqual(report.items[0]!.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 35 } });
    assert.equal(client.pushes.length, 0);
  });

  it('answers "unchanged" while the client holds the current result, and a full report after an edit', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const uri = folder.uriOf('journal/2026-11.practice');
    await client.open(uri, UNKNOWN_COMMUNITY);
    const first = (await pull(uri)) as FullDocumentDiagnosticReport;
    assert.deepEqual(codes(first.items), ['unknown-community']);
    assert.deepEqual(await pull(uri, first.resultId), { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });
    await client.change(uri, { range: { start: { line: 0, character: 33 }, end: { line: 0, character: 34 } }, text: 'c' });
    const after = (await pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
    assert.equal(after.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(after.items, []);
  });

  it('answers "unchanged" after an edit that moved no diagnostic\'s line or column, and a full report once one moves', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const uri = folder.uriOf('journal/2026-11.practice');
    const text = journal`
      2026-11-18 engagement +data-science "One"
        First words.
      2026-11-20 engagement +data-sciense "Two
        Second words.
    `;
    await client.open(uri, text);
    const first = (await pull(uri)) as FullDocumentDiagnosticReport;
    assert.deepEqual(codes(first.items), ['unknown-community', 'unterminated-title']);
    // A word typed in the first entry's prose: every offset after it moves, no line or column does.
    await client.change(uri, { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: 'kind ' });
    assert.deepEqual(await pull(uri, first.resultId), { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });
    // A line added above them moves both diagnostics down.
    await client.change(uri, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '  More words.\n' });
    const moved = (await pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
    assert.equal(moved.kind, DocumentDiagnosticReportKind.Full);
    assert.notEqual(moved.resultId, first.resultId);
    assert.deepEqual(
      moved.items.map((item) => item.range.start.line),
      first.items.map((item) => item.range.start.line + 1),
    );
    // The fix data counts from the diagnostic's start, so it is the same after the move.
    assert.deepEqual(moved.items.map((item) => item.data), first.items.map((item) => item.data));
    assert.deepEqual(await pull(uri, moved.resultId), { kind: DocumentDiagnosticReportKind.Unchanged, resultId: moved.resultId });
  });

  it('names a new result when a setting changes a diagnostic, and keeps it when a setting changes none', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const uri = folder.uriOf('journal/2026-11.practice');
    await client.open(uri, UNKNOWN_COMMUNITY);
    const first = (await pull(uri)) as FullDocumentDiagnosticReport;
    const applied = async (settings: unknown): Promise<void> => {
      const before = client.refreshes;
      client.settings = settings;
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await waitFor(() => client.refreshes > before, { what: 'the settings to be applied' });
    };
    await applied({ rules: { 'unknown-community': 'hint' } });
    const hinted = (await pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
    assert.equal(hinted.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(hinted.items.map((item) => item.severity), [DiagnosticSeverity.Hint]);
    assert.notEqual(hinted.resultId, first.resultId);
    await applied({ rules: { 'unknown-community': 'hint', 'unknown-kind': 'off' } });
    assert.deepEqual(await pull(uri, hinted.resultId), { kind: DocumentDiagnosticReportKind.Unchanged, resultId: hinted.resultId });
  });

  it('answers a workspace pull with "unchanged" for a file changed on disk whose diagnostics did not', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri], settings: { diagnostics: { scope: 'workspace' } } });
    const october = folder.uriOf('journal/2026-10.practice');
    const november = folder.uriOf('journal/2026-11.practice');
    const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    folder.write('journal/2026-10.practice', UNKNOWN_COMMUNITY.replace('Notes on', 'Longer notes on'));
    folder.write('journal/2026-11.practice', UNKNOWN_COMMUNITY.replace('+data-sciense', '+data-science'));
    // Watched changes are applied in order: once November reads as fixed, October was read again too.
    await client.fileChanged(october, FileChangeType.Changed);
    await client.fileChanged(november, FileChangeType.Changed);
    const second = await waitFor(async () => {
      const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds });
      return report.items.some((item) => item.uri === november && item.kind === DocumentDiagnosticReportKind.Full) && report;
    }, { what: 'a full report of the fixed file' });
    const byUri = new Map(second.items.map((item) => [item.uri, item]));
    assert.deepEqual((byUri.get(november) as FullDocumentDiagnosticReport).items, []);
    assert.deepEqual(byUri.get(october), { kind: DocumentDiagnosticReportKind.Unchanged, uri: october, version: null, resultId: previousResultIds.find((item) => item.uri === october)!.value });
  });

  it('keeps a journal\'s diagnostics right through keystrokes, several changes per notification and a whole-text change', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const uri = folder.uriOf('journal/2026-11.practice');
    let text = journal`
      2026-11-18 engagement +data-science "One"
        First words.
      2026-11-20 engagement +data-sciense "Two"
        Second words.
      2026-11-19 imagination +data-science
        Third words.
    `;
    await client.open(uri, text);
    await pull(uri);
    const document = TextDocument.create(uri, 'practice', 1, text);
    let version = 1;
    const send = async (contentChanges: TextDocumentContentChangeEvent[]): Promise<void> => {
      version++;
      TextDocument.update(document, contentChanges, version);
      text = document.getText();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    };
    const at = (needle: string, offset = 0) => document.positionAt(text.indexOf(needle) + offset);
    const steps: TextDocumentContentChangeEvent[][] = [
      [{ range: { start: at('First', 5), end: at('First', 5) }, text: ' +data-sciense' }],
      [{ range: { start: at('Second'), end: at('Second') }, text: 'x' }, { range: { start: at('Third'), end: at('Third', 5) }, text: '@nobody' }],
      [{ range: { start: at('"Two"'), end: at('"Two"', 5) }, text: '"Two, renamed"' }],
      [{ range: { start: at('Second'), end: at('Second') }, text: 'Line\n  ' }],
      [{ text: text.replace('2026-11-19', '2026-11-21') }],
      [{ range: { start: at('Third'), end: at('Third') }, text: '+data-science ' }],
    ];
    for (const contentChanges of steps) {
      await send(contentChanges);
      const report = (await pull(uri)) as FullDocumentDiagnosticReport;
      const fresh = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
      try {
        await fresh.open(uri, text);
        const expected = (await fresh.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
        assert.deepEqual(report.items, expected.items, JSON.stringify(contentChanges));
      } finally {
        await fresh.dispose();
      }
    }
  });

  it('asks the client to pull again when a landscape changes', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    const landscape = folder.uriOf('landscape.yaml');
    await client.open(landscape, LANDSCAPE, 'yaml');
    const before = client.refreshes;
    await client.change(landscape, 'communities:\n  data-science: {}\n  data-sciense: {}\n');
    await waitFor(() => client.refreshes > before, { what: 'a refresh request' });
    const report = (await pull(folder.uriOf('journal/2026-11.practice'))) as FullDocumentDiagnosticReport;
    assert.deepEqual(report.items, []);
  });

  it('reports no workspace diagnostics while the scope is the open files', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
    assert.deepEqual(await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }), { items: [] });
  });

  it('reports every file that is not open when the scope is the whole workspace, then only "unchanged"', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri], settings: { diagnostics: { scope: 'workspace' } } });
    await client.open(folder.uriOf('journal/2026-11.practice'), UNKNOWN_COMMUNITY);
    const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const byUri = (items: WorkspaceDocumentDiagnosticReport[]) => new Map(items.map((item) => [item.uri, item]));
    const reports = byUri(first.items);
    assert.deepEqual([...reports.keys()].sort(), [folder.uriOf('journal/2026-10.practice'), folder.uriOf('landscape.yaml')]);
    const october = reports.get(folder.uriOf('journal/2026-10.practice')) as FullDocumentDiagnosticReport & WorkspaceDocumentDiagnosticReport;
    assert.deepEqual(codes(october.items), ['unknown-community']);
    assert.equal(october.version, null);
    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const second = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds });
    assert.deepEqual(second.items.map((item) => item.kind), [DocumentDiagnosticReportKind.Unchanged, DocumentDiagnosticReportKind.Unchanged]);
  });
});
