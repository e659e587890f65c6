import { Composer, Parser, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import type { Span } from '../syntax/ast';
import { firstTooDeep, MAX_YAML_DEPTH } from './depth';
import {
  ALIAS_EXPANSION_MESSAGE,
  MULTIPLE_DOCUMENTS_MESSAGE,
  TOO_DEEP_MESSAGE,
  UNKNOWN_TAG_MESSAGE,
  UNCLOSED_MESSAGE,
  UNREADABLE_MESSAGE,
  UNRESOLVED_ALIAS_MESSAGE,
  yamlErrorMessage,
} from './errorMessages';
import { YamlTree } from './tree';

/** A YAML problem located in the whole file. */
export interface YamlProblem extends Span {
  message: string;
}

/** A parsed YAML text: its tree, its plain value, and what is wrong with it. */
export interface ParsedYaml {
  /** Undefined when the text could not be composed at all (nested too deeply). */
  tree: YamlTree | undefined;
  /** The plain value (null for an empty document); undefined when it could not be built. */
  value: unknown;
  /** Malformed YAML, each at its exact position. */
  syntax: YamlProblem[];
  /** Keys `<<`, which would merge mappings in YAML 1.1 and are not supported. */
  mergeKeys: Span[];
}

/**
 * YAML 1.2 core schema whatever the file's `%YAML` directive says, so `yes` stays text and no
 * merge key or 1.1 type (timestamps, binary, sets) sneaks in; keys are read as strings; tags
 * beyond the core ones are never resolved (they become warnings, and nothing runs).
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  strict: true,
  stringKeys: true,
  // Repeated keys are found by YamlTree in one pass; the library's check is quadratic.
  uniqueKeys: false,
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  logLevel: 'error',
};

/** How many times one anchored value may be copied by aliases (the `yaml` library's default). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses `source`, a YAML text found at offset `base` of a larger file. Never throws: anything
 * unexpected becomes a located problem.
 */
export function parseYaml(source: string, base: number): ParsedYaml {
  try {
    return parseChecked(source, base);
  } catch {
    const end = source.search(/\r?\n|$/);
    return { tree: undefined, value: undefined, syntax: [{ start: base, end: base + end, message: UNREADABLE_MESSAGE }], mergeKeys: [] };
  }
}

function parseChecked(source: string, base: number): ParsedYaml {
  const tokens: CST.Token[] = Array.from(new Parser().parse(source));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    const start = base + tooDeep;
    return { tree: undefined, value: undefined, syntax: [{ start, end: Math.min(start + 1, base + source.length), message: TOO_DEEP_MESSAGE(MAX_YAML_DEPTH) }], mergeKeys: [] };
  }
  const documents = Array.from(new Composer(OPTIONS).compose(tokens, true, source.length));
  const document = documents[0]!;
  const tree = new YamlTree(document, base, source.length);
  const syntax: YamlProblem[] = [];
  for (const error of [...document.errors, ...document.warnings]) syntax.push(fromYamlError(error, source, tree));
  const second = documents[1];
  if (second) {
    const start = second.range[0];
    syntax.push({ start: base + start, end: base + lineEnd(source, start), message: MULTIPLE_DOCUMENTS_MESSAGE });
  }
  for (const pair of tree.duplicateKeys) syntax.push({ ...tree.keySpan(pair), message: yamlErrorMessage('DUPLICATE_KEY', '') });
  for (const alias of tree.unresolvedAliases) syntax.push({ ...tree.span(alias), message: UNRESOLVED_ALIAS_MESSAGE(alias.source) });
  const mergeKeys = tree.mergeKeys.map((pair) => tree.keySpan(pair));
  return { tree, value: plainValue(document, tree, syntax), syntax: sortProblems(syntax), mergeKeys };
}

function fromYamlError(error: YAMLError, source: string, tree: YamlTree): YamlProblem {
  const start = clamp(error.pos[0], source.length);
  const end = Math.max(start, clamp(error.pos[1], source.length));
  if (error.code === 'TAG_RESOLVE_FAILED') return { start: tree.base + start, end: tree.base + end, message: UNKNOWN_TAG_MESSAGE(tagAt(source, start, end)) };
  const unclosed = unclosedOpener(error, source, tree, start);
  if (unclosed) return unclosed;
  return { start: tree.base + start, end: tree.base + end, message: yamlErrorMessage(error.code, error.message) };
}

/**
 * An unclosed quote or `[`/`{` is reported by the library where it gave up looking for the
 * closing character, often lines later; the mistake is the opener, so that is where it is shown.
 */
function unclosedOpener(error: YAMLError, source: string, tree: YamlTree, start: number): YamlProblem | undefined {
  const flow = /^Flow (map|sequence)/.exec(error.message);
  const quote = /^Missing closing (["'])quote/.exec(error.message);
  const kind = quote ? 'quote' : flow ? (flow[1] === 'map' ? 'map' : 'seq') : undefined;
  if (!kind) return undefined;
  const opener = tree.openerEndingAt(start, kind);
  if (!opener) return undefined;
  const character = source.charAt(opener.start - tree.base);
  const expected = quote ? quote[1] : kind === 'map' ? '{' : '[';
  return character === expected ? { ...opener, message: UNCLOSED_MESSAGE(character) } : undefined;
}

/** The tag as the user wrote it (`!!js/function`), not as the library expands it. */
function tagAt(source: string, start: number, end: number): string {
  const written = source.slice(start, end).trim();
  return /^![^\s]*$/.test(written) && written.length <= 60 ? written : '!';
}

/** The plain value, or undefined (with a located problem) when aliases make it unbuildable. */
function plainValue(document: Document.Parsed, tree: YamlTree, syntax: YamlProblem[]): unknown {
  if (tree.unresolvedAliases.length > 0) return undefined;
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const first = tree.aliases[0];
    const span = first ? tree.span(first) : { start: tree.base, end: tree.base };
    syntax.push({ ...span, message: ALIAS_EXPANSION_MESSAGE });
    return undefined;
  }
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(offset, length)) : 0;
}

function lineEnd(source: string, start: number): number {
  let end = start;
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  return end;
}

function sortProblems(problems: YamlProblem[]): YamlProblem[] {
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
