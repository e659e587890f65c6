/**
 * The front matter most journals have, read without the YAML library: a few `key: value`
 * lines (author, title, landscape, tags). Composing YAML and checking it with zod costs far
 * more than the parse of a 100-entry journal, so the common case is read here by hand, and
 * anything this reader is not sure of is left to the full YAML + zod path, which then
 * decides. When it answers, the answer is exactly what the full path gives for that text:
 * no problems and the same data (a property test holds the two together).
 */
import type { FrontMatter } from './frontMatter';
import type { Span } from './syntax/ast';
import { isIdentifier } from './syntax/identifiers';

type Key = 'author' | 'title' | 'landscape' | 'tags';

/** What one line or value read: the value and its span, or nothing when this reader declines. */
interface Scalar extends Span {
  value: string;
}

/** YAML 1.2 core-schema words that read as a boolean or null rather than as text. */
const RESERVED = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

const SPACE = 32;
const HASH = 35;
const COLON = 58;

/**
 * The front matter data of the YAML in `text` between `start` and `end`, or undefined when
 * it is not in the plain form this reader knows: then the caller must use the full path.
 */
export function readPlainFrontMatter(text: string, start: number, end: number): FrontMatter | undefined {
  const found: Partial<Record<Key, Scalar | Scalar[]>> = {};
  let position = start;
  while (position < end) {
    const line = lineAt(text, position, end);
    if (line === undefined) return undefined;
    position = line.next;
    if (isBlank(text, line.start, line.end) || text.charCodeAt(line.start) === HASH) {
      if (!isComment(text, line.start, line.end)) return undefined;
      continue;
    }
    const pair = readPair(text, line.start, line.end);
    if (!pair || found[pair.key] !== undefined) return undefined;
    if (pair.valueStart < pair.valueEnd) {
      const value = pair.key === 'tags' ? readFlowList(text, pair.valueStart, pair.valueEnd) : readScalar(text, pair.valueStart, pair.valueEnd);
      if (!value) return undefined;
      found[pair.key] = value;
    } else {
      if (pair.key !== 'tags') return undefined;
      const list = readBlockList(text, position, end);
      if (!list) return undefined;
      found.tags = list.items;
      position = list.next;
    }
  }
  return dataOf(found);
}

/** Checks each value against the front matter schema; undefined when any would fail it. */
function dataOf(found: Partial<Record<Key, Scalar | Scalar[]>>): FrontMatter | undefined {
  const { author, title, landscape, tags } = found;
  if (Array.isArray(author) || Array.isArray(title) || Array.isArray(landscape) || (tags !== undefined && !Array.isArray(tags))) return undefined;
  const data: FrontMatter = {};
  if (author) {
    if (!isIdentifier(author.value)) return undefined;
    data.author = author.value;
  }
  if (title) data.title = title.value;
  if (landscape) {
    if (landscape.value === '') return undefined;
    data.landscape = { path: landscape.value, span: { start: landscape.start, end: landscape.end } };
  }
  if (tags) {
    if (!tags.every((tag) => isIdentifier(tag.value))) return undefined;
    data.tags = tags.map((tag) => tag.value);
  }
  return data;
}

/** One line: its content (without the line break) and where the next begins; undefined for a lone CR. */
function lineAt(text: string, start: number, end: number): { start: number; end: number; next: number } | undefined {
  let newline = text.indexOf('\n', start);
  if (newline === -1 || newline >= end) newline = end;
  const contentEnd = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  return { start, end: contentEnd, next: Math.min(newline + 1, end) };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) !== SPACE) return false;
  return true;
}

/** A blank line, or a comment line at the margin, with nothing in it the YAML reader could object to. */
function isComment(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isSafe(text.charCodeAt(index))) return false;
  return true;
}

/** `key: value` at the margin, with one of the four keys; the value's bounds without trailing blanks or a comment. */
function readPair(text: string, start: number, end: number): { key: Key; valueStart: number; valueEnd: number } | undefined {
  const colon = text.indexOf(':', start);
  if (colon === -1 || colon >= end) return undefined;
  const key = text.slice(start, colon);
  if (key !== 'author' && key !== 'title' && key !== 'landscape' && key !== 'tags') return undefined;
  if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) return undefined;
  let valueStart = colon + 1;
  while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
  if (valueStart < end && text.charCodeAt(valueStart) === HASH) return isComment(text, valueStart, end) ? { key, valueStart, valueEnd: valueStart } : undefined;
  const valueEnd = endBeforeComment(text, valueStart, end);
  return valueEnd === undefined ? undefined : { key, valueStart, valueEnd };
}

/**
 * Where a value ends: before the blanks that precede a ` #` comment, or the end of the line
 * less trailing blanks. Undefined when the comment holds something unsafe.
 */
