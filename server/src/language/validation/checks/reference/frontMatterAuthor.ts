import type { Landscape } from '../../../landscape/types';
import type { JournalSyntax, Span } from '../../../syntax/ast';
import type { JournalCheck, Problem } from '../../types';
import { isChecked, standingOf } from './landscapeLookup';
import { caseProblem, unknownProblem } from './referenceProblems';

/** Where the front matter writes `author`: its value, or only its key when the value is elsewhere. */
interface AuthorPlace {
  span: Span;
  /** True when `span` is exactly the value, so a fix may replace it. */
  isValue: boolean;
}

function lineContentEnd(text: string, start: number, limit: number): number {
  const newline = text.indexOf('\n', start);
  let end = newline === -1 || newline > limit ? limit : newline;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function valueSpan(text: string, from: number, end: number, author: string): Span | undefined {
  let index = from;
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  const quote = text.charCodeAt(index);
  if (quote === 34 || quote === 39) index++;
  const valueEnd = index + author.length;
  return valueEnd <= end && text.startsWith(author, index) ? { start: index, end: valueEnd } : undefined;
}

/**
 * Finds the `author:` line (at column 0) of the front matter. The front matter loader keeps
 * only the value, so the line is found again here; this runs once per journal.
 */
export function locateAuthor(syntax: JournalSyntax, author: string): AuthorPlace | undefined {
  const block = syntax.frontMatter;
  if (!block) return undefined;
  const { text } = syntax;
  const limit = Math.min(block.content.end, text.length);
  let start = block.content.start;
  while (start < limit) {
    const end = lineContentEnd(text, start, limit);
    if (text.startsWith('author', start)) {
      let colon = start + 6;
      while (colon < end && (text.charCodeAt(colon) === 32 || text.charCodeAt(colon) === 9)) colon++;
      if (text.charCodeAt(colon) === 58) {
        const value = valueSpan(text, colon + 1, end, author);
        return value ? { span: value, isValue: true } : { span: { start, end: start + 6 }, isValue: false };
      }
    }
    const newline = text.indexOf('\n', start);
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

type AuthorRule = 'unknown-person' | 'case-mismatch';

/** The author problem for one rule, or undefined when the author is fine for that rule. */
function authorProblem(rule: AuthorRule, syntax: JournalSyntax, author: string, landscape: Landscape): Problem | undefined {
  if (!isChecked(landscape, 'people')) return undefined;
  const standing = standingOf(landscape, 'people', author);
  if (standing.status === 'declared') return undefined;
  if ((rule === 'case-mismatch') !== (standing.status === 'case')) return undefined;
  const place = locateAuthor(syntax, author);
  if (!place) return undefined;
  const reference = { ...place.span, name: author, prefix: '', section: 'people' as const, kind: undefined };
  const problem = standing.status === 'case' ? caseProblem(landscape, reference, standing.spellings) : unknownProblem(rule, landscape, reference);
  // A fix replaces the span, so it is only offered when the span is the value itself.
  if (!place.isValue) delete problem.data;
  return problem;
}

function authorCheck(rule: AuthorRule): JournalCheck {
  return {
    rule,
    // The front matter is read before any entry, so the check is done as soon as it begins.
    begin(context) {
      const author = context.frontMatter.author;
      if (!context.landscape || author === undefined) return {};
      const problem = authorProblem(rule, context.syntax, author, context.landscape);
      if (problem) context.report(problem);
      return {};
    },
  };
}

/** The front matter's `author` is a person id, checked like an `@person`. */
export const unknownAuthor = authorCheck('unknown-person');
export const authorCaseMismatch = authorCheck('case-mismatch');
