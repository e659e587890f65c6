/**
 * What the benchmark needs before it measures: the bundled server and CLI (built fresh, so a
 * clone measures its own code), GNU time for peak memory, and the anchor tools. Debian
 * packages are installed with apt-get when allowed; whatever cannot be had becomes a note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI_BUNDLE, ROOT, SERVER_BUNDLE } from './paths';
import { hasGnuTime } from './processRun';

/** An anchor tool ready to run: the program and what it reported as its version. */
export interface Tool {
  command: string;
  /** Arguments that come before the input file. */
  prefix: string[];
  version: string;
}

export interface Tools {
  hledger: Tool | undefined;
  ledger: Tool | undefined;
  markdownlint: Tool | undefined;
  /** Why a tool is missing, or what was installed. */
  notes: string[];
}

/** Builds dist/ with the project's own bundle script (what `npm run bundle` runs). */
export function bundle(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run bundle failed:\n${result.stderr || result.stdout}`);
  for (const path of [CLI_BUNDLE, SERVER_BUNDLE]) {
    if (!existsSync(path)) throw new Error(`npm run bundle did not build ${path}: is its entry point missing?`);
  }
}

function which(program: string): string | undefined {
  for (const folder of (process.env['PATH'] ?? '').split(':')) {
    const path = join(folder, program);
    if (folder && existsSync(path)) return path;
  }
  return undefined;
}

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).split('\n')[0]!.trim();
  } catch {
    return 'unknown version';
  }
}

/** apt-get as root, or through `sudo -n` when that works without a password. */
function aptGet(args: string[]): boolean {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
  const result = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/** Installs the missing Debian packages (one `apt-get update` first); returns the notes to report. */
function installPackages(packages: string[], install: boolean, log: (line: string) => void): string[] {
  if (packages.length === 0) return [];
  if (!install) return [`not installed: ${packages.join(', ')} (this run installs nothing; a full run or --install does: apt-get install ${packages.join(' ')})`];
  log(`installing ${packages.join(', ')} with apt-get…`);
  if (!aptGet(['update', '-qq'])) return [`apt-get update failed, so ${packages.join(', ')} could not be installed`];
  if (aptGet(['install', '-y', '-qq', ...packages])) return [`installed with apt-get: ${packages.join(', ')}`];
  return [`apt-get install ${packages.join(' ')} failed`];
}

function markdownlint(): Tool | undefined {
  // Read from node_modules directly: the package's exports do not include its package.json.
  const manifestPath = join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin: Record<string, string> | string };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0]!;
    return { command: process.execPath, prefix: [join(dirname(manifestPath), bin)], version: `markdownlint-cli2 ${manifest.version}` };
  } catch {
    return undefined;
  }
}

/** Makes sure GNU time and the anchors are there when `install` allows; says what is missing. */
export function prepareTools(install: boolean, log: (line: string) => void): Tools {
  const missing = [!hasGnuTime() && 'time', !which('hledger') && 'hledger', !which('ledger') && 'ledger'].filter((name): name is string => typeof name === 'string');
  const notes = installPackages(missing, install, log);
  if (!hasGnuTime()) notes.push('GNU time is missing: peak memory is read by polling /proc/PID/status (VmHWM) every 5 ms instead');
  const hledgerPath = which('hledger');
  const ledgerPath = which('ledger');
  const lint = markdownlint();
  if (!lint) notes.push('markdownlint-cli2 is not installed (it is a devDependency: run npm install): its anchor is skipped');
  return {
    hledger: hledgerPath ? { command: hledgerPath, prefix: ['check', '-f'], version: versionOf(hledgerPath, ['--version']) } : undefined,
    ledger: ledgerPath ? { command: ledgerPath, prefix: ['stats', '-f'], version: versionOf(ledgerPath, ['--version']) } : undefined,
    markdownlint: lint,
    notes,
  };
}
