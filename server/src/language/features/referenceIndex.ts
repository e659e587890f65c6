/**
 * Where every `+community`, `@person`, `#tag` and boundary-object id is used, per journal and
 * across the workspace. Each journal's table is built once per parsed version (keyed by the
 * syntax object itself, so an edit simply makes a new one) and only when first asked for.
 */
import type { JournalSyntax, Sigil } from '../syntax/ast';
import { parseVia } from '../syntax/fields';
import { scanIdentifier } from '../syntax/identifiers';
import { lineContentEnd, rangeOf } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { uriKey } from '../util/uri';
import { entryName } from './documentSymbols';
import type { Location } from './shapes';

/** What a name can denote: a community, a person, a tag, or a boundary object (`via:` id). */
export type TargetKind = Sigil | 'object';

/** A name of one kind, the thing navigation, rename and references work on. */
export interface Target {
  kind: TargetKind;
  name: string;
}

/**
 * A table per kind: name → flat quadruples (token start, name start, end, day). The day is
 * the entry's day, `Infinity` when its date is invalid and `-Infinity` for the front matter's
 * `author:`, which names the journal's owner before any entry does.
 */
export type ReferenceTable = Readonly<Record<TargetKind, Map<string, number[]>>>;

const TABLES = new WeakMap<JournalSyntax, ReferenceTable>();

/** The journal's reference table, built on first use for this parsed version. */
export function referenceTable(syntax: JournalSyntax): ReferenceTable {
  let table = TABLES.get(syntax);
  if (!table) {
    table = buildTable(syntax);
    TABLES.set(syntax, table);
  }
  return table;
}

function add(table: ReferenceTable, kind: TargetKind, name: string, start: number, nameStart: number, end: number, day: number): void {
  const list = table[kind].get(name);
  if (list) list.push(start, nameStart, end, day);
  else table[kind].set(name, [start, nameStart, end, day]);
}

/**
 * How often each name of one kind is used in the entries `from`..`to` (exclusive), not
 * remembered: completion reads the entries around the cursor this way, so it never scans a
 * whole long journal per keystroke. Uses the whole journal's table when that is already built.
 */
export function namesAround(syntax: JournalSyntax, kind: TargetKind, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  const built = TABLES.get(syntax);
  if (built) {
    for (const [name, list] of built[kind]) counts.set(name, list.length / 4);
    return counts;
  }
  const { entries, text } = syntax;
  for (let index = Math.max(0, from); index < Math.min(to, entries.length); index++) {
    const entry = entries[index]!;
    if (kind === 'object') {
      const field = entry.kindValue === 'crossing' ? entry.fields.find((candidate) => candidate.key.text === 'via') : undefined;
      const id = field ? parseVia(text, field)?.id : undefined;
      if (id && scanIdentifier(text, id.start, id.end) === id.end) counts.set(id.text, (counts.get(id.text) ?? 0) + 1);
      continue;
    }
    for (const reference of entry.references) {
      if (reference.sigil === kind) counts.set(reference.name, (counts.get(reference.name) ?? 0) + 1);
    }
  }
  return counts;
}

function buildTable(syntax: JournalSyntax): ReferenceTable {
  const table: ReferenceTable = { '+': new Map(), '@': new Map(), '#': new Map(), object: new Map() };
  const author = authorSpan(syntax);
  if (author) add(table, '@', syntax.text.slice(author.start, author.end), author.start, author.start, author.end, -Infinity);
  for (const entry of syntax.entries) {
    const day = entry.day ?? Infinity;
    for (const reference of entry.references) {
      add(table, reference.sigil, reference.name, reference.start, reference.start + 1, reference.end, day);
    }
    if (entry.kindValue !== 'crossing') continue;
    for (const field of entry.fields) {
      if (field.key.text !== 'via') continue;
      const id = parseVia(syntax.text, field)?.id;
      if (id && scanIdentifier(syntax.text, id.start, id.end) === id.end) add(table, 'object', id.text, id.start, id.start, id.end, day);
    }
  }
  return table;
}

/** The person id of the front matter's `author:` line, if it is a plain or quoted identifier. */
export function authorSpan(syntax: JournalSyntax): { start: number; end: number } | undefined {
  const block = syntax.frontMatter;
  if (!block) return undefined;
  const { text } = syntax;
  let lineStart = block.content.start;
  while (lineStart < block.content.end) {
    const next = text.indexOf('\n', lineStart);
    const lineNext = next === -1 || next >= block.content.end ? block.content.end : next + 1;
    if (text.startsWith('author:', lineStart)) return authorValue(text, lineStart + 7, lineContentEnd(text, lineStart, lineNext));
    lineStart = lineNext;
  }
  return undefined;
}

