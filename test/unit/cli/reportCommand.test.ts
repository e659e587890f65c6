import { strict as assert } from 'node:assert';
import type { JsonReport } from '../../../server/src/cli/report/render';
import { runCli, tempWorkspace, type TempWorkspace } from './harness';

const LANDSCAPE = 'communities:\n  guild: {}\n  ops: {}\npeople:\n  maria: {}\n  ana: {}\n';
const MARIA = [
  '---',
  'author: maria',
  '---',
  '2026-11-10 engagement +guild "Lunchtime Hexacorn"',
  '  with: @ana',
  '',
  '  We paired on the Vellichor checks.',
  '',
  '2026-11-20 crossing +guild -> +ops',
  '  via: artifact "dashboard"',
  '  Carried the Vellichor dashboard over.',
  '',
].join('\n');

describe('cli: report', () => {
  let workspace: TempWorkspace;
  beforeEach(() => (workspace = tempWorkspace({ 'landscape.yaml': LANDSCAPE, 'journal/maria.practice': MARIA })));
  afterEach(() => workspace.dispose());

  const report = async (...args: string[]): Promise<JsonReport> => {
    const result = await runCli(['report', '--format', 'json', ...args], workspace.root);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout) as JsonReport;
  };

  it('draws people, communities and crossings from the current folder, paths relative to it', async () => {
    const json = await report();
    assert.equal(json.version, 1);
    assert.deepEqual(json.people.map((person) => person.id), ['ana', 'maria']);
    assert.deepEqual(json.communities.map((community) => community.id), ['guild', 'ops']);
    assert.deepEqual(json.crossings.map((crossing) => [crossing.from, crossing.to, crossing.path, crossing.line]), [['guild', 'ops', 'journal/maria.practice', 9]]);
  });

  it('narrows to one person with --person, with or without the @', async () => {
    for (const person of ['ana', '@ana']) {
      const json = await report('--person', person);
      assert.deepEqual(json.filter, { person: 'ana', from: null, to: null });
      assert.deepEqual(json.people.map((entry) => entry.id), ['ana']);
      assert.deepEqual(json.crossings, []);
    }
  });

  it('narrows to a date range with --from and --to', async () => {
    const json = await report('--from', '2026-11-15', '--to', '2026-11-30');
    assert.deepEqual(json.filter, { person: null, from: '2026-11-15', to: '2026-11-30' });
    assert.equal(json.crossings.length, 1);
    assert.deepEqual(json.people.find((person) => person.id === 'ana')?.memberships, []);
  });

  it('prints a text report by default and Markdown with --format md', async () => {
    const text = await runCli(['report'], workspace.root);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Practice report\n/);
    const markdown = await runCli(['report', '--format', 'md'], workspace.root);
    assert.match(markdown.stdout, /^# Practice report\n/);
  });

  it('never shows an entry title or reflection prose', async () => {
    for (const format of ['text', 'json', 'md']) {
      const result = await runCli(['report', '--format', format], workspace.root);
      assert.ok(!result.stdout.includes('Hexacorn') && !result.stdout.includes('Vellichor'), format);
    }
  });

  it('exits 2 on a bad format, date or option', async () => {
    assert.equal((await runCli(['report', '--format', 'html'], workspace.root)).stderr, "practice-journal: unknown --format 'html' (use one of text, json, md)\n");
    assert.equal((await runCli(['report', '--from', '2026-13-01'], workspace.root)).stderr, "practice-journal: --from needs a real date as YYYY-MM-DD, not '2026-13-01'\n");
    const typo = await runCli(['report', '--persn', 'ana'], workspace.root);
    assert.deepEqual([typo.code, typo.stderr], [2, 'practice-journal: unknown option --persn (did you mean --person?)\n']);
  });

  it('exits 2 when --from comes after --to, rather than printing an empty report', async () => {
    const swapped = await runCli(['report', '--from', '2026-11-30', '--to', '2026-11-01'], workspace.root);
    assert.deepEqual(
      [swapped.code, swapped.stdout, swapped.stderr],
      [2, '', 'practice-journal: --from 2026-11-30 is after --to 2026-11-01, so no entry could match; swap the two dates\n'],
    );
    const oneDay = await runCli(['report', '--from', '2026-11-10', '--to', '2026-11-10'], workspace.root);
    assert.equal(oneDay.code, 0, oneDay.stderr);
  });

  it('leaves out a file it cannot read, says so, and reports the rest', async () => {
    workspace.write('journal/binary.practice', Uint8Array.from([0, 1, 2]));
    const result = await runCli(['report', '--format', 'json'], workspace.root);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, "practice-journal: 'journal/binary.practice' is not UTF-8 text; left out of the report\n");
    assert.equal((JSON.parse(result.stdout) as JsonReport).crossings.length, 1);
  });
});
