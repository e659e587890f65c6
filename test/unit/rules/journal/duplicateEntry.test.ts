import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('duplicate-entry', () => {
  it("reports a repeated entry on its header, naming the first one's line and quoting nothing", () => {
    const text = journal`
      2026-11-20 engagement +ward-7b "Night handover"
        energy: draining

        The handover ran long.

      2026-11-20 engagement +ward-7b "Night handover"
        energy: draining

        The handover ran long.
    `;
    const [problem, ...rest] = findings(text, 'duplicate-entry');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'warning');
    assert.equal(coveredText(text, problem!), '2026-11-20 engagement +ward-7b "Night handover"');
    assert.equal(problem!.range.start.line, 5);
    assert.match(problem!.message, /entry on line 1\b/);
    assert.doesNotMatch(problem!.message, /handover/i);
    assert.equal(problem!.data, undefined);
  });

  it('reports every later copy against the first', () => {
    const text = journal`
      2026-11-20 engagement +a
        Same.
      2026-11-20 engagement +a
        Same.
      2026-11-20 engagement +a
        Same.
    `;
    const found = findings(text, 'duplicate-entry');
    assert.deepEqual(found.map((problem) => problem.range.start.line), [2, 4]);
    for (const problem of found) assert.match(problem.message, /line 1\b/);
  });

  it('treats the same entry with CRLF line breaks as a copy, ignoring blank lines after it', () => {
    const text = '2026-11-20 engagement +a\r\n  Same.\r\n\r\n\r\n2026-11-20 engagement +a\r\n  Same.\r\n';
    const [problem] = findings(text, 'duplicate-entry');
    assert.equal(coveredText(text, problem!), '2026-11-20 engagement +a');
  });

  it('accepts entries that differ in any character of header or body', () => {
    const text = journal`
      2026-11-20 engagement +a
        Same.
      2026-11-20 engagement +a
        Same!
      2026-11-20 engagement  +a
        Same.
    `;
    assert.deepEqual(findings(text, 'duplicate-entry'), []);
  });

  it('handles many entries in one pass', () => {
    const lines: string[] = [];
    for (let index = 0; index < 5_000; index++) lines.push(`2026-11-20 engagement +a\n  Entry ${index}.\n`);
    lines.push('2026-11-20 engagement +a\n  Entry 7.\n');
    const text = lines.join('');
    const found = findings(text, 'duplicate-entry');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.range.start.line, 10_000);
    assert.match(found[0]!.message, /line 15\b/);
  });
});

describe('duplicate-entry with entries that share a sampled fingerprint', () => {
  it('tells apart long entries that differ in one character only, and still finds the copy', () => {
    const body = 'x'.repeat(400);
    const a = `2026-11-20 engagement +a\n  ${body}a${body}\n`;
    const b = `2026-11-20 engagement +a\n  ${body}b${body}\n`;
    const text = a + b + b + a;
    const found = findings(text, 'duplicate-entry');
    assert.deepEqual(
      found.map((problem) => [problem.range.start.line, /line (\d+)/.exec(problem.message)![1]]),
      [
        [4, '3'],
        [6, '1'],
      ],
    );
  });
});
