import { strict as assert } from 'node:assert';
import { IN_2030 } from './journals';
import { lintJson, rulesOf, runCli, tempWorkspace, type JsonReport, type TempWorkspace } from './harness';

const LANDSCAPE = 'communities:\n  guild: {}\n';
const USES_TWO = '2026-11-20 engagement +guild +nowhere "Pairing"\n  We paired.\n';

describe('cli: landscapes and dates', () => {
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  it('loads the nearest landscape above a journal it was not asked to lint', async () => {
    workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal/deep/j.practice': USES_TWO });
    const { report } = await lintJson(workspace.root, 'journal/deep/j.practice');
    assert.deepEqual(report.files.map((file) => file.path), ['journal/deep/j.practice']);
    assert.deepEqual(rulesOf(report, 'journal/deep/j.practice'), ['unknown-community']);
    assert.match(report.files[0]!.diagnostics[0]!.message, /'\+nowhere'/);
  });

  it('prefers the landscape in the journal’s own folder', async () => {
    workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'team/landscape.yml': 'communities:\n  nowhere: {}\n', 'team/j.practice': USES_TWO });
    const { report } = await lintJson(workspace.root, 'team/j.practice');
    assert.deepEqual(rulesOf(report, 'team/j.practice'), ['unknown-community']);
    assert.match(report.files[0]!.diagnostics[0]!.message, /'\+guild'/);
  });

  it('never reads a landscape above the current folder', async () => {
    workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'team/j.practice': USES_TWO });
    const { report } = await lintJson(workspace.path('team'));
    assert.deepEqual(rulesOf(report, 'j.practice'), []);
  });

  it('lints a landscape in the scanned tree and uses it for the journals', async () => {
    workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE + 'colour: blue\n', 'j.practice': USES_TWO });
    const { report } = await lintJson(workspace.root);
    assert.deepEqual(rulesOf(report, 'landscape.yaml'), ['landscape-unknown-key']);
    assert.deepEqual(rulesOf(report, 'j.practice'), ['unknown-community']);
  });

  it('reads a landscape named in front matter', async () => {
    workspace = tempWorkspace({ 'shared/map.yaml': LANDSCAPE, 'j.practice': '---\nlandscape: shared/map.yaml\n---\n' + USES_TWO });
    const { report } = await lintJson(workspace.root, 'j.practice');
    assert.deepEqual(rulesOf(report, 'j.practice'), ['unknown-community']);
  });

  it('dates the future-date rule from --today', async () => {
    workspace = tempWorkspace({ 'j.practice': IN_2030 });
    const before = await runCli(['lint', '--format', 'json', '--today', '2029-12-31'], workspace.root);
    assert.deepEqual(rulesOf(JSON.parse(before.stdout) as JsonReport, 'j.practice'), ['future-date']);
    const after = await runCli(['lint', '--format', 'json', '--today', '2030-01-01'], workspace.root);
    assert.deepEqual(rulesOf(JSON.parse(after.stdout) as JsonReport, 'j.practice'), []);
  });
});
