import type { Entry, Field, JournalSyntax, Span } from '../syntax/ast';
import { parseVia } from '../syntax/fields';
import { lineOfOffset, offsetAt, type Range } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { lastStartingAtOrBefore } from './locate';
import type { SemanticTokens, SemanticTokensLegend } from './shapes';

/** Token types, by the index the encoded data uses. Standard LSP names, so every theme colours them. */
export const TOKEN_TYPES = ['number', 'keyword', 'namespace', 'variable', 'type', 'struct', 'property', 'enumMember', 'string', 'comment', 'operator'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** The legend a server announces; no modifiers are used. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const TYPE: Readonly<Record<TokenType, number>> = Object.fromEntries(TOKEN_TYPES.map((type, index) => [type, index])) as Record<TokenType, number>;
const SIGIL_TYPE = { '+': TYPE.namespace, '@': TYPE.variable, '#': TYPE.type } as const;
const ENUM_FIELDS: ReadonlySet<string> = new Set(['energy', 'as', 'interaction', 'from']);

/**
 * Encodes tokens in document order as LSP's relative integers. Comments are merged in as the
 * entry tokens pass them, since an indented comment can sit anywhere in an entry's body.
 */
class Encoder {
  readonly data: number[] = [];
  private line = 0;
  private previousLine = 0;
  private previousCharacter = 0;
  private lastEnd = 0;
  private nextComment: number;

  constructor(private readonly syntax: JournalSyntax, from: number) {
    this.nextComment = Math.max(0, lastStartingAtOrBefore(syntax.comments, from));
    while (this.nextComment < syntax.comments.length && syntax.comments[this.nextComment]!.start < from) this.nextComment++;
  }

  add(span: Span, type: number): void {
    this.flushComments(span.start);
    this.emit(span, type);
  }

  flushComments(before: number): void {
    const { comments } = this.syntax;
    while (this.nextComment < comments.length && comments[this.nextComment]!.start < before) this.emit(comments[this.nextComment++]!, TYPE.comment);
  }

  private emit(span: Span, type: number): void {
    if (span.end <= span.start || span.start < this.lastEnd) return;
    const { lineStarts } = this.syntax;
    if (this.line + 1 < lineStarts.length && lineStarts[this.line + 1]! <= span.start) this.line = lineOfOffset(lineStarts, span.start);
    const character = span.start - lineStarts[this.line]!;
    const deltaLine = this.line - this.previousLine;
    this.data.push(deltaLine, deltaLine === 0 ? character - this.previousCharacter : character, span.end - span.start, type, 0);
    this.previousLine = this.line;
    this.previousCharacter = character;
    this.lastEnd = span.end;
  }
}

/**
 * Semantic tokens of the whole journal, or of the entries touching `range`: dates and times,
 * kinds, references by sigil, `->`, field keys, enumerated values, boundary objects, titles and
 * comments.
 */
export function semanticTokens(syntax: JournalSyntax, range: Range | undefined, token: CancellationToken): SemanticTokens {
  const from = range ? offsetAt(syntax.text, syntax.lineStarts, range.start) : 0;
  const to = range ? offsetAt(syntax.text, syntax.lineStarts, range.end) : syntax.text.length;
  const encoder = new Encoder(syntax, from);
  const first = Math.max(0, lastStartingAtOrBefore(syntax.entries, from));
  for (let index = first; index < syntax.entries.length; index++) {
    if (index % 1024 === 0) throwIfCancelled(token);
    const entry = syntax.entries[index]!;
    if (entry.start > to) break;
    if (entry.end < from) continue;
    entryTokens(syntax, entry, encoder);
  }
  encoder.flushComments(to + 1);
  return { data: encoder.data };
}

function entryTokens(syntax: JournalSyntax, entry: Entry, encoder: Encoder): void {
  encoder.add(entry.date, TYPE.number);
  if (entry.time) encoder.add(entry.time, TYPE.number);
  if (entry.kindValue) encoder.add(entry.kind, TYPE.keyword);
  for (const argument of entry.args) {
    if (argument.reference) encoder.add(argument, SIGIL_TYPE[argument.reference.sigil]);
    else if (argument.type === 'arrow') encoder.add(argument, TYPE.operator);
    else if (entry.kindValue === 'trajectory') encoder.add(argument, TYPE.enumMember);
  }
  if (entry.title) encoder.add(entry.title, TYPE.string);
  let referenceIndex = 0;
  const references = entry.references;
  while (referenceIndex < references.length && references[referenceIndex]!.place === 'header') referenceIndex++;
  for (const field of entry.fields) {
    encoder.add(field.key, TYPE.property);
    referenceIndex = fieldValueTokens(syntax, entry, field, encoder, referenceIndex);
  }
  for (; referenceIndex < references.length; referenceIndex++) {
    const reference = references[referenceIndex]!;
    encoder.add(reference, SIGIL_TYPE[reference.sigil]);
  }
}

/** Tokens inside a field's value; returns the index of the first reference after the field. */
function fieldValueTokens(syntax: JournalSyntax, entry: Entry, field: Field, encoder: Encoder, referenceIndex: number): number {
  const references = entry.references;
  let index = referenceIndex;
  for (; index < references.length && references[index]!.start < field.lineEnd; index++) {
    const reference = references[index]!;
    encoder.add(reference, SIGIL_TYPE[reference.sigil]);
  }
  const key = field.key.text;
  if (ENUM_FIELDS.has(key)) encoder.add(field.value, TYPE.enumMember);
  else if (key === 'via') {
    const via = parseVia(syntax.text, field);
    if (via) {
      encoder.add(via.kind, TYPE.enumMember);
      if (via.name) encoder.add(via.name, TYPE.string);
      else if (via.id) encoder.add(via.id, TYPE.struct);
    }
  }
  return index;
}
