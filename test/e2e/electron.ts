/**
 * `npm run test:e2e:electron`: the same extension-host suite (suite/) in desktop VS Code,
 * through @vscode/test-electron, the ecosystem's usual runner. It downloads VS Code from
 * Microsoft's update servers into .vscode-test/, so it needs the internet; CI runs the suite
 * in code-server instead (runExtensionHost.ts). VS Code's version matches code-server's by
 * default; PRACTICE_E2E_VSCODE_VERSION overrides it ("stable", "insiders", "1.100.0" …).
 */
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../../scripts/e2e/paths';
import { scratchExamples } from './workspace';

/** VS Code 1.139.1 is what code-server 4.139.1 embeds. */
const VERSION = process.env['PRACTICE_E2E_VSCODE_VERSION'] ?? '1.139.1';

async function main(): Promise<number> {
  const workspace = scratchExamples();
  try {
    return await runTests({
      version: VERSION,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    workspace.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
