import { strict as assert } from 'node:assert';
import { clientModule, editor } from './reviewEditor';
import { createLanguageService, dayFromIsoDate, type LanguageService } from '../../../server/src/language/service';
import type { CrossingModel, DirectionCrossingsParams, LocateEntryParams, LocateEntryResult, MembershipEntriesParams, MembershipEntry, ModelFilter, ModelSummaryResult, PageResult } from '../../../server/src/protocol';
import type { NodeIndex, TreeNode } from '../../../client/src/views/nodeModel';
import { ROOT, TODAY } from '../../support/journal';

/** The language server as the views see it, answering from a language service; `notify` is the model-changed notification. */
class FakeServer {
  readonly service: LanguageService = createLanguageService({ roots: [ROOT], today: () => dayFromIsoDate(TODAY)! });
  revision = 0;
  private listeners: (() => void)[] = [];

  /** A change the server has taken but not announced yet (it waits for a pause in typing). */
  setFile(uri: string, text: string): void {
    this.service.setFile(uri, text);
    this.revision++;
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  readonly onDidChangeModel = (listener: () => void): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => undefined };
  };

  summary(filter: ModelFilter): Promise<ModelSummaryResult> {
    return Promise.resolve({ summary: this.service.getModelSummary(filter), revision: this.revision });
  }

  membershipEntries(params: MembershipEntriesParams): Promise<PageResult<MembershipEntry>> {
    return Promise.resolve({ ...this.service.getMembershipEntries(params), revision: this.revision });
  }

  directionCrossings(params: DirectionCrossingsParams): Promise<PageResult<CrossingModel>> {
    return Promise.resolve({ ...this.service.getDirectionCrossings(params), revision: this.revision });
  }

  locateEntry(params: LocateEntryParams): Promise<LocateEntryResult> {
    const place = this.service.locateEntry(params);
    return Promise.resolve(place === undefined ? null : { ...place, revision: this.revision });
  }
}

/** What the tests use of the two tree providers. */
interface Provider {
  getChildren(node?: TreeNode): Promise<TreeNode[]>;
  loadMore(more: TreeNode): Promise<void>;
  refresh(): void;
  tree(): Promise<NodeIndex>;
  readonly onDidChangeTreeData: (listener: (node: TreeNode | undefined | void) => void) => { dispose(): void };
}
type ProviderClass = new (server: FakeServer, filter: unknown) => Provider;

const { MultimembershipProvider } = clientModule<{ MultimembershipProvider: ProviderClass }>('views/multimembershipView');
const { CrossingsProvider } = clientModule<{ CrossingsProvider: ProviderClass }>('views/crossingsView');
const { revealInTree } = clientModule<{ revealInTree: (server: FakeServer, views: unknown, filter: unknown) => Promise<TreeNode | undefined> }>('commands/revealInTree');

const URI = `${ROOT}/maria/bulk.practice`;
const FILTER = { params: () => ({}), state: { person: undefined, period: 'all' }, clear: () => Promise.resolve() };

/** A day after 2024-01-01 as `YYYY-MM-DD`. */
function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Maria's journal: `lines` after the front matter, one entry a line. */
function journalOf(lines: readonly string[]): string {
  return ['---', 'author: maria', '---', ...lines, ''].join('\n');
}

function moments(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${day(index)} engagement +ward "Moment ${index + 1}"`);
}

function crossings(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${day(index)} crossing +ward -> +pharmacy "Crossing ${index + 1}"`);
}

async function entriesRow(provider: Provider): Promise<TreeNode> {
  const { byId } = await provider.tree();
  const row = [...byId.values()].find((node) => node.kind === 'entries' && node.person === 'maria' && node.community === 'ward');
  assert.ok(row, "no Entries row under maria's +ward membership");
  return row;
}

async function pairNode(provider: Provider): Promise<TreeNode> {
  const pair = (await provider.tree()).byId.get('pair:ward>pharmacy');
  assert.ok(pair, 'no +ward → +pharmacy node');
  return pair;
}

/** The list as a user sees it once the view has asked again for what changed. */
async function shown(provider: Provider, node: () => Promise<TreeNode>): Promise<TreeNode[]> {
  return provider.getChildren(await node());
}

function viewsOf(multimembership: Provider, crossingsProvider: Provider, revealed: TreeNode[]): unknown {
  const view = { reveal: (node: TreeNode) => void revealed.push(node) };
  return {
    multimembership,
    crossings: crossingsProvider,
    multimembershipView: view,
    crossingsView: view,
    refresh: () => {
      multimembership.refresh();
      crossingsProvider.refresh();
    },
  };
}

