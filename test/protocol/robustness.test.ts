import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  LSPErrorCodes,
  MessageType,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  WorkspaceDiagnosticRequest,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateJournal } from '../../bench/generators';
import { toLspDiagnostic } from '../../server/src/lsp';
import { createLanguageService, dayFromIsoDate } from '../../server/src/language/service';
import { journalishText, journalText } from '../support/arbitraries';
import { TODAY } from '../support/journal';
import { waitFor } from './support/poll';
import { tempWorkspace, type TempWorkspace } from './support/tempWorkspace';
import { PULL_CLIENT, TestClient } from './support/testClient';

/** Edit sequences per property: bounded in `npm test`, far more under `npm run fuzz`. */
const RUNS = Math.max(10, Math.floor(Number(process.env.PRACTICE_FUZZ_RUNS ?? 300) / 6));

/** The diagnostics a fresh service gives for a text: what the server must agree with after any edits. */
function freshDiagnostics(uri: string, text: string): Diagnostic[] {
  const service = createLanguageService({ roots: [], today: () => dayFromIsoDate(TODAY)!, readFile: () => undefined });
  service.setFile(uri, text);
  return service.getDiagnostics(uri).map(toLspDiagnostic);
}

const FRAGMENTS = ['', ' ', '\n', '\r\n', '  ', '"', '+data-science', '@ana', '2026-11-20 ', 'engagement ', 'crossing +a -> +b', '\n  with: @li\n', '---\n', '; practice-disable-next-entry\n', '𝒜', '\uD800', 'é', 'prose words ', '#tag'];

/** One content change: a range given by two offsets (taken modulo the text's length) and a replacement. */
const change = fc.record({ from: fc.nat(), to: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), whole: fc.integer({ min: 0, max: 19 }) });
/** A notification: one to three changes, applied in order. */
const notification = fc.array(change, { minLength: 1, maxLength: 3 });
/** What the client does between edits: nothing, or ask for something that needs the parse. */
const probe = fc.constantFrom('none', 'none', 'pull', 'hover', 'symbols', 'completion');

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return report.items;
}

