import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeEditors, extensionApi, openFile, positionOf, waitFor } from './helpers';

/** Hover contents as plain text. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('language features', () => {
  before(extensionApi);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeEditors();
  });

  it('completes the landscape\'s communities after a +, declared ones with their names', async () => {
    const editor = await openFile('journals', 'maria', '2026-11.practice');
    const line = editor.document.lineCount;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\n2026-11-21 engagement +da'));
    const at = new vscode.Position(line + 1, '2026-11-21 engagement +da'.length);
    const list = await waitFor('community completions', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
      return result.items.some((item) => item.label === '+data-team' || (typeof item.label === 'object' && item.label.label === '+data-team')) ? result : undefined;
    });
    const item = list.items.find((each) => (typeof each.label === 'string' ? each.label : each.label.label) === '+data-team');
    assert.ok(item);
    assert.equal(item.detail, 'Clinical data and analytics team');
    const labels = list.items.map((each) => (typeof each.label === 'string' ? each.label : each.label.label));
    for (const community of ['+ward-7b', '+patient-flow', '+st-brigids-chapter']) assert.ok(labels.includes(community), `${community} missing from ${labels.join(', ')}`);
  });

  it('explains a +community reference on hover with its landscape name and domain', async () => {
    const editor = await openFile('journals', 'ana', '2026-11.practice');
    const at = positionOf(editor.document, '+patient-flow', 3);
    const hovers = await waitFor('a hover', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      return result.length > 0 ? result : undefined;
    });
    const text = hoverText(hovers);
    assert.match(text, /Patient flow and bed management/);
    assert.match(text, /Getting each patient to the right bed/);
    const range = hovers[0]?.range;
    assert.ok(range);
    assert.equal(editor.document.getText(range).replace(/^\+/, ''), 'patient-flow');
  });

  it('explains an entry kind on hover', async () => {
    const editor = await openFile('journals', 'li', '2026-11.practice');
    const at = positionOf(editor.document, 'imagination +night', 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    assert.match(hoverText(hovers), /imagination/i);
  });

  it('renames a person everywhere: every journal that names them and the landscape', async () => {
    const editor = await openFile('journals', 'li', '2026-11.practice');
    const at = positionOf(editor.document, '@joss', 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, at, 'jocelyn');
    assert.ok(edit, 'no rename edit');
    const files = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri, false)).sort();
    assert.deepEqual(files, ['journals/ana/2026-11.practice', 'journals/li/2026-11.practice', 'journals/maria/2026-11.practice', 'landscape.yaml', 'team/retro-2026-11-20.practice']);
    for (const [uri, edits] of edit.entries()) {
      const document = await vscode.workspace.openTextDocument(uri);
      for (const change of edits) {
        assert.equal(change.newText.replace(/^@/, ''), 'jocelyn');
        assert.equal(document.getText(change.range).replace(/^@/, ''), 'joss', `${vscode.workspace.asRelativePath(uri)} ${change.range.start.line}`);
      }
    }
    const inLi = edit.get(editor.document.uri);
    const mentions = editor.document.getText().split('@joss').length - 1;
    assert.equal(inLi.length, mentions);
  });
});
