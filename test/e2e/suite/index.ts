/**
 * The extension-host suite's entry point: VS Code loads this module in the extension host
 * (extensionTestsPath) and awaits run(). It runs every *.test.js beside it with mocha's spec
 * reporter. In the browser workbench (code-server), the console reaches the runner mixed with
 * the workbench's own chatter, so the reporter's lines are formatted here and marked; the
 * runner prints the marked lines ("N passing", "N failing" included) and files away the rest.
 * Desktop VS Code (test-electron) prints the extension host's console as it is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { REPORT_MARKER } from '../reportMarker';

/** Runs the suite; rejects when a test fails, which makes VS Code exit with code 1. */
export function run(): Promise<void> {
  if (vscode.env.uiKind === vscode.UIKind.Web) {
    Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
      for (const line of format(...data).split('\n')) console.log(REPORT_MARKER + line);
    };
  }
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const grep = process.env['PRACTICE_E2E_GREP'];
  if (grep !== undefined && grep !== '') mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
