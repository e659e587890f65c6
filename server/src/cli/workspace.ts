import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService } from '../language/service';
import { LANDSCAPE_NAMES, isLandscapeName } from './files/names';
import { compare, isInside, relativeName } from './files/paths';
import { readSource, type ReadResult } from './files/read';

/** A file the command was asked about, as it was read. */
export interface SourceFile {
  path: string;
  uri: string;
  /** Relative to the current folder, `/`-separated: how every output names the file. */
  relativePath: string;
  read: Exclude<ReadResult, { kind: 'gone' }>;
}

/**
 * One language service for the whole command, with every landscape loaded up front: those
 * asked about, and the nearest one above each journal asked about. Journals are read one at
 * a time by `visitFiles`.
 */
export interface Workspace {
  service: LanguageService;
  cwd: string;
  /** The journals asked about, sorted by relative path; read when visited. */
  journals: string[];
  /** The landscapes asked about, already read and loaded, sorted by relative path. */
  landscapes: SourceFile[];
  /** Whether each file the service read started with a BOM (by URI), for writing fixes back. */
  boms: Map<string, boolean>;
  /** What was skipped and why, for stderr. */
  notes: string[];
}

export interface WorkspaceOptions {
  cwd: string;
  /** Today as days since 1970-01-01; the host clock when absent. */
  today?: number;
}

/**
 * Opens the workspace of `paths`. Its root is the current folder: a front matter's
 * `landscape:` may not point outside it, and the search for a journal's nearest landscape
 * goes up to it and no further.
 */
export function openWorkspace(paths: readonly string[], options: WorkspaceOptions): Workspace {
  const boms = new Map<string, boolean>();
  const { cwd, today } = options;
  const service = createLanguageService({
    roots: [pathToFileURL(cwd).href],
    readFile: (uri) => readForService(uri, boms),
    ...(today === undefined ? {} : { today: () => today }),
  });
  const sorted = [...paths].sort((a, b) => compare(relativeName(cwd, a), relativeName(cwd, b)));
  const workspace: Workspace = { service, cwd, journals: [], landscapes: [], boms, notes: [] };
  for (const path of sorted) {
    if (!isLandscapeName(basename(path))) workspace.journals.push(path);
    else {
      const file = readFile(workspace, path);
      if (file) workspace.landscapes.push(file);
    }
  }
  loadContextLandscapes(workspace);
  return workspace;
}

/**
 * Calls `visit` for every journal, then every landscape asked about. Unless `keep` is set,
 * each journal leaves the service after its visit: a journal's diagnostics depend only on
 * itself and its landscape, and dropping it keeps memory flat on large workspaces.
 */
export function visitFiles(workspace: Workspace, visit: (file: SourceFile) => void, keep = false): void {
  for (const path of workspace.journals) {
    const file = readFile(workspace, path);
    if (!file) continue;
    visit(file);
    if (!keep && file.read.kind === 'text') workspace.service.deleteFile(file.uri);
  }
  for (const file of workspace.landscapes) visit(file);
}

/** Reads a file into the service; a file that vanished since discovery becomes a note. */
function readFile(workspace: Workspace, path: string): SourceFile | undefined {
  const read = readSource(path);
  const relativePath = relativeName(workspace.cwd, path);
  if (read.kind === 'gone') {
    workspace.notes.push(`skipped '${relativePath}': ${read.reason}`);
    return undefined;
  }
  const uri = pathToFileURL(path).href;
  if (read.kind === 'text') {
    workspace.service.setFile(uri, read.text);
    workspace.boms.set(uri, read.bom);
  }
  return { path, uri, relativePath, read };
}

function loadContextLandscapes(workspace: Workspace): void {
  const settled = new Set<string>();
  for (const path of workspace.journals) {
    if (!isInside(path, workspace.cwd)) continue;
    for (let folder = dirname(path); !settled.has(folder); folder = dirname(folder)) {
      settled.add(folder);
      if (loadLandscapeIn(workspace, folder) || folder === workspace.cwd || dirname(folder) === folder) break;
    }
  }
}

/** Makes sure the landscape of `folder`, if it has one, is in the service; true when it has one. */
function loadLandscapeIn(workspace: Workspace, folder: string): boolean {
  for (const name of LANDSCAPE_NAMES) {
    const path = join(folder, name);
    if (workspace.service.hasFile(pathToFileURL(path).href)) return true;
    if (!existsSync(path)) continue;
    const read = readSource(path);
    if (read.kind === 'text') {
      const uri = pathToFileURL(path).href;
      workspace.service.setFile(uri, read.text);
      workspace.boms.set(uri, read.bom);
      return true;
    }
    const reason = read.kind === 'not-text' ? 'it is not UTF-8 text' : read.reason;
    workspace.notes.push(`cannot read the landscape '${relativeName(workspace.cwd, path)}': ${reason}; the journals below it are linted without it`);
  }
  return false;
}

function readForService(uri: string, boms: Map<string, boolean>): string | undefined {
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  const read = readSource(path);
  if (read.kind !== 'text') return undefined;
  boms.set(uri, read.bom);
  return read.text;
}
