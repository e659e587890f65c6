/**
 * How the formatter rewrites one line. Each function changes only spaces and tabs, never a
 * word: runs of blanks shrink to one space, indentation is rebuilt, trailing blanks go.
 */
import type { Entry, Field, Heading } from '../syntax/ast';

/** What a line is, as the formatter treats it. */
export const LineRole = {
  Blank: 0,
  Header: 1,
  Field: 2,
  /** An indented prose or comment line of an entry's body. */
  Body: 3,
  /** A column-0 line that continues an entry's prose. */
  Unindented: 4,
  Heading: 5,
  /** Anything else: a column-0 comment, stray text. */
  Other: 6,
} as const;
export type LineRole = (typeof LineRole)[keyof typeof LineRole];

/** The indentation every entry body line gets (the language's own convention). */
export const INDENT = '  ';

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** `from`..`to` with trailing blanks removed. */
export function trimEnd(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  return text.slice(from, end);
}

/** Collapses every run of blanks in `from`..`to` to one space. */
function collapse(text: string, from: number, to: number): string {
  let out = '';
  let index = from;
  while (index < to) {
    let next = index;
    while (next < to && !isBlank(text.charCodeAt(next))) next++;
    out += text.slice(index, next);
    if (next >= to) break;
    index = next;
    while (index < to && isBlank(text.charCodeAt(index))) index++;
    out += ' ';
  }
  return out;
}

/** A header with single spaces between its tokens; the title and what follows it stay as written. */
export function formatHeader(text: string, entry: Entry, lineEnd: number): string {
  const titleStart = entry.title ? entry.title.start : lineEnd;
  const before = collapse(text, entry.start, titleStart);
  const line = before + trimEnd(text, titleStart, lineEnd);
  return trimEnd(line, 0, line.length);
}

/** `  key: value`, the value exactly as written. */
export function formatField(field: Field): string {
  return `${INDENT}${field.key.text}:${field.value.text ? ' ' + field.value.text : ''}`;
}

/** `# Title` with one space after the hashes. */
export function formatHeading(heading: Heading): string {
  const hashes = '#'.repeat(heading.level);
  return heading.text.text ? `${hashes} ${heading.text.text}` : hashes;
}

/** An indented body line re-based: the entry's common indentation becomes two spaces. */
export function formatBody(text: string, first: number, lineStart: number, lineEnd: number, common: string): string {
  const leading = text.slice(lineStart, first);
  return INDENT + leading.slice(common.length) + trimEnd(text, first, lineEnd);
}

/** The longest common prefix of two indentation strings. */
export function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return a.slice(0, length);
}

/** Where a line sits: its role and the entry whose block it belongs to (-1 outside entries). */
export interface Placed {
  role: LineRole;
  block: number;
}

/**
 * How many blank lines belong between two non-blank lines that had `count` between them:
 * inside an entry, as written; after an entry, and between a heading and an entry, exactly
 * one; elsewhere at most one.
 */
export function blankLinesBetween(previous: Placed, next: Placed, count: number): number {
  if (previous.block >= 0 && previous.block === next.block) return count;
  if (previous.block >= 0) return 1;
  if (previous.role === LineRole.Heading && next.role === LineRole.Header) return 1;
  return Math.min(count, 1);
}
