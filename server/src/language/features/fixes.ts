import type { Landscape } from '../landscape/types';
import type { RuleId } from '../rules';
import type { JournalSyntax } from '../syntax/ast';
import type { FileEdit } from '../util/textEdits';
import type { JournalDiagnostic } from '../validation/types';
import { addToLandscapeFixes } from './addToLandscape';
import { isFixData } from './fixData';
import { deleteFixes, insertFixes, sortFixes } from './lineFixes';
import { replaceFixes } from './replaceFix';

/** A quick fix: edits to one or more files (adding to the landscape touches two). */
export interface CodeFix {
  title: string;
  rule: RuleId;
  edits: FileEdit[];
  /** The fix an editor may apply on its own (the best did-you-mean). */
  preferred: boolean;
  /** Safe to apply without review (`lint --fix`, "Fix all"). */
  safe: boolean;
}

/** What a fix may read: the file the diagnostic is in and, for journals, its syntax and landscape. */
export interface FixInput {
  uri: string;
  text: string;
  lineStarts: readonly number[];
  syntax: JournalSyntax | undefined;
  landscape: Landscape | undefined;
}

/**
 * The fixes for one diagnostic, dispatched on its typed data (and, where the same kind of edit
 * means different things, its rule id). Every edit's range is in the positions of the file it
 * edits. A fix that could drop or alter the writer's words is never offered, and data of any
 * other shape (a forged or foreign diagnostic) gets no fix.
 */
export function fixesFor(input: FixInput, diagnostic: JournalDiagnostic): CodeFix[] {
  const data = diagnostic.data;
  if (!isFixData(data)) return [];
  switch (data.fix) {
    case 'replace':
      return replaceFixes(input, diagnostic, data);
    case 'insert':
      return insertFixes(input, diagnostic, data);
    case 'delete':
      return deleteFixes(input, diagnostic, data);
    case 'sort-entries':
      return sortFixes(input, diagnostic);
    case 'add-to-landscape':
      return addToLandscapeFixes(input, diagnostic.rule, data);
  }
}

/**
 * The fix "fix all" may apply for one diagnostic, if any. Declaring a name in the landscape is
 * never safe, so it is not even computed: each such fix parses the landscape twice, and a
 * large journal can hold hundreds of thousands of unknown names.
 */
export function safeFixFor(input: FixInput, diagnostic: JournalDiagnostic): CodeFix | undefined {
  const data = diagnostic.data;
  if (!data || data.fix === 'add-to-landscape') return undefined;
  const withoutAddition = data.fix === 'replace' && data.add ? { ...diagnostic, data: { fix: data.fix, replacements: data.replacements } } : diagnostic;
  return fixesFor(input, withoutAddition).find((fix) => fix.safe);
}
