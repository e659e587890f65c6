import { isScalar, type Node } from 'yaml';
import { z } from 'zod';
import type { JournalSyntax, Span } from './syntax/ast';
import { isIdentifier } from './syntax/identifiers';
import { didYouMean } from './util/didYouMean';
import type { Problem } from './validation/types';
import { IDENTIFIER_RULE, identifierSchema } from './yaml/identifier';
import { MERGE_KEY_MESSAGE } from './yaml/errorMessages';
import { readPlainFrontMatter } from './plainFrontMatter';
import { parseYaml } from './yaml/parse';
import { describeValue, pathMatches, quote, schemaFindings, type SchemaFinding } from './yaml/schemaFindings';
import type { PathStep, YamlTree } from './yaml/tree';

/** What the front matter is read from: the journal's text and where its block is. */
export type FrontMatterSource = Pick<JournalSyntax, 'text' | 'frontMatter'>;

/** The validated front matter of a journal; every field optional. */
export interface FrontMatter {
  author?: string;
  title?: string;
  /** The landscape path as written, with its span for links and errors. */
  landscape?: { path: string; span: Span };
  tags?: string[];
}

/** The zod schema of a journal's front matter, published as `schemas/front-matter.schema.json`. */
export const frontMatterSchema = z
  .strictObject({
    author: identifierSchema.describe("The person id of the journal's owner, as declared under people: in the landscape.").optional(),
    title: z.string().describe('A title for the whole journal, shown in outlines and reports.').optional(),
    landscape: z
      .string()
      .min(1)
      .describe(
        "The path of the landscape file this journal uses, relative to the journal's folder. It must stay inside the workspace. Without it, the nearest landscape.yaml in the journal's folder or above is used.",
      )
      .optional(),
    tags: z
      .array(identifierSchema.describe('A tag, as written after # in an entry.'))
      .describe('Tags that apply to the whole journal.')
      .optional(),
  })
  .describe('The optional YAML block between two --- lines at the top of a practice journal.');

const KEYS = Object.keys(frontMatterSchema.shape);

const EXPECTS: [string[], string][] = [
  [[], 'a mapping of keys such as author: and title:'],
  [['author'], `one person id such as maria: ${IDENTIFIER_RULE}`],
  [['title'], 'text'],
  [['landscape'], "the path of a landscape file relative to this journal, such as '../landscape.yaml'"],
  [['tags'], 'a list of tags, such as [retro, platform]'],
  [['tags', '#'], `a tag: ${IDENTIFIER_RULE}, without the '#'`],
];

/**
 * Parses and validates the front matter block. Every problem is located at its exact span in
 * the journal text. The plain `key: value` lines most journals have are read by hand; anything
 * else goes through `yaml` + zod (`loadFrontMatterWithYaml`), which gives the same answer for
 * the plain case, only slower.
 */
export function loadFrontMatter(syntax: FrontMatterSource): { data: FrontMatter; problems: Problem[] } {
  const block = syntax.frontMatter;
  if (!block) return { data: {}, problems: [] };
  const data = readPlainFrontMatter(syntax.text, block.content.start, block.content.end);
  return data ? { data, problems: block.closed ? [] : [unclosedProblem(syntax)] } : loadFrontMatterWithYaml(syntax);
}

/** The front matter read by the YAML library and checked by zod, whatever its form. */
export function loadFrontMatterWithYaml(syntax: FrontMatterSource): { data: FrontMatter; problems: Problem[] } {
  const block = syntax.frontMatter;
  if (!block) return { data: {}, problems: [] };
  const problems: Problem[] = [];
  if (!block.closed) problems.push(unclosedProblem(syntax));
  try {
    const parsed = parseYaml(syntax.text.slice(block.content.start, block.content.end), block.content.start);
    for (const problem of parsed.syntax) problems.push({ rule: 'front-matter-syntax', ...problem });
    for (const span of parsed.mergeKeys) problems.push({ rule: 'front-matter-invalid', ...span, message: MERGE_KEY_MESSAGE });
    if (parsed.tree && parsed.value !== undefined && parsed.value !== null) {
      const result = frontMatterSchema.safeParse(parsed.value);
      if (!result.success) problems.push(...schemaFindings(result.error.issues).flatMap((finding) => located(finding, parsed.tree!)));
    }
    problems.sort((a, b) => a.start - b.start || a.end - b.end);
    return { data: parsed.tree ? frontMatterData(parsed.tree) : {}, problems };
  } catch {
    // parseYaml does not throw; this guards the promise that loading never does.
    return { data: {}, problems };
  }
}

