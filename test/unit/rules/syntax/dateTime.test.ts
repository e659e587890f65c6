import { strict as assert } from 'node:assert';
import { coveredText, findings, journal } from '../../../support/journal';

describe('invalid-date', () => {
  it('reports a date that does not exist, on the date, as an error', () => {
    const text = journal`
      2026-02-30 engagement +data-science
        Notes.
    `;
    const [problem, ...rest] = findings(text, 'invalid-date');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), '2026-02-30');
    assert.match(problem!.message, /'2026-02-30' is not a real calendar date/);
    assert.equal(problem!.data, undefined);
  });

  it('shows the expected YYYY-MM-DD form for a date in the wrong form', () => {
    const text = journal`
      2026-11-5 engagement +data-science
    `;
    const [problem] = findings(text, 'invalid-date');
    assert.equal(coveredText(text, problem!), '2026-11-5');
    assert.match(problem!.message, /YYYY-MM-DD/);
    assert.match(problem!.message, /2026-11-20/);
  });

  it('accepts a real date, including 29 February of a leap year', () => {
    const text = journal`
      2028-02-29 engagement +data-science
      2026-11-20 engagement +data-science
    `;
    assert.deepEqual(findings(text, 'invalid-date'), []);
  });

  it('rejects 29 February of a year that is not a leap year', () => {
    const text = journal`
      2100-02-29 engagement +data-science
    `;
    assert.equal(findings(text, 'invalid-date').length, 1);
  });

  it('suggests indenting a column-0 line that starts with a digit but is no date, and checks nothing else on it', () => {
    const text = journal`
      2026-11-20 engagement +data-science
        Three things:
      1. First point about pairing
    `;
    const [problem] = findings(text, 'invalid-date');
    assert.equal(coveredText(text, problem!), '1.');
    assert.match(problem!.message, /indent the line/);
    for (const rule of ['unknown-kind', 'missing-argument', 'extra-argument']) assert.deepEqual(findings(text, rule), [], rule);
  });

  it('says that the date must stand alone when the first word goes on after a date', () => {
    const text = '2026-11-20T09:30 engagement +data-science\n  Notes.\n';
    const [problem] = findings(text, 'invalid-date');
    assert.equal(coveredText(text, problem!), '2026-11-20T09:30');
    assert.equal(
      problem!.message,
      'An entry header starts with its date alone, followed by a space or a tab, but this first word goes on after the date. Put a space after the date; a time follows it as HH:MM, e.g. 2026-11-20 09:30.',
    );
    assert.match(findings('2026-11-201 engagement +a\n', 'invalid-date')[0]!.message, /four-digit year and two-digit month and day/);
  });

  it('names a non-breaking space after the date instead of saying the line has no date', () => {
    const text = '2026-11-20\u00a0engagement +data-science\n  Notes.\n';
    const [problem, ...rest] = findings(text, 'invalid-date');
    assert.equal(rest.length, 0);
    assert.equal(coveredText(text, problem!), '2026-11-20\u00a0engagement');
    assert.match(problem!.message, /special space \(U\+00A0\), which looks like a space but does not separate words: replace it with an ordinary space\.$/);
    assert.doesNotMatch(problem!.message, /does not start with a YYYY-MM-DD date/);
  });
});

describe('invalid-time', () => {
  it('reports an hour past 23 on the time token, as an error', () => {
    const text = journal`
      2026-11-20 25:00 engagement +data-science
    `;
    const [problem, ...rest] = findings(text, 'invalid-time');
    assert.equal(rest.length, 0);
    assert.equal(problem!.severity, 'error');
    assert.equal(coveredText(text, problem!), '25:00');
    assert.match(problem!.message, /HH:MM/);
  });

  it('reports a one-digit hour', () => {
    const text = journal`
      2026-11-20 9:30 engagement +data-science
    `;
    const [problem] = findings(text, 'invalid-time');
    assert.equal(coveredText(text, problem!), '9:30');
    assert.match(problem!.message, /'9:30' is not a 24-hour time/);
  });

  it('accepts 00:00 and 23:59, and an entry without a time', () => {
    const text = journal`
      2026-11-18 00:00 engagement +data-science
      2026-11-19 23:59 engagement +data-science
      2026-11-20 engagement +data-science
    `;
    assert.deepEqual(findings(text, 'invalid-time'), []);
  });
});
