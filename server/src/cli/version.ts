import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'practice-journal';

/**
 * The product's version from its package.json, found by walking up from this module: the
 * bundle lives in dist/, the compiled tests in out/, so no fixed relative path fits both.
 */
export function productVersion(start: string = __dirname): string {
  let directory = start;
  for (;;) {
    const version = versionIn(join(directory, 'package.json'));
    if (version !== undefined) return version;
    const parent = dirname(directory);
    if (parent === directory) return '0.0.0';
    directory = parent;
  }
}

function versionIn(file: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    return manifest.name === PACKAGE_NAME && typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/** Where the SARIF output points for information about the tool. */
export const INFORMATION_URI = 'https://github.com/practice-journal/practice-journal';
