import type { Landscape } from '../landscape/types';
import type { ModelOverview } from '../model/types';
import type { Entry, Field, JournalSyntax, Sigil, Span } from '../syntax/ast';
import { ENTRY_KINDS, TRAJECTORY_KINDS } from '../syntax/ast';
import { FIELD_KEYS, FIELD_SPECS, VIA_KINDS, parseVia } from '../syntax/fields';
import { rangeOf, type Position } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { KIND_GLOSSARY, FIELD_GLOSSARY, TRAJECTORY_GLOSSARY, valueGlossary } from './glossary';
import { SUGGEST_AGAIN, idItems, keywordItem, objectItems, type IdSources } from './completionItems';
import { cursorAt, entryAt, fieldAt, headerEntryAt, identifierAround, isBlank, touches, type Cursor } from './locate';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from './shapes';

export interface CompletionContext {
  landscape?: Landscape;
  model?: ModelOverview;
  /** Today as `YYYY-MM-DD`, for the new-entry snippet. */
  today: string;
}

/** A date being typed, which the new-entry snippet may replace. */
const DATE_PREFIX = /^[0-9-]*$/;
/** A field key being typed. */
const KEY_PREFIX = /^[a-z]*$/;

/** Everything one request works with. */
interface Request {
  syntax: JournalSyntax;
  cursor: Cursor;
  context: CompletionContext;
  sources: IdSources;
}

/**
 * Completions at a position: a new entry dated today on an empty line, entry kinds after a
 * date, ids after a sigil, trajectory kinds, field keys for the entry's kind and field values.
 * Every item replaces the word under the cursor, so completing in the middle of a word works.
 */
export function completion(syntax: JournalSyntax, position: Position, context: CompletionContext, token: CancellationToken): CompletionList {
  throwIfCancelled(token);
  const cursor = cursorAt(syntax, position);
  if (syntax.frontMatter && cursor.offset <= syntax.frontMatter.end) return list([]);
  const sources: IdSources = { landscape: context.landscape, model: context.model, syntax, offset: cursor.offset };
  const request: Request = { syntax, cursor, context, sources };
  if (cursor.lineStart === cursor.lineEnd) return list([todaySnippet(request, { start: cursor.offset, end: cursor.offset })]);
  const header = cursor.firstNonBlank === cursor.lineStart ? headerEntryAt(syntax, cursor.lineStart) : undefined;
  if (header) return list(headerItems(request, header));
  const entry = entryAt(syntax, cursor.offset);
  if (!entry || cursor.offset < cursor.firstNonBlank) return list([]);
  return list(bodyItems(request, entry));
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

function range(request: Request, span: Span): CompletionItem['textEdit']['range'] {
  return rangeOf(request.syntax.text, request.syntax.lineStarts, span);
}

function todaySnippet(request: Request, span: Span): CompletionItem {
  const today = request.context.today;
  return {
    label: today,
    kind: CompletionItemKind.Snippet,
    detail: 'New entry dated today',
    filterText: today,
    sortText: '0',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: range(request, span), newText: `${today} \${1|${ENTRY_KINDS.join(',')}|} +$2` },
  };
}

function headerItems(request: Request, entry: Entry): CompletionItem[] {
  const { offset } = request.cursor;
  if (entry.title && offset > entry.title.start) return [];
  if (touches(entry.date, offset)) {
    const onlyDate = !entry.time && entry.kind.start === entry.kind.end && entry.args.length === 0 && !entry.title;
    return onlyDate && DATE_PREFIX.test(entry.date.text) ? [todaySnippet(request, entry.date)] : [];
  }
  if (entry.time && touches(entry.time, offset)) return [];
  const emptyKind = entry.kind.start === entry.kind.end;
  if (touches(entry.kind, offset) || (emptyKind && offset < entry.kind.start)) {
    const span = emptyKind ? { start: offset, end: offset } : entry.kind;
    return ENTRY_KINDS.map((kind) => keywordItem(kind, CompletionItemKind.Keyword, range(request, span), KIND_GLOSSARY[kind]));
  }
  const sigil = sigilWord(request);
  if (sigil) return sigilItems(request, sigil);
  if (entry.kindValue === undefined) return [];
  const word = identifierAround(request.syntax.text, offset, entry.kind.end, entry.headerEnd);
  const afterCommunity = entry.args.some((argument) => argument.reference?.sigil === '+' && argument.end < word.start);
  if (entry.kindValue === 'trajectory' && afterCommunity) {
    return TRAJECTORY_KINDS.map((kind) => keywordItem(kind, CompletionItemKind.EnumMember, range(request, word), TRAJECTORY_GLOSSARY[kind]));
  }
  // Every kind names a community among its arguments: offer them, sigil included, on a blank.
  return word.start === word.end ? idItems('+', request.sources, range(request, word), '') : [];
}

