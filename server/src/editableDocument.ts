/**
 * An open document as the server keeps it: the editor's text with its line starts, changed in
 * place by the editor's incremental edits (see `textStore.ts` for why not as a string). It
 * behaves as vscode-languageserver-textdocument's `TextDocument` does, position for position:
 * line breaks are LF, CRLF and a lone CR, and positions past a line's end fall back to it.
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineOfOffset, type TextChange } from './language/service';
import { TextStore } from './textStore';

const LF = 10;
const CR = 13;

export class EditableDocument implements TextDocument {
  private readonly store: TextStore;
  /** Where each line starts; undefined when an edit joined or split a CRLF (found again on demand). */
  private lineStarts: number[] | undefined = undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    text: string,
  ) {
    this.store = new TextStore(text);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  getText(range?: Range): string {
    if (!range) return this.store.toString();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return this.store.slice(Math.min(start, end), Math.max(start, end));
  }

  /**
   * Applies one content change and takes the new version. Answers where an incremental change
   * was made (offsets in the text before it and after it), or undefined for a whole new text.
   */
  apply(change: TextDocumentContentChangeEvent, version: number): TextChange | undefined {
    if (typeof change?.text !== 'string') throw new Error('Unknown change event received');
    this.currentVersion = version;
    if (!('range' in change) || change.range === undefined) {
      this.store.replace(0, this.store.length, change.text);
      this.lineStarts = undefined;
      return undefined;
    }
    const { start, end } = wellFormed(change.range);
    const startOffset = this.offsetAt(start);
    const endOffset = this.offsetAt(end);
    // A position outside the text was read as its nearest end: so are its line numbers.
    const lastLine = this.starts().length - 1;
    const startLine = Math.min(Math.max(start.line, 0), lastLine);
    const endLine = Math.min(Math.max(end.line, 0), lastLine);
    this.store.replace(startOffset, endOffset, change.text);
    this.moveLineStarts(startLine, endLine, startOffset, endOffset, change.text);
    return { start: startOffset, oldEnd: endOffset, newEnd: startOffset + change.text.length };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.store.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line]!;
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1]! : this.store.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.store.length), 0);
    const starts = this.starts();
    const line = lineOfOffset(starts, clamped);
    return { line, character: this.beforeLineBreak(clamped, starts[line]!) - starts[line]! };
  }

  /** The line's range without its line break (the last line for a line past the end). */
  getLineRange(line: number): Range {
    const starts = this.starts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.store.length - starts[last]! } };
    }
    const { start, end } = this.lineBounds(line);
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }

  /** The line break ending the line ('' for the last line and lines outside the text). */
  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.starts().length) return '';
    const { end, next } = this.lineBounds(line);
    return this.store.slice(end, next);
  }

  /** Where the line starts, where its text ends, and where the next line starts. */
  private lineBounds(line: number): { start: number; end: number; next: number } {
    const starts = this.starts();
    const start = starts[line]!;
    const next = line + 1 < starts.length ? starts[line + 1]! : this.store.length;
    return { start, end: this.beforeLineBreak(next, start), next };
  }

  private starts(): number[] {
    this.lineStarts ??= lineStartsOf(this.store.toString(), 0, true);
    return this.lineStarts;
  }

  /** Back from `offset` over line break characters, to no earlier than `lineStart`. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.store.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Keeps the line starts right after `start`..`end` (lines `first`..`last`) became `text`. */
  private moveLineStarts(first: number, last: number, start: number, end: number, text: string): void {
    const starts = this.lineStarts;
    if (starts === undefined) return;
    const insertedEnd = start + text.length;
    const joinsOrSplitsCrlf = (at: number): boolean => this.store.charCodeAt(at - 1) === CR && this.store.charCodeAt(at) === LF;
    if (joinsOrSplitsCrlf(start) || joinsOrSplitsCrlf(insertedEnd)) {
      this.lineStarts = undefined;
      return;
    }
    const added = lineStartsOf(text, start, false);
    if (last - first === added.length) {
      for (let index = 0; index < added.length; index++) starts[first + 1 + index] = added[index]!;
    } else if (added.length < 10_000) {
      starts.splice(first + 1, last - first, ...added);
    } else {
      this.lineStarts = [...starts.slice(0, first + 1), ...added, ...starts.slice(last + 1)];
    }
    const moved = this.lineStarts!;
    const delta = text.length - (end - start);
    if (delta !== 0) for (let index = first + 1 + added.length; index < moved.length; index++) moved[index]! += delta;
  }
}

/** The offsets (plus `base`) at which lines start in `text`; with `atLineStart`, `base` itself first. */
function lineStartsOf(text: string, base: number, atLineStart: boolean): number[] {
  const starts = atLineStart ? [base] : [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isLineBreak(code)) continue;
    if (code === CR && index + 1 < text.length && text.charCodeAt(index + 1) === LF) index++;
    starts.push(base + index + 1);
  }
  return starts;
}

function isLineBreak(code: number): boolean {
  return code === CR || code === LF;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
