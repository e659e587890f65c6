/**
 * The editor feature requests: each brings the service up to date with the open documents,
 * asks the core's editor features, and passes the protocol-shaped answer on. Cancelled work
 * becomes a cancelled reply; a refused rename becomes an error the editor shows.
 */
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CompletionList,
  type CompletionParams,
  type DefinitionParams,
  type DocumentFormattingParams,
  type DocumentLink,
  type DocumentLinkParams,
  type DocumentRangeFormattingParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type Hover,
  type HoverParams,
  type Location,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type SemanticTokens,
  type SemanticTokensParams,
  type SemanticTokensRangeParams,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { CancelledError, type EditorFeatures } from './language/service';
import { toWorkspaceEdit } from './lsp';
import type { WorkspaceIndex } from './workspace';

/** Characters after which the editor asks for completions on its own. */
export const COMPLETION_TRIGGERS = ['+', '@', '#', ':'];

export class EditorRequests {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly documentChanges: boolean,
  ) {}

  completion(params: CompletionParams, token: CancellationToken): CompletionList | null {
    return this.run(token, (features) => features.completion(params.textDocument.uri, params.position, token) ?? null);
  }

  hover(params: HoverParams, token: CancellationToken): Hover | null {
    return this.run(token, (features) => features.hover(params.textDocument.uri, params.position) ?? null);
  }

  definition(params: DefinitionParams, token: CancellationToken): Location[] {
    return this.run(token, (features) => features.definition(params.textDocument.uri, params.position, token));
  }

  references(params: ReferenceParams, token: CancellationToken): Location[] {
    return this.run(token, (features) => features.references(params.textDocument.uri, params.position, params.context.includeDeclaration, token));
  }

  prepareRename(params: PrepareRenameParams, token: CancellationToken): { range: Range; placeholder: string } | null {
    const prepared = this.run(token, (features) => features.prepareRename(params.textDocument.uri, params.position));
    if (!prepared) return null;
    if (!prepared.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, prepared.message);
    return { range: prepared.range, placeholder: prepared.placeholder };
  }

  rename(params: RenameParams, token: CancellationToken): WorkspaceEdit | null {
    const result = this.run(token, (features) => features.rename(params.textDocument.uri, params.position, params.newName, token));
    if (!result) return null;
    if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
    return toWorkspaceEdit(result.edits, this.documentChanges, (uri) => this.index.version(uri));
  }

  documentSymbols(params: DocumentSymbolParams, token: CancellationToken): DocumentSymbol[] {
    return this.run(token, (features) => features.documentSymbols(params.textDocument.uri, token));
  }

  workspaceSymbols(params: WorkspaceSymbolParams, token: CancellationToken): SymbolInformation[] {
    return this.run(token, (features) => features.workspaceSymbols(params.query, token));
  }

  foldingRanges(params: FoldingRangeParams, token: CancellationToken): FoldingRange[] {
    return this.run(token, (features) => features.foldingRanges(params.textDocument.uri, token));
  }

  semanticTokens(params: SemanticTokensParams, token: CancellationToken): SemanticTokens {
    return this.run(token, (features) => features.semanticTokens(params.textDocument.uri, undefined, token));
  }

  semanticTokensRange(params: SemanticTokensRangeParams, token: CancellationToken): SemanticTokens {
    return this.run(token, (features) => features.semanticTokens(params.textDocument.uri, params.range, token));
  }

  documentLinks(params: DocumentLinkParams, token: CancellationToken): DocumentLink[] {
    return this.run(token, (features) => features.documentLinks(params.textDocument.uri));
  }

  formatting(params: DocumentFormattingParams, token: CancellationToken): TextEdit[] {
    return this.run(token, (features) => features.formatting(params.textDocument.uri, undefined, token));
  }

  rangeFormatting(params: DocumentRangeFormattingParams, token: CancellationToken): TextEdit[] {
    return this.run(token, (features) => features.formatting(params.textDocument.uri, params.range, token));
  }

  /** Work the client has already given up on is not started: not even the parse of its latest edit. */
  private run<T>(token: CancellationToken, request: (features: EditorFeatures) => T): T {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
    try {
      return request(this.index.current().features);
    } catch (error) {
      if (error instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled: the document changed.');
      throw error;
    }
  }
}
