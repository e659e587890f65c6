/**
 * The editor features over the files a service holds: each method gathers what its feature
 * needs (the parsed journal, its landscape, the workspace's journals or model) and calls one
 * pure function from `features/`. Positions, ranges and results have the protocol's shapes.
 */
import { completion } from './features/completion';
import { definition } from './features/definition';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { formatting } from './features/formatting';
import { hover } from './features/hover';
import { landscapeMentionAt } from './features/landscapeMentions';
import { occurrenceLocation, ReferenceIndex } from './features/referenceIndex';
import { landscapeLocations, references } from './features/references';
import { prepareRename, prepareRenameInLandscape, rename, type PrepareRenameResult, type RenameResult } from './features/rename';
import { semanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import type { CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, SemanticTokens, SymbolInformation } from './features/shapes';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { Landscape } from './landscape/types';
import type { LanguageService } from './service';
import { formatDay } from './syntax/dates';
import type { Position, Range } from './syntax/text';
import type { CancellationToken } from './util/cancellation';
import type { TextEdit } from './util/textEdits';

/** What the features read from the service's host besides its files. */
export interface EditorFeaturesHost {
  /** Today as days since 1970-01-01. */
  today(): number;
  /** The workspace folders as URIs. */
  roots(): readonly string[];
}

export { SEMANTIC_TOKENS_LEGEND };

export class EditorFeatures {
  constructor(
    private readonly service: LanguageService,
    private readonly host: EditorFeaturesHost,
  ) {}

  completion(uri: string, position: Position, token: CancellationToken): CompletionList | undefined {
    const syntax = this.service.getSyntax(uri);
    if (!syntax) return undefined;
    const landscape = this.service.landscapeFor(uri);
    const context = { model: this.service.getRecentModel(), today: formatDay(this.host.today()), ...(landscape ? { landscape } : {}) };
    return completion(syntax, position, context, token);
  }

  hover(uri: string, position: Position): Hover | undefined {
    const syntax = this.service.getSyntax(uri);
    if (!syntax) return undefined;
    const landscape = this.service.landscapeFor(uri);
    const author = this.service.getFrontMatter(uri)?.author;
    return hover(syntax, position, { model: this.service.getModelSummary(), ...(landscape ? { landscape } : {}), ...(author ? { author } : {}) });
  }

  definition(uri: string, position: Position, token: CancellationToken): Location[] {
    const syntax = this.service.getSyntax(uri);
    if (!syntax) return [];
    return definition(syntax, position, { landscape: this.service.landscapeFor(uri), index: this.referenceIndex() }, token);
  }

  /** Uses of the name at a position in a journal, or at a declaration or mention in a landscape. */
  references(uri: string, position: Position, includeDeclaration: boolean, token: CancellationToken): Location[] {
    const syntax = this.service.getSyntax(uri);
    if (syntax) return references(syntax, position, { landscape: this.service.landscapeFor(uri), index: this.referenceIndex(), includeDeclaration }, token);
    const landscape = this.service.getLandscape(uri);
    const mention = landscape && landscapeMentionAt(landscape, position);
    if (!landscape || !mention) return [];
    const target = { kind: mention.kind, name: mention.id };
    return [...landscapeLocations(landscape, target, includeDeclaration), ...this.referenceIndex().occurrences(target, token).map(occurrenceLocation)];
  }

  prepareRename(uri: string, position: Position): PrepareRenameResult | undefined {
    const syntax = this.service.getSyntax(uri);
    if (syntax) return prepareRename(syntax, position);
    const landscape = this.service.getLandscape(uri);
    return landscape ? prepareRenameInLandscape(landscape, position) : undefined;
  }

  rename(uri: string, position: Position, newName: string, token: CancellationToken): RenameResult | undefined {
    const prepared = this.prepareRename(uri, position);
    if (!prepared) return undefined;
    if (!prepared.ok) return prepared;
    const landscape = this.service.getLandscape(uri) ?? this.service.landscapeFor(uri);
    return rename(prepared.target, newName, { landscape, index: this.referenceIndex(), model: this.service.getModelSummary() }, token);
  }

  documentSymbols(uri: string, token: CancellationToken): DocumentSymbol[] {
    const syntax = this.service.getSyntax(uri);
    return syntax ? documentSymbols(syntax, token) : [];
  }

  workspaceSymbols(query: string, token: CancellationToken): SymbolInformation[] {
    return workspaceSymbols(query, { index: this.referenceIndex(), landscapes: this.landscapes() }, token);
  }

  foldingRanges(uri: string, token: CancellationToken): FoldingRange[] {
    const syntax = this.service.getSyntax(uri);
    return syntax ? foldingRanges(syntax, token) : [];
  }

  semanticTokens(uri: string, range: Range | undefined, token: CancellationToken): SemanticTokens {
    const syntax = this.service.getSyntax(uri);
    return syntax ? semanticTokens(syntax, range, token) : { data: [] };
  }

  documentLinks(uri: string): DocumentLink[] {
    const syntax = this.service.getSyntax(uri);
    const frontMatter = this.service.getFrontMatter(uri);
    return syntax && frontMatter ? documentLinks(syntax, frontMatter, uri, this.host.roots()) : [];
  }

  /** Formatting edits for the whole journal, or only those within `range`'s lines. */
  formatting(uri: string, range: Range | undefined, token: CancellationToken): TextEdit[] {
    const syntax = this.service.getSyntax(uri);
    return syntax ? formatting(syntax, range, token) : [];
  }

  /** Every journal of the workspace; each one's reference table and headers are kept with its text. */
  private referenceIndex(): ReferenceIndex {
    return new ReferenceIndex(this.service.journalFiles());
  }

  private landscapes(): Landscape[] {
    return this.service.files().flatMap((uri) => {
      const landscape = this.service.getLandscape(uri);
      return landscape ? [landscape] : [];
    });
  }
}
