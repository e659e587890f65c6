/** How the result of "Lint whole workspace" is told to the user. */
import type { LintWorkspaceResult } from '../../../server/src/protocol';
import { plural } from '../views/nodeModel';

/** "Linted 12 files: 1 error, 3 warnings, 2 infos, no hints." */
export function lintSummary(result: LintWorkspaceResult): string {
  const count = (n: number, noun: string): string => (n === 0 ? `no ${noun}s` : plural(n, noun));
  return `Linted ${plural(result.files, 'file')}: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}, ${count(result.infos, 'info')}, ${count(result.hints, 'hint')}.`;
}
