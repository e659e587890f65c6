/**
 * Writes the JSON Schemas of `landscape.yaml` and the journal front matter into `schemas/`,
 * generated from the zod schemas the language server validates with. Run by `npm run schemas`
 * (from `out/scripts/`); test/unit/schemas.test.ts fails when the committed files are stale.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishedSchemas, schemaFileText } from '../server/src/language/yaml/jsonSchemas';

/** The project root: the nearest folder above `start` that holds package.json. */
export function projectRoot(start: string = __dirname): string {
  let directory = start;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${start}`);
    directory = parent;
  }
  return directory;
}

/** Writes every schema file and returns the paths written. */
export function writeSchemas(root: string = projectRoot()): string[] {
  const folder = join(root, 'schemas');
  mkdirSync(folder, { recursive: true });
  return publishedSchemas().map((published) => {
    const path = join(folder, published.fileName);
    writeFileSync(path, schemaFileText(published));
    return path;
  });
}

if (require.main === module) {
  for (const path of writeSchemas()) console.log(`wrote ${path}`);
}
