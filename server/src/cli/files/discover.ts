import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../io';
import { describeError } from './read';
import { isLintablePath } from './names';
import { walkFolder } from './walk';

/** The files a command works on, and notes about what was skipped. */
export interface Discovery {
  /** Absolute paths, each file once, in the order found. */
  files: string[];
  notes: string[];
}

const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns command-line arguments (files, folders or glob patterns, relative to `cwd`) into
 * the files to read; no argument means `cwd` itself. An argument that matches nothing is a
 * usage error: a CI job with a mistyped path should fail, not pass on zero files.
 */
export function discoverFiles(args: readonly string[], cwd: string): Discovery {
  const found = new Map<string, string>();
  const notes: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const matched = filesFor(arg, cwd, notes);
    if (matched.files.length === 0) throw new CliError(`no .practice files matched '${arg}'`);
    matched.files.forEach((file, index) => addOnce(found, file, matched.realPaths?.[index]));
  }
  return { files: [...found.values()], notes };
}

/**
 * Adds a file unless it is already there under another name (through a symbolic link): one
 * file is linted once, under the name that is not a link when there is one.
 */
function addOnce(found: Map<string, string>, path: string, knownReal: string | undefined): void {
  const real = knownReal ?? realPathOf(path);
  const known = found.get(real);
  if (known === undefined || (known !== real && path === real)) found.set(real, path);
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The files an argument names, with their real paths where a folder walk already knows them. */
function filesFor(arg: string, cwd: string, notes: string[]): { files: string[]; realPaths?: (string | undefined)[] } {
  const path = resolve(cwd, arg);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot read '${arg}': ${describeError(error)}`);
    if (globber().isDynamicPattern(arg)) return { files: globFiles(arg, cwd) };
    throw new CliError(`no .practice files matched '${arg}' (no such file or folder)`);
  }
  if (isDirectory) {
    const walked = walkFolder(path, cwd);
    notes.push(...walked.notes);
    return walked;
  }
  if (!isLintablePath(path)) throw new CliError(`'${arg}' is neither a .practice journal nor a landscape.yaml`);
  return { files: [path] };
}

function globFiles(pattern: string, cwd: string): string[] {
  const matches = globber().globSync(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: GLOB_IGNORE,
  });
  return matches.map((match) => resolve(match)).filter(isLintablePath);
}

/**
 * The glob library, loaded on first use: most runs name no glob. `require` (not `import`)
 * also makes the bundler pick its CommonJS build, which works inside the CommonJS bundle.
 */
function globber(): typeof import('tinyglobby') {
  return require('tinyglobby') as typeof import('tinyglobby');
}
