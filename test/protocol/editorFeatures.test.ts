import { strict as assert } from 'node:assert';
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentLinkRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type Position,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { journal } from '../support/journal';
import { withCursor } from './support/cursor';
import { TestClient } from './support/testClient';

const LANDSCAPE_URI = 'file:///ws/landscape.yaml';
const URI = 'file:///ws/2026-11.practice';
const LANDSCAPE = 'communities:\n  data-science:\n    name: Data Science Guild\npeople:\n  ana: {}\n';

const JOURNAL = journal`
  ---
  author: maria
  ---
  # November

  2026-11-20 engagement +data-science "Pairing"
    with: @ana

    Ana showed me the checks.

  2026-11-21 crossing +data-science -> +ops
    via: artifact "dashboard"
    Took the dashboard to the huddle.
`;

/** The position of the first `needle` (plus `offset` characters) in the journal. */
function at(needle: string, offset = 1, text = JOURNAL): Position {
  const index = text.indexOf(needle) + offset;
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('protocol: editor features', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start();
    await client.open(LANDSCAPE_URI, LANDSCAPE, 'yaml');
    await client.open(URI, JOURNAL);
  });
  afterEach(async () => client.dispose());

  const textDocument = { uri: URI };

  it('announces every editor feature in its capabilities', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['+', '@', '#', ':'] });
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.equal(capabilities.semanticTokensProvider?.full, true);
    assert.equal(capabilities.semanticTokensProvider?.range, true);
    for (const provider of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider'] as const) {
      assert.equal(capabilities[provider], true, provider);
    }
  });

  it('completes a community after + from the landscape and the journals', async () => {
    const { text, position } = withCursor(`${JOURNAL}\n2026-11-22 alignment +<|>\n`);
    await client.change(URI, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument, position })) as CompletionList;
    assert.deepEqual(list.items.map((item) => item.label), ['+data-science', '+ops']);
    assert.deepEqual(list.items[0]!.textEdit, { range: { start: { line: position.line, character: 21 }, end: position }, newText: '+data-science' });
  });

  it('completes the entry kinds after a date', async () => {
    const { text, position } = withCursor(`${JOURNAL}\n2026-11-22 <|>\n`);
    await client.change(URI, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument, position })) as CompletionList;
    assert.deepEqual(list.items.map((item) => item.label), ['engagement', 'imagination', 'alignment', 'crossing', 'trajectory']);
  });

  it('shows what a community is on hover', async () => {
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument, position: at('+data-science', 3) })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /^\*\*Data Science Guild\*\*/);
    assert.deepEqual(hover.range, { start: { line: 5, character: 22 }, end: { line: 5, character: 35 } });
  });

  it('answers null on hover where there is nothing to explain', async () => {
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position: at('Ana showed', 3) }), null);
  });

  it("goes to a community's declaration in the landscape", async () => {
    const locations = await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: at('+data-science', 3) });
    assert.deepEqual(locations, [{ uri: LANDSCAPE_URI, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } } }]);
  });

  it('finds every use of a community, its declaration included', async () => {
    const locations = await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position: at('+data-science', 3), context: { includeDeclaration: true } });
    assert.deepEqual(locations?.map((location) => [location.uri, location.range.start.line, location.range.start.character]), [
      [LANDSCAPE_URI, 1, 2],
      [URI, 5, 22],
      [URI, 10, 20],
    ]);
  });

  it('finds the journal uses of a community from its declaration in the landscape', async () => {
    const locations = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: LANDSCAPE_URI }, position: { line: 1, character: 4 }, context: { includeDeclaration: false } });
    assert.deepEqual(locations?.map((location) => [location.uri, location.range.start.line]), [
      [URI, 5],
      [URI, 10],
    ]);
  });

  it('prepares a rename on the name without its sigil', async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position: at('+data-science', 3) });
    assert.deepEqual(prepared, { range: { start: { line: 5, character: 23 }, end: { line: 5, character: 35 } }, placeholder: 'data-science' });
  });

  it('refuses to prepare a rename away from a name, with a message the editor shows', async () => {
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position: at('Ana showed', 3) }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.match(error.message, /put the cursor on one/);
      return true;
    });
  });

  it('renames a community in every journal and in the landscape, with versioned document changes', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument, position: at('+data-science', 3), newName: 'data-guild' });
    const changes = edit?.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map((change) => [change.textDocument, change.edits.length]), [
      [{ uri: URI, version: 1 }, 2],
      [{ uri: LANDSCAPE_URI, version: 1 }, 1],
    ]);
    assert.ok(changes.flatMap((change) => change.edits).every((textEdit) => textEdit.newText === 'data-guild'));
  });

  it('refuses a rename to a name that is not an identifier', async () => {
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument, position: at('+data-science', 3), newName: 'data science' }), /is not a valid name/);
  });

  it('outlines headings with their entries', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)]), [['November', ['2026-11-20 engagement Pairing', '2026-11-21 crossing']]]);
  });

  it('finds communities across the workspace by name', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'dsci' });
    assert.deepEqual(symbols?.map((symbol) => [symbol.name, symbol.location.uri]), [['+data-science', LANDSCAPE_URI]]);
  });

  it('folds the front matter, sections and entries', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    assert.deepEqual(ranges?.map((range) => [range.startLine, range.endLine]), [
      [0, 2],
      [3, 12],
      [5, 8],
      [10, 12],
    ]);
  });

  it('colours dates, kinds and references with semantic tokens, whole or by range', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument });
    // The first token: line 5, column 0, the date's ten characters.
    assert.deepEqual(full?.data.slice(0, 4), [5, 0, 10, legend.tokenTypes.indexOf('number')]);
    const range = { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } };
    const partial = await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument, range });
    assert.deepEqual(partial?.data.slice(0, 4), [10, 0, 10, legend.tokenTypes.indexOf('number')]);
  });

  it("links the front matter's landscape path to the file", async () => {
    const text = JOURNAL.replace('author: maria', 'landscape: ./landscape.yaml');
    await client.change(URI, text);
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument });
    assert.deepEqual(links?.map((link) => [link.target, link.range.start.line, link.range.start.character]), [[LANDSCAPE_URI, 1, 11]]);
  });

  it('formats the whole journal, or only the lines of a range', async () => {
    const messy = journal`
      2026-11-20   engagement +data-science "Pairing"
          Notes.
      2026-11-21  alignment +data-science "Planning"
        Agreed.
    `;
    await client.change(URI, messy);
    const options = { tabSize: 2, insertSpaces: true };
    const all = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options });
    assert.deepEqual(all?.map((edit) => [edit.range.start.line, edit.newText]), [
      [0, '2026-11-20 engagement +data-science "Pairing"'],
      [1, '  Notes.'],
      [2, '\n'],
      [2, '2026-11-21 alignment +data-science "Planning"'],
    ]);
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };
    const some = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument, range, options });
    assert.deepEqual(some?.map((edit) => edit.range.start.line), [2, 2]);
  });
});
