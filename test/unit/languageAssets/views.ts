import type { JournalSyntax, Span } from '../../../server/src/language/syntax/ast';
import { parseSuppression } from '../../../server/src/language/syntax/suppression';
import { lineContentEnd, lineOfOffset } from '../../../server/src/language/syntax/text';
import type { ScopedToken } from './textmate';

/**
 * What the grammar and the parser both say about a journal, as comparable sorted lists of
 * `category start-end` strings: if the two agree, the editor colours what the tools read.
 */
export type View = Record<string, string[]>;

const CATEGORIES = ['reference', 'key', 'kind', 'date', 'time', 'title', 'comment', 'rule', 'header', 'heading', 'frontMatter', 'prose'] as const;
type Category = (typeof CATEGORIES)[number];

function emptyView(): Record<Category, string[]> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, []])) as unknown as Record<Category, string[]>;
}

function sorted(view: Record<Category, string[]>): View {
  for (const list of Object.values(view)) list.sort();
  return view;
}

const SIGIL_OF: Readonly<Record<string, string>> = { community: '+', person: '@', tag: '#' };
const REFERENCE_SCOPES: Readonly<Record<string, string>> = {
  community: 'entity.name.namespace.community.practice',
  person: 'variable.other.readwrite.person.practice',
  tag: 'entity.name.type.tag.practice',
};

function scopeMatching(token: ScopedToken, pattern: RegExp): RegExpExecArray | undefined {
  for (const scope of token.scopes) {
    const match = pattern.exec(scope);
    if (match) return match;
  }
  return undefined;
}

/** Runs of adjacent tokens that carry `scope`, as spans. */
function runs(tokens: readonly ScopedToken[], scope: string): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (!token.scopes.includes(scope)) continue;
    const last = spans[spans.length - 1];
    if (last && last.end === token.start) last.end = token.end;
    else spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

function grammarReferences(tokens: readonly ScopedToken[], into: string[]): void {
  let open: { sigil: string; scope: string; start: number; end: number } | undefined;
  const close = (): void => {
    if (open) into.push(`${open.sigil} ${open.start}-${open.end}`);
    open = undefined;
  };
  for (const token of tokens) {
    const sigil = scopeMatching(token, /^punctuation\.definition\.reference\.(community|person|tag)\.practice$/);
    if (sigil) {
      close();
      open = { sigil: SIGIL_OF[sigil[1]!]!, scope: REFERENCE_SCOPES[sigil[1]!]!, start: token.start, end: token.end };
    } else if (open && open.end === token.start && token.scopes.includes(open.scope)) open.end = token.end;
    else close();
  }
  close();
}

/** The first token of each line that starts at the line's first non-blank character. */
function firstContentTokens(text: string, tokens: readonly ScopedToken[]): Map<number, ScopedToken> {
  const first = new Map<number, ScopedToken>();
  for (const token of tokens) {
    if (first.has(token.line)) continue;
    const content = /[^ \t]/.exec(text.slice(token.start, token.end));
    if (content) first.set(token.line, { ...token, start: token.start + content.index });
  }
  return first;
}