/** The error a request ended with, or undefined when it answered. */
async function failureOf(request: Promise<unknown>): Promise<ResponseError<unknown> | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not a protocol error: ${String(error)}`);
    return error;
  }
}

describe('protocol: robustness', function () {
  this.timeout(120_000);
  let client: TestClient;
  let folder: TempWorkspace | undefined;
  afterEach(async () => {
    await client?.dispose();
    folder?.dispose();
    folder = undefined;
  });

  it(`agrees with a fresh parse after any sequence of incremental edits (${RUNS} sequences)`, async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(journalText, journalishText), fc.array(fc.tuple(notification, probe), { minLength: 1, maxLength: 25 }), async (initial, steps) => {
        const uri = `file:///fuzz/case-${count++}.practice`;
        // What the client holds, as VS Code keeps it: an "unchanged" answer leaves it as it is.
        let held: { resultId: string; items: Diagnostic[] } | undefined;
        const pullHeld = async (): Promise<Diagnostic[]> => {
          const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(held ? { previousResultId: held.resultId } : {}) });
          if (report.kind === 'full') held = { resultId: report.resultId!, items: report.items };
          else assert.equal(report.resultId, held?.resultId);
          return held!.items;
        };
        let mirror = TextDocument.create(uri, 'practice', 1, initial);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'practice', version: 1, text: initial } });
        for (const [changes, next] of steps) {
          const events: TextDocumentContentChangeEvent[] = [];
          for (const { from, to, text, whole } of changes) {
            const length = mirror.getText().length + 1;
            const [start, end] = [from % length, to % length].sort((a, b) => a - b) as [number, number];
            // Now and then a client resends the whole text instead of a range.
            const event = whole === 0 ? { text: mirror.getText().slice(0, start) + text } : { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text };
            mirror = TextDocument.update(mirror, [event], mirror.version);
            events.push(event);
          }
          mirror = TextDocument.create(uri, 'practice', mirror.version + 1, mirror.getText());
          await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: mirror.version }, contentChanges: events });
          const position = mirror.positionAt(Math.floor(mirror.getText().length / 2));
          if (next === 'pull') assert.deepEqual(await pullHeld(), freshDiagnostics(uri, mirror.getText()), JSON.stringify(events));
          if (next === 'hover') await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
          if (next === 'symbols') await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
          if (next === 'completion') await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
        }
        assert.deepEqual(await pullHeld(), freshDiagnostics(uri, mirror.getText()));
        assert.deepEqual(await pull(client, uri), freshDiagnostics(uri, mirror.getText()));
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      }),
      { numRuns: RUNS },
    );
  });

  describe('cancellation', () => {
    const JOURNALS = 300;

    /** A workspace of many journals (about 3 MB), read by a server that reports the whole workspace. */
    async function bigWorkspace(): Promise<void> {
      const files: Record<string, string> = { 'landscape.yaml': 'communities:\n  data-science: {}\n' };
      for (let index = 0; index < JOURNALS; index++) files[`journals/${String(index).padStart(3, '0')}.practice`] = generateJournal({ seed: index, bytes: 10_000 });
      folder = tempWorkspace(files);
      client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri], settings: { diagnostics: { scope: 'workspace' } } });
    }

    it('stops a workspace diagnostic pull cancelled mid-way, with a cancelled error, long before it would have finished', async () => {
      await bigWorkspace();
      const source = new CancellationTokenSource();
      const started = Date.now();
      const pending = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, source.token);
      await new Promise((resolve) => setTimeout(resolve, 20));
      source.cancel();
      const cancelled = Date.now();
      const error = await failureOf(pending);
      const stoppedAfter = Date.now() - cancelled;
      assert.equal(error?.code, LSPErrorCodes.RequestCancelled, 'the pull was not cancelled');
      const full = Date.now();
      const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      const fullTook = Date.now() - full;
      assert.equal(report.items.length, JOURNALS + 1);
      assert.ok(stoppedAfter < Math.max(250, fullTook / 2), `stopped ${stoppedAfter} ms after the cancel (${Date.now() - started} ms in all); a full pull takes ${fullTook} ms`);
    });

    it('answers a workspace symbol request cancelled before it ran with a cancelled error', async () => {
      await bigWorkspace();
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }, source.token);
      source.cancel();
      const error = await failureOf(pending);
      assert.equal(error?.code, LSPErrorCodes.RequestCancelled);
      const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'data' });
      assert.ok(symbols && symbols.length > 0, 'the server stopped answering after the cancel');
    });
  });

  describe('files that must not be read', function () {
    before(function () {
      if (!existsSync('/dev/zero') || spawnSync('mkfifo', ['--version']).status !== 0) this.skip();
    });

    it('reads no pipe that a front matter names as its landscape, and says the landscape is not found', async () => {
      folder = tempWorkspace({ 'a.practice': '---\nlandscape: pipe.yaml\n---\n2026-11-20 engagement +ward\n  Prose.\n' });
      execFileSync('mkfifo', [join(folder.path, 'pipe.yaml')]);
      client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
      assert.deepEqual((await pull(client, folder.uriOf('a.practice'))).map((diagnostic) => diagnostic.code), ['landscape-not-found']);
    });

    it('falls back to no landscape when a closed landscape.yaml is a pipe on disk, without waiting for a writer', async () => {
      folder = tempWorkspace({ 'a.practice': '2026-11-20 engagement +ward\n  Prose.\n' });
      client = await TestClient.start({ capabilities: PULL_CLIENT, folders: [folder.uri] });
      const landscape = folder.uriOf('landscape.yaml');
      await client.open(landscape, 'communities:\n  other: {}\n', 'yaml');
      assert.deepEqual((await pull(client, folder.uriOf('a.practice'))).map((diagnostic) => diagnostic.code), ['unknown-community']);
      execFileSync('mkfifo', [join(folder.path, 'landscape.yaml')]);
      const refreshes = client.refreshes;
      await client.close(landscape);
      await waitFor(() => client.refreshes > refreshes, { what: 'the landscape to be dropped' });
      assert.deepEqual(await pull(client, folder.uriOf('a.practice')), []);
    });
  });

  it('falls back to the defaults for settings of every wrong shape, with one warning', async () => {
    const garbage = { rules: ['off'], lint: 'onSave', me: { id: 'maria' }, reflection: { windowDays: '7' }, diagnostics: { scope: null, extra: [1, 2] } };
    client = await TestClient.start({ capabilities: PULL_CLIENT, settings: garbage });
    const uri = 'file:///notes/a.practice';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'practice', version: 1, text: '2026-11-20 engagment +a\n  Prose.\n' } });
    assert.deepEqual((await pull(client, uri)).map((diagnostic) => diagnostic.code), ['unknown-kind']);
    await waitFor(() => client.messages.length > 0, { what: 'the warning' });
    assert.equal(client.messages.length, 1);
    assert.equal(client.messages[0]!.type, MessageType.Warning);
    assert.match(client.messages[0]!.message, /^Practice Journal ignored 3 settings and used the defaults instead: practiceJournal\.me must be/);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await pull(client, uri)).map((diagnostic) => diagnostic.code), ['unknown-kind']);
    assert.equal(client.messages.length, 1, 'the same refused settings were warned about twice');
  });

  it('answers requests with impossible positions, unknown documents and forged diagnostics without an internal error', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const uri = 'file:///notes/a.practice';
    const text = '2026-11-20 engagment +a "Title\n  with: @ana\n\n  Prose.\n';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'practice', version: 1, text } });
    const far = { line: 1_000_000, character: 1_000_000 };
    const negative = { line: -1, character: -5 };
    const forged = (data: unknown): Diagnostic => ({ range: { start: far, end: negative }, message: 'x', source: 'practice-journal', code: 'unknown-kind', data });
    const requests: [string, Promise<unknown>][] = [];
    for (const [name, target] of [['open', uri], ['unknown', 'file:///notes/never-opened.practice'], ['other scheme', 'untitled:Untitled-1']] as const) {
      for (const position of [far, negative]) {
        const textDocument = { uri: target };
        requests.push(
          [`hover (${name})`, client.connection.sendRequest(HoverRequest.type, { textDocument, position })],
          [`completion (${name})`, client.connection.sendRequest(CompletionRequest.type, { textDocument, position })],
          [`definition (${name})`, client.connection.sendRequest(DefinitionRequest.type, { textDocument, position })],
          [`references (${name})`, client.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } })],
          [`rename (${name})`, client.connection.sendRequest(RenameRequest.type, { textDocument, position, newName: '[x](command:foo)\n' })],
          [`formatting (${name})`, client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: -1, insertSpaces: true } })],
          [`pull (${name})`, client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument })],
        );
      }
    }
    const fixData = [
      { fix: 'insert', offset: -1e9, text: 'x' },
      { fix: 'delete', start: 5, end: 1e12 },
      { fix: 'replace', replacements: [] },
      { fix: 'replace', replacements: 'not a list' },
      { fix: 'add-to-landscape', section: 'people', id: 'x', landscapeUri: 'file:///etc/landscape.yaml' },
      { fix: 'sort-entries' },
      { fix: 'no such fix' },
      { fix: 42 },
      null,
    ];
    const actions = client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: negative, end: far }, context: { diagnostics: fixData.map(forged) } });
    requests.push(['code actions with forged diagnostics', actions]);
    for (const [name, request] of requests) {
      const error = await failureOf(request);
      assert.notEqual(error?.code, ErrorCodes.InternalError, `${name} failed inside the server: ${error?.message}`);
    }
    const offered = ((await actions) ?? []) as { edit?: WorkspaceEdit }[];
    for (const action of offered) {
      const touched = [...Object.keys(action.edit?.changes ?? {}), ...(action.edit?.documentChanges ?? []).map((change) => ('textDocument' in change ? change.textDocument.uri : ''))];
      assert.ok(touched.every((target) => target === uri), `an action edits another file: ${touched.join(', ')}`);
    }
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '\n' }, { range: { start: negative, end: negative }, text: '' }] });
    assert.deepEqual(await pull(client, uri), freshDiagnostics(uri, text + '\n'));
  });
});
