/**
 * The language server: the protocol's requests and notifications, each handed to the session
 * in a line. Whatever the transport, `main.ts` makes the connection and calls `startServer`.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { TrackedDocuments } from './documentChanges';
import { serverCapabilities } from './capabilities';
import { BOUNDARY_OBJECTS_REQUEST, DIRECTION_CROSSINGS_REQUEST, LINT_WORKSPACE_REQUEST, LOCATE_ENTRY_REQUEST, MEMBERSHIP_ENTRIES_REQUEST, MODEL_REQUEST } from './protocol';
import { Session, type ServerOptions } from './session';

export type { ServerOptions } from './session';

/** Wires a connection to a new server and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TrackedDocuments();
  let current: Session | undefined;
  const session = (): Session => {
    if (!current) throw new Error('The server has not been initialized.');
    return current;
  };
  /** Notifications get no reply, so a failure is logged rather than lost. */
  const background = (work: Promise<void>): void => void work.catch((error: unknown) => connection.console.error(`Practice Journal: ${String(error)}`));

  connection.onInitialize((params) => {
    current = new Session(connection, documents, params, options);
    return { capabilities: serverCapabilities(current.support), serverInfo: { name: 'practice-journal-server' } };
  });
  connection.onInitialized(() => {
    // The folder-change event exists only once the client has said that it sends it.
    if (session().support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => background(session().foldersChanged(event)));
    background(session().initialized());
  });
  connection.onShutdown(() => current?.dispose());

  documents.onDidOpen(({ document }) => session().opened(document));
  documents.onDidChangeContent(({ document }) => session().changed(document));
  documents.onDidSave(({ document }) => session().saved(document));
  documents.onDidClose(({ document }) => background(session().closed(document)));
  connection.onDidChangeWatchedFiles((params) => background(session().watchedFilesChanged(params)));
  connection.onDidChangeConfiguration((params) => background(session().configurationChanged(params)));

  connection.languages.diagnostics.on((params, token) => session().pull.document(params, token));
  connection.languages.diagnostics.onWorkspace((params, token) => session().pull.workspace(params, token));
  connection.onCodeAction((params, token) => session().codeActions.provide(params, token));
  connection.onCodeActionResolve((action) => session().codeActions.resolve(action));
  connection.onRequest(MODEL_REQUEST, (params: Params) => session().model.request(params));
  connection.onRequest(MEMBERSHIP_ENTRIES_REQUEST, (params: Params) => session().model.membershipEntries(params));
  connection.onRequest(DIRECTION_CROSSINGS_REQUEST, (params: Params) => session().model.directionCrossings(params));
  connection.onRequest(BOUNDARY_OBJECTS_REQUEST, (params: Params) => session().model.boundaryObjects(params));
  connection.onRequest(LOCATE_ENTRY_REQUEST, (params: Params) => session().model.locateEntry(params));
  connection.onRequest(LINT_WORKSPACE_REQUEST, (...args: unknown[]) => session().lintWorkspace(tokenOf(args)));

  connection.onCompletion((params, token) => session().editor.completion(params, token));
  connection.onHover((params, token) => session().editor.hover(params, token));
  connection.onDefinition((params, token) => session().editor.definition(params, token));
  connection.onReferences((params, token) => session().editor.references(params, token));
  connection.onPrepareRename((params, token) => session().editor.prepareRename(params, token));
  connection.onRenameRequest((params, token) => session().editor.rename(params, token));
  connection.onDocumentSymbol((params, token) => session().editor.documentSymbols(params, token));
  connection.onWorkspaceSymbol((params, token) => session().editor.workspaceSymbols(params, token));
  connection.onFoldingRanges((params, token) => session().editor.foldingRanges(params, token));
  connection.languages.semanticTokens.on((params, token) => session().editor.semanticTokens(params, token));
  connection.languages.semanticTokens.onRange((params, token) => session().editor.semanticTokensRange(params, token));
  connection.onDocumentLinks((params, token) => session().editor.documentLinks(params, token));
  connection.onDocumentFormatting((params, token) => session().editor.formatting(params, token));
  connection.onDocumentRangeFormatting((params, token) => session().editor.rangeFormatting(params, token));

  documents.listen(connection);
  connection.listen();
}

/** A custom request's params, as the client sent them: the model feed reads them field by field. */
type Params = Record<string, unknown> | null | undefined;

/** A request without params gets only the token; one sent with `params: null` gets both. */
function tokenOf(args: readonly unknown[]): CancellationToken {
  return args[args.length - 1] as CancellationToken;
}
