import type { Entry, JournalSyntax } from '../syntax/ast';
import { isValidTime } from '../syntax/dates';
import type { OffsetEdit } from '../util/textEdits';

/** An entry with the comment lines that belong to it: the block that moves as a whole. */
interface Unit {
  start: number;
  end: number;
  /** The sort key: day, then minute of the day. */
  day: number;
  minute: number;
}

function isCommentLine(text: string, start: number): boolean {
  let index = start;
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++;
  return text.charCodeAt(index) === 59;
}

/** Zero-based line of `offset`, searching back from `line` (offsets only move up a little). */
function lineAt(lineStarts: readonly number[], line: number, offset: number): number {
  while (line > 0 && lineStarts[line]! > offset) line--;
  return line;
}

/**
 * Where an entry's unit starts: above the header it takes the entry's own suppression
 * comments (so they keep applying to it, even across blank lines), then every comment line
 * directly above, never reaching `floor` (the end of what precedes: an entry, heading or the
 * front matter).
 */
function unitStart(syntax: JournalSyntax, entry: Entry, floor: number): number {
  const { text, lineStarts, bom } = syntax;
  let line = entry.line;
  for (const suppression of entry.suppressions) {
    if (suppression.start > floor) {
      line = lineAt(lineStarts, line, suppression.start);
      break;
    }
  }
  while (line > 0 && lineStarts[line - 1]! > floor && isCommentLine(text, lineStarts[line - 1]!)) line--;
  return line === entry.line ? entry.start : Math.max(lineStarts[line]!, bom);
}

function minutesOf(entry: Entry): number | undefined {
  const time = entry.time;
  if (!time || !isValidTime(time.text)) return undefined;
  return Number(time.text.slice(0, 2)) * 60 + Number(time.text.slice(3, 5));
}

/**
 * Groups entries into sections (the runs between headings) and builds each entry's unit. The
 * key is the one `chronological-order` compares: the day, then the time, an entry without a
 * (valid) time counting as the start of its day. An entry without a valid date takes the key
 * of the entry above it (first in its section: before everything), so it stays right below
 * the entry it was written under.
 */
function sections(syntax: JournalSyntax): Unit[][] {
  const result: Unit[][] = [];
  const headings = syntax.headings;
  let headingIndex = 0;
  let current: Unit[] = [];
  let floor = syntax.frontMatter ? syntax.frontMatter.end : -1;
  let previous = { day: Number.NEGATIVE_INFINITY, minute: Number.NEGATIVE_INFINITY };
  for (const entry of syntax.entries) {
    if (headingIndex < headings.length && headings[headingIndex]!.start < entry.start) {
      while (headingIndex < headings.length && headings[headingIndex]!.start < entry.start) headingIndex++;
      if (current.length > 0) result.push(current);
      current = [];
      floor = Math.max(floor, headings[headingIndex - 1]!.end);
      previous = { day: Number.NEGATIVE_INFINITY, minute: Number.NEGATIVE_INFINITY };
    }
    const key = entry.day === undefined ? previous : { day: entry.day, minute: minutesOf(entry) ?? 0 };
    current.push({ start: unitStart(syntax, entry, floor), end: entry.end, day: key.day, minute: key.minute });
    previous = key;
    floor = entry.end;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Compares keys that may be -Infinity (where subtraction would give NaN). */
function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The new order of a section's units: a stable sort by (day, minute). */
function order(units: readonly Unit[]): number[] {
  const indices = units.map((_, index) => index);
  return indices.sort((a, b) => compare(units[a]!.day, units[b]!.day) || compare(units[a]!.minute, units[b]!.minute) || a - b);
}

/**
 * The edit that reorders one section, or undefined when it is in order: one replacement from
 * the first unit that moves to the last, so a fix is applied whole or not at all.
 */
function sectionEdit(text: string, units: readonly Unit[]): OffsetEdit | undefined {
  const sorted = order(units);
  let first = 0;
  while (first < units.length && sorted[first] === first) first++;
  if (first === units.length) return undefined;
  let last = units.length - 1;
  while (sorted[last] === last) last--;
  const parts: string[] = [];
  for (let slot = first; slot <= last; slot++) {
    if (slot > first) parts.push(text.slice(units[slot - 1]!.end, units[slot]!.start));
    const moved = units[sorted[slot]!]!;
    parts.push(text.slice(moved.start, moved.end));
  }
  return { start: units[first]!.start, end: units[last]!.end, text: parts.join('') };
}

/**
 * Edits that put the entries of every section in date and time order, one per section that
 * changes. Each unit (an entry and its comments) moves byte for byte into the place of
 * another; the text between units (blank lines, other comments) and the headings stay where
 * they are, so the result holds exactly the characters of the input. Sorting sorted entries
 * yields no edit.
 */
export function sortEntries(syntax: JournalSyntax): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const units of sections(syntax)) {
    const edit = sectionEdit(syntax.text, units);
    if (edit) edits.push(edit);
  }
  return edits;
}
