import { z } from 'zod';

/**
 * The identifier grammar of `syntax/identifiers.ts` as a regular expression, so the published
 * JSON Schemas can state it: a letter or digit of any script, then letters, digits, combining
 * marks, `-`, `_` and `.`, never ending in `.`. A unit test keeps the two in step.
 */
export const IDENTIFIER_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}\p{M}_-])?$/u;

/** A string that is one identifier (a community, person, boundary-object or tag id). */
export const identifierSchema = z.string().regex(IDENTIFIER_PATTERN);

/** How an identifier is spelled, for messages that reject one. */
export const IDENTIFIER_RULE = "a letter or digit, then letters, digits, '-', '_' or '.' (not ending in '.')";
