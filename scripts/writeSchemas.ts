/**
 * Writes the JSON Schemas of `landscape.yaml` and the journal front matter into `schemas/`,
 * generated from the zod schemas the language server validates with. Run by `npm run schemas`
 * (from `out/scripts/`); test/unit/schemas.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './projectRoot';
import { publishedSchemas, schemaFileText } from '../server/src/language/yaml/jsonSchemas';


/** Writes every schema file and returns the paths written. */
export function writeSchemas(root: string = projectRoot(__dirname)): string[] {
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
