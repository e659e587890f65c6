import { strict as assert } from 'node:assert';
import { frontMatterAuthor, monthJournalPath, monthJournalText } from '../../../client/src/pure/monthJournal';
import { diagnosticsOf, journal, TODAY, workspace } from '../../support/journal';

describe("this month's journal", () => {
  it('lives in journal/YYYY-MM.practice', () => {
    assert.deepEqual(monthJournalPath('2026-11-21'), ['journal', '2026-11.practice']);
    assert.deepEqual(monthJournalPath('2027-01-01'), ['journal', '2027-01.practice']);
  });

  it('starts with front matter naming its author, then the month as a heading', () => {
    assert.equal(monthJournalText('maria', '2026-11-21'), '---\nauthor: maria\n---\n\n# November 2026\n\n');
  });

  it('drops the @ of an author given as a reference', () => {
    assert.match(monthJournalText('@maria', TODAY), /^author: maria$/m);
  });

  it('is a journal without problems whose author the model knows', () => {
    const text = monthJournalText('maria', TODAY);
    assert.deepEqual(diagnosticsOf(text), []);
    assert.deepEqual(workspace(text).getModel().people.map((person) => person.id), ['maria']);
  });
});

describe("reading a journal's author", () => {
  it('reads a plain, quoted or @-prefixed author from the front matter', () => {
    for (const line of ['author: maria', 'author: "maria"', "author: 'maria'", 'author: @maria', 'author:   maria   # me']) {
      assert.equal(frontMatterAuthor(`---\ntitle: Mine\n${line}\n---\n`), 'maria', line);
    }
  });

  it('reads it after a byte-order mark and with CRLF line breaks', () => {
    assert.equal(frontMatterAuthor('\uFEFF---\r\nauthor: ana\r\n---\r\n'), 'ana');
  });

  it('finds none without front matter, after the closing fence, or in an indented key', () => {
    assert.equal(frontMatterAuthor('author: maria\n'), undefined);
    assert.equal(frontMatterAuthor('---\ntitle: x\n---\nauthor: maria\n'), undefined);
    assert.equal(frontMatterAuthor('---\nmeta:\n  author: maria\n---\n'), undefined);
  });

  it('stops at the first entry header when the front matter is not closed', () => {
    assert.equal(frontMatterAuthor(journal`
      ---
      title: x
      2026-11-02 engagement +ward
      author: maria
    `), undefined);
  });
});
