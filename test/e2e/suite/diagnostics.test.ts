import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PracticeJournalApi } from '../../../client/src/api';
import { closeEditors, extensionApi, lintWorkspace, openFile, removeFiles, ruleOf, waitFor, waitForJournalInModel, writeFile } from './helpers';

const BROKEN = `---
author: maria
---
# November 2026

2026-11-20 engagment +data-team "A kind with a typo"
  with: @ana

  Written to be fixed.
`;

/** A journal nobody opens: one entry the model counts (so the server has read it), one invalid date. */
const CLOSED = `---
author: li
---
2026-11-20 engagement +patient-flow "Counted"

  Read by the server.

2026-02-30 engagement +patient-flow "Not a real day"

  February has no 30th.
`;

function problems(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => ruleOf(diagnostic) === rule);
}

/** The list when it has something in it, for waitFor. */
function some<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

describe('diagnostics', () => {
  const created: vscode.Uri[] = [];

  let api: PracticeJournalApi;

  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeEditors);
  after(() => removeFiles(...created));

  it('reports a misspelt entry kind in an open journal at its exact range, as an error', async () => {
    created.push(await writeFile(BROKEN, 'journals', 'maria', 'typo.practice'));
    const editor = await openFile('journals', 'maria', 'typo.practice');
    const [diagnostic] = await waitFor('an unknown-kind diagnostic', () => some(problems(editor.document.uri, 'unknown-kind')));
    assert.ok(diagnostic);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(diagnostic.range), 'engagment');
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [5, 11]);
    assert.match(diagnostic.message, /engagment/);
  });

  it('clears the diagnostic once the quick fix is applied', async () => {
    const editor = await openFile('journals', 'maria', 'typo.practice');
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor('the unknown-kind diagnostic', () => some(problems(uri, 'unknown-kind')));
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find((action) => action.edit !== undefined && /engagement/.test(action.title));
    assert.ok(fix?.edit, `no quick fix to "engagement" among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(editor.document.lineAt(5).text, /^2026-11-20 engagement \+data-team/);
    await waitFor('the diagnostic to clear', () => problems(uri, 'unknown-kind').length === 0);
    assert.equal(await editor.document.save(), true);
    const errors = vscode.languages.getDiagnostics(uri).filter((each) => each.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map(ruleOf), []);
  });

  it('reports problems of journals that are not open after "Lint Whole Workspace"', async () => {
    const uri = await writeFile(CLOSED, 'journals', 'li', 'closed.practice');
    created.push(uri);
    await waitForJournalInModel(api, uri);
    assert.deepEqual(problems(uri, 'invalid-date'), []);
    const result = await lintWorkspace();
    assert.ok(result.errors >= 1, `the lint counted ${result.errors} errors`);
    const [diagnostic] = await waitFor('invalid-date on the closed journal', () => some(problems(uri, 'invalid-date')));
    assert.ok(diagnostic);
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [7, 0, 10]);
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the journal was opened');
  });
});
