/** The Boundary crossings view's data: community pairs (from → to) → crossings. */
import type { ModelResult } from '../../../server/src/protocol';
import { buildCrossingsTree } from './crossingsModel';
import { ModelTreeProvider } from './modelTree';
import type { TreeNode } from './nodeModel';

export const CROSSINGS_VIEW = 'practiceJournal.crossings';

export class CrossingsProvider extends ModelTreeProvider {
  protected override build(result: ModelResult): TreeNode[] {
    return buildCrossingsTree(result.model);
  }
}
