/**
 * The text of a new entry (header, fields, an empty reflection line for the cursor) and where
 * it goes at the end of a journal. The header follows the language's grammar, so what the
 * "New entry" command writes is never reported by the linter.
 */
import type { BoundaryObjectKind, BrokerRole, Energy, InteractionKind, ModeKind, TrajectoryKind } from './vocabulary';

interface EntryBase {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly title?: string | undefined;
  readonly energy?: Energy | undefined;
}

/** A moment: one or more communities, and the people who took part. */
export interface NewMoment extends EntryBase {
  readonly kind: ModeKind;
  readonly communities: readonly string[];
  readonly with?: readonly string[] | undefined;
}

/** The boundary object of a crossing: a quoted name, or the id of a declared one. */
export type NewBoundaryObject = { readonly kind: BoundaryObjectKind; readonly name: string } | { readonly kind: BoundaryObjectKind; readonly id: string };

export interface NewCrossing extends EntryBase {
  readonly kind: 'crossing';
  readonly from: string;
  readonly to: string;
  readonly via?: NewBoundaryObject | undefined;
  readonly role?: BrokerRole | undefined;
  readonly interaction?: InteractionKind | undefined;
}

export interface NewTrajectory extends EntryBase {
  readonly kind: 'trajectory';
  readonly community: string;
  readonly trajectory: TrajectoryKind;
  /** The trajectory kind before this change (`from:`). */
  readonly previous?: TrajectoryKind | undefined;
}

export type NewEntry = NewMoment | NewCrossing | NewTrajectory;

/** Why a title or boundary-object name cannot be written as typed, or undefined when it can. */
export function quotedTextProblem(text: string, what: string): string | undefined {
  if (text.includes('"')) return `A ${what} cannot contain a straight double quote; use typographic quotes (“ ”) instead.`;
  if (/[\r\n]/.test(text)) return `A ${what} must fit on one line.`;
  return undefined;
}

function headerArguments(entry: NewEntry): string[] {
  switch (entry.kind) {
    case 'crossing':
      return [`+${entry.from}`, '->', `+${entry.to}`];
    case 'trajectory':
      return [`+${entry.community}`, entry.trajectory];
    default:
      return entry.communities.map((community) => `+${community}`);
  }
}

function fieldsOf(entry: NewEntry): [string, string][] {
  const fields: [string, string][] = [];
  if (entry.kind === 'crossing') {
    if (entry.via !== undefined) fields.push(['via', 'id' in entry.via ? `${entry.via.kind} ${entry.via.id}` : `${entry.via.kind} "${entry.via.name}"`]);
    if (entry.role !== undefined) fields.push(['as', entry.role]);
    if (entry.interaction !== undefined) fields.push(['interaction', entry.interaction]);
  } else if (entry.kind === 'trajectory') {
    if (entry.previous !== undefined) fields.push(['from', entry.previous]);
  } else if (entry.with !== undefined && entry.with.length > 0) {
    fields.push(['with', entry.with.map((person) => `@${person}`).join(', ')]);
  }
  if (entry.energy !== undefined) fields.push(['energy', entry.energy]);
  return fields;
}

/** The header line of an entry. */
export function entryHeader(entry: NewEntry): string {
  const title = entry.title === undefined || entry.title.trim() === '' ? [] : [`"${entry.title.trim()}"`];
  return [entry.date, entry.kind, ...headerArguments(entry), ...title].join(' ');
}

/** An entry's lines, and where the cursor goes: the start of the (still empty) reflection. */
export interface ComposedEntry {
  readonly lines: readonly string[];
  readonly cursor: { readonly line: number; readonly character: number };
}

const INDENT = '  ';

export function composeEntry(entry: NewEntry): ComposedEntry {
  const fields = fieldsOf(entry).map(([key, value]) => `${INDENT}${key}: ${value}`);
  // A blank line between the fields and the reflection, as the examples write it.
  const lines = [entryHeader(entry), ...fields, ...(fields.length > 0 ? [''] : []), INDENT];
  return { lines, cursor: { line: lines.length - 1, character: INDENT.length } };
}

/** The line break a text uses (its first one), `\n` when it has none. */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

/** What to insert at the end of a journal, and the cursor relative to the insertion point's line. */
export interface EntryInsertion {
  readonly text: string;
  readonly cursor: { readonly lineDelta: number; readonly character: number };
}

/**
 * Appends an entry after everything in a journal, separated from the text above by a blank
 * line, in the journal's own line-break style. The existing text is left as it is.
 */
export function entryInsertion(journalText: string, entry: ComposedEntry): EntryInsertion {
  const eol = lineBreakOf(journalText);
  let prefix = '';
  if (journalText !== '') {
    const endsWithBreak = journalText.endsWith('\n');
    const body = endsWithBreak ? journalText.slice(0, journalText.endsWith('\r\n') ? -2 : -1) : journalText;
    const lastLine = body.slice(body.lastIndexOf('\n') + 1);
    if (!endsWithBreak) prefix = eol + eol;
    else if (!/^[ \t]*$/.test(lastLine)) prefix = eol;
  }
  const breaks = prefix === '' ? 0 : prefix.length / eol.length;
  return {
    text: prefix + entry.lines.join(eol) + eol,
    cursor: { lineDelta: breaks + entry.cursor.line, character: entry.cursor.character },
  };
}
