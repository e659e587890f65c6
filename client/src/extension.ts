/**
 * The extension's entry point: creates the parts and wires them together, nothing more. It
 * stays small, because loading it and calling `activate()` is what VS Code counts as the
 * extension's activation: the language client is loaded just after (see journalServer.ts).
 */
import * as vscode from 'vscode';
import type { PracticeJournalApi } from './api';
import { registerCommands } from './commands/registerCommands';
import { trackJournalPresence } from './journalPresence';
import { DeferredServer } from './journalServer';
import { JOURNAL_GLOB, LANDSCAPE_GLOB } from './pure/watchedFiles';
import { ModeStatusBar } from './statusBar';
import { ViewFilter } from './views/filter';
import { registerViews } from './views/registerViews';

let server: DeferredServer | undefined;

export function activate(context: vscode.ExtensionContext): PracticeJournalApi {
  const journals = vscode.workspace.createFileSystemWatcher(JOURNAL_GLOB);
  const landscapes = vscode.workspace.createFileSystemWatcher(LANDSCAPE_GLOB);
  server = new DeferredServer(context, [journals, landscapes]);
  const filter = new ViewFilter(context.workspaceState);
  const views = registerViews(context, server, filter);
  const statusBar = new ModeStatusBar(server);
  context.subscriptions.push(journals, landscapes, server, filter, statusBar);
  registerCommands(context, { server, filter, views });
  trackJournalPresence(context, journals);
  const running = server;
  return {
    multimembership: views.multimembership,
    crossings: views.crossings,
    multimembershipView: views.multimembershipView,
    crossingsView: views.crossingsView,
    filter,
    statusBar,
    ready: () => running.ready(),
    model: (params) => running.model(params),
  };
}

/** Stops the language server; the editor waits for it. */
export function deactivate(): Promise<void> | undefined {
  return server?.stop();
}
