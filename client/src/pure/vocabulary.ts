/**
 * The words of the journal language the extension offers in its pickers. The client may not
 * import the language core, so the lists are repeated here; a unit test keeps them equal to
 * the core's.
 */

export const MODE_KINDS = ['engagement', 'imagination', 'alignment'] as const;
export type ModeKind = (typeof MODE_KINDS)[number];

export const ENTRY_KINDS = [...MODE_KINDS, 'crossing', 'trajectory'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const TRAJECTORY_KINDS = ['peripheral', 'inbound', 'insider', 'boundary', 'outbound'] as const;
export type TrajectoryKind = (typeof TRAJECTORY_KINDS)[number];

export const ENERGY_VALUES = ['energizing', 'neutral', 'draining'] as const;
export type Energy = (typeof ENERGY_VALUES)[number];

export const BROKER_ROLES = ['spanner', 'roamer', 'outpost', 'pair'] as const;
export type BrokerRole = (typeof BROKER_ROLES)[number];

export const INTERACTION_KINDS = ['encounter', 'practice', 'periphery', 'project'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const BOUNDARY_OBJECT_KINDS = ['artifact', 'discourse', 'process'] as const;
export type BoundaryObjectKind = (typeof BOUNDARY_OBJECT_KINDS)[number];

export const STAGES = ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation'] as const;
export const MEMBER_LEVELS = ['core', 'active', 'peripheral'] as const;

/** What each kind of entry is for, in a few words (shown in the kind picker). */
export const KIND_DESCRIPTIONS: Record<EntryKind, string> = {
  engagement: 'doing things together',
  imagination: 'picturing yourself and your communities',
  alignment: 'coordinating with broader processes',
  crossing: 'crossing a boundary between two communities',
  trajectory: 'a change in your path in a community',
};

const IDENTIFIER = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}\p{M}_-])?$/u;

/** Whether a name is a valid community, person or boundary-object id (without its sigil). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** What an id may look like, for input validation messages. */
export const IDENTIFIER_HINT = "an id starts with a letter or digit and continues with letters, digits, '-', '_' or '.' (not ending in '.')";
