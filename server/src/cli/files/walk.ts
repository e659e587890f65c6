import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { describeError } from './read';
import { isLintableName, isSkippedName } from './names';
import { relativeName } from './paths';

/** What a folder scan found, and what it had to skip, said in plain words. */
export interface WalkResult {
  files: string[];
  /**
   * Each file's real path, where the walk knows it without asking the file system again (a
   * file that is not a link, in a folder whose real path was resolved); undefined otherwise.
   */
  realPaths: (string | undefined)[];
  notes: string[];
}

/**
 * Every journal and landscape under `root`, recursively, skipping node_modules and
 * dot-folders (and dot-files). Symbolic links are followed, but a folder is entered once
 * (by its real path), so a link loop ends. Never throws: unreadable folders become notes.
 */
export function walkFolder(root: string, cwd: string): WalkResult {
  const result: WalkResult = { files: [], realPaths: [], notes: [] };
  const visited = new Set<string>();
  const pending = [root];
  const shown = (path: string): string => relativeName(cwd, path);
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const real = realPath(folder);
    if (real === undefined || visited.has(real)) continue;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      result.notes.push(`cannot read folder '${shown(folder)}': ${describeError(error)}; skipped`);
      continue;
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name, false)) continue;
      const path = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? linkTarget(path, real, visited) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'special';
      if (kind === 'folder' && !isSkippedName(entry.name, true)) pending.push(path);
      else if (kind === 'file' && isLintableName(entry.name)) {
        result.files.push(path);
        result.realPaths.push(entry.isSymbolicLink() ? undefined : join(real, entry.name));
      }
      else if (kind === 'loop') result.notes.push(`skipped '${shown(path)}': a symbolic link loop`);
      else if (kind === 'broken' && isLintableName(entry.name)) result.notes.push(`skipped '${shown(path)}': a broken symbolic link`);
      else if (kind === 'special' && isLintableName(entry.name)) result.notes.push(`skipped '${shown(path)}': it is a pipe, socket or device, not a regular file`);
    }
  }
  return result;
}

/** `special`: a pipe, socket or device, which is never read (it might never end). */
type LinkKind = 'folder' | 'file' | 'loop' | 'broken' | 'special' | 'other';

/** What a symbolic link leads to; a link to the folder it is in, or above it, is a loop. */
function linkTarget(path: string, parentReal: string, visited: ReadonlySet<string>): LinkKind {
  let isDirectory: boolean;
  try {
    const stats = statSync(path);
    if (stats.isFile()) return 'file';
    isDirectory = stats.isDirectory();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'broken';
  }
  if (!isDirectory) return 'special';
  const real = realPath(path);
  if (real === undefined) return 'broken';
  const isAncestor = parentReal === real || parentReal.startsWith(real.endsWith(sep) ? real : real + sep);
  if (isAncestor) return 'loop';
  return visited.has(real) ? 'other' : 'folder';
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
