/** A workspace folder on disk for one test, removed afterwards. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TempWorkspace {
  /** The folder's `file:` URI (no trailing slash). */
  uri: string;
  path: string;
  /** The URI of a file given by its `/`-separated path below the folder. */
  uriOf(relativePath: string): string;
  write(relativePath: string, text: string): string;
  remove(relativePath: string): string;
  dispose(): void;
}

/** Creates a folder holding `files` (relative path → text). */
export function tempWorkspace(files: Record<string, string> = {}): TempWorkspace {
  const path = mkdtempSync(join(tmpdir(), 'practice-journal-'));
  const uri = pathToFileURL(path).href.replace(/\/+$/, '');
  const workspace: TempWorkspace = {
    uri,
    path,
    uriOf: (relativePath) => pathToFileURL(join(path, relativePath)).href,
    write(relativePath, text) {
      const file = join(path, relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return workspace.uriOf(relativePath);
    },
    remove(relativePath) {
      rmSync(join(path, relativePath), { force: true });
      return workspace.uriOf(relativePath);
    },
    dispose: () => rmSync(path, { recursive: true, force: true }),
  };
  for (const [relativePath, text] of Object.entries(files)) workspace.write(relativePath, text);
  return workspace;
}
