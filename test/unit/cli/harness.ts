import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CliIo } from '../../../server/src/cli/io';
import { run } from '../../../server/src/cli/run';

/** The fixed date the CLI tests pass as `--today`, so date rules do not drift. */
export const TODAY = '2026-11-21';

/** A throw-away folder of files (text or raw bytes), removed by `dispose`. */
export interface TempWorkspace {
  root: string;
  path(relative: string): string;
  write(relative: string, content: string | Uint8Array): string;
  dispose(): void;
}

export function tempWorkspace(files: Record<string, string | Uint8Array> = {}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'practice-journal-cli-'));
  const workspace: TempWorkspace = {
    root,
    path: (relative) => join(root, relative),
    write: (relative, content) => {
      const path = join(root, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  for (const [relative, content] of Object.entries(files)) workspace.write(relative, content);
  return workspace;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process in `cwd`, capturing both streams. */
export async function runCli(argv: string[], cwd: string, options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    cwd,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** `lint` with a fixed today and the given arguments, parsing nothing. */
export function lint(cwd: string, ...args: string[]): Promise<CliResult> {
  return runCli(['lint', '--today', TODAY, ...args], cwd);
}

/** The repository root, whether the tests run from their sources or from out/. */
export function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

/** The json format's document, parsed. */
export interface JsonReport {
  version: number;
  files: { path: string; diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
  summary: { files: number; errors: number; warnings: number };
}

export async function lintJson(cwd: string, ...args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await lint(cwd, '--format', 'json', ...args);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** The rule ids reported for one file of a json report. */
export function rulesOf(report: JsonReport, path: string): string[] {
  const file = report.files.find((entry) => entry.path === path);
  if (!file) throw new Error(`${path} is not in the report: ${report.files.map((entry) => entry.path).join(', ')}`);
  return file.diagnostics.map((diagnostic) => diagnostic.rule);
}
