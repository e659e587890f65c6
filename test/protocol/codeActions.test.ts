import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeActionTriggerKind,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { journal } from '../support/journal';
import { codes, PUSH_CLIENT, TestClient } from './support/testClient';

const URI = 'file:///notes/2026-11.practice';

const MISTYPED_KIND = journal`
  2026-11-20 engagment +data-science "Pairing"
    Notes on the pairing session.
`;

const OUT_OF_ORDER = journal`
  2026-11-20 engagement +data-science "Pairing
    Notes on the pairing session.

  2026-11-18 alignment +data-science "Planning"
    Agreed the plan.
`;

const SORTED_AND_CLOSED = journal`
  2026-11-18 alignment +data-science "Planning"
    Agreed the plan.

  2026-11-20 engagement +data-science "Pairing"
    Notes on the pairing session.
`;

const RESOLVING_CLIENT: ClientCapabilities = {
  ...PUSH_CLIENT,
  textDocument: { ...PUSH_CLIENT.textDocument, codeAction: { ...PUSH_CLIENT.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } } },
};

const PLAIN_EDIT_CLIENT: ClientCapabilities = { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, workspaceEdit: {} } };

/** The text after applying a workspace edit's changes to `uri`. */
function applied(text: string, edit: WorkspaceEdit | undefined, uri = URI): string {
  const edits = edit?.documentChanges
    ? (edit.documentChanges as TextDocumentEdit[]).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits)
    : (edit?.changes?.[uri] ?? []);
  return TextDocument.applyEdits(TextDocument.create(uri, 'practice', 1, text), edits as Parameters<typeof TextDocument.applyEdits>[1]);
}

describe('protocol: code actions', () => {
  let client: TestClient;
  afterEach(async () => client.dispose());

  async function codeActions(diagnostics: Diagnostic[], only?: string[], triggerKind: CodeActionTriggerKind = CodeActionTriggerKind.Invoked): Promise<CodeAction[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range,
      context: { diagnostics, triggerKind, ...(only ? { only } : {}) },
    });
    return (result ?? []) as CodeAction[];
  }

  it("offers the core's quick fix for a diagnostic, as a versioned document change", async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    const diagnostics = await client.diagnosticsFor(URI);
    const [action] = await codeActions(diagnostics, ['quickfix']);
    assert.equal(action?.title, "Change to 'engagement'");
    assert.equal(action?.kind, 'quickfix');
    assert.deepEqual(action?.diagnostics, diagnostics);
    assert.deepEqual((action?.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument, { uri: URI, version: 1 });
    assert.equal(applied(MISTYPED_KIND, action?.edit), MISTYPED_KIND.replace('engagment', 'engagement'));
  });

  it('answers with a plain changes map for a client without document changes', async () => {
    client = await TestClient.start({ capabilities: PLAIN_EDIT_CLIENT });
    await client.open(URI, MISTYPED_KIND);
    const [action] = await codeActions(await client.diagnosticsFor(URI), ['quickfix']);
    assert.equal(action?.edit?.documentChanges, undefined);
    assert.equal(applied(MISTYPED_KIND, action?.edit), MISTYPED_KIND.replace('engagment', 'engagement'));
  });

  it("rebuilds a diagnostic the server no longer holds from the client's code and data", async () => {
    client = await TestClient.start({ settings: { rules: { 'unknown-kind': 'off' } } });
    await client.open(URI, MISTYPED_KIND);
    assert.deepEqual(await client.diagnosticsFor(URI), []);
    const stale: Diagnostic = {
      range: { start: { line: 0, character: 11 }, end: { line: 0, character: 20 } },
      message: 'held from before the rule was turned off',
      source: 'practice-journal',
      code: 'unknown-kind',
      data: { fix: 'replace', replacements: ['alignment'] },
    };
    const [action] = await codeActions([stale], ['quickfix']);
    assert.equal(applied(MISTYPED_KIND, action?.edit), MISTYPED_KIND.replace('engagment', 'alignment'));
  });

  it("ignores other servers' diagnostics", async () => {
    client = await TestClient.start();
    await client.open(URI, MISTYPED_KIND);
    const [diagnostic] = await client.diagnosticsFor(URI);
    assert.deepEqual(await codeActions([{ ...diagnostic!, source: 'spell-checker' }], ['quickfix']), []);
  });

  it('fixes every safe problem at once with source.fixAll, and leaves the document as it was until the edit is applied', async () => {
    client = await TestClient.start();
    await client.open(URI, OUT_OF_ORDER);
    const diagnostics = await client.diagnosticsFor(URI);
    const [action] = await codeActions([], ['source.fixAll']);
    assert.equal(action?.title, 'Fix all auto-fixable problems');
    assert.equal(action?.kind, 'source.fixAll.practice');
    assert.equal(applied(OUT_OF_ORDER, action?.edit), SORTED_AND_CLOSED);
    const again = await codeActions([], ['source.fixAll']);
    assert.deepEqual(again, [action]);
    assert.ok(codes(diagnostics).includes('unterminated-title'));
  });

  it('computes the fix-all edit only on resolve when the client resolves edits', async () => {
    client = await TestClient.start({ capabilities: RESOLVING_CLIENT });
    await client.open(URI, OUT_OF_ORDER);
    await client.diagnosticsFor(URI);
    const [action] = await codeActions([], ['source.fixAll']);
    assert.equal(action?.edit, undefined);
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, action!);
    assert.equal(applied(OUT_OF_ORDER, resolved.edit), SORTED_AND_CLOSED);
  });

  it('sorts entries by date as a source action, keeping every byte of each entry', async () => {
    client = await TestClient.start();
    await client.open(URI, OUT_OF_ORDER);
    await client.diagnosticsFor(URI);
    const [action] = await codeActions([], ['source.sortEntries']);
    assert.equal(action?.title, 'Sort entries by date');
    assert.equal(action?.kind, 'source.sortEntries.practice');
    assert.equal(applied(OUT_OF_ORDER, action?.edit), SORTED_AND_CLOSED.replace('"Pairing"', '"Pairing'));
  });

  it('offers neither source action for a sorted journal without fixable problems', async () => {
    client = await TestClient.start();
    await client.open(URI, SORTED_AND_CLOSED);
    await client.diagnosticsFor(URI);
    assert.deepEqual(await codeActions([], ['source']), []);
  });

  it('leaves source actions out of what the editor asks for on its own', async () => {
    client = await TestClient.start();
    await client.open(URI, OUT_OF_ORDER);
    const diagnostics = await client.diagnosticsFor(URI);
    const actions = await codeActions(diagnostics, undefined, CodeActionTriggerKind.Automatic);
    assert.ok(actions.length > 0);
    assert.deepEqual(actions.filter((action) => action.kind !== 'quickfix'), []);
  });
});
