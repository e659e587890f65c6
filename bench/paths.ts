/** Where things are: the project root (found from this file, whether run from source or from out/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'practice-journal') return folder;
    if (dirname(folder) === folder) throw new Error('cannot find the practice-journal project above ' + __dirname);
  }
}

export const ROOT = projectRoot();
export const BENCH_DIR = join(ROOT, 'bench');
/** Generated inputs, profiles and scratch files (git-ignored). */
export const DATA_DIR = join(BENCH_DIR, 'data');
export const CLI_BIN = join(ROOT, 'bin', 'practice-journal.js');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server.js');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli.js');
export const PROFILE_DIR = join(DATA_DIR, 'profiles');
