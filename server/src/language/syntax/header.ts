import type { Entry, HeaderArgument, Reference, Title, Token } from './ast';
import { ENTRY_KINDS } from './ast';
import { parseDay } from './dates';
import { scanIdentifier } from './identifiers';
import { keywordToken, NO_SPANS, SourceReference, SourceToken, TextSource } from './tokens';

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

function tokenAt(source: TextSource, start: number, end: number): Token {
  return new SourceToken(source, start, end);
}

/** The keyword from `keywords` spelled at `start`..`end`, found without slicing the text. */
export function matchKeyword<T extends string>(text: string, start: number, end: number, keywords: readonly T[]): T | undefined {
  const length = end - start;
  for (const keyword of keywords) {
    if (keyword.length === length && text.startsWith(keyword, start)) return keyword;
  }
  return undefined;
}

class SourceArgument extends SourceToken implements HeaderArgument {
  constructor(
    source: TextSource,
    start: number,
    end: number,
    public type: HeaderArgument['type'],
    public reference: Reference | undefined,
  ) {
    super(source, start, end);
  }

  override toJSON(): HeaderArgument {
    return { start: this.start, end: this.end, text: this.text, type: this.type, reference: this.reference };
  }
}

class SourceTitle implements Title {
  trailing?: Token;

  constructor(
    private readonly source: TextSource,
    public start: number,
    public end: number,
    public closed: boolean,
  ) {}

  get text(): string {
    return this.source.text.slice(this.start + 1, this.closed ? this.end - 1 : this.end);
  }

  toJSON(): Title {
    const json: Title = { start: this.start, end: this.end, text: this.text, closed: this.closed };
    if (this.trailing) json.trailing = { start: this.trailing.start, end: this.trailing.end, text: this.trailing.text };
    return json;
  }
}

/** Parses the header line `DATE [TIME] KIND ARGUMENTS… ["Title"]` of an entry. */
export function parseHeader(text: string, source: TextSource, start: number, end: number, line: number): Entry {
  const dateEnd = wordEnd(text, start, end);
  const date = tokenAt(source, start, dateEnd);
  let index = skipBlanks(text, dateEnd, end);
  let time: Token | undefined;
  const maybeTime = text.charCodeAt(index);
  if (maybeTime >= 48 && maybeTime <= 57) {
    const timeEnd = wordEnd(text, index, end);
    time = tokenAt(source, index, timeEnd);
    index = skipBlanks(text, timeEnd, end);
  }
  const kindEnd = text.charCodeAt(index) === 34 ? index : wordEnd(text, index, end);
  const kindValue = matchKeyword(text, index, kindEnd, ENTRY_KINDS);
  const kind = kindValue ? keywordToken(index, kindEnd, kindValue) : tokenAt(source, index, kindEnd);
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
    unindented: NO_SPANS,
    suppressions: NO_SPANS,
  };
  parseArguments(text, source, entry, skipBlanks(text, kindEnd, end), end);
  return entry;
}

function parseArguments(text: string, source: TextSource, entry: Entry, index: number, end: number): void {
  while (index < end) {
    if (text.charCodeAt(index) === 34) {
      entry.title = parseTitle(text, source, index, end);
      return;
    }
    const argumentEnd = wordEnd(text, index, end);
    entry.args.push(classify(text, source, index, argumentEnd, entry));
    index = skipBlanks(text, argumentEnd, end);
  }
}

function classify(text: string, source: TextSource, start: number, end: number, entry: Entry): HeaderArgument {
  if (end - start === 2 && text.charCodeAt(start) === 45 && text.charCodeAt(start + 1) === 62) {
    return new SourceArgument(source, start, end, 'arrow', undefined);
  }
  const sigil = text.charCodeAt(start);
  if ((sigil === 43 || sigil === 64 || sigil === 35) && end > start + 1 && scanIdentifier(text, start + 1, end) === end) {
    const reference = new SourceReference(source, start, end, text[start] as '+' | '@' | '#', 'header');
    entry.references.push(reference);
    return new SourceArgument(source, start, end, 'reference', reference);
  }
  return new SourceArgument(source, start, end, 'word', undefined);
}

function parseTitle(text: string, source: TextSource, start: number, end: number): Title {
  const close = text.indexOf('"', start + 1);
  if (close === -1 || close >= end) {
    let contentEnd = end;
    while (contentEnd > start + 1 && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    return new SourceTitle(source, start, contentEnd, false);
  }
  const title = new SourceTitle(source, start, close + 1, true);
  const trailingStart = skipBlanks(text, close + 1, end);
  if (trailingStart < end) {
    let trailingEnd = end;
    while (isBlank(text.charCodeAt(trailingEnd - 1))) trailingEnd--;
    title.trailing = tokenAt(source, trailingStart, trailingEnd);
  }
  return title;
}
