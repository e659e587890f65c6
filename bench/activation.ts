/**
 * Extension activation time is measured by the end-to-end suite (it needs a real VS Code); the
 * benchmark reads what the last e2e run wrote, if anything. Accepted shapes:
 * `{ "activationMs": 84 }` (one e2e run) or `{ "samplesMs": [84, 91, …] }` (one sample per
 * launch, from test/e2e/measureActivation.ts), optionally with `"measuredAt"`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';
import { summarize, type Summary } from './stats';

export interface Activation {
  ms: Summary;
  /** Where it was read from, relative to the project. */
  source: string;
  /** When the e2e run wrote it (ISO). */
  measuredAt: string;
}

export const ACTIVATION_FILES = ['test-results/activation.json', 'test-results/e2e/activation.json'];

/** The activation time the last e2e run wrote below `root` (the project), if any. */
export function readActivation(root = ROOT): Activation | undefined {
  for (const relative of ACTIVATION_FILES) {
    const path = join(root, relative);
    if (!existsSync(path)) continue;
    try {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { activationMs?: unknown; samplesMs?: unknown; measuredAt?: unknown };
      const samples = Array.isArray(json.samplesMs) ? json.samplesMs.filter((value): value is number => typeof value === 'number') : typeof json.activationMs === 'number' ? [json.activationMs] : [];
      if (samples.length === 0) continue;
      const measuredAt = typeof json.measuredAt === 'string' ? json.measuredAt : statSync(path).mtime.toISOString();
      return { ms: summarize(samples), source: relative, measuredAt };
    } catch {
      continue;
    }
  }
  return undefined;
}
