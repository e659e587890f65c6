import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_PATH, REPOSITORY } from './textmate';

interface Contributes {
  languages: { id: string; configuration?: string }[];
  grammars: { language?: string; scopeName: string; path: string; embeddedLanguages?: Record<string, string> }[];
  snippets: { language: string; path: string }[];
  yamlValidation: { fileMatch: string | string[]; url: string }[];
}

interface GrammarRule {
  include?: string;
  patterns?: GrammarRule[];
  captures?: Record<string, GrammarRule>;
  beginCaptures?: Record<string, GrammarRule>;
  endCaptures?: Record<string, GrammarRule>;
}

const MANIFEST = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { contributes: Contributes; scripts: Record<string, string> };
const { contributes } = MANIFEST;

function fileAt(relativePath: string): string {
  return join(REPOSITORY, relativePath);
}

/** Every `include` in a grammar rule tree. */
function includes(rule: GrammarRule): string[] {
  const nested = [
    ...(rule.patterns ?? []),
    ...Object.values(rule.captures ?? {}),
    ...Object.values(rule.beginCaptures ?? {}),
    ...Object.values(rule.endCaptures ?? {}),
  ];
  return [...(rule.include ? [rule.include] : []), ...nested.flatMap(includes)];
}

describe('manifest contributions for the language', () => {
  it('gives the practice language its configuration file', () => {
    const language = contributes.languages.find((candidate) => candidate.id === 'practice');
    assert.equal(language?.configuration, './language-configuration.json');
    assert.ok(existsSync(fileAt(language.configuration)));
  });

  it('contributes the grammar under the scope name the grammar declares, with YAML front matter', () => {
    const grammar = contributes.grammars.find((candidate) => candidate.language === 'practice');
    assert.ok(grammar);
    assert.equal(fileAt(grammar.path), GRAMMAR_PATH);
    const file = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string };
    assert.equal(file.scopeName, grammar.scopeName);
    assert.equal(grammar.scopeName, 'source.practice');
    assert.deepEqual(grammar.embeddedLanguages, { 'meta.embedded.block.frontmatter': 'yaml' });
  });

  it('has a grammar whose local includes all name rules of its repository', () => {
    const file = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as GrammarRule & { repository: Record<string, GrammarRule> };
    const local = [file, ...Object.values(file.repository)].flatMap(includes).filter((include) => include.startsWith('#'));
    assert.ok(local.length > 10);
    for (const include of local) assert.ok(Object.hasOwn(file.repository, include.slice(1)), include);
  });

  it('contributes the snippets for the practice language', () => {
    const snippets = contributes.snippets.find((candidate) => candidate.language === 'practice');
    assert.ok(snippets && existsSync(fileAt(snippets.path)));
  });

  it('validates landscape.yaml and landscape.yml against the landscape schema', () => {
    const [validation] = contributes.yamlValidation;
    assert.ok(validation);
    assert.deepEqual([validation.fileMatch].flat().sort(), ['landscape.yaml', 'landscape.yml']);
    assert.equal(validation.url, './schemas/landscape.schema.json');
    const schema = JSON.parse(readFileSync(fileAt(validation.url), 'utf8')) as { $schema?: string };
    assert.ok(schema.$schema);
  });

  it('ships the grammar, the configuration and the snippets in the package', () => {
    const shipped = readFileSync(join(REPOSITORY, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const pattern of ['!syntaxes/**', '!snippets/**', '!language-configuration.json', '!schemas/*.json']) assert.ok(shipped.includes(pattern), pattern);
  });

  it('has an npm script that runs the grammar tests on their own', () => {
    assert.match(MANIFEST.scripts['test:grammar'] ?? '', /^vscode-tmgrammar-test .*test\/grammar\/\*\.practice/);
  });
});
