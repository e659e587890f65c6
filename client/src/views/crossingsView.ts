/** The Boundary crossings view's data: community pairs (from → to) → crossings. */
import type { ModelFilter, ModelSummaryResult } from '../../../server/src/protocol';
import { buildCrossingsTree, crossingNodes, pairNodeId } from './crossingsModel';
import { ModelTreeProvider, type NodePage } from './modelTree';
import type { LazyChildren, TreeNode } from './nodeModel';

export const CROSSINGS_VIEW = 'practiceJournal.crossings';

export class CrossingsProvider extends ModelTreeProvider {
  protected override build(result: ModelSummaryResult): TreeNode[] {
    return buildCrossingsTree(result.summary);
  }

  protected override async page(node: TreeNode, lazy: LazyChildren, filter: ModelFilter, offset: number, limit: number): Promise<NodePage | undefined> {
    if (lazy.kind !== 'crossings') return undefined;
    const page = await this.server.directionCrossings({ ...filter, direction: { from: lazy.from, to: lazy.to }, offset, limit });
    return page && { nodes: crossingNodes(page.items, node), total: page.total, revision: page.revision };
  }

  /** The node of the `index`th crossing of a direction, loading the crossings up to it. */
  async crossingNode(from: string, to: string, index: number): Promise<TreeNode | undefined> {
    const pair = (await this.tree()).byId.get(pairNodeId(from, to));
    return pair && (await this.childrenUpTo(pair, index + 1))[index];
  }
}
