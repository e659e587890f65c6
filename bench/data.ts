/**
 * The benchmark's inputs on disk, under bench/data/<mode>/: generated when missing, and again
 * when the generator version or the requested size changed (a stamp file records both). Each
 * set is made only when a section asks for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateLedgerJournal, generateMeetingNotes } from './anchorGenerators';
import type { BenchConfig, WorkspaceSize } from './config';
import { GENERATOR_VERSION, generateJournal, generateLandscape, PEOPLE } from './generators';
import { isoDate } from './prose';
import { BENCH_DIR, DATA_DIR } from './paths';

/** One generated input. */
export interface DataSet {
  name: string;
  /** The folder it lives in (the tools run with it as their current folder). */
  dir: string;
  /** What to hand the tool, relative to `dir`: a file, or `.` for a whole workspace. */
  target: string;
  files: number;
  /** Entries (journals), transactions (ledger) or notes (Markdown). */
  entries: number;
  bytes: number;
}

interface Stamp {
  version: string;
  spec: string;
  files: number;
  entries: number;
  bytes: number;
}

/**
 * The generators' version: the declared number and a hash of their source, so an edit to a
 * generator regenerates the data even when nobody remembered to bump the number.
 */
function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['generators.ts', 'prose.ts', 'anchorGenerators.ts']) hash.update(readFileSync(join(BENCH_DIR, file)));
  return `${GENERATOR_VERSION}-${hash.digest('hex').slice(0, 12)}`;
}

/** Header lines start with a date; nothing else in a generated journal does at column 0. */
function countEntries(text: string): number {
  let entries = 0;
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) entries++;
  }
  return entries;
}

export class DataStore {
  private readonly root: string;
  private readonly made = new Map<string, DataSet>();
  private readonly version = generatorVersion();

  /** `root` defaults to bench/data/<mode>. */
  constructor(
    private readonly config: BenchConfig,
    private readonly log: (line: string) => void,
    root?: string,
  ) {
    this.root = root ?? join(DATA_DIR, config.mode);
  }

  /** Every set made or reused so far in this run. */
  sets(): DataSet[] {
    return [...this.made.values()];
  }

  /** The journal of the editing measurements: `journalEntries` entries, beside a landscape. */
  journal(): DataSet {
    const entries = this.config.sizes.journalEntries;
    return this.set('journal', 'journal.practice', { entries }, (dir) => {
      writeFileSync(join(dir, 'landscape.yaml'), generateLandscape());
      const text = generateJournal({ seed: 11, entries });
      writeFileSync(join(dir, 'journal.practice'), text);
      return { files: 1, entries, bytes: Buffer.byteLength(text) };
    });
  }

  /** The big journal (50 MB in a full run), beside a landscape. */
  bigJournal(): DataSet {
    const bytes = this.config.sizes.bigJournalBytes;
    return this.set('big-journal', 'journal.practice', { bytes }, (dir) => {
      writeFileSync(join(dir, 'landscape.yaml'), generateLandscape());
      const text = generateJournal({ seed: 7, bytes });
      writeFileSync(join(dir, 'journal.practice'), text);
      return { files: 1, entries: countEntries(text), bytes: Buffer.byteLength(text) };
    });
  }

  smallWorkspace(): DataSet {
    return this.workspace('workspace-small', this.config.sizes.smallWorkspace, 1_000);
  }

  largeWorkspace(): DataSet {
    return this.workspace('workspace-large', this.config.sizes.largeWorkspace, 100_000);
  }

  /** An hledger/ledger journal with as many transactions and bytes as the big journal. */
  ledger(): DataSet {
    const like = this.bigJournal();
    return this.set('ledger', 'journal.ledger', { like: like.entries, bytes: like.bytes }, (dir) => {
      const text = generateLedgerJournal({ seed: 5, records: like.entries, bytes: like.bytes });
      writeFileSync(join(dir, 'journal.ledger'), text);
      return { files: 1, entries: like.entries, bytes: Buffer.byteLength(text) };
    });
  }

  /** Markdown meeting notes with as many notes and bytes as the editing journal. */
  notes(): DataSet {
    const like = this.journal();
    return this.set('notes', 'notes.md', { like: like.entries, bytes: like.bytes }, (dir) => {
      const text = generateMeetingNotes({ seed: 3, records: like.entries, bytes: like.bytes });
      writeFileSync(join(dir, 'notes.md'), text);
      return { files: 1, entries: like.entries, bytes: Buffer.byteLength(text) };
    });
  }

  /** Journals by author and year (`journals/maria/2006/00042.practice`), one landscape at the root. */
  private workspace(name: string, size: WorkspaceSize, seedBase: number): DataSet {
    return this.set(name, '.', size, (dir) => {
      writeFileSync(join(dir, 'landscape.yaml'), generateLandscape());
      let bytes = 0;
      for (let index = 0; index < size.files; index++) {
        const author = PEOPLE[index % PEOPLE.length]!;
        const firstDay = 13_000 + ((index * 37) % 5_000);
        const text = generateJournal({ seed: seedBase + index, entries: size.entries, author, firstDay, entriesPerDay: 3 });
        const path = join(dir, 'journals', author, isoDate(firstDay).slice(0, 4), `${String(index).padStart(5, '0')}.practice`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        bytes += Buffer.byteLength(text);
      }
      return { files: size.files, entries: size.files * size.entries, bytes };
    });
  }

  private set(name: string, target: string, spec: object, generate: (dir: string) => Omit<Stamp, 'version' | 'spec'>): DataSet {
    const known = this.made.get(name);
    if (known) return known;
    const dir = join(this.root, name);
    const stampPath = join(dir, '.stamp.json');
    const wanted = JSON.stringify(spec);
    let stamp = existsSync(stampPath) ? (JSON.parse(readFileSync(stampPath, 'utf8')) as Stamp) : undefined;
    if (stamp?.version !== this.version || stamp.spec !== wanted) {
      const started = performance.now();
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      stamp = { version: this.version, spec: wanted, ...generate(dir) };
      // Written last: a generation cut short leaves no stamp and is redone next time.
      writeFileSync(stampPath, JSON.stringify(stamp));
      this.log(`generated ${name}: ${stamp.files} file(s), ${stamp.entries} entries, ${(stamp.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const set: DataSet = { name, dir, target, files: stamp.files, entries: stamp.entries, bytes: stamp.bytes };
    this.made.set(name, set);
    return set;
  }
}
