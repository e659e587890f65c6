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
  // Most URIs have nothing escaped: their path is its own key.
  if (path.indexOf('%') === -1) return prefix.toLowerCase() + path;
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

/**
 * A path's segments, percent-escapes decoded. An escaped separator (`%2F`, `%5C`) separates
 * too, so `..%2F..` climbs two folders here just as it would for any reader that decodes it:
 * the confinement check then judges the place that would really be read.
 */
function decodedSegments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').flatMap((segment) => decodeSegment(segment).split(/[\\/]/));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes a segment; a lone surrogate, which no URI can hold (encoding it throws), becomes U+FFFD. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd'));
}

/** Resolves a `/`-separated relative (or absolute) path against a directory URI. */
export function resolveUri(directoryUri: string, relativePath: string): string {
  const { prefix, path } = splitAuthority(directoryUri);
  const encoded = decodedSegments(relativePath).map((segment) => (segment === '..' || segment === '.' || !prefix ? segment : encodeSegment(segment)));
  const base = relativePath.startsWith('/') ? [] : path.split('/');
  return prefix + '/' + normalizeSegments([...base, ...encoded]).join('/');
}

/** True when `uri` is `root` or lies below it. */
export function isWithin(uri: string, root: string): boolean {
  const child = uriKey(uri);
  const parent = uriKey(root).replace(/\/+$/, '');
  return child === parent || child.startsWith(parent + '/');
}

/**
 * True when a landscape `target` that the journal `journalUri` names may be read: it lies in one
 * of the workspace `roots`. With no roots (a journal opened on its own), the journal's own
 * folder stands in for the workspace, so a lone file cannot make the tools read anything else.
 */
export function isConfined(target: string, roots: readonly string[], journalUri: string): boolean {
  const bounds = roots.length > 0 ? roots : [uriDirname(journalUri)];
  return bounds.some((root) => isWithin(target, root));
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
