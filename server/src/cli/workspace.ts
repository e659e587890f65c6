import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService } from '../language/service';
import { LANDSCAPE_NAMES, isLandscapeName } from './files/names';
import { compare, isBelow, relativeName } from './files/paths';
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
  journals: JournalPath[];
  /** The landscapes asked about, already read and loaded, sorted by relative path. */
  landscapes: SourceFile[];
  /** Whether each file the service read started with a BOM (by URI), for writing fixes back. */
  boms: Map<string, boolean>;
  /** What was skipped and why, for stderr. */
  notes: string[];
}

/** A journal asked about: its absolute path and how outputs name it. */
export interface JournalPath {
  path: string;
  relativePath: string;
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
  const service = serviceFor(cwd, today, boms);
  const sorted = paths.map((path) => ({ path, relativePath: relativeName(cwd, path) })).sort((a, b) => compare(a.relativePath, b.relativePath));
  const workspace: Workspace = { service, cwd, journals: [], landscapes: [], boms, notes: [] };
  for (const named of sorted) {
    if (!isLandscapeName(basename(named.path))) workspace.journals.push(named);
    else {
      const file = readSourceFile(workspace, named);
      if ('note' in file) workspace.notes.push(file.note);
      else workspace.landscapes.push(file);
    }
  }
  loadContextLandscapes(workspace);
  return workspace;
}

/**
 * How `visitFiles` hands the journals to the service: `read` only reads them (the visitor
 * checks a journal's text with `checkText`, which keeps nothing); `visit` puts each in the
 * service for its visit and takes it out after (a journal's diagnostics depend only on itself
 * and its landscape, so memory stays flat on large workspaces); `keep` leaves them all in.
 */
export type JournalHandling = 'read' | 'visit' | 'keep';

/** Calls `visit` for every journal, then every landscape asked about. */
export function visitFiles(workspace: Workspace, visit: (file: SourceFile) => void, handling: JournalHandling): void {
  for (const journal of workspace.journals) {
    const file = readSourceFile(workspace, journal, handling !== 'read');
    if ('note' in file) {
      workspace.notes.push(file.note);
      continue;
    }
    visit(file);
    if (handling === 'visit') releaseJournal(workspace, file);
  }
  for (const file of workspace.landscapes) visit(file);
}

/**
 * Reads a file, into the service unless `load` is false; a file that vanished since discovery
 * becomes a note instead.
 */
export function readSourceFile(workspace: Workspace, { path, relativePath }: JournalPath, load = true): SourceFile | { note: string } {
  const read = readSource(path);
  if (read.kind === 'gone') return { note: `skipped '${relativePath}': ${read.reason}` };
  const uri = pathToFileURL(path).href;
  if (read.kind === 'text' && load) {
    workspace.service.setFile(uri, read.text);
    workspace.boms.set(uri, read.bom);
  }
  return { path, uri, relativePath, read };
}

/**
 * Takes a linted journal out of the service: a journal's diagnostics depend only on itself
 * and its landscape, so dropping each after its visit keeps memory flat on large workspaces.
 */
function releaseJournal(workspace: Workspace, file: SourceFile): void {
  if (file.read.kind !== 'text') return;
  workspace.service.deleteFile(file.uri);
  workspace.boms.delete(file.uri);
}

/**
 * A workspace for a helper thread: the same root and landscapes (texts as the main thread
 * read them) and the journals, which the thread reads as it claims them.
 */
export function workspaceWith(cwd: string, today: number | undefined, journals: JournalPath[], landscapes: readonly { uri: string; text: string }[]): Workspace {
  const boms = new Map<string, boolean>();
  const service = serviceFor(cwd, today, boms);
  for (const { uri, text } of landscapes) service.setFile(uri, text);
  return { service, cwd, journals, landscapes: [], boms, notes: [] };
}

/** The landscapes the service holds, with their texts, for `workspaceWith`. */
export function loadedLandscapes(workspace: Workspace): { uri: string; text: string }[] {
  return workspace.service.files().flatMap((uri) => {
    const landscape = workspace.service.getLandscape(uri);
    return landscape ? [{ uri, text: landscape.text }] : [];
  });
}

function serviceFor(cwd: string, today: number | undefined, boms: Map<string, boolean>): LanguageService {
  return createLanguageService({
    roots: [pathToFileURL(cwd).href],
    readFile: (uri) => readForService(uri, boms),
    ...(today === undefined ? {} : { today: () => today }),
  });
}

function loadContextLandscapes(workspace: Workspace): void {
  const settled = new Set<string>();
  for (const { path, relativePath } of workspace.journals) {
    if (!isBelow(relativePath)) continue;
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
