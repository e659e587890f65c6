/** Finding the journals and landscapes on disk below a workspace folder. */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from './language/service';

/** Folders never searched: installed packages and version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

function isWorkspaceFile(name: string): boolean {
  return name.endsWith('.practice') || name === 'landscape.yaml' || name === 'landscape.yml';
}

/** True when a `/`-separated path relative to a workspace folder lies inside a folder never searched. */
export function isIgnoredPath(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => SKIPPED_FOLDERS.has(segment));
}

/**
 * Encodes a path segment the way VS Code writes file URIs, so a file found on disk and the same
 * file opened in the editor carry the same URI.
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The file system path of a `file:` URI; undefined for any other scheme. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

async function entriesOf(path: string): Promise<Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * The URIs of every `.practice` file and landscape below a `file:` folder URI, in a stable order.
 * Symbolic links are not followed, so a link cycle cannot trap the walk.
 */
export async function findWorkspaceFiles(rootUri: string, token: CancellationToken): Promise<string[]> {
  const rootPath = uriToPath(rootUri);
  if (rootPath === undefined) return [];
  const found: string[] = [];
  const pending: { path: string; uri: string }[] = [{ path: rootPath, uri: rootUri.replace(/\/+$/, '') }];
  while (pending.length > 0 && !token.isCancellationRequested) {
    const folder = pending.pop()!;
    const entries = await entriesOf(folder.path);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const uri = `${folder.uri}/${encodeSegment(entry.name)}`;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) pending.push({ path: join(folder.path, entry.name), uri });
      else if (entry.isFile() && isWorkspaceFile(entry.name)) found.push(uri);
    }
  }
  return found;
}
