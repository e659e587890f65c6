import { strict as assert } from 'node:assert';
import { displayWidth, formatTable } from '../../../../server/src/cli/report/table';

describe('report: terminal tables', () => {
  it('counts wide characters as two columns and combining marks as none', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('看護'), 4);
    assert.equal(displayWidth('e\u0301te'), 3);
    assert.equal(displayWidth('⊂ →'), 3);
  });

  it('pads columns to their widest cell, right-aligns where asked, and leaves no trailing blanks', () => {
    assert.deepEqual(
      formatTable(
        [
          ['NAME', 'N', 'NOTE'],
          ['a', '10', ''],
          ['longer', '2', 'x'],
        ],
        ['left', 'right'],
        '  ',
      ),
      ['  NAME     N  NOTE', '  a       10', '  longer   2  x'],
    );
  });
});
