/** A small workspace whose model the client tests draw their trees from. */
import type { LanguageService } from '../../../server/src/language/service';
import type { ModelSummary, ObjectSummary, WorkspaceModel } from '../../../server/src/protocol';
import { crossingNodes } from '../../../client/src/views/crossingsModel';
import { entryNodes } from '../../../client/src/views/multimembershipModel';
import type { TreeNode } from '../../../client/src/views/nodeModel';
import { JOURNAL_URI, journal, workspace } from '../../support/journal';

export { JOURNAL_URI };

export const LANDSCAPE = journal`
  communities:
    network: { name: Nursing Network }
    guild: { parent: network }
    chapter: { name: St Brigid's chapter, parent: guild, members: { maria: core } }
    ward: { name: Ward 7B }
  people:
    maria: { name: Maria Okafor }
    ana: {}
    li: {}
`;

export const JOURNAL = journal`
  ---
  author: maria
  ---
  2026-11-02 engagement +chapter "Chapter meeting"
    with: @ana

    We met.

  2026-11-03 imagination +chapter +network
    Picturing the network.

  2026-11-04 trajectory +chapter inbound
    Moving in.

  2026-11-05 engagement +ward
    Huddle.

  2026-11-06 crossing +ward -> +chapter "Falls list"
    via: artifact "falls list"
    as: spanner

    Carried it over.

  2026-11-07 crossing +ward -> +chapter
    Again.

  2026-11-08 crossing +chapter -> +network
    Upwards.
`;

/** The zero-based line of the header that starts with a date. */
export function lineOf(date: string, text = JOURNAL): number {
  return text.split('\n').findIndex((line) => line.startsWith(date));
}

/** A service holding the fixture, or another journal (with the fixture landscape unless given null). */
export function serviceOf(text = JOURNAL, landscape: string | null = LANDSCAPE): LanguageService {
  return workspace(text, landscape === null ? {} : { landscape });
}

/** The fixture's whole model, or another journal's. */
export function modelOf(text = JOURNAL, landscape: string | null = LANDSCAPE): WorkspaceModel {
  return serviceOf(text, landscape).getModel();
}

/** The fixture's model summary, or another journal's: what the views draw their trees from. */
export function summaryOf(text = JOURNAL, landscape: string | null = LANDSCAPE): ModelSummary {
  return serviceOf(text, landscape).getModelSummary();
}

/** The boundary objects of the fixture's crossings, or another journal's. */
export function objectsOf(text = JOURNAL, landscape: string | null = LANDSCAPE): ObjectSummary[] {
  return serviceOf(text, landscape).getBoundaryObjects();
}

/** A tree with every lazy node's children loaded from the service in one page, as a view loads them when expanded. */
export function loaded(nodes: readonly TreeNode[], service: LanguageService): TreeNode[] {
  return nodes.map((node) => {
    const lazy = node.lazy;
    if (lazy === undefined) return { ...node, children: loaded(node.children, service) };
    const page = { offset: 0, limit: lazy.total };
    const children =
      lazy.kind === 'entries'
        ? entryNodes(service.getMembershipEntries({ person: lazy.person, community: lazy.community, ...page }).items, node)
        : crossingNodes(service.getDirectionCrossings({ direction: { from: lazy.from, to: lazy.to }, ...page }).items, node);
    return { ...node, children };
  });
}
