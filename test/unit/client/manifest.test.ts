import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_IDS, RULES } from '../../../server/src/language/rules';
import { SETTING_SCHEMAS } from '../../../server/src/settings';

/** The repository root, whether the test runs from its source or from the compiled out/ tree. */
function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

const ROOT = repositoryRoot();

interface Contributes {
  commands: { command: string; title: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
  keybindings: { command: string }[];
  viewsContainers: { activitybar: { id: string; icon: string }[] };
  views: Record<string, { id: string }[]>;
  viewsWelcome: { view: string; contents: string }[];
  configuration: { properties: Record<string, { enum?: string[]; properties?: Record<string, { enum: string[]; description: string }>; additionalProperties?: { enum: string[] } }> };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  contributes: Contributes;
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: boolean; description: string } };
};
const contributes = manifest.contributes;

function clientSources(directory = join(ROOT, 'client/src')): string {
  return readdirSync(directory)
    .map((name) => join(directory, name))
    .map((path) => (statSync(path).isDirectory() ? clientSources(path) : path.endsWith('.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe("the extension's manifest", () => {
  const commandIds = contributes.commands.map((command) => command.command);

  it('contributes a setting for each setting the server reads, with the same choices', () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(SETTING_SCHEMAS).map((path) => `practiceJournal.${path}`).sort());
    assert.deepEqual(properties['practiceJournal.lint.run']!.enum, SETTING_SCHEMAS['lint.run'].options);
    assert.deepEqual(properties['practiceJournal.diagnostics.scope']!.enum, SETTING_SCHEMAS['diagnostics.scope'].options);
  });

  it('lists every rule under practiceJournal.rules, with its summary and the severities', () => {
    const rules = contributes.configuration.properties['practiceJournal.rules']!;
    assert.deepEqual(Object.keys(rules.properties!), RULE_IDS);
    for (const id of RULE_IDS) {
      assert.deepEqual(rules.properties![id]!.enum, ['off', 'hint', 'info', 'warning', 'error']);
      assert.equal(rules.properties![id]!.description, `${RULES[id].summary} Default: ${RULES[id].severity}.`);
    }
  });

  it('names only contributed commands in its menus, keybindings and welcome buttons', () => {
    const used = [
      ...Object.values(contributes.menus).flat().map((item) => item.command),
      ...contributes.keybindings.map((binding) => binding.command),
      ...contributes.viewsWelcome.flatMap((welcome) => [...welcome.contents.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]!)),
    ].filter((command) => command.startsWith('practiceJournal.'));
    assert.deepEqual(used.filter((command) => !commandIds.includes(command)), []);
  });

  it('registers every command it contributes', () => {
    const sources = clientSources();
    assert.deepEqual(commandIds.filter((id) => !sources.includes(`'${id}'`)), []);
  });

  it('hides commands that need a tree item from the command palette', () => {
    const hidden = contributes.menus['commandPalette']!.filter((item) => item.when === 'false').map((item) => item.command);
    assert.deepEqual(hidden.sort(), ['practiceJournal.newEntryInCommunity', 'practiceJournal.openEntry', 'practiceJournal.showOnlyPerson']);
  });

  it('puts both views in the Practice Journal container, whose icon is a shipped SVG', () => {
    const [container] = contributes.viewsContainers.activitybar;
    assert.equal(container!.id, 'practiceJournal');
    assert.deepEqual(contributes.views['practiceJournal']!.map((view) => view.id), ['practiceJournal.multimembership', 'practiceJournal.crossings']);
    assert.match(readFileSync(join(ROOT, container!.icon), 'utf8'), /^<svg [^>]*viewBox="0 0 24 24"/);
  });

  it('activates for journals, landscapes and its views', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:practice',
      'workspaceContains:**/*.practice',
      'workspaceContains:**/landscape.yaml',
      'workspaceContains:**/landscape.yml',
      'onView:practiceJournal.multimembership',
      'onView:practiceJournal.crossings',
    ]);
  });

  it('runs the bundled extension, in untrusted workspaces but not virtual ones', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.match(manifest.capabilities.virtualWorkspaces.description, /local disk/);
  });
});
