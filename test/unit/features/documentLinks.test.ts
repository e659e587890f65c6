import { strict as assert } from 'node:assert';
import { documentLinks } from '../../../server/src/language/features/documentLinks';
import { loadFrontMatter } from '../../../server/src/language/frontMatter';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { JOURNAL_URI, ROOT } from '../../support/journal';
import { rangeOfText } from './cursor';

function linksOf(text: string, roots: string[] = [ROOT]): ReturnType<typeof documentLinks> {
  const syntax = parseJournal(text);
  return documentLinks(syntax, loadFrontMatter(syntax).data, JOURNAL_URI, roots);
}

describe('document links', () => {
  it("links the front matter's landscape path to the file, resolved against the journal's folder", () => {
    const text = '---\nlandscape: ../shared/landscape.yaml\n---\n';
    assert.deepEqual(linksOf(text), [
      { range: rangeOfText(text, '../shared/landscape.yaml'), target: `${ROOT}/shared/landscape.yaml`, tooltip: 'Open the landscape this journal uses' },
    ]);
  });

  it('gives no link to a path outside the workspace', () => {
    assert.deepEqual(linksOf('---\nlandscape: ../../../etc/landscape.yaml\n---\n'), []);
  });

  it('gives no link without a landscape key', () => {
    assert.deepEqual(linksOf('---\nauthor: maria\n---\n'), []);
  });
});