function endBeforeComment(text: string, start: number, end: number): number | undefined {
  let stop = end;
  for (let index = start + 1; index < end; index++) {
    if (text.charCodeAt(index) === HASH && text.charCodeAt(index - 1) === SPACE) {
      if (!isComment(text, index, end)) return undefined;
      stop = index;
      break;
    }
  }
  while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--;
  return stop;
}

/** A quoted value without escapes, or a plain value that YAML reads as text. */
function readScalar(text: string, start: number, end: number): Scalar | undefined {
  const first = text.charCodeAt(start);
  if (first === 34 || first === 39) {
    if (end - start < 2 || text.charCodeAt(end - 1) !== first) return undefined;
    for (let index = start + 1; index < end - 1; index++) {
      const code = text.charCodeAt(index);
      if (code === first || code === 92 || !isSafe(code)) return undefined;
    }
    return { value: text.slice(start + 1, end - 1), start, end };
  }
  return readPlain(text, start, end, false);
}

/**
 * A plain (unquoted) value that is text to YAML: it starts with a letter, or is a path
 * (`./`, `../`, `/`), holds no `:` or `#` and no character the YAML reader treats specially,
 * and is not a word YAML reads as a boolean or null. In a `[…]` list, `,[]{}` end it too.
 */
function readPlain(text: string, start: number, end: number, inFlow: boolean): Scalar | undefined {
  if (start >= end || !startsPlain(text, start, end, inFlow)) return undefined;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === HASH || code === COLON || !isSafe(code)) return undefined;
    if (inFlow && (code === SPACE || code === 44 || code === 91 || code === 93 || code === 123 || code === 125)) return undefined;
  }
  const value = text.slice(start, end);
  return RESERVED.has(value) ? undefined : { value, start, end };
}

function startsPlain(text: string, start: number, end: number, inFlow: boolean): boolean {
  const code = text.charCodeAt(start);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xa0 && isSafe(code))) return true;
  if (inFlow) return false;
  if (code === 47) return true;
  const second = start + 1 < end ? text.charCodeAt(start + 1) : -1;
  return code === 46 && (second === 47 || second === 46);
}

/** `[a, b]`: plain identifiers between commas, optionally followed by blanks. */
function readFlowList(text: string, start: number, end: number): Scalar[] | undefined {
  if (text.charCodeAt(start) !== 91 || text.charCodeAt(end - 1) !== 93) return undefined;
  const inner = { start: start + 1, end: end - 1 };
  if (isBlank(text, inner.start, inner.end)) return [];
  const items: Scalar[] = [];
  for (let itemStart = inner.start; itemStart <= inner.end; ) {
    let comma = text.indexOf(',', itemStart);
    if (comma === -1 || comma > inner.end) comma = inner.end;
    let from = itemStart;
    let to = comma;
    while (from < to && text.charCodeAt(from) === SPACE) from++;
    while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
    const item = readPlain(text, from, to, true);
    if (!item) return undefined;
    items.push(item);
    itemStart = comma + 1;
  }
  return items;
}

/** `- item` lines under `tags:`, all indented alike; at least one. */
function readBlockList(text: string, start: number, end: number): { items: Scalar[]; next: number } | undefined {
  const items: Scalar[] = [];
  let indent = -1;
  let position = start;
  while (position < end) {
    const line = lineAt(text, position, end);
    if (line === undefined) return undefined;
    let dash = line.start;
    while (dash < line.end && text.charCodeAt(dash) === SPACE) dash++;
    if (text.charCodeAt(dash) !== 45 || dash >= line.end) break;
    if (indent !== -1 && dash - line.start !== indent) return undefined;
    indent = dash - line.start;
    if (text.charCodeAt(dash + 1) !== SPACE) return undefined;
    let itemStart = dash + 1;
    while (itemStart < line.end && text.charCodeAt(itemStart) === SPACE) itemStart++;
    const itemEnd = endBeforeComment(text, itemStart, line.end);
    const item = itemEnd === undefined ? undefined : readPlain(text, itemStart, itemEnd, true);
    if (!item) return undefined;
    items.push(item);
    position = line.next;
  }
  return items.length > 0 ? { items, next: position } : undefined;
}

/**
 * A character any YAML reader takes as it is inside a value or comment: printable ASCII, or
 * a BMP character outside the controls, surrogates, line and paragraph separators and the BOM.
 * Anything else (tabs, control characters, astral characters) sends the text to the full path.
 */
function isSafe(code: number): boolean {
  if (code < 0x80) return code >= 0x20 && code <= 0x7e;
  return code >= 0xa0 && code <= 0xfffd && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff;
}