describe('tree views review: pages read after a change the trees have not been redrawn for', () => {
  beforeEach(() => {
    editor.messages.length = 0;
    editor.activeTextEditor = undefined;
  });

  it('"Load more…" never adds a page of the changed list to the list drawn before the change', async () => {
    const server = new FakeServer();
    server.setFile(URI, journalOf(moments(600)));
    const provider = new MultimembershipProvider(server, FILTER);
    const first = await provider.getChildren(await entriesRow(provider));
    assert.deepEqual([first.length, first[500]?.kind], [501, 'more']);
    // An entry written last but dated before all the others: every entry moves one place down the list.
    server.setFile(URI, journalOf([...moments(600), `${day(-1)} engagement +ward "Moment 0"`]));
    await provider.loadMore(first[500]!);
    const after = await shown(provider, () => entriesRow(provider));
    const ids = after.map((node) => node.id);
    assert.equal(new Set(ids).size, ids.length, 'a node id shows twice in one list');
    const expected = server.service.getMembershipEntries({ person: 'maria', community: 'ward', limit: 10_000 }).items;
    const entries = after.filter((node) => node.kind === 'entry');
    assert.deepEqual(
      entries.map((node) => [node.label, node.location?.line]),
      expected.slice(0, entries.length).map((entry) => [entry.title, entry.line]),
    );
    assert.ok(entries.length > 500, 'the next page was not shown');
  });

  it('"Load more…" on a direction never mixes crossings from before and after a change', async () => {
    const server = new FakeServer();
    server.setFile(URI, journalOf(crossings(520)));
    const provider = new CrossingsProvider(server, FILTER);
    const first = await provider.getChildren(await pairNode(provider));
    assert.equal(first.length, 501);
    server.setFile(URI, journalOf([`${day(-1)} crossing +ward -> +pharmacy "Crossing 0"`, ...crossings(520)]));
    await provider.loadMore(first[500]!);
    const after = await shown(provider, () => pairNode(provider));
    const ids = after.map((node) => node.id);
    assert.equal(new Set(ids).size, ids.length, 'a node id shows twice in one list');
    assert.deepEqual(after.slice(0, 2).map((node) => node.tooltip.heading), ['Crossing 0', 'Crossing 1']);
  });

  it('"Reveal in tree" right after typing an entry selects that entry, not the one drawn at its index before', async () => {
    const server = new FakeServer();
    const before = [`2026-11-02 engagement +ward "Second"`, `2026-11-03 engagement +ward "Third"`];
    server.setFile(URI, journalOf(before));
    const multimembership = new MultimembershipProvider(server, FILTER);
    const crossingsProvider = new CrossingsProvider(server, FILTER);
    await multimembership.getChildren(await entriesRow(multimembership));
    const text = journalOf([`2026-11-01 alignment +ward "Typed just now"`, ...before]);
    server.setFile(URI, text);
    editor.activeTextEditor = { document: { languageId: 'practice', uri: { toString: () => URI }, getText: () => text }, selection: { active: { line: 3 } } };
    const revealed: TreeNode[] = [];
    const node = await revealInTree(server, viewsOf(multimembership, crossingsProvider, revealed), FILTER);
    assert.deepEqual([node?.label, node?.location], ['Typed just now', { uri: URI, line: 3 }]);
    assert.deepEqual(revealed.map((each) => each.label), ['Typed just now']);
  });

  it('"Reveal in tree" right after typing an entry in a community new to the person still finds it', async () => {
    const server = new FakeServer();
    server.setFile(URI, journalOf([`2026-11-02 engagement +ward "Second"`]));
    const multimembership = new MultimembershipProvider(server, FILTER);
    const crossingsProvider = new CrossingsProvider(server, FILTER);
    await multimembership.tree();
    const text = journalOf([`2026-11-02 engagement +ward "Second"`, `2026-11-03 imagination +pharmacy "Elsewhere"`]);
    server.setFile(URI, text);
    editor.activeTextEditor = { document: { languageId: 'practice', uri: { toString: () => URI }, getText: () => text }, selection: { active: { line: 4 } } };
    const node = await revealInTree(server, viewsOf(multimembership, crossingsProvider, []), FILTER);
    assert.deepEqual([node?.label, node?.community], ['Elsewhere', 'pharmacy']);
    assert.deepEqual(editor.messages, []);
  });

  it('"Reveal in tree" right after typing a crossing selects that crossing', async () => {
    const server = new FakeServer();
    server.setFile(URI, journalOf(crossings(3)));
    const multimembership = new MultimembershipProvider(server, FILTER);
    const crossingsProvider = new CrossingsProvider(server, FILTER);
    await crossingsProvider.getChildren(await pairNode(crossingsProvider));
    const text = journalOf([`${day(-1)} crossing +ward -> +pharmacy "Typed just now"`, ...crossings(3)]);
    server.setFile(URI, text);
    editor.activeTextEditor = { document: { languageId: 'practice', uri: { toString: () => URI }, getText: () => text }, selection: { active: { line: 3 } } };
    const node = await revealInTree(server, viewsOf(multimembership, crossingsProvider, []), FILTER);
    assert.deepEqual([node?.kind, node?.tooltip.heading, node?.location?.line], ['crossing', 'Typed just now', 3]);
  });

  it('reveals the last crossing of a long direction, loading the pages up to it, when nothing changed', async () => {
    const server = new FakeServer();
    const text = journalOf(crossings(1203));
    server.setFile(URI, text);
    const multimembership = new MultimembershipProvider(server, FILTER);
    const crossingsProvider = new CrossingsProvider(server, FILTER);
    editor.activeTextEditor = { document: { languageId: 'practice', uri: { toString: () => URI }, getText: () => text }, selection: { active: { line: 3 + 1202 } } };
    const node = await revealInTree(server, viewsOf(multimembership, crossingsProvider, []), FILTER);
    assert.deepEqual([node?.tooltip.heading, node?.location?.line], ['Crossing 1203', 1205]);
    assert.equal((await crossingsProvider.getChildren(await pairNode(crossingsProvider))).length, 1203);
  });

  it('draws the same list again once the change is announced', async () => {
    const server = new FakeServer();
    server.setFile(URI, journalOf(moments(3)));
    const provider = new MultimembershipProvider(server, FILTER);
    await provider.getChildren(await entriesRow(provider));
    server.setFile(URI, journalOf(moments(4)));
    provider.refresh();
    assert.deepEqual((await provider.getChildren(await entriesRow(provider))).map((node) => node.label), ['Moment 1', 'Moment 2', 'Moment 3', 'Moment 4']);
  });
});
