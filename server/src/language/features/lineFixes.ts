import type { JournalSyntax } from '../syntax/ast';
import type { FileEdit } from '../util/textEdits';
import type { FixData, JournalDiagnostic } from '../validation/types';
import { fileEdit, isInside } from './fixEdits';
import { entryContaining } from '../syntax/spans';
import type { CodeFix, FixInput } from './fixes';
import { sortEntries } from './sortEntries';

type InsertData = Extract<FixData, { fix: 'insert' }>;
type DeleteData = Extract<FixData, { fix: 'delete' }>;

function insertTitle(diagnostic: JournalDiagnostic, text: string): string {
  if (diagnostic.rule === 'unindented-body') return 'Indent the line';
  if (text === '"') return 'Add the closing quote';
  return `Insert '${text}'`;
}

/** An insertion (a closing quote, indentation) adds characters and removes none: always safe. */
export function insertFixes(input: FixInput, diagnostic: JournalDiagnostic, data: InsertData): CodeFix[] {
  if (!isInside(input.text, data.offset, data.offset)) return [];
  const edit = { start: data.offset, end: data.offset, text: data.text };
  return [
    {
      title: insertTitle(diagnostic, data.text),
      rule: diagnostic.rule,
      edits: [fileEdit(input.uri, input.text, input.lineStarts, [edit])],
      preferred: true,
      safe: true,
    },
  ];
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

/**
 * Deleting a duplicate field line is offered only when its value is exactly the first
 * occurrence's, so no word is lost; then it is safe. A repeated field with a different value
 * gets no fix: choosing which value to keep is the writer's call, and any deletion would drop
 * their words. Any other deletion is not offered either.
 */
export function deleteFixes(input: FixInput, diagnostic: JournalDiagnostic, data: DeleteData): CodeFix[] {
  const syntax = input.syntax;
  if (diagnostic.rule !== 'duplicate-field' || !syntax || !isInside(input.text, data.start, data.end)) return [];
  const entry = entryContaining(syntax.entries, data.start) ?? entryContaining(syntax.entries, data.end);
  const field = entry?.fields.find((candidate) => data.start <= candidate.start && candidate.end <= data.end);
  const first = field && entry!.fields.find((candidate) => candidate.key.text === field.key.text);
  if (!field || !first || first === field || first.value.text !== field.value.text) return [];
  const text = input.text;
  if (!isBlankBetween(text, data.start, field.start) || !isBlankBetween(text, field.end, data.end)) return [];
  return [
    {
      title: `Remove the repeated '${field.key.text}:' line (same value as the first)`,
      rule: diagnostic.rule,
      edits: [fileEdit(input.uri, text, input.lineStarts, [{ start: data.start, end: data.end, text: '' }])],
      preferred: true,
      safe: true,
    },
  ];
}

/** The sort edits of a journal version: every out-of-order diagnostic offers the same fix. */
const sortCache = new WeakMap<JournalSyntax, { uri: string; edits: FileEdit }>();

function sortEdits(input: FixInput, syntax: JournalSyntax): FileEdit {
  const cached = sortCache.get(syntax);
  if (cached?.uri === input.uri) return cached.edits;
  const edits = fileEdit(input.uri, input.text, input.lineStarts, sortEntries(syntax));
  sortCache.set(syntax, { uri: input.uri, edits });
  return edits;
}

/** Sorting moves whole entries and keeps every byte: safe. No fix when nothing would move. */
export function sortFixes(input: FixInput, diagnostic: JournalDiagnostic): CodeFix[] {
  const syntax = input.syntax;
  if (!syntax || syntax.text !== input.text) return [];
  const edits = sortEdits(input, syntax);
  if (edits.edits.length === 0) return [];
  return [{ title: 'Sort entries by date and time', rule: diagnostic.rule, edits: [edits], preferred: true, safe: true }];
}
