import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, DidChangeConfigurationNotification, MessageType } from 'vscode-languageserver-protocol/node';
import { MODEL_REQUEST, type ModelResult } from '../../server/src/protocol';
import { journal } from '../support/journal';
import { waitFor } from './support/poll';
import { tempWorkspace, type TempWorkspace } from './support/tempWorkspace';
import { codes, TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const MISTYPED_KIND = journal`
  2026-11-20 engagment +data-science "Pairing"
    Notes on the pairing session.
`;

/** An old entry without prose, and a recent one with some. */
const OLD_EMPTY_ENTRY = journal`
  2026-10-01 engagement +data-science "Kick-off"
  2026-11-20 engagement +data-science "Pairing"
    Notes on the pairing session.
`;

describe('protocol: settings', () => {
  let client: TestClient;
  afterEach(async () => client.dispose());

  async function changeSettings(settings: unknown): Promise<void> {
    client.settings = settings;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  it('reads rule severities from workspace/configuration', async () => {
    client = await TestClient.start({ settings: { rules: { 'unknown-kind': 'hint' } } });
    await client.open(URI, MISTYPED_KIND);
    const [diagnostic] = await client.diagnosticsFor(URI);
    assert.equal(diagnostic?.severity, DiagnosticSeverity.Hint);
  });

  it('turns a rule off and back on when the settings change', async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    await client.diagnosticsFor(URI, (diagnostics) => codes(diagnostics).includes('unknown-kind'));
    await changeSettings({ rules: { 'unknown-kind': 'off' } });
    await client.diagnosticsFor(URI, (diagnostics) => !codes(diagnostics).includes('unknown-kind'));
    await changeSettings({});
    await client.diagnosticsFor(URI, (diagnostics) => codes(diagnostics).includes('unknown-kind'));
  });

  describe('with a landscape that sets rules', () => {
    let folder: TempWorkspace;
    beforeEach(() => {
      folder = tempWorkspace({ 'landscape.yaml': 'rules:\n  unknown-kind: warning\n' });
    });
    afterEach(() => folder.dispose());

    it("applies the landscape's rules, and the user's settings over them", async () => {
      client = await TestClient.start({ folders: [folder.uri] });
      const uri = folder.uriOf('2026-11.practice');
      await client.open(uri, MISTYPED_KIND);
      const [fromLandscape] = await client.diagnosticsFor(uri);
      assert.equal(fromLandscape?.severity, DiagnosticSeverity.Warning);
      await changeSettings({ rules: { 'unknown-kind': 'info' } });
      await client.diagnosticsFor(uri, ([diagnostic]) => diagnostic?.severity === DiagnosticSeverity.Information);
    });
  });

  it('applies reflection.windowDays to the reflective rules', async () => {
    client = await TestClient.start();
    await client.open(URI, OLD_EMPTY_ENTRY);
    const prompts = (await client.diagnosticsFor(URI)).filter((diagnostic) => diagnostic.code === 'empty-reflection');
    assert.deepEqual(prompts.map((diagnostic) => diagnostic.range.start.line), [0]);
    await changeSettings({ reflection: { windowDays: 30 } });
    await client.diagnosticsFor(URI, (diagnostics) => !codes(diagnostics).includes('empty-reflection'));
  });

  it('lints only on save when lint.run is onSave', async () => {
    client = await TestClient.start({ settings: { lint: { run: 'onSave' } } });
    await client.open(URI, MISTYPED_KIND);
    await client.diagnosticsFor(URI, (diagnostics) => codes(diagnostics).includes('unknown-kind'));
    await waitFor(() => client.modelChanges.length > 0, { what: 'the model change of the open' });
    const modelChanges = client.modelChanges.length;
    await client.change(URI, { range: { start: { line: 0, character: 16 }, end: { line: 0, character: 16 } }, text: 'e' });
    // The edit's model change is announced after the same pause as diagnostics would be pushed.
    await waitFor(() => client.modelChanges.length > modelChanges, { what: 'the model change of the edit' });
    assert.equal(client.pushes.length, 1);
    await client.save(URI);
    await client.diagnosticsFor(URI, (diagnostics) => !codes(diagnostics).includes('unknown-kind'));
    assert.equal(client.pushes.length, 2);
  });

  it('falls back to the default for a bad value, with one warning that names it', async () => {
    client = await TestClient.start({ settings: { lint: { run: 'sometimes' }, rules: { 'unknown-kind': 'hint' } } });
    await client.open(URI, MISTYPED_KIND);
    const [diagnostic] = await client.diagnosticsFor(URI);
    assert.equal(diagnostic?.severity, DiagnosticSeverity.Hint);
    await waitFor(() => client.messages.length > 0, { what: 'a warning' });
    assert.equal(client.messages.length, 1);
    assert.equal(client.messages[0]!.type, MessageType.Warning);
    assert.match(client.messages[0]!.message, /practiceJournal\.lint\.run must be 'onType' or 'onSave', not "sometimes"/);
    await changeSettings({ lint: { run: 'sometimes' }, rules: { 'unknown-kind': 'info' } });
    await client.diagnosticsFor(URI, ([latest]) => latest?.severity === DiagnosticSeverity.Information);
    assert.equal(client.messages.length, 1);
  });

  it('names unknown rule ids in the warning and keeps the known ones', async () => {
    client = await TestClient.start({ settings: { rules: { 'unknown-knd': 'off', 'unknown-kind': 'hint' } } });
    await client.open(URI, MISTYPED_KIND);
    const [diagnostic] = await client.diagnosticsFor(URI);
    assert.equal(diagnostic?.severity, DiagnosticSeverity.Hint);
    await waitFor(() => client.messages.length > 0, { what: 'a warning' });
    assert.match(client.messages[0]!.message, /'unknown-knd', which is not a rule id/);
  });

  it('passes practiceJournal.me on with the model and announces its change', async () => {
    client = await TestClient.start({ settings: { me: '@maria' } });
    const first: ModelResult = await client.connection.sendRequest(MODEL_REQUEST, {});
    assert.equal(first.me, 'maria');
    await waitFor(() => client.modelChanges.length > 0, { what: 'the model change of the first settings' });
    const changes = client.modelChanges.length;
    await changeSettings({ me: 'ana' });
    await waitFor(() => client.modelChanges.length > changes, { what: 'a model change' });
    const second: ModelResult = await client.connection.sendRequest(MODEL_REQUEST, {});
    assert.equal(second.me, 'ana');
  });
});
