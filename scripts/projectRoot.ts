/**
 * The project root: the nearest folder above `start` whose package.json is this project's.
 * Scripts, the benchmark and the end-to-end runner find it this way, so each works both from
 * source and compiled under `out/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function projectRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'practice-journal') return folder;
    if (dirname(folder) === folder) throw new Error(`No practice-journal package.json above ${start}`);
  }
}
