/**
 * Starts and stops the real VS Code (code-server, installed by setup.ts) for the end-to-end
 * tests and `npm start`: bound to 127.0.0.1 on a free port, no auth, no gallery, no telemetry,
 * everything it writes kept in one temporary folder, stopped by its process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, NODE_BIN } from './paths';
import { isVsCodeInstalled } from './setup';

/** User settings that keep the workbench quiet and predictable for tests and demos. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
};

/** How to start code-server. */
export interface CodeServerOptions {
  /** Packaged extensions (.vsix) to install before it starts. */
  readonly vsix?: readonly string[];
  /**
   * Honour the workbench's `payload` URL parameter (extension development path, extension
   * tests). An internal VS Code test hook: one reason the versions are pinned.
   */
  readonly smokeTestDriver?: boolean;
  /** A fixed port; default: a free one. */
  readonly port?: number;
}

/** What the workbench URL opens. */
export interface WorkbenchTarget {
  /** Absolute path of the folder to open. */
  readonly folder: string;
  /** Load the extension from this folder instead of the installed ones (smoke-test driver). */
  readonly extensionDevelopmentPath?: string;
  /** Run this CommonJS module's run() in the extension host (smoke-test driver). */
  readonly extensionTestsPath?: string;
}

/** A running code-server. */
export interface CodeServer {
  readonly port: number;
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** The temporary folder with its user data, extensions, XDG folders and TMPDIR. */
  readonly home: string;
  /** The URL that opens the workbench on a folder. */
  workbenchUrl(target: WorkbenchTarget): string;
  /** What the server printed so far (for failure reports). */
  output(): string;
  /** Settles when the server process ends, however it ends. */
  readonly exited: Promise<void>;
  /** Stops the server and everything it spawned, then removes its temporary folder. */
  stop(): Promise<void>;
}

/** Starts code-server and resolves once GET /healthz answers 200. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  if (!isVsCodeInstalled()) throw new Error('The real VS Code is not installed: run `npm run setup:e2e`.');
  const home = mkdtempSync(join(tmpdir(), 'practice-journal-vscode-'));
  try {
    const env = prepareHome(home);
    const common = ['--config', '/dev/null', '--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')];
    for (const vsix of options.vsix ?? []) {
      await runToEnd(NODE_BIN, [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix], env);
    }
    const port = options.port ?? (await freePort());
    const args = [
      CODE_SERVER_ENTRY,
      ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(options.smokeTestDriver === true ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ];
    // Its own process group, so stopping it also ends the extension host and language server.
    const child = spawn(NODE_BIN, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    return await running(child, port, home);
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/** Creates the isolated folders and returns the server's environment. */
function prepareHome(home: string): NodeJS.ProcessEnv {
  const user = join(home, 'user-data', 'User');
  for (const dir of [user, join(home, 'extensions'), join(home, 'config'), join(home, 'data'), join(home, 'tmp')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(user, 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    TMPDIR: join(home, 'tmp'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
  // Inherited from a surrounding VS Code terminal, these would redirect the CLI to that editor.
  delete env['VSCODE_IPC_HOOK_CLI'];
  delete env['ELECTRON_RUN_AS_NODE'];
  return env;
}

async function running(child: ChildProcess, port: number, home: string): Promise<CodeServer> {
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-50_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  const pid = child.pid ?? 0;

  const stop = async (): Promise<void> => {
    if (!exited) {
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    // Children may outlive the leader for a moment (extension host, language server).
    signalGroup(pid, 'SIGKILL');
    rmSync(home, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, () => exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin, home, workbenchUrl: (target) => workbenchUrl(origin, port, target), output: () => output, exited: exit, stop };
}

function workbenchUrl(origin: string, port: number, target: WorkbenchTarget): string {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload: [string, string][] = [];
  if (target.extensionDevelopmentPath !== undefined) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
  if (target.extensionTestsPath !== undefined) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  const query = new URLSearchParams({ folder: target.folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query.toString()}`;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function waitForHealth(origin: string, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`code-server exited before it was healthy:\n${output()}`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within 60 s:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`code-server ${args.slice(-2).join(' ')} exited with ${code}:\n${output}`));
    });
  });
}
