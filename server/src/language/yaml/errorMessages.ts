import type { ErrorCode } from 'yaml';

/**
 * What each YAML error means for someone editing a small settings file, and how to fix it.
 * The library's own wording is kept only as a detail in parentheses where it names the exact
 * character or construct involved.
 */
const EXPLANATIONS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'This key is already used earlier in the same mapping. Remove one of the two or rename it.',
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation. Indent with spaces instead.',
  BAD_INDENT: 'The indentation here does not line up with the lines around it. Indent it like the other items of its block.',
  BLOCK_AS_IMPLICIT_KEY: 'A second `key:` appears on the same line as another one. Put each key on its own line, indented under its parent.',
  MULTILINE_IMPLICIT_KEY: 'A key runs over more than one line, usually because a `:` is missing. Add the colon after the key, or indent the line as part of the value above.',
  BAD_SCALAR_START: 'A plain value cannot start with this character. Put the value in quotes.',
  BAD_DQ_ESCAPE: 'This backslash escape is not valid inside double quotes. Double the backslash or use single quotes.',
  NON_STRING_KEY: 'Keys must be plain text, not lists or mappings. Write the key as a single word.',
  KEY_OVER_1024_CHARS: 'This key is too long for YAML (over 1024 characters). Shorten it.',
  BLOCK_IN_FLOW: 'An indented block cannot appear inside `[...]` or `{...}`. Write the inner value inline, or switch the outer value to indented style.',
  MULTIPLE_ANCHORS: 'A value may carry only one `&anchor`. Remove the extra one.',
  MULTIPLE_TAGS: 'A value may carry only one `!tag`. Remove the extra one.',
  ALIAS_PROPS: 'An `*alias` cannot carry an anchor or a tag. Remove them from the alias.',
  BAD_PROP_ORDER: 'An anchor or tag must come before its value, on the same line. Move it.',
  BAD_ALIAS: 'This anchor or alias name is not valid. Use a simple name after `&` or `*`.',
  BAD_DIRECTIVE: 'This `%` directive is not one YAML knows. Remove the line.',
  BAD_COLLECTION_TYPE: 'This tag does not fit the kind of value it is on. Remove the tag.',
};

const UNCLOSED_FLOW =
  "A '[' or '{' here is not closed, or a line inside it is not indented under its key. Close it with ']' or '}', or indent the lines it spans.";

/** Codes whose library message names the exact character or construct, worth keeping as a detail. */
const WITH_DETAIL: ReadonlySet<ErrorCode> = new Set(['MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'IMPOSSIBLE']);

const QUOTED_SOURCE = /:\s*".*$/;

/** A plain-English message for a YAML error reported by the `yaml` library. */
export function yamlErrorMessage(code: ErrorCode, libraryMessage: string): string {
  const detail = firstLine(libraryMessage);
  // The library reports an unclosed `[` or `{` as an indentation problem; say what usually happened.
  if (code === 'BAD_INDENT' && /^Flow (map|sequence)/.test(detail)) return `${UNCLOSED_FLOW} (${detail})`;
  const explanation = EXPLANATIONS[code];
  if (explanation === undefined) return `This is not valid YAML (${detail}). Correct the text at this position.`;
  return WITH_DETAIL.has(code) && detail !== '' ? `${explanation} (${detail})` : explanation;
}

/**
 * The library's first line, without a trailing period, capped so a message stays short. A
 * quoted copy of the offending source (`...: "text"`) is dropped: the range already shows it,
 * and it could carry the user's own words into a log.
 */
function firstLine(message: string): string {
  const line = (message.split('\n')[0] ?? '').replace(QUOTED_SOURCE, '').trim().replace(/\.$/, '');
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

export const TOO_DEEP_MESSAGE = (limit: number): string =>
  `The YAML nests lists and mappings more than ${limit} levels deep here, which is far more than this file needs. Flatten the structure.`;

export const MULTIPLE_DOCUMENTS_MESSAGE =
  'This starts a second YAML document, but the file holds only one. Remove this `---` line, or merge what follows into the document above.';

export const UNKNOWN_TAG_MESSAGE = (tag: string): string =>
  `The YAML tag '${tag}' is not supported here, so the value is read as plain text. Remove the tag.`;

export const UNRESOLVED_ALIAS_MESSAGE = (name: string): string =>
  `The alias '*${name}' names no '&${name}' anchor written before it. Define the anchor earlier or write the value out.`;

export const ALIAS_EXPANSION_MESSAGE =
  'The aliases in this file expand into far more data than it can hold (a nested alias "bomb"), so its values were not checked against the schema. Write the values out instead of nesting aliases.';

export const MERGE_KEY_MESSAGE =
  "YAML merge keys ('<<') are not supported here, so the values they would merge are ignored. Write the keys out in full.";

const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '"': '"', "'": "'" };

export const UNCLOSED_MESSAGE = (opener: string): string =>
  opener === '"' || opener === "'"
    ? `This ${opener} is never closed, so the text after it is read as one value. Add the closing ${opener} where the value ends.`
    : `This '${opener}' is never closed. Add '${CLOSERS[opener]}' where it ends, or indent the lines inside it under its key.`;

export const UNREADABLE_MESSAGE = 'This text could not be read as YAML. Check it for unusual characters or structure.';
