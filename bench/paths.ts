/** Where things are: the project root (found from this file, whether run from source or from out/). */
import { join } from 'node:path';
import { projectRoot } from '../scripts/projectRoot';

export const ROOT = projectRoot(__dirname);
export const BENCH_DIR = join(ROOT, 'bench');
/** Generated inputs, profiles and scratch files (git-ignored). */
export const DATA_DIR = join(BENCH_DIR, 'data');
export const CLI_BIN = join(ROOT, 'bin', 'practice-journal.js');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server.js');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli.js');
export const PROFILE_DIR = join(DATA_DIR, 'profiles');
