/** The Multimembership view's data: people → communities (nested) → membership and entries. */
import type { ModelResult } from '../../../server/src/protocol';
import { ModelTreeProvider } from './modelTree';
import { buildMultimembershipTree } from './multimembershipModel';
import type { TreeNode } from './nodeModel';

export const MULTIMEMBERSHIP_VIEW = 'practiceJournal.multimembership';

export class MultimembershipProvider extends ModelTreeProvider {
  protected override build(result: ModelResult): TreeNode[] {
    return buildMultimembershipTree(result.model, result.me);
  }
}