function authorValue(text: string, from: number, end: number): { start: number; end: number } | undefined {
  let start = from;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  const quote = text.charCodeAt(start);
  const quoted = quote === 34 || quote === 39;
  if (quoted) start++;
  const nameEnd = scanIdentifier(text, start, end);
  if (nameEnd === start) return undefined;
  let after = nameEnd;
  if (quoted) {
    if (text.charCodeAt(after) !== quote) return undefined;
    after++;
  }
  while (after < end && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  const clean = after === end || (text.charCodeAt(after) === 35 && after > nameEnd);
  return clean ? { start, end: nameEnd } : undefined;
}

/** An entry's header as workspace symbols list it: its name and the span of its header line. */
export interface EntryHeader {
  name: string;
  start: number;
  end: number;
}

/**
 * One journal of the workspace as workspace-wide features read it: its text and line starts
 * (for ranges), its reference table and its entry headers. A service may keep these for a
 * journal whose syntax tree it has let go.
 */
export interface JournalFile {
  uri: string;
  text: string;
  lineStarts: readonly number[];
  readonly table: ReferenceTable;
  readonly headers: readonly EntryHeader[];
}

/** A journal given by its syntax tree, as tests and single files give it. */
export interface ParsedJournal {
  uri: string;
  syntax: JournalSyntax;
}

/** One use of a name: `start`..`end` is the whole token, `nameStart` where the name begins (after a sigil). */
export interface Occurrence {
  uri: string;
  /** The journal's text and line starts, which the offsets point into. */
  text: string;
  lineStarts: readonly number[];
  start: number;
  nameStart: number;
  end: number;
  day: number;
}

/** The entry headers of a parsed journal. */
export function entryHeaders(syntax: JournalSyntax): EntryHeader[] {
  return syntax.entries.map((entry) => ({ name: entryName(entry), start: entry.start, end: entry.headerEnd }));
}

/** A parsed journal as a journal file; its table and headers are worked out when first read. */
export function journalFileOf(uri: string, syntax: JournalSyntax): JournalFile {
  let headers: EntryHeader[] | undefined;
  return {
    uri,
    text: syntax.text,
    lineStarts: syntax.lineStarts,
    get table() {
      return referenceTable(syntax);
    },
    get headers() {
      return (headers ??= entryHeaders(syntax));
    },
  };
}

/** The workspace's journals and the places each name is used in them. */
export class ReferenceIndex {
  private readonly files = new Map<string, JournalFile>();

  constructor(files: Iterable<JournalFile | ParsedJournal> = []) {
    for (const file of files) this.add('syntax' in file ? journalFileOf(file.uri, file.syntax) : file);
  }

  /** Adds or replaces a journal's parsed version. */
  set(uri: string, syntax: JournalSyntax): void {
    this.add(journalFileOf(uri, syntax));
  }

  /** Adds or replaces a journal. */
  add(file: JournalFile): void {
    this.files.set(uriKey(file.uri), file);
  }

  delete(uri: string): void {
    this.files.delete(uriKey(uri));
  }

  journals(): JournalFile[] {
    return [...this.files.values()];
  }

  /** Every use of the target across the journals, by URI and then by position. */
  occurrences(target: Target, token: CancellationToken): Occurrence[] {
    const found: Occurrence[] = [];
    for (const file of [...this.files.values()].sort((a, b) => compareText(a.uri, b.uri))) {
      throwIfCancelled(token);
      const list = file.table[target.kind].get(target.name);
      if (!list) continue;
      for (let at = 0; at < list.length; at += 4) found.push(occurrence(file, list, at));
    }
    return found;
  }

  /** The earliest use: of the earliest day, then the first URI, then the first position. */
  firstUse(target: Target, token: CancellationToken): Occurrence | undefined {
    let best: Occurrence | undefined;
    for (const file of this.files.values()) {
      throwIfCancelled(token);
      const list = file.table[target.kind].get(target.name);
      if (!list) continue;
      for (let at = 0; at < list.length; at += 4) {
        const candidate = occurrence(file, list, at);
        if (!best || isEarlier(candidate, best)) best = candidate;
      }
    }
    return best;
  }

  /** Every name of a kind used in any journal, with how often. */
  names(kind: TargetKind, token: CancellationToken): Map<string, number> {
    const counts = new Map<string, number>();
    for (const file of this.files.values()) {
      throwIfCancelled(token);
      for (const [name, list] of file.table[kind]) counts.set(name, (counts.get(name) ?? 0) + list.length / 4);
    }
    return counts;
  }
}

/** The occurrence at `at` of a table list: quadruples of token start, name start, end and day. */
export function occurrence(file: JournalFile, list: readonly number[], at: number): Occurrence {
  return { uri: file.uri, text: file.text, lineStarts: file.lineStarts, start: list[at]!, nameStart: list[at + 1]!, end: list[at + 2]!, day: list[at + 3]! };
}

/** True when `a` comes before `b` in "first use" order. */
export function isEarlier(a: Occurrence, b: Occurrence): boolean {
  if (a.day !== b.day) return a.day < b.day;
  if (a.uri !== b.uri) return compareText(a.uri, b.uri) < 0;
  return a.start < b.start;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An occurrence's whole token as a location. */
export function occurrenceLocation(found: Occurrence): Location {
  return { uri: found.uri, range: rangeOf(found.text, found.lineStarts, found) };
}
