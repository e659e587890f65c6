/** A small workspace whose model the client tests draw their trees from. */
import type { WorkspaceModel } from '../../../server/src/protocol';
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

/** The fixture's model, or another journal's (with the fixture landscape unless given null). */
export function modelOf(text = JOURNAL, landscape: string | null = LANDSCAPE): WorkspaceModel {
  return workspace(text, landscape === null ? {} : { landscape }).getModel();
}
