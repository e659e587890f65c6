/** What the client can do, read once from `initialize`, and what the server offers in return. */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { FIX_ALL_KIND, SORT_ENTRIES_KIND } from './codeActions';
import { COMPLETION_TRIGGERS } from './editorRequests';
import { SEMANTIC_TOKENS_LEGEND } from './language/service';
import { DIAGNOSTIC_SOURCE } from './lsp';

/** The client capabilities the server's behaviour depends on. */
export interface ClientSupport {
  /** Pulls diagnostics (`textDocument/diagnostic`); otherwise they are pushed. */
  pullDiagnostics: boolean;
  /** Honours `workspace/diagnostic/refresh`. */
  diagnosticRefresh: boolean;
  /** Answers `workspace/configuration`. */
  configuration: boolean;
  /** Lets the server register `workspace/didChangeConfiguration` itself. */
  dynamicConfiguration: boolean;
  /** Lets the server register file watchers itself. */
  dynamicWatchers: boolean;
  /** Takes `documentChanges` in a workspace edit. */
  documentChanges: boolean;
  /** Resolves a code action's edit only when it is chosen. */
  codeActionResolve: boolean;
  /** Sends `workspace/didChangeWorkspaceFolders`. */
  workspaceFolders: boolean;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const workspace = capabilities.workspace;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    dynamicConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    codeActionResolve: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    workspaceFolders: workspace?.workspaceFolders === true,
  };
}

/** The workspace folders of an `initialize` request, as URIs (the older `rootUri` as a fallback). */
export function workspaceFoldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.map((folder) => folder.uri);
  return params.rootUri ? [params.rootUri] : [];
}

/** What the server offers, given what the client supports. */
export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, SORT_ENTRIES_KIND, FIX_ALL_KIND],
      resolveProvider: true,
    },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
    documentLinkProvider: { resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
  };
  if (support.pullDiagnostics) {
    capabilities.diagnosticProvider = { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: true, workspaceDiagnostics: true };
  }
  return capabilities;
}
