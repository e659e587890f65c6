import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientModule, editor } from './reviewEditor';

/** What the tests use of the stand-in server. */
interface Deferred {
  readonly isRunning: boolean;
  readonly onDidChangeModel: (listener: () => void) => { dispose(): void };
  start(): Promise<void>;
  restart(): Promise<void>;
  ready(): Promise<boolean>;
  summary(filter: object): Promise<unknown>;
  membershipEntries(params: object): Promise<unknown>;
  locateEntry(params: object): Promise<unknown>;
  lintWorkspace(): Promise<unknown>;
  stop(): Promise<void>;
}
type DeferredClass = new (context: { asAbsolutePath(path: string): string }, watchers: unknown[]) => Deferred;

const { DeferredServer, LANGUAGE_CLIENT_BUNDLE } = clientModule<{ DeferredServer: DeferredClass; LANGUAGE_CLIENT_BUNDLE: string }>('journalServer');

/** What the fake language client bundles record, shared through the global object. */
interface Record {
  constructed: number;
  started: number;
  restarted: number;
  stopped: number;
  fire: (() => void) | undefined;
}

const RECORD_KEY = '__practiceJournalReviewBundle';

function record(): Record {
  return (globalThis as unknown as { [RECORD_KEY]: Record })[RECORD_KEY];
}

/** A language client bundle that answers at once; `constructor` is the constructor's body, to make it fail. */
function bundleSource(constructor = ''): string {
  return `
    const record = globalThis.${RECORD_KEY};
    exports.JournalServer = class {
      constructor() { ${constructor} record.constructed++; this.listeners = []; this.running = false; }
      get isRunning() { return this.running; }
      onDidChangeModel(listener) { this.listeners.push(listener); record.fire = () => this.listeners.forEach((each) => each()); return { dispose: () => { this.listeners = []; } }; }
      start() { record.started++; this.running = true; return Promise.resolve(); }
      restart() { record.restarted++; return Promise.resolve(); }
      ready() { return Promise.resolve(this.running); }
      summary(filter) { return Promise.resolve({ summary: 'summary', filter, revision: 1 }); }
      membershipEntries(params) { return Promise.resolve({ items: [], offset: 0, total: 0, revision: 1, params }); }
      locateEntry() { return Promise.resolve(null); }
      lintWorkspace() { return Promise.resolve({ files: 1 }); }
      showOutput() {}
      stop() { record.stopped++; this.running = false; return Promise.resolve(); }
    };
  `;
}

/** Until the current call returns and the stand-in has had its turn to load the bundle. */
function afterLoad(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

describe('the deferred language server (review)', () => {
  let folder: string;
  let context: { asAbsolutePath(path: string): string };

  beforeEach(() => {
    (globalThis as unknown as { [RECORD_KEY]: Record })[RECORD_KEY] = { constructed: 0, started: 0, restarted: 0, stopped: 0, fire: undefined };
    editor.messages.length = 0;
    // A fresh folder each time: `require` caches a bundle by its path.
    folder = mkdtempSync(join(tmpdir(), 'practice-deferred-'));
    context = { asAbsolutePath: (path) => join(folder, path) };
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function writeBundle(source: string): void {
    mkdirSync(join(folder, 'dist'), { recursive: true });
    writeFileSync(join(folder, LANGUAGE_CLIENT_BUNDLE), source);
  }

  it('loads nothing during activation, and answers requests made before the bundle loaded once it has', async () => {
    writeBundle(bundleSource());
    const server = new DeferredServer(context, []);
    const early = server.summary({ person: 'maria' });
    const page = server.membershipEntries({ person: 'maria', community: 'ward' });
    assert.deepEqual([record().constructed, server.isRunning], [0, false]);
    assert.deepEqual(await early, { summary: 'summary', filter: { person: 'maria' }, revision: 1 });
    assert.deepEqual(await page, { items: [], offset: 0, total: 0, revision: 1, params: { person: 'maria', community: 'ward' } });
    assert.deepEqual([record().constructed, record().started, server.isRunning, await server.ready()], [1, 1, true, true]);
    await server.stop();
  });

  it('passes the loaded client’s model changes on, and a restart to it', async () => {
    writeBundle(bundleSource());
    const server = new DeferredServer(context, []);
    let changes = 0;
    server.onDidChangeModel(() => changes++);
    await server.ready();
    record().fire?.();
    await server.restart();
    assert.deepEqual([changes, record().restarted], [1, 1]);
    await server.stop();
    assert.equal(record().stopped, 1);
  });

  it('tells the user once when the bundle is missing, and answers requests with nothing rather than hanging', async () => {
    const server = new DeferredServer(context, []);
    assert.equal(await server.summary({}), undefined);
    assert.equal(await server.locateEntry({ uri: 'file:///a.practice', line: 0 }), undefined);
    assert.equal(await server.ready(), false);
    await assert.rejects(server.lintWorkspace());
    await assert.rejects(server.start());
    assert.equal(editor.messages.length, 1);
    assert.match(editor.messages[0]!, /could not be loaded/);
    await server.stop();
  });

  it('tells the user when the bundle loads but its client cannot be created', async () => {
    writeBundle(bundleSource("throw new Error('the client library is broken');"));
    const server = new DeferredServer(context, []);
    assert.equal(await server.summary({}), undefined);
    assert.equal(await server.ready(), false);
    assert.equal(editor.messages.length, 1, 'nothing told the user why the views stay empty');
    assert.match(editor.messages[0]!, /the client library is broken/);
    await server.stop();
  });

  it('never loads the bundle when stopped before it could, and answers with nothing', async () => {
    writeBundle(bundleSource());
    const server = new DeferredServer(context, []);
    const early = server.summary({});
    await server.stop();
    await afterLoad();
    assert.equal(await early, undefined);
    assert.deepEqual([record().constructed, editor.messages], [0, []]);
  });
});
