import type { FrontMatter } from '../frontMatter';
import type { Landscape } from '../landscape/types';
import type { JournalSyntax } from '../syntax/ast';
import type { WorkspaceModel } from './types';

/** Narrows the model to one person and/or a date range (inclusive `YYYY-MM-DD`). */
export interface ModelFilter {
  person?: string;
  from?: string;
  to?: string;
}

/**
 * Holds each journal's contribution to the model, so a changed file replaces only its own
 * part; `build` aggregates the parts with the landscapes on request.
 */
export class WorkspaceModelBuilder {
  updateJournal(uri: string, syntax: JournalSyntax, frontMatter: FrontMatter): void {
    void uri;
    void syntax;
    void frontMatter;
  }

  removeJournal(uri: string): void {
    void uri;
  }

  build(landscapes: Iterable<Landscape>, filter: ModelFilter = {}): WorkspaceModel {
    void landscapes;
    void filter;
    return { people: [], communities: [], crossings: [] };
  }
}
