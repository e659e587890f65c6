import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFor, type BenchConfig } from '../../../bench/config';
import { DataStore } from '../../../bench/data';
import { journalsIn } from '../../../bench/lsp/workspace';

function tinyConfig(entries = 30): BenchConfig {
  const quick = configFor('quick');
  return { ...quick, sizes: { journalEntries: entries, bigJournalBytes: 40_000, smallWorkspace: { files: 4, entries: 5 }, largeWorkspace: { files: 12, entries: 3 } } };
}

describe('bench data', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'practice-bench-data-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('generates a journal beside a landscape, once, and reuses it while nothing changed', () => {
    const logged: string[] = [];
    const journal = new DataStore(tinyConfig(), (line) => logged.push(line), root).journal();
    assert.equal(journal.entries, 30);
    assert.equal(journal.bytes, Buffer.byteLength(readFileSync(join(journal.dir, 'journal.practice'))));
    assert.ok(existsSync(join(journal.dir, 'landscape.yaml')));
    assert.equal(logged.length, 1);
    const again = new DataStore(tinyConfig(), (line) => logged.push(line), root).journal();
    assert.deepEqual(again, journal);
    assert.equal(logged.length, 1);
  });

  it('generates again when the size asked for changes, or when the stamp is missing', () => {
    const logged: string[] = [];
    new DataStore(tinyConfig(30), (line) => logged.push(line), root).journal();
    const bigger = new DataStore(tinyConfig(40), (line) => logged.push(line), root).journal();
    assert.equal(bigger.entries, 40);
    rmSync(join(bigger.dir, '.stamp.json'));
    new DataStore(tinyConfig(40), (line) => logged.push(line), root).journal();
    assert.equal(logged.length, 3);
  });

  it('generates again when the stamp names another generator version', () => {
    const logged: string[] = [];
    const journal = new DataStore(tinyConfig(), (line) => logged.push(line), root).journal();
    const stampPath = join(journal.dir, '.stamp.json');
    writeFileSync(stampPath, JSON.stringify({ ...JSON.parse(readFileSync(stampPath, 'utf8')), version: '1-old' }));
    new DataStore(tinyConfig(), (line) => logged.push(line), root).journal();
    assert.equal(logged.length, 2);
  });

  it('lays a workspace out by author and year, with one landscape at its root', () => {
    const workspace = new DataStore(tinyConfig(), () => undefined, root).largeWorkspace();
    const journals = journalsIn(workspace.dir);
    assert.equal(journals.length, 12);
    assert.equal(workspace.entries, 36);
    assert.ok(journals.every((path) => /journals\/[a-z]+\/\d{4}\/\d{5}\.practice$/.test(path)), journals[0]);
    assert.ok(existsSync(join(workspace.dir, 'landscape.yaml')));
  });

  it('makes the anchors\' inputs as large as the journals they stand for', () => {
    const store = new DataStore(tinyConfig(), () => undefined, root);
    const big = store.bigJournal();
    const ledger = store.ledger();
    assert.equal(ledger.entries, big.entries);
    assert.ok(Math.abs(ledger.bytes - big.bytes) < 200, `${ledger.bytes} vs ${big.bytes}`);
    const notes = store.notes();
    assert.equal(notes.entries, store.journal().entries);
  });
});
