/**
 * Identifiers after `+`, `@` and `#`: a letter or digit of any script, then letters,
 * digits, combining marks, `-`, `_` and `.`, never ending in `.`.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTINUATION = /[\p{L}\p{N}\p{M}]/u;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Length in UTF-16 units of the code point at `index`, and whether it matches `pattern`. */
function codePointMatches(text: string, index: number, pattern: RegExp): number {
  const code = text.codePointAt(index);
  if (code === undefined) return 0;
  const width = code > 0xffff ? 2 : 1;
  return pattern.test(String.fromCodePoint(code)) ? width : 0;
}

/** Width of an identifier's first character at `index`, or 0 when none starts there. */
function startWidth(text: string, index: number, end: number): number {
  if (index >= end) return 0;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlphanumeric(code) ? 1 : 0;
  const width = codePointMatches(text, index, LETTER_OR_DIGIT);
  return index + width <= end ? width : 0;
}

function continuationWidth(text: string, index: number, end: number): number {
  if (index >= end) return 0;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 45 || code === 95 || code === 46 ? 1 : 0;
  const width = codePointMatches(text, index, CONTINUATION);
  return index + width <= end ? width : 0;
}

/** End offset of the identifier starting at `index` (before `end`), or `index` when there is none. */
export function scanIdentifier(text: string, index: number, end: number): number {
  const first = startWidth(text, index, end);
  if (first === 0) return index;
  let position = index + first;
  for (let width = continuationWidth(text, position, end); width > 0; width = continuationWidth(text, position, end)) {
    position += width;
  }
  while (text.charCodeAt(position - 1) === 46) position--;
  return position;
}

/** True when the whole of `name` is one identifier. */
export function isIdentifier(name: string): boolean {
  return name.length > 0 && scanIdentifier(name, 0, name.length) === name.length;
}

/** True when a character that may continue an identifier sits at `index`; used to find word edges. */
export function isIdentifierPart(text: string, index: number): boolean {
  return continuationWidth(text, index, text.length) > 0;
}
