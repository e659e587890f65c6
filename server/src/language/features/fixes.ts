import type { Landscape } from '../landscape/types';
import type { RuleId } from '../rules';
import type { JournalSyntax } from '../syntax/ast';
import type { FileEdit } from '../util/textEdits';
import type { JournalDiagnostic } from '../validation/types';

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

/** The fixes for one diagnostic, dispatched on its rule id and typed data. */
export function fixesFor(input: FixInput, diagnostic: JournalDiagnostic): CodeFix[] {
  void input;
  void diagnostic;
  return [];
}
