import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index';
import { computeLineStarts, lineContentEnd } from '../../../server/src/language/syntax/text';

/** The TextMate grammar engine VS Code uses, as the grammar test tool loads it. */
type Registry = ReturnType<typeof createRegistry>;
export type Grammar = NonNullable<Awaited<ReturnType<Registry['loadGrammar']>>>;

/** One token of a tokenized document, with offsets into the whole text. */
export interface ScopedToken {
  line: number;
  start: number;
  end: number;
  scopes: readonly string[];
}

/** The folder holding package.json, found from this file whether it runs from test/ or out/test/. */
export function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = join(directory, '..');
  return directory;
}

export const REPOSITORY = repositoryRoot();
export const GRAMMAR_PATH = join(REPOSITORY, 'syntaxes', 'practice.tmLanguage.json');
/** The test-only stand-in for VS Code's built-in YAML grammar. */
export const YAML_STAND_IN_PATH = join(REPOSITORY, 'test', 'grammar', 'yaml.tmLanguage.json');

/** Loads the journal grammar, with the YAML stand-in for its front matter. */
export async function loadPracticeGrammar(): Promise<Grammar> {
  const registry = createRegistry([
    { path: GRAMMAR_PATH, scopeName: 'source.practice' },
    { path: YAML_STAND_IN_PATH, scopeName: 'source.yaml' },
  ]);
  const grammar = await registry.loadGrammar('source.practice');
  if (!grammar) throw new Error(`cannot load ${GRAMMAR_PATH}`);
  return grammar;
}

/**
 * Tokenizes `text` line by line as an editor does, cutting lines where the language does
 * (LF or CRLF), and returns the tokens with document offsets.
 */
export function tokenize(grammar: Grammar, text: string): ScopedToken[] {
  const lineStarts = computeLineStarts(text);
  const tokens: ScopedToken[] = [];
  let state: Parameters<Grammar['tokenizeLine']>[1] = null;
  lineStarts.forEach((start, line) => {
    const end = lineContentEnd(text, start, lineStarts[line + 1] ?? text.length);
    const result = grammar.tokenizeLine(text.slice(start, end), state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      const tokenEnd = Math.min(start + token.endIndex, end);
      if (start + token.startIndex < tokenEnd) tokens.push({ line, start: start + token.startIndex, end: tokenEnd, scopes: token.scopes });
    }
  });
  return tokens;
}
