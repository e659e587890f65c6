/**
 * The open documents, kept current from the editor's incremental changes, and for each one
 * where its text changed since the service last took it. A keystroke in a large journal then
 * tells the service where to re-parse instead of making it compare two long texts.
 */
import { TextDocuments, type TextDocumentChangeEvent, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { EditableDocument } from './editableDocument';
import { composeChanges, type TextChange } from './language/service';

/** Where a document changed since a text of it that the service holds (`before`). */
export type EditorChange = TextChange & { before: string };

interface Pending {
  before: string;
  change: TextChange | undefined;
  /** True after a change that replaced the whole text: where it changed is not known then. */
  lost: boolean;
}

/** Where each open document changed since its text was last taken. */
export class ChangeTracker {
  private readonly pending = new Map<string, Pending>();

  update(document: EditableDocument, changes: TextDocumentContentChangeEvent[], version: number): EditableDocument {
    const pending = this.pending.get(document.uri) ?? { before: document.getText(), change: undefined, lost: false };
    for (const change of changes) {
      // One at a time, so each change's range is read against the text it was made to.
      const applied = document.apply(change, version);
      if (applied === undefined) pending.lost = true;
      else if (!pending.lost) pending.change = composeChanges(pending.change, applied);
    }
    this.pending.set(document.uri, pending);
    return document;
  }

  take(uri: string): EditorChange | undefined {
    const pending = this.pending.get(uri);
    this.pending.delete(uri);
    return pending === undefined || pending.lost || pending.change === undefined ? undefined : { before: pending.before, ...pending.change };
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }
}

/**
 * vscode-languageserver's document manager over editable documents (quicker to change than
 * strings, see `editableDocument.ts`), which also tracks where each document changed.
 */
export class TrackedDocuments extends TextDocuments<EditableDocument> {
  private readonly tracker: ChangeTracker;

  constructor() {
    const tracker = new ChangeTracker();
    super({
      create: (uri, languageId, version, content) => {
        tracker.forget(uri);
        return new EditableDocument(uri, languageId, version, content);
      },
      update: (document, changes, version) => tracker.update(document, changes, version),
    });
    this.tracker = tracker;
    this.onDidClose(({ document }: TextDocumentChangeEvent<EditableDocument>) => tracker.forget(document.uri));
  }

  /** Where the document changed since it was last taken (or opened); undefined when unknown. */
  takeChange(uri: string): EditorChange | undefined {
    return this.tracker.take(uri);
  }
}
