import type { Span } from './ast';

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets of the first character of every line (after `\n`; a `\r\n` counts as one break). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let index = text.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = text.indexOf('\n', index + 1);
  }
  return starts;
}

/** The line containing `offset`, by binary search. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function positionAt(text: string, lineStarts: readonly number[], offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const line = lineOfOffset(lineStarts, clamped);
  let character = clamped - lineStarts[line]!;
  // A position between `\r` and `\n` is not a place a user can put a cursor.
  if (text.charCodeAt(clamped - 1) === 13 && text.charCodeAt(clamped) === 10) character -= 1;
  return { line, character };
}

export function offsetAt(text: string, lineStarts: readonly number[], position: Position): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return text.length;
  const start = lineStarts[position.line]!;
  const next = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1]! : text.length;
  const end = lineContentEnd(text, start, next);
  return Math.min(start + Math.max(0, position.character), end);
}

export function rangeOf(text: string, lineStarts: readonly number[], span: Span): Range {
  return { start: positionAt(text, lineStarts, span.start), end: positionAt(text, lineStarts, span.end) };
}

/** End of a line's content: before its `\n` or `\r\n`. */
export function lineContentEnd(text: string, lineStart: number, nextLineStart: number): number {
  let end = nextLineStart;
  if (end > lineStart && text.charCodeAt(end - 1) === 10) end--;
  if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
