/**
 * Counts of the three modes of belonging, and how they are written in the status bar and the
 * tree. A moment written about two communities counts once per community in the memberships;
 * a person's own total counts each entry once.
 */
import type { ModeCounts, PersonModel } from '../../../server/src/protocol';

export const NO_MOMENTS: ModeCounts = { engagement: 0, imagination: 0, alignment: 0 };

/** A person's moments, each entry counted once however many communities it names. */
export function personModeCounts(person: PersonModel | undefined): ModeCounts {
  const seen = new Set<string>();
  const counts = { engagement: 0, imagination: 0, alignment: 0 };
  for (const membership of person?.memberships ?? []) {
    for (const entry of membership.entries) {
      if (entry.kind === 'trajectory') continue;
      const key = `${entry.line}:${entry.uri}`;
      if (seen.has(key)) continue;
      seen.add(key);
      counts[entry.kind]++;
    }
  }
  return counts;
}

/** How many distinct entries (moments and trajectories) a person has. */
export function personEntryCount(person: PersonModel): number {
  const seen = new Set<string>();
  for (const membership of person.memberships) for (const entry of membership.entries) seen.add(`${entry.line}:${entry.uri}`);
  return seen.size;
}

/** The compact form: "E 4 · I 1 · A 2". */
export function shortModeSummary(counts: ModeCounts): string {
  return `E ${counts.engagement} · I ${counts.imagination} · A ${counts.alignment}`;
}

/** The spelled-out form: "engagement 4 · imagination 1 · alignment 2". */
export function longModeSummary(counts: ModeCounts): string {
  return `engagement ${counts.engagement} · imagination ${counts.imagination} · alignment ${counts.alignment}`;
}
