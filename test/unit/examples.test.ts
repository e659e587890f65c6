import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, dayFromIsoDate, type LanguageService } from '../../server/src/language/service';
import { RULES, RULE_IDS } from '../../server/src/language/rules';
import { ENTRY_KINDS, TRAJECTORY_KINDS } from '../../server/src/language/syntax/ast';
import { BROKER_ROLES, ENERGY_VALUES, FIELD_KEYS, INTERACTION_KINDS, VIA_KINDS } from '../../server/src/language/syntax/fields';
import { TODAY } from '../support/journal';

const ROOT_URI = 'file:///examples';

function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = join(directory, '..');
  return directory;
}

const REPOSITORY = repositoryRoot();
const EXAMPLES = join(REPOSITORY, 'examples');

function exampleFiles(directory = EXAMPLES, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) found.push(...exampleFiles(path, `${prefix}${name}/`));
    else if (name.endsWith('.practice') || name === 'landscape.yaml' || name === 'landscape.yml') found.push(prefix + name);
  }
  return found;
}

function examplesService(): { service: LanguageService; uris: string[] } {
  const service = createLanguageService({
    roots: [ROOT_URI],
    today: () => dayFromIsoDate(TODAY)!,
    readFile: (uri) => {
      const path = join(EXAMPLES, ...uri.slice(ROOT_URI.length + 1).split('/'));
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
  const uris = exampleFiles().map((file) => `${ROOT_URI}/${file}`);
  for (const uri of uris) service.setFile(uri, readFileSync(join(EXAMPLES, ...uri.slice(ROOT_URI.length + 1).split('/')), 'utf8'));
  return { service, uris };
}

function listed(service: LanguageService, uris: string[], keep: (severity: string) => boolean): string[] {
  return uris.flatMap((uri) =>
    service
      .getDiagnostics(uri)
      .filter((diagnostic) => keep(diagnostic.severity))
      .map((diagnostic) => `${uri.slice(ROOT_URI.length + 1)}:${diagnostic.range.start.line + 1} ${diagnostic.severity} ${diagnostic.rule}: ${diagnostic.message}`),
  );
}

describe('the example workspace', () => {
  it('holds a landscape, three practitioners\' journals and a team\'s notes', () => {
    const files = exampleFiles();
    assert.ok(files.includes('landscape.yaml'));
    assert.equal(files.filter((file) => file.startsWith('journals/') && file.endsWith('.practice')).length, 3);
    assert.ok(files.some((file) => file.startsWith('team/') && file.endsWith('.practice')));
  });

  it('lints with no errors and no warnings', () => {
    const { service, uris } = examplesService();
    const problems = listed(service, uris, (severity) => severity === 'error' || severity === 'warning');
    assert.deepEqual(problems, []);
  });

  it('raises no reflective prompts either: it shows the practice the prompts ask for', () => {
    const { service, uris } = examplesService();
    assert.deepEqual(listed(service, uris, () => true), []);
  });

  it('gives every journal a landscape: the nearest one or the one its front matter names', () => {
    const { service, uris } = examplesService();
    for (const uri of uris.filter((candidate) => candidate.endsWith('.practice'))) {
      assert.equal(service.landscapeFor(uri)?.uri, `${ROOT_URI}/landscape.yaml`, uri);
    }
  });

  it('uses every entry kind, field, trajectory kind and field value somewhere', () => {
    const { service, uris } = examplesService();
    const seen = new Set<string>();
    for (const uri of uris) {
      const syntax = service.getSyntax(uri);
      if (!syntax) continue;
      for (const entry of syntax.entries) {
        seen.add(`kind ${entry.kind.text}`);
        // A trajectory kind counts in a trajectory's header or in a from: field.
        if (entry.kindValue === 'trajectory') for (const argument of entry.args) seen.add(`trajectory ${argument.text}`);
        for (const field of entry.fields) {
          seen.add(`field ${field.key.text}`);
          for (const word of field.value.text.split(/[\s,]+/)) seen.add(`${field.key.text} ${word}`);
          if (field.key.text === 'from') seen.add(`trajectory ${field.value.text}`);
        }
        if (entry.time) seen.add('a time');
        if (entry.title) seen.add('a title');
        if (entry.suppressions.length > 0) seen.add('a suppression comment');
        for (const reference of entry.references) if (reference.place === 'prose') seen.add(`prose ${reference.sigil}`);
      }
    }
    const wanted = [
      ...ENTRY_KINDS.map((kind) => `kind ${kind}`),
      ...FIELD_KEYS.map((field) => `field ${field}`),
      ...ENERGY_VALUES.map((value) => `energy ${value}`),
      ...BROKER_ROLES.map((value) => `as ${value}`),
      ...INTERACTION_KINDS.map((value) => `interaction ${value}`),
      ...VIA_KINDS.map((value) => `via ${value}`),
      ...TRAJECTORY_KINDS.map((value) => `trajectory ${value}`),
      'a time',
      'a title',
      'a suppression comment',
      'prose @',
      'prose +',
      'prose #',
    ];
    assert.deepEqual(wanted.filter((item) => !seen.has(item)), []);
  });
});

/** The text of the `## id` section of docs/rules.md. */
function ruleSection(text: string, id: string): string {
  const start = text.indexOf(`\n## ${id}\n`);
  if (start === -1) return '';
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next === -1 ? undefined : next);
}

/** An example's text without its `← note`s (kept in YAML, where they are comments), and the lines marked. */
function unmarked(body: string, yaml: boolean): { source: string; marked: number[] } {
  const marked: number[] = [];
  const lines = body.split('\n').map((line, index) => {
    const arrow = line.indexOf('←');
    if (arrow === -1) return line;
    marked.push(index + 1);
    return yaml ? line : line.slice(0, arrow).trimEnd();
  });
  return { source: lines.join('\n'), marked };
}

const LANDSCAPE_RULES: readonly string[] = ['landscape-syntax', 'landscape-invalid', 'landscape-unknown-key', 'parent-cycle'];

/**
 * Runs a rule's first example through the service: a landscape rule's YAML as the landscape,
 * else the journal, after the landscape shown before it when there is one. Returns the
 * one-based lines the rule reports on and the lines the example marks.
 */
function exampleReport(section: string, id: string): { lines: number[]; marked: number[] } {
  const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ yaml: match[1] === 'yaml', body: match[2]! }));
  if (blocks.length === 0) return { lines: [], marked: [] };
  const inLandscape = LANDSCAPE_RULES.includes(id);
  const landscape = inLandscape || (blocks.length > 1 && blocks[0]!.yaml) ? blocks[0]!.body : undefined;
  const example = unmarked(inLandscape ? blocks[0]!.body : blocks[landscape === undefined ? 0 : 1]!.body, inLandscape);
  const root = 'file:///rules';
  const service = createLanguageService({ roots: [root], today: () => dayFromIsoDate(TODAY)!, readFile: () => undefined });
  if (landscape !== undefined) service.setFile(`${root}/landscape.yaml`, landscape);
  service.setFile(`${root}/notes/example.practice`, inLandscape ? '' : example.source);
  const uri = inLandscape ? `${root}/landscape.yaml` : `${root}/notes/example.practice`;
  const lines = service.getDiagnostics(uri).filter((diagnostic) => diagnostic.rule === id).map((diagnostic) => diagnostic.range.start.line + 1);
  return { lines: [...new Set(lines)], marked: example.marked };
}

