/**
 * Finding what is at a position in O(log n): the entry (binary search over the entries),
 * the reference, field or header token under the cursor. Completion and hover must answer
 * quickly in journals of many thousands of entries, so nothing here scans the document.
 */
import type { Entry, Field, JournalSyntax, Reference, Span } from '../syntax/ast';
import { isIdentifierPart } from '../syntax/identifiers';
import { lastStartingAtOrBefore } from '../syntax/spans';
import { lineContentEnd, lineOfOffset, offsetAt, type Position } from '../syntax/text';

/** The cursor's offset and the line it is on. */
export interface Cursor {
  offset: number;
  line: number;
  /** First character of the line (after a BOM on line 0). */
  lineStart: number;
  /** End of the line's content, before its break. */
  lineEnd: number;
  /** First non-blank character of the line, or `lineEnd` on a blank line. */
  firstNonBlank: number;
}

export function cursorAt(syntax: JournalSyntax, position: Position): Cursor {
  const { text, lineStarts } = syntax;
  const offset = Math.max(offsetAt(text, lineStarts, position), syntax.bom);
  const line = lineOfOffset(lineStarts, offset);
  const lineStart = line === 0 ? syntax.bom : lineStarts[line]!;
  const lineEnd = lineContentEnd(text, lineStart, lineStarts[line + 1] ?? text.length);
  let firstNonBlank = lineStart;
  while (firstNonBlank < lineEnd && isBlank(text.charCodeAt(firstNonBlank))) firstNonBlank++;
  return { offset, line, lineStart, lineEnd, firstNonBlank };
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}


/**
 * The entry whose header or body holds `offset`: its own text, or a blank or indented line
 * after it that no column-0 line (heading, comment, stray text) has closed.
 */
/** Re-exported for the features that locate things by offset. */
export { lastStartingAtOrBefore };

export function entryAt(syntax: JournalSyntax, offset: number): Entry | undefined {
  const index = lastStartingAtOrBefore(syntax.entries, offset);
  if (index < 0) return undefined;
  const entry = syntax.entries[index]!;
  if (offset <= entry.end) return entry;
  if (closedBetween(syntax.headings, entry.end, offset)) return undefined;
  if (closedBetween(syntax.strays, entry.end, offset)) return undefined;
  const comment = lastStartingAtOrBefore(syntax.comments, offset);
  for (let at = comment; at >= 0 && syntax.comments[at]!.start > entry.end; at--) {
    const start = syntax.comments[at]!.start;
    const lineStart = syntax.lineStarts[lineOfOffset(syntax.lineStarts, start)]!;
    if (start === lineStart || (lineStart === 0 && start === syntax.bom)) return undefined;
  }
  return entry;
}

function closedBetween(spans: readonly Span[], after: number, offset: number): boolean {
  const index = lastStartingAtOrBefore(spans, offset);
  return index >= 0 && spans[index]!.start > after;
}

/** The entry whose header starts exactly at `lineStart`, if any. */
export function headerEntryAt(syntax: JournalSyntax, lineStart: number): Entry | undefined {
  const index = lastStartingAtOrBefore(syntax.entries, lineStart);
  const entry = index < 0 ? undefined : syntax.entries[index];
  return entry?.start === lineStart ? entry : undefined;
}

/** The reference whose span holds `offset`; its end counts, so a cursor just after a name finds it. */
export function referenceAt(entry: Entry, offset: number): Reference | undefined {
  const index = lastStartingAtOrBefore(entry.references, offset);
  const reference = index < 0 ? undefined : entry.references[index];
  return reference !== undefined && offset <= reference.end ? reference : undefined;
}

/** The field on the line holding `offset` (the end of the text belongs to the last line). */
export function fieldAt(syntax: JournalSyntax, entry: Entry, offset: number): Field | undefined {
  for (const field of entry.fields) {
    if (field.lineStart <= offset && (offset < field.lineEnd || field.lineEnd === syntax.text.length)) return field;
    if (field.lineStart > offset) break;
  }
  return undefined;
}

/** True when `offset` is inside the span or at either edge. */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The identifier characters around `offset` on the line `from`..`to` (a word being typed). */
export function identifierAround(text: string, offset: number, from: number, to: number): Span {
  let start = offset;
  while (start > from && isIdentifierPart(text, identifierStep(text, start, from))) start = identifierStep(text, start, from);
  let end = offset;
  while (end < to && isIdentifierPart(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return { start, end: Math.min(end, to) };
}

/** The index of the character before `index`, stepping over a surrogate pair as one. */
function identifierStep(text: string, index: number, from: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index - 2 >= from) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return index - 2;
  }
  return index - 1;
}