function bodyItems(request: Request, entry: Entry): CompletionItem[] {
  const sigil = sigilWord(request);
  if (sigil) return sigilItems(request, sigil);
  const { cursor } = request;
  if (cursor.firstNonBlank === cursor.lineStart) return [];
  const field = fieldAt(request.syntax, entry, cursor.offset);
  if (field) return cursor.offset <= field.key.end ? keyItems(request, entry, field.key, '') : valueItems(request, entry, field);
  const inFieldBlock = entry.reflection === undefined || entry.reflection.start >= cursor.firstNonBlank;
  const word = identifierAround(request.syntax.text, cursor.offset, cursor.firstNonBlank, cursor.lineEnd);
  const wholeLine = word.start === cursor.firstNonBlank && word.end === cursor.lineEnd;
  if (!inFieldBlock || !wholeLine || !KEY_PREFIX.test(request.syntax.text.slice(word.start, word.end))) return [];
  return keyItems(request, entry, word, ': ');
}

/** Field keys valid on the entry's kind and not yet used in it. */
function keyItems(request: Request, entry: Entry, span: Span, suffix: string): CompletionItem[] {
  const used = new Set(entry.fields.filter((field) => field.key.start !== span.start).map((field) => field.key.text));
  const items: CompletionItem[] = [];
  for (const key of FIELD_KEYS) {
    const on = FIELD_SPECS[key].on;
    if (used.has(key) || (on !== undefined && (entry.kindValue === undefined || !on.includes(entry.kindValue)))) continue;
    const item = keywordItem(key, CompletionItemKind.Property, range(request, span), FIELD_GLOSSARY[key], key + suffix);
    if (suffix) item.command = SUGGEST_AGAIN;
    items.push(item);
  }
  return items;
}

function valueItems(request: Request, entry: Entry, field: Field): CompletionItem[] {
  const { text } = request.syntax;
  const { offset, lineEnd } = request.cursor;
  const colon = field.key.end;
  if (offset <= colon) return [];
  const space = offset === colon + 1 && !isBlank(text.charCodeAt(offset)) ? ' ' : '';
  const word = identifierAround(text, offset, colon + 1, lineEnd);
  const key = field.key.text;
  if (key === 'via') return viaItems(request, entry, field, word, space);
  if (key === 'with' || key === 'tags') {
    if (word.start !== word.end) return [];
    const items = idItems(key === 'with' ? '@' : '#', request.sources, range(request, word), '');
    for (const item of items) item.textEdit.newText = space + item.textEdit.newText;
    return items;
  }
  const values = key === 'from' || key === 'energy' || key === 'as' || key === 'interaction' ? FIELD_SPECS[key].values ?? [] : [];
  return values.map((value) => keywordItem(value, CompletionItemKind.EnumMember, range(request, word), valueGlossary(key, value), space + value));
}

function viaItems(request: Request, entry: Entry, field: Field, word: Span, space: string): CompletionItem[] {
  if (entry.kindValue !== 'crossing') return [];
  const { text } = request.syntax;
  const via = parseVia(text, field);
  if (!via || touches(via.kind, request.cursor.offset)) {
    return VIA_KINDS.map((kind) => keywordItem(kind, CompletionItemKind.EnumMember, range(request, word), valueGlossary('via', kind), space + kind));
  }
  if (via.name && request.cursor.offset > via.name.start) return [];
  return objectItems(request.sources, via.kind.text, range(request, word), text.slice(word.start, word.end));
}

/** The `+name`, `@name` or `#name` being typed at the cursor, if a sigil starts a reference there. */
function sigilWord(request: Request): { sigil: Sigil; span: Span; name: string } | undefined {
  const { text } = request.syntax;
  const { offset, lineStart, lineEnd } = request.cursor;
  const word = identifierAround(text, offset, lineStart, lineEnd);
  const at = word.start - 1;
  if (at < lineStart) return undefined;
  const code = text.charCodeAt(at);
  if (code !== 43 && code !== 64 && code !== 35) return undefined;
  if (at > lineStart && !opensReference(text.charCodeAt(at - 1))) return undefined;
  return { sigil: text[at] as Sigil, span: { start: at, end: word.end }, name: text.slice(word.start, word.end) };
}

/** The characters after which a sigil starts a reference (as the parser reads prose). */
function opensReference(code: number): boolean {
  return isBlank(code) || code === 40 || code === 91 || code === 123 || code === 34 || code === 39 || code === 44 || code === 0x201c || code === 0x2018;
}

function sigilItems(request: Request, sigil: { sigil: Sigil; span: Span; name: string }): CompletionItem[] {
  return idItems(sigil.sigil, request.sources, range(request, sigil.span), sigil.name);
}
