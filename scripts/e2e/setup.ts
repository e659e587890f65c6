import { spawnSync } from 'node:child_process';
/**
 * Installs the real VS Code the end-to-end tests and `npm start` drive: code-server (VS Code's
 * workbench served to a browser, with a Node extension host) and the Node 24 it requires, both
 * from the npm registry, into a git-ignored folder. Idempotent: a finished install is stamped
 * and skipped next time. Run `npm run setup:e2e`, or call ensureVsCode().
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CODE_SERVER_ENTRY,
  CODE_SERVER_PREFIX,
  CODE_SERVER_VERSION,
  E2E_DIR,
  INSTALL_STAMP,
  NODE_BIN,
  NODE_HOME,
  NODE_PREFIX,
  NODE_VERSION,
  PINS_DIR,
} from './paths';

/** From Debian's libkrb5-dev: code-server's kerberos module compiles against it. */
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

interface Stamp {
  node: string;
  codeServer: string;
  seconds: number;
}

/** True when both pinned pieces are installed and stamped as complete. */
export function isVsCodeInstalled(): boolean {
  if (!existsSync(INSTALL_STAMP) || !existsSync(NODE_BIN) || !existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    const stamp = JSON.parse(readFileSync(INSTALL_STAMP, 'utf8')) as Partial<Stamp>;
    return stamp.node === NODE_VERSION && stamp.codeServer === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

/**
 * Installs Node 24 and code-server unless already there; returns the seconds spent (0 when
 * skipped). Rejects with the tail of the failing command's output.
 */
export async function ensureVsCode(log: (line: string) => void = console.log): Promise<number> {
  if (isVsCodeInstalled()) {
    log(`real VS Code: code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} is installed in ${E2E_DIR}`);
    return 0;
  }
  // Without these headers the native build fails deep in node-gyp's output; install them when
  // this machine lets us, else say so up front.
  if (!existsSync(GSSAPI_HEADER)) installDebianPackage('libkrb5-dev', log);
  if (!existsSync(GSSAPI_HEADER)) {
    throw new Error(`real VS Code: ${GSSAPI_HEADER} is missing; code-server's native modules need it. Install the Debian package libkrb5-dev (apt-get install libkrb5-dev) and run again.`);
  }
  const started = performance.now();
  rmSync(INSTALL_STAMP, { force: true });
  log(`real VS Code: installing Node ${NODE_VERSION} into ${NODE_PREFIX}`);
  await npmCi(NODE_PREFIX, join(PINS_DIR, 'node'), outsideNpmRun(process.env));
  // code-server's postinstall compiles native modules with node-gyp for Node 24; the machine's
  // npm config may name another Node's headers, so nodedir must point at Node 24's own.
  const env = {
    ...outsideNpmRun(process.env),
    PATH: `${join(NODE_HOME, 'bin')}:${process.env['PATH'] ?? ''}`,
    npm_config_nodedir: NODE_HOME,
    JOBS: 'max',
  };
  log(`real VS Code: installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_PREFIX} (compiles native modules, a few minutes)`);
  await npmCi(CODE_SERVER_PREFIX, join(PINS_DIR, 'code-server'), env);
  if (!existsSync(NODE_BIN) || !existsSync(CODE_SERVER_ENTRY)) {
    throw new Error('real VS Code: the install finished but its entry points are missing');
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const stamp: Stamp = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, seconds };
  writeFileSync(INSTALL_STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
  log(`real VS Code: installed in ${seconds} s`);
  return seconds;
}

/**
 * The environment without what an outer `npm run` adds for its script. Left in, it would
 * describe the outer npm's Node: code-server's postinstall reads the Node version from
 * npm_config_user_agent and refuses anything but 24. The user's own npm settings stay.
 */
function outsideNpmRun(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const scriptOnly = new Set(['NODE', 'INIT_CWD', 'npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_local_prefix', 'npm_config_npm_version']);
  return Object.fromEntries(Object.entries(env).filter(([key]) => !scriptOnly.has(key) && !/^npm_(?!config_)/i.test(key)));
}

/** `npm ci` from a committed manifest and lock file, so every transitive version is pinned. */
async function npmCi(prefix: string, pins: string, env: NodeJS.ProcessEnv): Promise<void> {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(pins, file), join(prefix, file));
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], prefix, env);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${output}`));
    });
  });
}

if (require.main === module) {
  ensureVsCode().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** Installs a Debian package with apt-get when running as root on a machine that has it. */
function installDebianPackage(name: string, log: (line: string) => void): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return;
  log(`real VS Code: installing the Debian package ${name}`);
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
  if (update.status !== 0) return;
  spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env: environment });
}
