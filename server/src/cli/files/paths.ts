import { isAbsolute, relative, sep } from 'node:path';

/**
 * `path` relative to `cwd`, with `/` on every platform: how every output names a file. Both
 * are absolute and normalised (as `resolve` and `join` leave them); a path plainly below
 * `cwd` is cut rather than worked out by `relative`, which matters for ten thousand files.
 */
export function relativeName(cwd: string, path: string): string {
  if (sep === '/' && path.length > cwd.length + 1 && path.startsWith(cwd) && path.charCodeAt(cwd.length) === 47) {
    const rest = path.slice(cwd.length + 1);
    if (rest.charCodeAt(0) !== 46 && !rest.includes('/.') && !rest.includes('//') && !rest.endsWith('/')) return rest;
  }
  return relative(cwd, path).split(sep).join('/') || '.';
}

/** Compares by UTF-16 code units, so the order is the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when a name made by `relativeName` lies strictly below the folder it is relative to. */
export function isBelow(relativePath: string): boolean {
  return relativePath !== '.' && relativePath !== '..' && !relativePath.startsWith('../') && !isAbsolute(relativePath);
}
