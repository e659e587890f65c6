/**
 * A disposable copy of the example workspace: the e2e tests write journals into it, so the
 * committed examples/ never change.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../../scripts/e2e/paths';

/** A copied workspace and how to remove it. */
export interface ScratchWorkspace {
  readonly folder: string;
  dispose(): void;
}

/** Copies examples/ into a fresh temporary folder named `examples`. */
export function scratchExamples(): ScratchWorkspace {
  const parent = mkdtempSync(join(tmpdir(), 'practice-journal-e2e-'));
  const folder = join(parent, 'examples');
  cpSync(EXAMPLES_DIR, folder, { recursive: true });
  return { folder, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