function unclosedProblem(syntax: FrontMatterSource): Problem {
  const start = syntax.frontMatter?.start ?? 0;
  const message = "This front matter is never closed. Add a line with just '---' after its last key, before the first entry or heading.";
  return { rule: 'front-matter-syntax', start, end: Math.min(start + 3, syntax.text.length), message };
}

function located(finding: SchemaFinding, tree: YamlTree): Problem[] {
  if (finding.kind === 'unknown-key') {
    if (finding.key === '<<') return [];
    const pair = tree.locate([...finding.path, finding.key]).pair;
    if (!pair) return [];
    const suggestions = didYouMean(finding.key, KEYS);
    const hint = suggestions.length > 0 ? ` Did you mean ${quote(suggestions[0]!)}?` : '';
    // A key that is not a single word may be a sentence the user meant as prose: never quote it.
    const shown = isIdentifier(finding.key) ? quote(finding.key) : 'This key';
    const message = `${shown} is not a front matter key, so it is ignored.${hint} The front matter takes author, title, landscape and tags.`;
    const problem: Problem = { rule: 'front-matter-unknown-key', ...tree.keySpan(pair), message };
    if (suggestions.length > 0) problem.data = { fix: 'replace', replacements: suggestions };
    return [problem];
  }
  const target = tree.locate(finding.path);
  return [{ rule: 'front-matter-invalid', ...tree.valueSpan(target), message: invalidMessage(finding.path, tree.shapeOf(target.node)) }];
}

/** Says what the value should be; never quotes it, since a title is the user's own words. */
function invalidMessage(path: readonly PathStep[], value: unknown): string {
  const expects = EXPECTS.find(([pattern]) => pathMatches(path, pattern))?.[1] ?? 'a value the front matter allows';
  const last = path[path.length - 1];
  const name = last === undefined ? 'The front matter' : typeof last === 'number' ? `Tag ${last + 1} of 'tags'` : quote(last);
  if (value === null || value === undefined) return `${name} has no value. Give ${expects}, or remove the line.`;
  if (typeof value === 'string') {
    // In the journal a person is written `@maria`, so the sigil is the likely mistake here.
    const sigil = pathMatches(path, ['author']) && value.startsWith('@') ? " Write it without the '@'." : '';
    return `${name} should be ${expects}.${sigil}`;
  }
  return `${name} should be ${expects}, not ${describeValue(value)}.`;
}

/** The valid fields, read from the tree: an invalid field is dropped, the others are kept. */
function frontMatterData(tree: YamlTree): FrontMatter {
  const data: FrontMatter = {};
  const root = tree.root;
  const text = (key: string): { value: string; span: Span } | undefined => {
    const pair = tree.pairOf(root, key);
    const node = tree.resolve(pair?.value);
    return pair && isScalar(node) && typeof node.value === 'string' ? { value: node.value, span: tree.span(pair.value as Node) } : undefined;
  };
  const author = text('author')?.value;
  if (author !== undefined && isIdentifier(author)) data.author = author;
  const title = text('title')?.value;
  if (title !== undefined) data.title = title;
  const landscape = text('landscape');
  if (landscape && landscape.value !== '') data.landscape = { path: landscape.value, span: landscape.span };
  const tags = tree.items(tree.pairOf(root, 'tags')?.value);
  if (tags) {
    data.tags = [];
    for (const item of tags) {
      const tag = tree.resolve(item);
      if (isScalar(tag) && typeof tag.value === 'string' && isIdentifier(tag.value)) data.tags.push(tag.value);
    }
  }
  return data;
}
