import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createLanguageService, type LanguageService } from '../../../server/src/language/service';
import { findChange } from '../../../server/src/language/syntax/incremental';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { positionOf, SIZEABLE_JOURNALS, SIZEABLE_LANDSCAPE, SIZEABLE_LANDSCAPE_URI, SIZEABLE_ROOT, sizeableService } from '../../support/sizeableJournals';

const ROOT = SIZEABLE_ROOT;
const LANDSCAPE_URI = SIZEABLE_LANDSCAPE_URI;
const JOURNALS = SIZEABLE_JOURNALS;

const service = sizeableService;

/** Uses every other journal's tree, so a closed journal's tree is let go. */
function pushOut(target: LanguageService, except: string): void {
  for (const { uri } of JOURNALS) if (uri !== except) target.getSyntax(uri);
}

/** Whether nothing but the weak reference holds the object, after a full collection. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // A WeakRef keeps its target alive until the job that made or read it has ended.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return ref.deref() === undefined;
}

describe('review: closed journals answer as open ones do', function () {
  this.timeout(30_000);

  it('lets a closed journal changed on disk be collected once its tree is let go, after its diagnostics were worked out', async () => {
    const dropping = service(() => false);
    const target = JOURNALS[3]!;
    dropping.setFile(target.uri, target.text.replace('engagment', 'engagement'));
    dropping.getDiagnostics(target.uri);
    const ref = new WeakRef(dropping.getSyntax(target.uri)!);
    pushOut(dropping, target.uri);
    assert.equal(await collected(ref), true, 'the last validation must not keep the tree');
    assert.ok(dropping.hasFile(target.uri));
  });

  it('lets an unchanged closed journal be collected too (the baseline)', async () => {
    const dropping = service(() => false);
    const target = JOURNALS[4]!;
    dropping.getDiagnostics(target.uri);
    const ref = new WeakRef(dropping.getSyntax(target.uri)!);
    pushOut(dropping, target.uri);
    assert.equal(await collected(ref), true);
    assert.ok(dropping.hasFile(target.uri));
  });

  it('answers every editor feature on a closed journal whose tree was let go as when every tree is kept', () => {
    const keeping = service(undefined);
    const dropping = service(() => false);
    const closed = JOURNALS[9]!;
    pushOut(dropping, closed.uri);
    const positions = ['+data-science', '@ana', '#retro', 'via: dash', 'engagment', 'energizing', '+unknown-team', '2026-01-0'].map((needle) => positionOf(closed.text, needle));
    const both = (ask: (target: LanguageService) => unknown, label: string): void => {
      pushOut(dropping, closed.uri);
      assert.deepEqual(ask(dropping), ask(keeping), label);
    };
    for (const position of positions) {
      const at = JSON.stringify(position);
      both((target) => target.features.hover(closed.uri, position), `hover ${at}`);
      both((target) => target.features.definition(closed.uri, position, NEVER_CANCELLED), `definition ${at}`);
      both((target) => target.features.references(closed.uri, position, true, NEVER_CANCELLED), `references ${at}`);
      both((target) => target.features.prepareRename(closed.uri, position), `prepareRename ${at}`);
      both((target) => target.features.rename(closed.uri, position, 'renamed', NEVER_CANCELLED), `rename ${at}`);
      both((target) => target.features.completion(closed.uri, position, NEVER_CANCELLED), `completion ${at}`);
    }
    both((target) => target.features.documentSymbols(closed.uri, NEVER_CANCELLED), 'document symbols');
    both((target) => target.features.workspaceSymbols('pairing 9-', NEVER_CANCELLED), 'workspace symbols');
    both((target) => target.features.foldingRanges(closed.uri, NEVER_CANCELLED), 'folding');
    both((target) => target.features.semanticTokens(closed.uri, undefined, NEVER_CANCELLED), 'semantic tokens');
    both((target) => target.features.documentLinks(closed.uri), 'links');
    both((target) => target.features.formatting(closed.uri, undefined, NEVER_CANCELLED), 'formatting');
    both((target) => target.getDiagnostics(closed.uri).map((diagnostic) => target.getFixes(closed.uri, diagnostic)), 'fixes');
    both((target) => target.fixAll(closed.uri), 'fix all');
    both((target) => target.getText(closed.uri), 'text after fix all');
    both((target) => target.getModelSummary(), 'model');
  });

  it('renames across closed journals changed on disk with edits against their current text', () => {
    const keeping = service(undefined);
    const dropping = service((uri) => uri === JOURNALS[0]!.uri);
    for (const target of [keeping, dropping]) {
      target.getDiagnostics(JOURNALS[20]!.uri);
      target.setFile(JOURNALS[20]!.uri, `2026-11-02 engagement +data-science "Moved"\n  with: @ana\n\n${JOURNALS[20]!.text}`);
    }
    pushOut(dropping, JOURNALS[0]!.uri);
    const position = positionOf(JOURNALS[0]!.text, '+data-science');
    assert.deepEqual(dropping.features.rename(JOURNALS[0]!.uri, position, 'science', NEVER_CANCELLED), keeping.features.rename(JOURNALS[0]!.uri, position, 'science', NEVER_CANCELLED));
  });

  it('gives the diagnostics of a fresh service after open, edit, close, a change on disk and reopening, with a landscape change while trees are let go', () => {
    const target = JOURNALS[5]!;
    let open = true;
    const dropping = service((uri) => open && uri === target.uri);
    const edited = target.text.replace('engagment', 'engagement');
    dropping.getDiagnostics(target.uri);
    dropping.setFile(target.uri, edited, { ...findChange(target.text, edited), before: target.text });
    dropping.getDiagnostics(target.uri);
    dropping.setFile(target.uri, edited.replace('Paired with', 'Worked with'));
    dropping.getDiagnostics(target.uri);
    open = false;
    const onDisk = `${target.text}2026-11-03 engagement +ops "Later"\n`;
    dropping.setFile(target.uri, onDisk);
    dropping.getDiagnostics(target.uri);
    pushOut(dropping, target.uri);
    const landscape = SIZEABLE_LANDSCAPE.replace('  ops: {}\n', '');
    dropping.setFile(LANDSCAPE_URI, landscape);
    pushOut(dropping, target.uri);
    open = true;
    const reopened = onDisk.replace('Later', 'Later still');
    dropping.setFile(target.uri, reopened);
    const fresh = createLanguageService({ roots: [ROOT], today: () => 20_778 });
    fresh.setFile(LANDSCAPE_URI, landscape);
    for (const { uri, text } of JOURNALS) fresh.setFile(uri, uri === target.uri ? reopened : text);
    assert.deepEqual(dropping.getDiagnostics(target.uri), fresh.getDiagnostics(target.uri));
    assert.ok(fresh.getDiagnostics(target.uri).some((diagnostic) => diagnostic.rule === 'unknown-community'));
    for (const { uri } of JOURNALS) assert.deepEqual(dropping.getDiagnostics(uri), fresh.getDiagnostics(uri), uri);
    assert.deepEqual(dropping.getModelSummary(), fresh.getModelSummary());
  });
});
