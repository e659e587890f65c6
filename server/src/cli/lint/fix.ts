import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeError, readSource } from '../files/read';
import { relativeName } from '../files/paths';
import type { SourceFile, Workspace } from '../workspace';

/** What `--fix` did so far. */
export interface FixOutcome {
  fixes: number;
  /** The URIs of the files written. */
  written: Set<string>;
  /** One line per file that could not be written back. */
  failures: string[];
}

export function newFixOutcome(): FixOutcome {
  return { fixes: 0, written: new Set(), failures: [] };
}

/**
 * Applies every safe fix to one file and writes each changed file back in place, with the
 * BOM it had. The fixes keep line endings as they were, so CRLF files stay CRLF. A file that
 * cannot be written is put back in the service as it is on disk, so the report that follows
 * describes the files as they really are.
 */
export function fixFile(workspace: Workspace, file: SourceFile, outcome: FixOutcome): void {
  if (file.read.kind !== 'text') return;
  const result = workspace.service.fixAll(file.uri);
  outcome.fixes += result.applied;
  for (const [uri, text] of result.files) {
    const path = fileURLToPath(uri);
    try {
      writeFileSync(path, (workspace.boms.get(uri) ? '\uFEFF' : '') + text);
      outcome.written.add(uri);
    } catch (error) {
      outcome.failures.push(`cannot write the fixes to '${relativeName(workspace.cwd, path)}': ${describeError(error)}`);
      const onDisk = readSource(path);
      if (onDisk.kind === 'text') workspace.service.setFile(uri, onDisk.text);
    }
  }
}
