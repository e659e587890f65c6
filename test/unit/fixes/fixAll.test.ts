import { strict as assert } from 'node:assert';
import { journal, JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';

const LANDSCAPE = 'communities:\n  ward-7b: {}\npeople:\n  ana: {}\n';

describe('fix all', () => {
  it('applies the safe fixes and leaves the ones that need a person', () => {
    const text = journal`
      2026-11-20 engagement +Ward-7b "Night handover
        energy: draining
        energy: draining
        with: @ANA

        Asked +pharmacy and +WARD-7b about the rota.

      2026-11-12 alignment +ward-7d
        energy: neutral
        energy: draining
    `;
    const service = workspace(text, { landscape: LANDSCAPE });
    const { files } = service.fixAll(JOURNAL_URI);
    assert.deepEqual([...files.keys()], [JOURNAL_URI]);
    assert.equal(
      files.get(JOURNAL_URI),
      journal`
        2026-11-12 alignment +ward-7d
          energy: neutral
          energy: draining

        2026-11-20 engagement +ward-7b "Night handover"
          energy: draining
          with: @ana

          Asked +pharmacy and +WARD-7b about the rota.
      `,
    );
    const left = service.getDiagnostics(JOURNAL_URI).filter((diagnostic) => diagnostic.severity === 'warning' || diagnostic.severity === 'error');
    assert.deepEqual(left.map((diagnostic) => diagnostic.rule).sort(), ['case-mismatch', 'duplicate-field', 'unknown-community', 'unknown-community']);
    assert.equal(service.getLandscape(LANDSCAPE_URI)!.text, LANDSCAPE);
  });

  it('never lets an insertion land at the edge of entries another fix moved', () => {
    const text = '2026-11-20 engagement +a\n  @ana\n\n2026-11-12 crossing +a -> +b "Bed meeting';
    const { files } = workspace(text).fixAll(JOURNAL_URI);
    assert.equal(files.get(JOURNAL_URI), '2026-11-12 crossing +a -> +b "Bed meeting"\n\n2026-11-20 engagement +a\n  @ana');
  });

  it('changes nothing when no safe fix applies', () => {
    const service = workspace('2026-11-20 engagement +pharmacy\n', { landscape: LANDSCAPE });
    assert.equal(service.fixAll(JOURNAL_URI).files.size, 0);
  });
});
