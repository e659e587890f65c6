import type { Entry, HeaderArgument, Title, Token } from './ast';
import { ENTRY_KINDS, type EntryKind } from './ast';
import { parseDay } from './dates';
import { scanIdentifier } from './identifiers';

const KINDS: ReadonlySet<string> = new Set(ENTRY_KINDS);

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function skipBlanks(text: string, index: number, end: number): number {
  while (index < end && isBlank(text.charCodeAt(index))) index++;
  return index;
}

/** A run of non-blank characters that stops before a `"` (where a title begins). */
function wordEnd(text: string, index: number, end: number): number {
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isBlank(code) || code === 34) break;
    index++;
  }
  return index;
}

function tokenAt(text: string, start: number, end: number): Token {
  return { start, end, text: text.slice(start, end) };
}

/** Parses the header line `DATE [TIME] KIND ARGUMENTS… ["Title"]` of an entry. */
export function parseHeader(text: string, start: number, end: number, line: number): Entry {
  const dateEnd = wordEnd(text, start, end);
  const date = tokenAt(text, start, dateEnd);
  let index = skipBlanks(text, dateEnd, end);
  let time: Token | undefined;
  const maybeTime = text.charCodeAt(index);
  if (maybeTime >= 48 && maybeTime <= 57) {
    const timeEnd = wordEnd(text, index, end);
    time = tokenAt(text, index, timeEnd);
    index = skipBlanks(text, timeEnd, end);
  }
  const kindEnd = text.charCodeAt(index) === 34 ? index : wordEnd(text, index, end);
  const kind = tokenAt(text, index, kindEnd);
  const kindValue = KINDS.has(kind.text) ? (kind.text as EntryKind) : undefined;
  const entry: Entry = {
    start,
    end,
    line,
    headerEnd: end,
    date,
    day: parseDay(date.text),
    time,
    kind,
    kindValue,
    args: [],
    title: undefined,
    fields: [],
    reflection: undefined,
    references: [],
    unindented: [],
    suppressions: [],
  };
  parseArguments(text, entry, skipBlanks(text, kindEnd, end), end);
  return entry;
}

function parseArguments(text: string, entry: Entry, index: number, end: number): void {
  while (index < end) {
    if (text.charCodeAt(index) === 34) {
      entry.title = parseTitle(text, index, end);
      return;
    }
    const argumentEnd = wordEnd(text, index, end);
    entry.args.push(classify(text, index, argumentEnd, entry));
    index = skipBlanks(text, argumentEnd, end);
  }
}

function classify(text: string, start: number, end: number, entry: Entry): HeaderArgument {
  const value = text.slice(start, end);
  if (value === '->') return { start, end, text: value, type: 'arrow' };
  const sigil = value.charCodeAt(0);
  if ((sigil === 43 || sigil === 64 || sigil === 35) && end > start + 1 && scanIdentifier(text, start + 1, end) === end) {
    const reference = { start, end, sigil: value[0] as '+' | '@' | '#', name: value.slice(1), place: 'header' as const };
    entry.references.push(reference);
    return { start, end, text: value, type: 'reference', reference };
  }
  return { start, end, text: value, type: 'word' };
}

function parseTitle(text: string, start: number, end: number): Title {
  const close = text.indexOf('"', start + 1);
  if (close === -1 || close >= end) {
    let contentEnd = end;
    while (contentEnd > start + 1 && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    return { start, end: contentEnd, text: text.slice(start + 1, contentEnd), closed: false };
  }
  const title: Title = { start, end: close + 1, text: text.slice(start + 1, close), closed: true };
  const trailingStart = skipBlanks(text, close + 1, end);
  if (trailingStart < end) {
    let trailingEnd = end;
    while (isBlank(text.charCodeAt(trailingEnd - 1))) trailingEnd--;
    title.trailing = tokenAt(text, trailingStart, trailingEnd);
  }
  return title;
}
