/**
 * One open document as the client sees it: its text by lines, its version, and the edits a
 * typist makes, sent as incremental `didChange` notifications.
 */
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type Position,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export class OpenDocument {
  readonly uri: string;
  readonly lines: string[];
  version = 1;

  constructor(private readonly connection: ProtocolConnection, path: string, text: string) {
    this.uri = pathToFileURL(path).href;
    this.lines = text.split('\n');
  }

  open(): Promise<void> {
    const text = this.lines.join('\n');
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri, languageId: 'practice', version: this.version, text } });
  }

  /** Inserts `text` (no line breaks) at a position. */
  insert(at: Position, text: string): Promise<void> {
    const line = this.lines[at.line]!;
    this.lines[at.line] = line.slice(0, at.character) + text + line.slice(at.character);
    return this.change({ start: at, end: at }, text);
  }

  /** Deletes `length` characters (no line breaks) from a position. */
  delete(at: Position, length: number): Promise<void> {
    const line = this.lines[at.line]!;
    this.lines[at.line] = line.slice(0, at.character) + line.slice(at.character + length);
    return this.change({ start: at, end: { line: at.line, character: at.character + length } }, '');
  }

  /** Prose lines (indented, not a `key:` field) from the middle of the document on. */
  proseLines(count: number): number[] {
    const found: number[] = [];
    for (let line = this.lines.length >> 1; line < this.lines.length && found.length < count; line++) {
      const text = this.lines[line]!;
      if (text.startsWith('  ') && text.trim() !== '' && !/^\s+[a-z]+:/.test(text)) found.push(line);
    }
    if (found.length < count) throw new Error(`the document has only ${found.length} prose lines past its middle; ${count} are needed`);
    return found;
  }

  /** Positions just inside a `+community` of entry headers, from the middle of the document on. */
  headerReferences(count: number): Position[] {
    const found: Position[] = [];
    for (let line = this.lines.length >> 1; line < this.lines.length && found.length < count; line++) {
      const text = this.lines[line]!;
      const sigil = /^\d/.test(text) ? text.indexOf(' +') : -1;
      if (sigil > 0) found.push({ line, character: sigil + 3 });
    }
    if (found.length < count) throw new Error(`the document has only ${found.length} header references past its middle; ${count} are needed`);
    return found;
  }

  private change(range: { start: Position; end: Position }, text: string): Promise<void> {
    this.version++;
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range, text }] });
  }
}
