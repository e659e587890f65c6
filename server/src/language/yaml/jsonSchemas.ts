import { z } from 'zod';
import { frontMatterSchema } from '../frontMatter';
import { landscapeSchema } from '../landscape/schema';

/** Where the published schemas live, so other YAML tools can fetch them by their `$id`. */
const BASE_URL = 'https://raw.githubusercontent.com/practice-journal/practice-journal/main/schemas/';

/** A JSON Schema file generated from a zod schema. */
export interface PublishedSchema {
  /** File name under `schemas/`. */
  fileName: string;
  schema: Record<string, unknown>;
}

function publish(fileName: string, title: string, schema: z.ZodType): PublishedSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, description, ...rest } = generated;
  return { fileName, schema: { $schema, $id: BASE_URL + fileName, title, description, ...rest } };
}

/**
 * The JSON Schemas of the two YAML formats, generated from the zod schemas the loaders use, so
 * they cannot drift apart. `npm run schemas` writes them; a test fails when the files are stale.
 */
export function publishedSchemas(): PublishedSchema[] {
  return [
    publish('landscape.schema.json', 'Practice Journal landscape', landscapeSchema),
    publish('front-matter.schema.json', 'Practice Journal front matter', frontMatterSchema),
  ];
}

/** The exact text of a schema file: two-space JSON with a final newline. */
export function schemaFileText(published: PublishedSchema): string {
  return JSON.stringify(published.schema, null, 2) + '\n';
}
