import type { Entry, JournalSyntax } from '../syntax/ast';
import { parseJournal } from '../syntax/parser';
import { lineContentEnd, lineOfOffset, offsetAt, rangeOf, type Range } from '../syntax/text';
import { NEVER_CANCELLED, throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { applyOffsetEdits, type OffsetEdit, type TextEdit } from '../util/textEdits';
import { lastStartingAtOrBefore } from './locate';
import { LineRole, blankLinesBetween, commonPrefix, formatBody, formatField, formatHeader, formatHeading, trimEnd, type Placed } from './formatLine';

/** The lines of a journal with what each one is, from the parse. */
interface Layout {
  syntax: JournalSyntax;
  /** First line after the front matter, which the formatter leaves exactly as written. */
  bodyStart: number;
  roles: Uint8Array;
  blocks: Int32Array;
  /** Per entry, the indentation its body lines share. */
  common: Map<number, string>;
  eol: string;
}

function lineStartOf(syntax: JournalSyntax, line: number): number {
  return line === 0 ? syntax.bom : syntax.lineStarts[line]!;
}

function lineEndOf(syntax: JournalSyntax, line: number): number {
  return lineContentEnd(syntax.text, lineStartOf(syntax, line), syntax.lineStarts[line + 1] ?? syntax.text.length);
}

function firstNonBlank(text: string, start: number, end: number): number {
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return start;
}

function bodyStartLine(syntax: JournalSyntax): number {
  const block = syntax.frontMatter;
  if (!block) return 0;
  if (block.closed) return lineOfOffset(syntax.lineStarts, block.end) + 1;
  return block.content.end >= syntax.text.length ? syntax.lineStarts.length : lineOfOffset(syntax.lineStarts, block.content.end);
}

/** Walks the lines once, giving each the role the parser gave it. */
function layout(syntax: JournalSyntax, token: CancellationToken): Layout {
  const { text, lineStarts, entries, headings } = syntax;
  const lineCount = lineStarts.length;
  const roles = new Uint8Array(lineCount);
  const blocks = new Int32Array(lineCount).fill(-1);
  const common = new Map<number, string>();
  const bodyStart = bodyStartLine(syntax);
  let nextEntry = 0;
  let nextHeading = 0;
  let current: Entry | undefined;
  let fieldIndex = 0;
  let unindentedIndex = 0;
  for (let line = bodyStart; line < lineCount; line++) {
    if ((line & 4095) === 0) throwIfCancelled(token);
    const start = lineStartOf(syntax, line);
    const end = lineEndOf(syntax, line);
    const first = firstNonBlank(text, start, end);
    if (first === end) continue;
    while (nextHeading < headings.length && headings[nextHeading]!.start < start) nextHeading++;
    if (nextEntry < entries.length && entries[nextEntry]!.start === start) {
      current = entries[nextEntry++]!;
      fieldIndex = 0;
      unindentedIndex = 0;
      place(roles, blocks, line, LineRole.Header, nextEntry - 1);
    } else if (first === start) {
      if (current && current.unindented[unindentedIndex]?.start === start) {
        unindentedIndex++;
        place(roles, blocks, line, LineRole.Unindented, nextEntry - 1);
        continue;
      }
      current = undefined;
      roles[line] = headings[nextHeading]?.start === start ? LineRole.Heading : LineRole.Other;
    } else if (current && current.fields[fieldIndex]?.lineStart === start) {
      fieldIndex++;
      place(roles, blocks, line, LineRole.Field, nextEntry - 1);
    } else if (current) {
      place(roles, blocks, line, LineRole.Body, nextEntry - 1);
      const leading = text.slice(start, first);
      const shared = common.get(nextEntry - 1);
      common.set(nextEntry - 1, shared === undefined ? leading : commonPrefix(shared, leading));
    } else roles[line] = LineRole.Other;
  }
  return { syntax, bodyStart, roles, blocks, common, eol: lineBreakOf(syntax) };
}

/**
 * The line break to write: the one after the first non-blank line, which formatting keeps, so
 * a second run picks the same; else the first one in the text.
 */
function lineBreakOf(syntax: JournalSyntax): string {
  const { text, lineStarts } = syntax;
  for (let line = 0; line + 1 < lineStarts.length; line++) {
    const end = lineEndOf(syntax, line);
    if (firstNonBlank(text, lineStartOf(syntax, line), end) === end) continue;
    const lineBreak = text.slice(end, lineStarts[line + 1]);
    if (lineBreak === '\n' || lineBreak === '\r\n') return lineBreak;
    break;
  }
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

function place(roles: Uint8Array, blocks: Int32Array, line: number, role: LineRole, block: number): void {
  roles[line] = role;
  blocks[line] = block;
}

/** The line's content as the formatter writes it. */
function formatLineAt(layout: Layout, line: number): string {
  const { syntax } = layout;
  const { text } = syntax;
  const start = lineStartOf(syntax, line);
  const end = lineEndOf(syntax, line);
  const block = layout.blocks[line]!;
  switch (layout.roles[line]) {
    case LineRole.Header:
      return formatHeader(text, syntax.entries[block]!, end);
    case LineRole.Field:
      return formatField(syntax.entries[block]!.fields.find((field) => field.lineStart === start)!);
    case LineRole.Body:
      return formatBody(text, firstNonBlank(text, start, end), start, end, layout.common.get(block) ?? '');
    case LineRole.Heading:
      return formatHeading(syntax.headings[lastStartingAtOrBefore(syntax.headings, start)]!);
    default:
      return trimEnd(text, start, end);
  }
}

/**
 * The edits that format a journal: single spaces between header tokens (the title kept as
 * written), fields as `  key: value`, each entry's body re-based to a two-space indentation
 * keeping relative indentation, exactly one blank line after each entry, at most one blank
 * line elsewhere, no trailing blanks, one final line break. The front matter is left as it
 * is. Only spaces, tabs and line breaks ever change.
 */
export function formatOffsetEdits(syntax: JournalSyntax, token: CancellationToken): OffsetEdit[] {
  const plan = layout(syntax, token);
  const { text, lineStarts } = syntax;
  const edits: OffsetEdit[] = [];
  let previous: { line: number; placed: Placed } | undefined;
  for (let line = plan.bodyStart; line < lineStarts.length; line++) {
    const role = plan.roles[line] as LineRole;
    if (role === LineRole.Blank) continue;
    const placed = { role, block: plan.blocks[line]! };
    const gapStart = previous ? lineStarts[previous.line + 1]! : lineStartOf(syntax, plan.bodyStart);
    const gapLines = line - (previous ? previous.line + 1 : plan.bodyStart);
    const wanted = previous ? blankLinesBetween(previous.placed, placed, gapLines) : leadingBlankLines(syntax, plan.bodyStart, line, gapLines);
    replace(edits, text, gapStart, lineStartOf(syntax, line), plan.eol.repeat(wanted));
    replace(edits, text, lineStartOf(syntax, line), lineEndOf(syntax, line), formatLineAt(plan, line));
    previous = { line, placed };
  }
  if (previous) replace(edits, text, lineEndOf(syntax, previous.line), text.length, plan.eol);
  else if (plan.bodyStart < lineStarts.length) replace(edits, text, lineStartOf(syntax, plan.bodyStart), text.length, '');
  return edits;
}

/**
 * Blank lines before the first line of the body: none at the top of a file, except before a
 * `---` line, which the blank lines keep from being read as front matter.
 */
function leadingBlankLines(syntax: JournalSyntax, bodyStart: number, line: number, gapLines: number): number {
  if (bodyStart > 0) return Math.min(gapLines, 1);
  const isFence = syntax.text.startsWith('---', lineStartOf(syntax, line));
  return isFence && gapLines > 0 ? 1 : 0;
}

function replace(edits: OffsetEdit[], text: string, start: number, end: number, newText: string): void {
  if (end - start !== newText.length || text.slice(start, end) !== newText) edits.push({ start, end, text: newText });
}

/** Formatting as LSP edits; with a range, only the edits that lie within its lines. */
export function formatting(syntax: JournalSyntax, range: Range | undefined, token: CancellationToken): TextEdit[] {
  let edits = formatOffsetEdits(syntax, token);
  if (range) {
    const { text, lineStarts } = syntax;
    const from = lineStartOf(syntax, lineOfOffset(lineStarts, offsetAt(text, lineStarts, range.start)));
    const to = lineStarts[lineOfOffset(lineStarts, offsetAt(text, lineStarts, range.end)) + 1] ?? text.length;
    edits = edits.filter((edit) => edit.start >= from && edit.end <= to);
  }
  return edits.map((edit) => ({ range: rangeOf(syntax.text, syntax.lineStarts, edit), newText: edit.text }));
}

/** The formatted text of a journal. */
export function formatText(text: string, token: CancellationToken = NEVER_CANCELLED): string {
  return applyOffsetEdits(text, formatOffsetEdits(parseJournal(text), token));
}
