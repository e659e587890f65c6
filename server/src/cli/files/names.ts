import { basename } from 'node:path';

/** The landscape file names, in the order a folder's landscape is chosen. */
export const LANDSCAPE_NAMES = ['landscape.yaml', 'landscape.yml'] as const;

export function isLandscapeName(name: string): boolean {
  return name === LANDSCAPE_NAMES[0] || name === LANDSCAPE_NAMES[1];
}

/** A file the linter reads: a journal or a landscape. */
export function isLintableName(name: string): boolean {
  return name.endsWith('.practice') || isLandscapeName(name);
}

export function isLintablePath(path: string): boolean {
  return isLintableName(basename(path));
}

/**
 * Names a folder scan passes over: dot-files and dot-folders (`.git` among them), and
 * `node_modules` folders, which hold other people's files.
 */
export function isSkippedName(name: string, isFolder: boolean): boolean {
  return name.startsWith('.') || (isFolder && name === 'node_modules');
}
