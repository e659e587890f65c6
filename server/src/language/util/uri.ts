/**
 * Pure helpers on hierarchical URIs (`file:///a/b/c.practice`) and plain `/`-separated paths.
 * The core never touches the file system: it only computes names the host may read.
 */

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/;

function splitAuthority(uri: string): { prefix: string; path: string } {
  const match = SCHEME.exec(uri);
  if (!match) return { prefix: '', path: uri };
  return { prefix: match[0], path: uri.slice(match[0].length) || '/' };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A comparison key: percent-escapes decoded, so `a%20b` and `a b` name one file. */
export function uriKey(uri: string): string {
  const { prefix, path } = splitAuthority(uri);
  return prefix.toLowerCase() + path.split('/').map(decodeSegment).join('/');
}

export function uriDirname(uri: string): string {
  const { prefix, path } = splitAuthority(uri);
  const slash = path.lastIndexOf('/');
  return prefix + (slash <= 0 ? '/' : path.slice(0, slash));
}

export function uriBasename(uri: string): string {
  const { path } = splitAuthority(uri);
  return decodeSegment(path.slice(path.lastIndexOf('/') + 1));
}

function normalizeSegments(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

/** Resolves a `/`-separated relative (or absolute) path against a directory URI. */
export function resolveUri(directoryUri: string, relativePath: string): string {
  const { prefix, path } = splitAuthority(directoryUri);
  const encoded = relativePath.replace(/\\/g, '/').split('/').map((segment) =>
    segment === '..' || segment === '.' ? segment : prefix ? encodeURIComponent(decodeSegment(segment)) : segment,
  );
  const base = relativePath.startsWith('/') ? [] : path.split('/');
  return prefix + '/' + normalizeSegments([...base, ...encoded]).join('/');
}

/** True when `uri` is `root` or lies below it. */
export function isWithin(uri: string, root: string): boolean {
  const child = uriKey(uri);
  const parent = uriKey(root).replace(/\/+$/, '');
  return child === parent || child.startsWith(parent + '/');
}

/** `uri` relative to `root`, `/`-separated, or the whole decoded path when outside. */
export function relativeUri(root: string, uri: string): string {
  const parent = uriKey(root).replace(/\/+$/, '');
  const child = uriKey(uri);
  return child.startsWith(parent + '/') ? child.slice(parent.length + 1) : splitAuthority(child).path;
}

export function isLandscapeUri(uri: string): boolean {
  const name = uriBasename(uri);
  return name === 'landscape.yaml' || name === 'landscape.yml';
}

export function isJournalUri(uri: string): boolean {
  return uriBasename(uri).endsWith('.practice');
}
