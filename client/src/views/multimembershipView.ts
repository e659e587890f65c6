/** The Multimembership view's data: people → communities (nested) → membership and entries. */
import type { ModelFilter, ModelSummaryResult } from '../../../server/src/protocol';
import { ModelTreeProvider, type NodePage } from './modelTree';
import { buildMultimembershipTree, entriesRowOf, entryNodes } from './multimembershipModel';
import type { LazyChildren, TreeNode } from './nodeModel';

export const MULTIMEMBERSHIP_VIEW = 'practiceJournal.multimembership';

export class MultimembershipProvider extends ModelTreeProvider {
  protected override build(result: ModelSummaryResult): TreeNode[] {
    return buildMultimembershipTree(result.summary, result.me);
  }

  protected override async page(node: TreeNode, lazy: LazyChildren, filter: ModelFilter, offset: number, limit: number): Promise<NodePage | undefined> {
    if (lazy.kind !== 'entries') return undefined;
    const page = await this.server.membershipEntries({ from: filter.from, to: filter.to, person: lazy.person, community: lazy.community, offset, limit });
    return page && { nodes: entryNodes(page.items, node), total: page.total, revision: page.revision };
  }

  /** The node of the `index`th entry of a membership, loading the entries up to it. */
  async entryNode(person: string, community: string, index: number): Promise<TreeNode | undefined> {
    const { byId } = await this.tree();
    let membership: TreeNode | undefined;
    for (const node of byId.values()) {
      if (node.kind === 'membership' && node.person === person && node.community === community) membership = node;
    }
    const row = membership && entriesRowOf(membership);
    return row && (await this.childrenUpTo(row, index + 1))[index];
  }
}
