import { isMap, isScalar, parse, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { OffsetEdit } from '../util/textEdits';
import type { LandscapeAddition } from '../validation/types';
import { declarationMatches } from './landscapeVerify';

/** How the landscape writes things: its line break and one level of indentation. */
interface Style {
  eol: string;
  indent: string;
}

type AnyPair = Pair<unknown, unknown>;

function styleOf(text: string, root: YAMLMap): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (const pair of root.items) {
    const value = pair.value;
    if (!isMap(value) || value.flow) continue;
    const parentStart = startOf(pair.key);
    const childStart = startOf(value.items[0]?.key);
    if (parentStart === undefined || childStart === undefined) continue;
    const indent = columnOf(text, childStart) - columnOf(text, parentStart);
    if (indent > 0) return { eol, indent: ' '.repeat(indent) };
  }
  return { eol, indent: '  ' };
}

/** Where a node starts in the text; undefined for a missing key (`: value`). */
function startOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The id as a YAML key: plain when YAML reads it back as the same string, else double-quoted. */
export function yamlKey(id: string): string {
  try {
    if (parse(id, { logLevel: 'error' }) === id) return id;
  } catch {
    // Not readable as a plain scalar: quote it.
  }
  return JSON.stringify(id);
}

function declarationValue(addition: LandscapeAddition): string {
  return addition.kind ? `{ kind: ${addition.kind} }` : '{}';
}

/** An insertion of whole lines after the line holding `offset` (or at its start when it is one). */
function insertLinesAfter(text: string, offset: number, lines: string, style: Style): OffsetEdit {
  if (offset > 0 && text.charCodeAt(offset - 1) === 10) return { start: offset, end: offset, text: lines + style.eol };
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return { start: text.length, end: text.length, text: style.eol + lines };
  return { start: newline + 1, end: newline + 1, text: lines + style.eol };
}

function endOfPair(pair: AnyPair): number {
  const keyEnd = (pair.key as Node | null)?.range?.[1] ?? 0;
  const valueEnd = (pair.value as Node | null)?.range?.[1] ?? 0;
  return Math.max(keyEnd, valueEnd);
}

/** Adds `entry` (`key: value`) inside a flow mapping, after its last item. */
function intoFlowMap(text: string, map: YAMLMap, entry: string): OffsetEdit | undefined {
  const range = map.range;
  if (!range) return undefined;
  const last = map.items[map.items.length - 1];
  if (!last) {
    const open = text.indexOf('{', range[0]);
    return open === -1 || open >= range[1] ? undefined : { start: open + 1, end: open + 1, text: entry };
  }
  const end = endOfPair(last);
  let next = end;
  while (next < range[1] && /\s/.test(text.charAt(next))) next++;
  if (text.charCodeAt(next) === 44) return { start: next + 1, end: next + 1, text: ` ${entry}` };
  return { start: end, end, text: `, ${entry}` };
}

/** Adds a line at the indentation of the block mapping's items, after its last item. */
function intoBlockMap(text: string, map: YAMLMap, entry: string, style: Style): OffsetEdit | undefined {
  const keyStart = startOf(map.items[0]?.key);
  const last = map.items[map.items.length - 1];
  if (keyStart === undefined || !last) return undefined;
  const indent = text.slice(lineStartOf(text, keyStart), keyStart);
  return insertLinesAfter(text, endOfPair(last), indent + entry, style);
}

/** Where the section is missing: a new section, in a block root at the end of the file. */
function newSection(text: string, root: YAMLMap | null, addition: LandscapeAddition, entry: string, style: Style): OffsetEdit | undefined {
  if (root?.flow) return intoFlowMap(text, root, `${addition.section}: { ${entry} }`);
  const firstKey = startOf(root?.items[0]?.key);
  const rootIndent = firstKey === undefined ? '' : text.slice(lineStartOf(text, firstKey), firstKey);
  const lines = `${rootIndent}${addition.section}:${style.eol}${rootIndent}${style.indent}${entry}`;
  if (text.length === 0) return { start: 0, end: 0, text: lines + style.eol };
  return insertLinesAfter(text, text.length, lines, style);
}

function sectionEdit(text: string, document: Document, addition: LandscapeAddition): OffsetEdit | undefined {
  const root = document.contents;
  if (root !== null && !isMap(root)) return undefined;
  const style = root ? styleOf(text, root) : { eol: text.includes('\r\n') ? '\r\n' : '\n', indent: '  ' };
  const entry = `${yamlKey(addition.id)}: ${declarationValue(addition)}`;
  const pair = root?.items.find((item) => isScalar(item.key) && item.key.value === addition.section);
  if (!pair) return newSection(text, root, addition, entry, style);
  const value = pair.value;
  if (isMap(value)) return value.flow ? intoFlowMap(text, value, entry) : intoBlockMap(text, value, entry, style);
  const keyRange = (pair.key as Node).range;
  // Only an empty value (`people:` and nothing after it) can take a first item without rewriting it.
  const empty = value === null || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
  if (!empty || !keyRange) return undefined;
  const keyIndent = text.slice(lineStartOf(text, keyRange[0]), keyRange[0]);
  return insertLinesAfter(text, keyRange[1], keyIndent + style.indent + entry, style);
}

/**
 * The insertion that declares `addition.id` under its section of the landscape `text`,
 * touching no other byte: a new line in a block mapping (at its indentation, with the file's
 * line breaks), an item in a flow mapping, or a new section at the end of the file. The
 * result is parsed again and must read as the old landscape plus that one declaration;
 * otherwise (or when the landscape does not parse) there is no edit.
 */
export function declarationInsertion(text: string, addition: LandscapeAddition): OffsetEdit | undefined {
  try {
    const document = parseDocument(text, { logLevel: 'error' });
    if (document.errors.length > 0) return undefined;
    const edit = sectionEdit(text, document, addition);
    if (!edit) return undefined;
    const next = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return declarationMatches(document, next, addition) ? edit : undefined;
  } catch {
    // The yaml library is not expected to throw here; if it does on some input, offer no edit.
    return undefined;
  }
}
