/**
 * Code actions: the core's quick fixes for the diagnostics in the request, and two source
 * actions over the whole file, "Sort entries by date" and "Fix all auto-fixable problems".
 */
import {
  CodeActionKind,
  CodeActionTriggerKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, RULES, type CodeFix, type FileEdit, type JournalDiagnostic, type LanguageService } from './language/service';
import { DIAGNOSTIC_SOURCE, fromLspDiagnostic, toWorkspaceEdit } from './lsp';
import type { WorkspaceIndex } from './workspace';

/** Sorts a journal's entries by date and time, keeping every byte of each. */
export const SORT_ENTRIES_KIND = 'source.sortEntries.practice';
/** Applies every fix that cannot change the meaning of what was written. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.practice`;

/** What a fix-all action carries until it is resolved. */
interface FixAllData {
  fixAll: string;
}

export interface CodeActionSupport {
  documentChanges: boolean;
  /** The client resolves an action's edit lazily (`codeAction/resolve`). */
  resolveEdit: boolean;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export class CodeActions {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly support: CodeActionSupport,
  ) {}

  provide(params: CodeActionParams, token: CancellationToken): CodeAction[] {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
    try {
      return this.actions(params, token);
    } catch (error) {
      if (error instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled: the document changed.');
      throw error;
    }
  }

  /** Computes a fix-all action's edit, for clients that ask for it only when it is chosen. */
  resolve(action: CodeAction): CodeAction {
    const data = action.data as Partial<FixAllData> | undefined;
    if (typeof data?.fixAll !== 'string') return action;
    return { ...action, edit: this.fixAllEdit(this.index.current(), data.fixAll) };
  }

  private actions(params: CodeActionParams, token: CancellationToken): CodeAction[] {
    const uri = params.textDocument.uri;
    const service = this.index.current();
    if (!service.hasFile(uri)) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix)) actions.push(...this.quickFixes(service, uri, params.context.diagnostics, token));
    // An editor asking on its own (the light bulb) without naming source actions does not show them.
    const sourceWanted = only !== undefined || params.context.triggerKind !== CodeActionTriggerKind.Automatic;
    if (!sourceWanted) return actions;
    if (wants(only, SORT_ENTRIES_KIND)) actions.push(...this.sortAction(service, uri));
    if (wants(only, FIX_ALL_KIND)) actions.push(...this.fixAllAction(service, uri, token));
    return actions;
  }

  private quickFixes(service: LanguageService, uri: string, diagnostics: readonly Diagnostic[], token: CancellationToken): CodeAction[] {
    if (diagnostics.length === 0) return [];
    const current = service.getDiagnostics(uri, token);
    return diagnostics.flatMap((diagnostic) => {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
      const journalDiagnostic = matching(current, diagnostic) ?? fromLspDiagnostic(diagnostic, (position) => this.documentOf(uri).offsetAt(position));
      if (!journalDiagnostic) return [];
      return service.getFixes(uri, journalDiagnostic).map((fix) => this.toAction(fix, CodeActionKind.QuickFix, [diagnostic]));
    });
  }

  private sortAction(service: LanguageService, uri: string): CodeAction[] {
    const syntax = service.getSyntax(uri);
    const first = syntax?.entries[0];
    if (!syntax || !first) return [];
    const request: JournalDiagnostic = {
      rule: 'chronological-order',
      start: first.start,
      end: first.headerEnd,
      message: 'Sort entries by date',
      severity: 'info',
      range: { start: { line: first.line, character: 0 }, end: { line: first.line, character: first.headerEnd - first.start } },
      data: { fix: 'sort-entries' },
    };
    const fix = service.getFixes(uri, request)[0];
    return fix ? [{ ...this.toAction(fix, SORT_ENTRIES_KIND, undefined), title: 'Sort entries by date', isPreferred: false }] : [];
  }

  private fixAllAction(service: LanguageService, uri: string, token: CancellationToken): CodeAction[] {
    const fixable = service.getDiagnostics(uri, token).some((diagnostic) => RULES[diagnostic.rule].fixable);
    if (!fixable) return [];
    const action: CodeAction = { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND };
    if (this.support.resolveEdit) return [{ ...action, data: { fixAll: uri } satisfies FixAllData }];
    return [{ ...action, edit: this.fixAllEdit(service, uri) }];
  }

  /**
   * The service applies the safe fixes to its own copy of the files; the result becomes the
   * edit and the service gets the texts back, since the editor may never apply the action.
   */
  private fixAllEdit(service: LanguageService, uri: string): WorkspaceEdit {
    const before = new Map(service.files().map((file) => [file, this.index.text(file)]));
    const { files } = service.fixAll(uri);
    const edits: FileEdit[] = [];
    for (const [target, after] of files) {
      const original = before.get(target);
      if (original === undefined) continue;
      service.setFile(target, original);
      edits.push({ uri: target, edits: [minimalEdit(original, after)] });
    }
    return toWorkspaceEdit(edits, this.support.documentChanges, (file) => this.index.version(file));
  }

  private toAction(fix: CodeFix, kind: string, diagnostics: Diagnostic[] | undefined): CodeAction {
    const action: CodeAction = {
      title: fix.title,
      kind,
      isPreferred: fix.preferred,
      edit: toWorkspaceEdit(fix.edits, this.support.documentChanges, (file) => this.index.version(file)),
    };
    if (diagnostics) action.diagnostics = diagnostics;
    return action;
  }

  private documentOf(uri: string): TextDocument {
    return this.index.document(uri) ?? TextDocument.create(uri, 'practice', 0, this.index.text(uri) ?? '');
  }
}

/** The server's own diagnostic at the same place for the same rule, which holds the exact offsets. */
function matching(current: readonly JournalDiagnostic[], diagnostic: Diagnostic): JournalDiagnostic | undefined {
  const { start, end } = diagnostic.range;
  return current.find(
    (candidate) =>
      candidate.rule === diagnostic.code &&
      candidate.range.start.line === start.line &&
      candidate.range.start.character === start.character &&
      candidate.range.end.line === end.line &&
      candidate.range.end.character === end.character,
  );
}

/** One edit replacing only what differs between two texts (the common start and end are kept). */
function minimalEdit(before: string, after: string): FileEdit['edits'][number] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && splitsCharacter(before, prefix)) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (suffix > 0 && splitsCharacter(before, before.length - suffix)) suffix--;
  const document = TextDocument.create('', 'practice', 0, before);
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

/** True when `offset` falls inside a `\r\n` pair or a surrogate pair, where no edit may start or end. */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
