import type { Entry, Heading, JournalSyntax } from '../syntax/ast';
import { rangeOf } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { SymbolKind, type DocumentSymbol } from './shapes';

const WHITESPACE = /\s/;

/** "DATE kind title": how an entry is named in outlines and symbol searches. */
export function entryName(entry: Entry): string {
  const parts = [entry.date.text];
  if (entry.kind.text) parts.push(entry.kind.text);
  if (entry.title?.text.trim()) parts.push(entry.title.text.trim());
  return parts.join(' ');
}

/** The header's arguments (`+a -> +b`), shown beside an entry's name. */
function entryDetail(entry: Entry): string {
  return entry.args.map((argument) => argument.text).join(' ');
}

/**
 * The outline: headings nest by level, each containing the entries (and deeper headings) up to
 * the next heading of the same or a higher level; entries before any heading are top level.
 */
export function documentSymbols(syntax: JournalSyntax, token: CancellationToken): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const open: { heading: Heading; symbol: DocumentSymbol }[] = [];
  let headingIndex = 0;
  const close = (level: number, before: number): void => {
    while (open.length > 0 && open[open.length - 1]!.heading.level >= level) {
      const { heading, symbol } = open.pop()!;
      symbol.range = rangeOf(syntax.text, syntax.lineStarts, { start: heading.start, end: sectionEnd(syntax.text, heading.end, before) });
    }
  };
  const add = (symbol: DocumentSymbol): void => {
    (open.length > 0 ? open[open.length - 1]!.symbol.children : roots).push(symbol);
  };
  for (let entryIndex = 0; entryIndex <= syntax.entries.length; entryIndex++) {
    if (entryIndex % 1024 === 0) throwIfCancelled(token);
    const entry = syntax.entries[entryIndex];
    const until = entry?.start ?? Infinity;
    for (; headingIndex < syntax.headings.length && syntax.headings[headingIndex]!.start < until; headingIndex++) {
      const heading = syntax.headings[headingIndex]!;
      close(heading.level, heading.start);
      const symbol = headingSymbol(syntax, heading);
      add(symbol);
      open.push({ heading, symbol });
    }
    if (entry) add(entrySymbol(syntax, entry));
  }
  close(0, syntax.text.length);
  return roots;
}

function headingSymbol(syntax: JournalSyntax, heading: Heading): DocumentSymbol {
  const range = rangeOf(syntax.text, syntax.lineStarts, heading);
  return { name: heading.text.text || '#'.repeat(heading.level), kind: SymbolKind.String, range, selectionRange: range, children: [] };
}

function entrySymbol(syntax: JournalSyntax, entry: Entry): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: entryName(entry),
    kind: SymbolKind.Event,
    range: rangeOf(syntax.text, syntax.lineStarts, entry),
    selectionRange: rangeOf(syntax.text, syntax.lineStarts, { start: entry.start, end: entry.headerEnd }),
    children: [],
  };
  const detail = entryDetail(entry);
  if (detail) symbol.detail = detail;
  return symbol;
}

/** The end of the last non-blank text before `before`, but never before the heading's own end. */
export function sectionEnd(text: string, headingEnd: number, before: number): number {
  let end = Math.min(before, text.length);
  while (end > headingEnd && WHITESPACE.test(text.charAt(end - 1))) end--;
  return end;
}