/** What the grammar's scopes say. */
export function grammarView(text: string, tokens: readonly ScopedToken[]): View {
  const view = emptyView();
  grammarReferences(tokens, view.reference);
  for (const scope of ['support.type.property-name.practice', 'variable.other.property.practice']) {
    view.key.push(...runs(tokens, scope).map((span) => `${span.start}-${span.end}`));
  }
  for (const token of tokens) {
    const kind = scopeMatching(token, /^keyword\.control\.kind\.(\w+)\.practice$/);
    if (kind) view.kind.push(`${kind[1]} ${token.start}-${token.end}`);
  }
  view.date.push(...runs(tokens, 'constant.numeric.date.practice').map((span) => `${span.start}-${span.end}`));
  view.time.push(...runs(tokens, 'constant.numeric.time.practice').map((span) => `${span.start}-${span.end}`));
  view.title.push(...runs(tokens, 'string.quoted.double.title.practice').map((span) => `${span.start}-${span.end}`));
  const commentStarts = runs(tokens, 'punctuation.definition.comment.practice');
  for (const span of runs(tokens, 'comment.line.semicolon.practice')) {
    const start = commentStarts.find((mark) => mark.start >= span.start && mark.start < span.end)?.start ?? span.start;
    view.comment.push(`${start}-${span.end}`);
  }
  view.rule.push(...runs(tokens, 'constant.other.rule-id.practice').map((span) => `${span.start}-${span.end}`));
  const lines = (scope: string): string[] => [...new Set(tokens.filter((token) => token.scopes.includes(scope)).map((token) => String(token.line)))];
  view.header.push(...lines('meta.header.practice'));
  view.heading.push(...lines('markup.heading.practice'));
  for (const [line, token] of firstContentTokens(text, tokens)) {
    if (token.scopes.includes('meta.frontmatter.practice')) view.frontMatter.push(String(line));
    if (token.scopes.includes('meta.reflection.practice') && !token.scopes.includes('comment.line.semicolon.practice')) view.prose.push(String(line));
  }
  return sorted(view);
}

function nonBlankLines(syntax: JournalSyntax, from: number, to: number, skipComments: boolean): string[] {
  const { text, lineStarts } = syntax;
  const lines: string[] = [];
  for (let line = lineOfOffset(lineStarts, from); line <= lineOfOffset(lineStarts, to); line++) {
    const start = lineStarts[line]!;
    const content = text.slice(start, lineContentEnd(text, start, lineStarts[line + 1] ?? text.length)).replace(/^[ \t]+/, '');
    if (content !== '' && !(skipComments && content.startsWith(';'))) lines.push(String(line));
  }
  return lines;
}

/** What the parser reads. */
export function parserView(syntax: JournalSyntax): View {
  const view = emptyView();
  const { text, lineStarts } = syntax;
  for (const entry of syntax.entries) {
    view.reference.push(...entry.references.map((reference) => `${reference.sigil} ${reference.start}-${reference.end}`));
    view.key.push(...entry.fields.map((field) => `${field.key.start}-${field.key.end}`));
    if (entry.kindValue) view.kind.push(`${entry.kindValue} ${entry.kind.start}-${entry.kind.end}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(entry.date.text)) view.date.push(`${entry.date.start}-${entry.date.end}`);
    if (entry.time && /^\d{2}:\d{2}$/.test(entry.time.text)) view.time.push(`${entry.time.start}-${entry.time.end}`);
    if (entry.title) view.title.push(`${entry.title.start}-${entry.title.end}`);
    view.header.push(String(entry.line));
    if (entry.reflection) view.prose.push(...nonBlankLines(syntax, entry.reflection.start, entry.reflection.end, true));
  }
  for (const comment of syntax.comments) {
    view.comment.push(`${comment.start}-${comment.end}`);
    const suppression = parseSuppression(text, comment.start, comment.end);
    if (suppression) view.rule.push(...suppression.rules.map((rule) => `${rule.start}-${rule.end}`));
  }
  view.heading.push(...syntax.headings.map((heading) => String(lineOfOffset(lineStarts, heading.start))));
  const block = syntax.frontMatter;
  // An unclosed block with nothing in it ends at the start of the next line; that line is not in it.
  if (block) view.frontMatter.push(...nonBlankLines(syntax, block.start, Math.max(block.start, block.end - 1), false));
  return sorted(view);
}

/**
 * True when the grammar cannot follow the parser: front matter without a closing fence that
 * the parser ends at a heading, which needs a look ahead over many lines that TextMate lacks.
 */
export function frontMatterEndsAtHeading(syntax: JournalSyntax): boolean {
  const block = syntax.frontMatter;
  if (!block || block.closed || block.content.end >= syntax.text.length) return false;
  const next = syntax.text.charCodeAt(block.content.end);
  return next < 48 || next > 57;
}
