import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isIdentifier } from '../../server/src/language/syntax/identifiers';
import { IDENTIFIER_PATTERN } from '../../server/src/language/yaml/identifier';
import { publishedSchemas, schemaFileText } from '../../server/src/language/yaml/jsonSchemas';
import { RULE_IDS } from '../../server/src/language/rules';
import { projectRoot } from '../../scripts/projectRoot';

type Json = Record<string, unknown>;

function schemaNamed(fileName: string): Json {
  return publishedSchemas().find((published) => published.fileName === fileName)!.schema;
}

/** Every property schema under `properties`, with its JSON path, walking through anyOf and $defs. */
function propertySchemas(schema: unknown, path = '$'): [string, Json][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Json;
  const found: [string, Json][] = [];
  for (const [name, child] of Object.entries((node.properties as Json | undefined) ?? {})) {
    found.push([`${path}.${name}`, child as Json], ...propertySchemas(child, `${path}.${name}`));
  }
  for (const key of ['anyOf', 'items', 'additionalProperties', '$defs'] as const) {
    const value = node[key];
    const children = Array.isArray(value) ? value : key === '$defs' ? Object.values((value as Json | undefined) ?? {}) : [value];
    children.forEach((child, index) => found.push(...propertySchemas(child, `${path}.${key}[${index}]`)));
  }
  return found;
}

describe('published JSON Schemas', () => {
  for (const published of publishedSchemas()) {
    it(`schemas/${published.fileName} is up to date with the zod schema`, () => {
      const path = join(projectRoot(__dirname), 'schemas', published.fileName);
      let committed: string;
      try {
        committed = readFileSync(path, 'utf8');
      } catch {
        assert.fail(`schemas/${published.fileName} is missing: run npm run schemas`);
      }
      assert.ok(committed === schemaFileText(published), `schemas/${published.fileName} differs from the zod schema: run npm run schemas`);
    });
  }

  it('gives each schema an $id, a title and a description', () => {
    for (const published of publishedSchemas()) {
      const { $schema, $id, title, description } = published.schema;
      assert.equal($schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(typeof $id === 'string' && $id.endsWith(`/schemas/${published.fileName}`));
      assert.ok(typeof title === 'string' && title.length > 0);
      assert.ok(typeof description === 'string' && description.length > 20);
    }
  });

  it('describes every field', () => {
    for (const published of publishedSchemas()) {
      for (const [path, property] of propertySchemas(published.schema)) {
        const described = typeof property.description === 'string' || typeof property.$ref === 'string';
        assert.ok(described, `${published.fileName} ${path} has no description`);
      }
    }
  });

  it('explains stages, member levels and boundary-object kinds value by value', () => {
    const text = schemaFileText({ fileName: 'landscape.schema.json', schema: schemaNamed('landscape.schema.json') });
    for (const word of ['potential:', 'coalescing:', 'maturing:', 'stewardship:', 'transformation:', 'core:', 'active:', 'peripheral:', 'artifact:', 'discourse:', 'process:']) {
      assert.ok(text.includes(word), `no explanation of ${word}`);
    }
  });

  it('lists every rule id under rules, closed to other keys, with day windows only for the reflective rules', () => {
    const rules = (schemaNamed('landscape.schema.json').properties as Json).rules as { anyOf: Json[] };
    const object = rules.anyOf[0]!;
    assert.deepEqual(Object.keys(object.properties as Json), RULE_IDS);
    assert.equal(object.additionalProperties, false);
    const defs = schemaNamed('landscape.schema.json').$defs as Json;
    assert.deepEqual(Object.keys((defs.reflectiveRuleSettings as Json).properties as Json), ['severity', 'days']);
    assert.deepEqual(Object.keys((defs.ruleSettings as Json).properties as Json), ['severity']);
  });

  it('states the front matter keys and forbids others', () => {
    const schema = schemaNamed('front-matter.schema.json');
    assert.deepEqual(Object.keys(schema.properties as Json), ['author', 'title', 'landscape', 'tags']);
    assert.equal(schema.additionalProperties, false);
  });
});

describe('IDENTIFIER_PATTERN', () => {
  it('agrees with the language identifier grammar', () => {
    const samples = ['ana', 'data-science', 'a.b', 'a.', 'a..', '.a', '-a', '_a', 'a_b-c.d', '東京', 'josé', 'e\u0301', '𝒜𝒷', '2026', '', 'a b', 'a#b', '\uD800', 'a\uDC00', '١٢'];
    for (const sample of samples) assert.equal(IDENTIFIER_PATTERN.test(sample), isIdentifier(sample), JSON.stringify(sample));
    const piece = fc.constantFrom('a', 'Z', '0', '-', '_', '.', ' ', 'é', '\u0301', '𝒜', '東', '#', '\uD800', '٣');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (text) => IDENTIFIER_PATTERN.test(text) === isIdentifier(text)),
      { numRuns: 500 },
    );
  });
});
