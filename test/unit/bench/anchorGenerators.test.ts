import { strict as assert } from 'node:assert';
import { generateLedgerJournal, generateMeetingNotes } from '../../../bench/anchorGenerators';

const SIZE = { seed: 9, records: 400, bytes: 150_000 };

function countLines(text: string, pattern: RegExp): number {
  return text.split('\n').filter((line) => pattern.test(line)).length;
}

describe('bench generators: anchor inputs', () => {
  it('writes a ledger journal with as many transactions and about as many bytes as asked', () => {
    const text = generateLedgerJournal(SIZE);
    assert.equal(countLines(text, /^\d{4}\/\d{2}\/\d{2} \* /), 400);
    assert.ok(Math.abs(text.length - SIZE.bytes) < 200, `${text.length} characters for ${SIZE.bytes}`);
  });

  it('balances every ledger transaction with one amount and one open posting', () => {
    const transactions = generateLedgerJournal(SIZE).split('\n\n').filter((block) => /^\d/.test(block));
    for (const block of transactions) {
      const postings = block.split('\n').filter((line) => /^ {4}[a-z]/.test(line));
      assert.equal(postings.length, 2);
      assert.match(postings[0]!, / \d+\.\d{2} EUR$/);
      assert.doesNotMatch(postings[1]!, /\d+\.\d{2}/);
    }
  });

  it('writes meeting notes with as many notes and about as many bytes as asked', () => {
    const text = generateMeetingNotes(SIZE);
    assert.equal(countLines(text, /^## \d{4}-\d{2}-\d{2} /), 400);
    assert.ok(Math.abs(text.length - SIZE.bytes) < 200, `${text.length} characters for ${SIZE.bytes}`);
  });

  it('generates the same bytes for the same seed', () => {
    assert.equal(generateLedgerJournal(SIZE), generateLedgerJournal(SIZE));
    assert.equal(generateMeetingNotes(SIZE), generateMeetingNotes(SIZE));
    assert.notEqual(generateMeetingNotes(SIZE), generateMeetingNotes({ ...SIZE, seed: 10 }));
  });
});
