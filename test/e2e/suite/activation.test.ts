import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeEditors, extensionApi, lintWorkspace, openFile, waitFor } from './helpers';

describe('activation', () => {
  after(closeEditors);

  it('is active once a journal is open, gives it the practice language and exports its API', async () => {
    const editor = await openFile('journals', 'maria', '2026-11.practice');
    assert.equal(editor.document.languageId, 'practice');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await waitFor('the extension to activate', () => extension.isActive);
    const api = await extensionApi();
    assert.equal(typeof api.model, 'function');
    assert.ok(api.multimembership && api.crossings && api.filter && api.statusBar);
  });

  it('answers model requests from the language server with the example workspace', async () => {
    const api = await extensionApi();
    const result = await waitFor('a model answer', () => api.model({}));
    const authors = ['ana', 'li', 'maria'].filter((id) => result.model.people.some((person) => person.id === id && person.memberships.length > 0));
    assert.deepEqual(authors, ['ana', 'li', 'maria']);
    assert.equal(result.model.crossings.length, 6);
  });

  it('finds no errors or warnings in the example workspace with "Lint Whole Workspace"', async () => {
    await extensionApi();
    const result = await lintWorkspace();
    assert.deepEqual({ files: result.files, errors: result.errors, warnings: result.warnings }, { files: 5, errors: 0, warnings: 0 });
  });

  it('shows this month\'s moments of the active journal\'s author in the status bar', async () => {
    const api = await extensionApi();
    await openFile('journals', 'ana', '2026-11.practice');
    const text = await waitFor('the status bar item', () => (api.statusBar.item.text.startsWith('$(book)') ? api.statusBar.item.text : undefined));
    assert.doesNotMatch(text, /no author/);
  });
});
