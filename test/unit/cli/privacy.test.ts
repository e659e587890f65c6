import { strict as assert } from 'node:assert';
import { lint, tempWorkspace, type TempWorkspace } from './harness';

/** Words that appear only in titles, prose and stray text, never in ids or keywords. */
const MARKERS = ['Quillmarrow', 'Zephyrtangle', 'Brackenvoss', 'Oystermoot', 'Fenwickplum'];

const LANDSCAPE = 'communities:\n  guild: {}\npeople:\n  ana: {}\n';

/** A journal that breaks many rules around private words. */
const JOURNAL = [
  'Quillmarrow stray line before any entry',
  '2026-11-20 engagement +guild "Zephyrtangle unclosed',
  '  We talked about Brackenvoss.',
  'Oystermoot continues without indentation',
  '2026-13-40 engagment +guild "Fenwickplum"',
  '  with: @ana',
  '  energy: sunny',
  '  mood: Quillmarrow',
  '2026-11-19 crossing +guild -> +guild "Zephyrtangle"',
  '2030-01-01 alignment +guild +elsewhere @nobody "Brackenvoss"',
  '2026-11-21 trajectory +guild sideways "Oystermoot"',
  '2026-11-21 imagination "Fenwickplum"',
  '2026-11-21 engagement +guild "Fenwickplum"',
  '2026-11-21 engagement +guild "Fenwickplum"',
  '',
].join('\n');

describe('cli: privacy', () => {
  let workspace: TempWorkspace;
  beforeEach(() => (workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal.practice': JOURNAL })));
  afterEach(() => workspace.dispose());

  for (const format of ['json', 'sarif', 'junit', 'stylish']) {
    it(`never quotes a title, prose or stray text in the ${format} output`, async () => {
      const result = await lint(workspace.root, '--format', format);
      assert.equal(result.code, 1);
      assert.ok(result.stdout.length > 500, 'the journal should raise many problems');
      for (const marker of MARKERS) assert.ok(!result.stdout.includes(marker), `${format} output contains '${marker}'`);
      for (const marker of MARKERS) assert.ok(!result.stderr.includes(marker), `stderr contains '${marker}'`);
    });
  }
});
