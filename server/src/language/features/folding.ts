import type { JournalSyntax, Span } from '../syntax/ast';
import { lineOfOffset } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { sectionEnd } from './documentSymbols';
import { FoldingRangeKind, type FoldingRange } from './shapes';

/**
 * Folding ranges: the front matter, each heading's section (up to the next heading of the same
 * or a higher level), each entry with a body, and runs of two or more comment lines.
 */
export function foldingRanges(syntax: JournalSyntax, token: CancellationToken): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number): number => lineOfOffset(syntax.lineStarts, offset);
  const push = (span: Span, kind?: FoldingRange['kind']): void => {
    const startLine = lineOf(span.start);
    const endLine = lineOf(span.end);
    if (endLine > startLine) ranges.push(kind === undefined ? { startLine, endLine } : { startLine, endLine, kind });
  };
  if (syntax.frontMatter) push(syntax.frontMatter);
  headingSections(syntax, push);
  for (let index = 0; index < syntax.entries.length; index++) {
    if (index % 1024 === 0) throwIfCancelled(token);
    push(syntax.entries[index]!);
  }
  commentRuns(syntax, lineOf, push);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function headingSections(syntax: JournalSyntax, push: (span: Span) => void): void {
  const { headings, text } = syntax;
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]!;
    let next = index + 1;
    while (next < headings.length && headings[next]!.level > heading.level) next++;
    const before = next < headings.length ? headings[next]!.start : text.length;
    push({ start: heading.start, end: sectionEnd(text, heading.end, before) });
  }
}

/** Consecutive comment lines fold together. */
function commentRuns(syntax: JournalSyntax, lineOf: (offset: number) => number, push: (span: Span, kind?: FoldingRange['kind']) => void): void {
  const { comments } = syntax;
  let first = 0;
  for (let index = 1; index <= comments.length; index++) {
    const adjacent = index < comments.length && lineOf(comments[index]!.start) === lineOf(comments[index - 1]!.start) + 1;
    if (adjacent) continue;
    if (index - 1 > first) push({ start: comments[first]!.start, end: comments[index - 1]!.end }, FoldingRangeKind.Comment);
    first = index;
  }
}
