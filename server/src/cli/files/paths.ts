import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `cwd`, with `/` on every platform: how every output names a file. */
export function relativeName(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}

/** Compares by UTF-16 code units, so the order is the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `path` lies strictly below `folder`. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}
