/**
 * Data-only shapes of the editor features, structurally compatible with the Language Server
 * Protocol types so an adapter can pass them through unchanged. The core defines them itself
 * because it must not depend on an LSP library.
 */
import type { Range } from '../syntax/text';
import type { TextEdit } from '../util/textEdits';

export type { Position, Range } from '../syntax/text';
export type { FileEdit, TextEdit } from '../util/textEdits';

/** Text with its format, as LSP `MarkupContent`. */
export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

/** LSP `CompletionItemKind`, with the protocol's numbers. */
export const CompletionItemKind = {
  Text: 1,
  Method: 2,
  Function: 3,
  Constructor: 4,
  Field: 5,
  Variable: 6,
  Class: 7,
  Interface: 8,
  Module: 9,
  Property: 10,
  Unit: 11,
  Value: 12,
  Enum: 13,
  Keyword: 14,
  Snippet: 15,
  Color: 16,
  File: 17,
  Reference: 18,
  Folder: 19,
  EnumMember: 20,
  Constant: 21,
  Struct: 22,
  Event: 23,
  Operator: 24,
  TypeParameter: 25,
} as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

/** LSP `InsertTextFormat`. */
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export type InsertTextFormat = (typeof InsertTextFormat)[keyof typeof InsertTextFormat];

/** LSP `Command`: something the client runs after a completion is accepted. */
export interface Command {
  title: string;
  command: string;
}

/** LSP `CompletionItem`; `textEdit` always says which range it replaces. */
export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  insertTextFormat?: InsertTextFormat;
  textEdit: TextEdit;
  command?: Command;
}

/** LSP `CompletionList`. */
export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

/** LSP `Hover`. */
export interface Hover {
  contents: MarkupContent;
  range: Range;
}

/** LSP `Location`. */
export interface Location {
  uri: string;
  range: Range;
}

/** LSP `SymbolKind`, with the protocol's numbers. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Constructor: 9,
  Enum: 10,
  Interface: 11,
  Function: 12,
  Variable: 13,
  Constant: 14,
  String: 15,
  Number: 16,
  Boolean: 17,
  Array: 18,
  Object: 19,
  Key: 20,
  Null: 21,
  EnumMember: 22,
  Struct: 23,
  Event: 24,
  Operator: 25,
  TypeParameter: 26,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

/** LSP `DocumentSymbol` (the hierarchical outline). */
export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

/** LSP `SymbolInformation` (workspace symbol search). */
export interface SymbolInformation {
  name: string;
  kind: SymbolKind;
  location: Location;
  containerName?: string;
}

/** LSP `FoldingRangeKind`. */
export const FoldingRangeKind = { Comment: 'comment', Imports: 'imports', Region: 'region' } as const;
export type FoldingRangeKind = (typeof FoldingRangeKind)[keyof typeof FoldingRangeKind];

/** LSP `FoldingRange` (whole lines). */
export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: FoldingRangeKind;
}

/** LSP `DocumentLink`. */
export interface DocumentLink {
  range: Range;
  target: string;
  tooltip?: string;
}

/** LSP `SemanticTokensLegend`: token type and modifier names, indexed by the encoded data. */
export interface SemanticTokensLegend {
  tokenTypes: string[];
  tokenModifiers: string[];
}

/** LSP `SemanticTokens`: five integers per token, relative to the previous token. */
export interface SemanticTokens {
  data: number[];
}
