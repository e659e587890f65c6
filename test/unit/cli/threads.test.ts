import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { lintJournalsOnThreads, threadCount, type JournalOutcome } from '../../../server/src/cli/lint/threads';
import { fileReport } from '../../../server/src/cli/lint/report';
import { openWorkspace, visitFiles } from '../../../server/src/cli/workspace';
import { repositoryRoot, tempWorkspace, TODAY, type TempWorkspace } from './harness';
import { CLEAN, IN_2030, WITH_ERROR, WITH_INFO, WITH_WARNING } from './journals';

const ROOT = repositoryRoot();
const BIN = join(ROOT, 'bin', 'practice-journal.js');

const LANDSCAPE = 'communities:\n  guild:\n    name: Guild\npeople:\n  ana: {}\n';
const OTHER_LANDSCAPE = 'communities:\n  ward:\n    name: Ward\nrules:\n  empty-reflection: warning\n';
const FRONT_MATTER = '---\nauthor: ana\ntitle: "Ana: notes"\ntags: [retro]\n---\n';
const BAD_FRONT_MATTER = '---\nauthor: @ana\ntags: [retro, 2024]\nwho: x\n---\n';
const NAMED = '---\nlandscape: ../../elsewhere/landscape.yaml\n---\n2026-11-20 engagement +ward "x"\n';

/** Sixty journals of every outcome, across folders with their own landscapes, plus two files that cannot be linted. */
function manyJournals(): Record<string, string | Uint8Array> {
  const kinds = [CLEAN, WITH_ERROR, WITH_WARNING, WITH_INFO, IN_2030, FRONT_MATTER + CLEAN, BAD_FRONT_MATTER + WITH_INFO, NAMED];
  const files: Record<string, string | Uint8Array> = { 'landscape.yaml': LANDSCAPE, 'team/landscape.yml': OTHER_LANDSCAPE, 'elsewhere/landscape.yaml': OTHER_LANDSCAPE };
  for (let index = 0; index < 60; index++) {
    const folder = ['', 'team/', 'team/deep/', 'notes/'][index % 4]!;
    files[`${folder}j${String(index).padStart(2, '0')}.practice`] = kinds[index % kinds.length]!;
  }
  files['team/binary.practice'] = Uint8Array.from([0x89, 0x50, 0x00, 0x01]);
  files['latin1.practice'] = Buffer.from('2026-11-20 engagement +guild "Caf\xe9"\n', 'latin1');
  return files;
}

function practiceJournal(args: string[], cwd: string, threads: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', PRACTICE_JOURNAL_THREADS: threads };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: linting on several threads', function () {
  this.timeout(120_000);
  let workspace: TempWorkspace;
  afterEach(() => workspace?.dispose());

  describe('threadCount', () => {
    it('uses one thread for a small run and several for a large one, at most four', () => {
      assert.equal(threadCount(10, {}), 1);
      const large = threadCount(10_000, {});
      assert.ok(large >= 1 && large <= 4, String(large));
    });

    it('follows PRACTICE_JOURNAL_THREADS, never beyond one thread per journal', () => {
      assert.equal(threadCount(10, { PRACTICE_JOURNAL_THREADS: '3' }), 3);
      assert.equal(threadCount(10_000, { PRACTICE_JOURNAL_THREADS: '1' }), 1);
      assert.equal(threadCount(2, { PRACTICE_JOURNAL_THREADS: '8' }), 2);
      assert.equal(threadCount(10, { PRACTICE_JOURNAL_THREADS: 'many' }), 1);
      assert.equal(threadCount(10, { PRACTICE_JOURNAL_THREADS: '0' }), 1);
    });
  });

  it('gives every journal the outcome one thread gives, in order, whether the helpers start (compiled) or not (from sources)', async () => {
    workspace = tempWorkspace(manyJournals());
    const paths = Object.keys(manyJournals()).map((relative) => workspace.path(relative));
    const serial: JournalOutcome[] = [];
    const one = openWorkspace([...paths, workspace.path('gone.practice')], { cwd: workspace.root, today: 20_778 });
    visitFiles(one, (file) => {
      if (!file.relativePath.includes('landscape')) serial.push({ report: fileReport(one, file, false) });
    }, 'visit');
    const several = openWorkspace([...paths, workspace.path('gone.practice')], { cwd: workspace.root, today: 20_778 });
    const outcomes = await lintJournalsOnThreads(several, false, 20_778, 3);
    assert.deepEqual(outcomes.filter((outcome) => 'report' in outcome), serial);
    assert.deepEqual(outcomes.filter((outcome) => 'note' in outcome), [{ note: "skipped 'gone.practice': it no longer exists" }]);
    assert.equal(outcomes.length, serial.length + 1);
  });

  describe('the real process', () => {
    before(() => {
      const bundle = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(bundle.status, 0, bundle.stderr);
    });

    for (const format of ['stylish', 'json', 'sarif', 'junit']) {
      it(`prints byte for byte the same ${format} report on one, two and three threads`, () => {
        workspace = tempWorkspace(manyJournals());
        const args = ['lint', '--format', format, '--today', TODAY];
        const one = practiceJournal(args, workspace.root, '1');
        assert.equal(one.status, 1, one.stderr);
        assert.ok(one.stdout.length > 1000);
        for (const threads of ['2', '3']) assert.deepEqual(practiceJournal(args, workspace.root, threads), one, `${threads} threads`);
      });
    }

    it('prints the same errors-only report with --quiet on several threads', () => {
      workspace = tempWorkspace(manyJournals());
      const args = ['lint', '--quiet', '--today', TODAY, 'team', '.'];
      assert.deepEqual(practiceJournal(args, workspace.root, '2'), practiceJournal(args, workspace.root, '1'));
    });
  });
});
