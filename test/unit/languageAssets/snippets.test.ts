import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KINDS, TRAJECTORY_KINDS } from '../../../server/src/language/syntax/ast';
import { BROKER_ROLES, ENERGY_VALUES, INTERACTION_KINDS, VIA_KINDS } from '../../../server/src/language/syntax/fields';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { RULE_IDS } from '../../../server/src/language/rules';
import { diagnosticsOf, TODAY } from '../../support/journal';
import { REPOSITORY } from './textmate';
import { expandSnippet, type ExpandedSnippet } from './snippetSyntax';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

const SNIPPETS_PATH = join(REPOSITORY, 'snippets', 'practice.json');
const [YEAR, MONTH, DAY] = TODAY.split('-') as [string, string, string];
/** The date variables as the editor would resolve them on the tests' fixed today. */
const VALUES = { CURRENT_YEAR: YEAR, CURRENT_MONTH: MONTH, CURRENT_DATE: DAY, CURRENT_MONTH_NAME: 'November' };
const REFLECTION = 'What happened, and what it meant to me.';

function readSnippets(): Record<string, Snippet> {
  return JSON.parse(readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;
}

/** Every snippet as first inserted; an entry's final tab stop, in its body, gets a reflection typed in. */
function expanded(): Map<string, ExpandedSnippet> {
  return new Map(
    Object.entries(readSnippets()).map(([name, snippet]) => {
      const bare = expandSnippet(snippet.body, VALUES);
      return [name, parseJournal(bare.text).entries.length > 0 ? expandSnippet(snippet.body, VALUES, REFLECTION) : bare];
    }),
  );
}

/** The options of the choice that follows `linePrefix` (e.g. "\tenergy: ") in any snippet. */
function choicesAfter(pattern: RegExp): string[][] {
  return [...expanded().values()].flatMap((snippet) => snippet.choices.filter((choice) => pattern.test(choice.linePrefix)).map((choice) => choice.options));
}

describe('snippets', () => {
  it('is a JSON object of snippets that each have a prefix, a description and a body', () => {
    const snippets = readSnippets();
    assert.ok(Object.keys(snippets).length >= 7);
    for (const [name, snippet] of Object.entries(snippets)) {
      const prefixes = typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
      assert.ok(prefixes.length > 0 && prefixes.every((prefix) => prefix.trim() !== ''), `${name} has a prefix`);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 10, `${name} has a description`);
      assert.ok(Array.isArray(snippet.body) || typeof snippet.body === 'string', `${name} has a body`);
    }
  });

  it('has bodies the editor reads as intended, with tab stops numbered 1, 2, 3 … and one final $0', () => {
    for (const [name, snippet] of expanded()) {
      const numbered = [...new Set(snippet.tabstops.filter((tabstop) => tabstop > 0))];
      assert.deepEqual(numbered, numbered.map((_, index) => index + 1), `${name} numbers its tab stops in order`);
      assert.equal(snippet.tabstops.filter((tabstop) => tabstop === 0).length, 1, `${name} has one final tab stop`);
    }
  });

  it('rejects bodies the editor would misread', () => {
    assert.throws(() => expandSnippet('${1:open', VALUES), /unclosed/);
    assert.throws(() => expandSnippet('${TODAY}', VALUES), /unknown variable TODAY/);
    assert.throws(() => expandSnippet('${1|a,|}', VALUES), /empty/);
    assert.equal(expandSnippet('cost \\$5 ${1:x} $2', VALUES).text, 'cost $5 x ');
  });

  it('offers a new entry of each kind, dated today', () => {
    const headers = [...expanded().values()].map((snippet) => parseJournal(snippet.text).entries[0]).filter((entry) => entry !== undefined);
    for (const kind of ENTRY_KINDS) {
      const entry = headers.find((candidate) => candidate.kindValue === kind);
      assert.ok(entry, `a snippet for ${kind}`);
      assert.equal(entry.date.text, TODAY);
    }
  });

  it('offers exactly the values each field takes as choices', () => {
    const sorted = (values: readonly string[]): string[] => [...values].sort();
    const cases: [RegExp, readonly string[]][] = [
      [/\benergy: $/, ENERGY_VALUES],
      [/\bas: $/, BROKER_ROLES],
      [/\binteraction: $/, INTERACTION_KINDS],
      [/\bvia: $/, VIA_KINDS],
      [/\bfrom: $/, TRAJECTORY_KINDS],
      [/ trajectory \+\S+ $/, TRAJECTORY_KINDS],
    ];
    for (const [pattern, values] of cases) {
      const found = choicesAfter(pattern);
      assert.ok(found.length > 0, `a choice after ${pattern}`);
      for (const options of found) assert.deepEqual(sorted(options), sorted(values), String(pattern));
    }
  });

  it('offers only real rule ids in the suppression comment', () => {
    const options = choicesAfter(/practice-disable-next-entry $/).flat();
    assert.ok(options.length > 0);
    for (const option of options) assert.ok((RULE_IDS as readonly string[]).includes(option), option);
  });

  it('inserts a crossing with via, as and interaction, and a trajectory with from', () => {
    const texts = [...expanded().values()].map((snippet) => snippet.text);
    const crossing = parseJournal(texts.find((text) => / crossing /.test(text))!).entries[0]!;
    assert.deepEqual(crossing.fields.map((field) => field.key.text), ['via', 'as', 'interaction']);
    const trajectory = parseJournal(texts.find((text) => / trajectory /.test(text))!).entries[0]!;
    assert.deepEqual(trajectory.fields.map((field) => field.key.text), ['from']);
  });

  it('inserts, with its defaults, a journal the language service finds nothing wrong with', () => {
    const snippets = expanded();
    const frontMatter = snippets.get('Front matter')!.text;
    assert.ok(frontMatter.startsWith('---\n'));
    const others = [...snippets].filter(([name]) => name !== 'Front matter').map(([, snippet]) => snippet.text);
    const text = [frontMatter, ...others].join('\n');
    const syntax = parseJournal(text);
    assert.equal(syntax.entries.length, ENTRY_KINDS.length);
    assert.ok(syntax.frontMatter?.closed);
    assert.equal(syntax.headings[0]?.text.text, `November ${YEAR}`);
    assert.deepEqual(diagnosticsOf(text).map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`), []);
  });
});