describe('docs/rules.md', () => {
  const text = readFileSync(join(REPOSITORY, 'docs', 'rules.md'), 'utf8');
  const headings = [...text.matchAll(/^## (\S+)\s*$/gm)].map((match) => match[1]!);

  it('has a "## rule-id" heading for every rule, so diagnostics\' links land on it', () => {
    assert.deepEqual(RULE_IDS.filter((id) => !headings.includes(id)), []);
  });

  it('documents no rule that does not exist', () => {
    const ruleLike = headings.filter((heading) => /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(heading));
    assert.deepEqual(ruleLike.filter((heading) => !(RULE_IDS as string[]).includes(heading)), []);
  });

  it('gives each rule its real default severity, in the table and under its heading', () => {
    const wrong: string[] = [];
    for (const id of RULE_IDS) {
      const row = new RegExp(`^\\| \\[${id}\\]\\(#${id}\\) \\| (\\w+) \\|`, 'm').exec(text);
      if (row?.[1] !== RULES[id].severity) wrong.push(`${id}: table says ${row?.[1] ?? 'nothing'}`);
      const section = text.slice(text.indexOf(`\n## ${id}\n`));
      const stated = /\*\*Default:\*\* (\w+)/.exec(section)?.[1];
      if (stated !== RULES[id].severity) wrong.push(`${id}: section says ${stated ?? 'nothing'}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('says which rules have a quick fix, as the rule table does', () => {
    const wrong: string[] = [];
    for (const id of RULE_IDS) {
      const row = new RegExp(`^\\| \\[${id}\\]\\(#${id}\\) \\| \\w+ \\| [^|]+ \\| ([^|]+) \\|`, 'm').exec(text);
      const documented = row?.[1]?.trim() === 'yes';
      if (documented !== RULES[id].fixable) wrong.push(`${id}: documented ${documented}, table ${RULES[id].fixable}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('states, for every rule, its quick fix, whether --fix applies it, and an example', () => {
    const incomplete = RULE_IDS.filter((id) => {
      const section = ruleSection(text, id);
      return !/\*\*Quick fix:\*\* \S/.test(section) || !/\*\*`--fix`:\*\* \S/.test(section) || !/\*\*Fix:\*\* \S/.test(section) || !section.includes('```');
    });
    assert.deepEqual(incomplete, []);
  });

  it('reports each example exactly on the lines it marks with an arrow', () => {
    const wrong: string[] = [];
    for (const id of RULE_IDS) {
      const { lines, marked } = exampleReport(ruleSection(text, id), id);
      if (lines.length === 0 || lines.join() !== marked.join()) wrong.push(`${id}: reported on ${lines.join(', ') || 'no line'}, marked ${marked.join(', ')}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('states the default day window of each reflective rule', () => {
    for (const id of RULE_IDS) {
      const info = RULES[id];
      if (!('windowDays' in info) || info.windowDays === 0) continue;
      assert.match(text, new RegExp(`\\| \`${id}\` \\| ${info.windowDays} days`), id);
    }
  });
});
