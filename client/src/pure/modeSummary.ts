/**
 * How the counts of the three modes of belonging are written in the status bar and the tree.
 * (A moment written about two communities counts once per community in the memberships; a
 * person's own counts, which the model summary gives, count each entry once.)
 */
import type { ModeCounts } from '../../../server/src/protocol';

export const NO_MOMENTS: ModeCounts = { engagement: 0, imagination: 0, alignment: 0 };

/** The compact form: "E 4 · I 1 · A 2". */
export function shortModeSummary(counts: ModeCounts): string {
  return `E ${counts.engagement} · I ${counts.imagination} · A ${counts.alignment}`;
}

/** The spelled-out form: "engagement 4 · imagination 1 · alignment 2". */
export function longModeSummary(counts: ModeCounts): string {
  return `engagement ${counts.engagement} · imagination ${counts.imagination} · alignment ${counts.alignment}`;
}
