/**
 * The files the language server reads: journals and landscapes on disk. Kept apart from the
 * language client so that activation can watch them without loading the client.
 */

/** Every journal in the workspace. */
export const JOURNAL_GLOB = '**/*.practice';
/** Every landscape in the workspace. */
export const LANDSCAPE_GLOB = '**/landscape.{yaml,yml}';
