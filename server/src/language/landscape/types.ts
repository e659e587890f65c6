import type { Span } from '../syntax/ast';
import type { Problem, RuleOverrides } from '../validation/types';

export const STAGES = ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation'] as const;
export type Stage = (typeof STAGES)[number];
export const MEMBER_LEVELS = ['core', 'active', 'peripheral'] as const;
export type MemberLevel = (typeof MEMBER_LEVELS)[number];
export const BOUNDARY_OBJECT_KINDS = ['artifact', 'discourse', 'process'] as const;
export type BoundaryObjectKind = (typeof BOUNDARY_OBJECT_KINDS)[number];

/** A declared id; the span is its key in the landscape text. */
export interface Declaration extends Span {
  id: string;
}

export interface CommunityDeclaration extends Declaration {
  name?: string;
  domain?: string;
  parent?: string;
  stage?: Stage;
  /** Person id → level of membership. */
  members: Map<string, MemberLevel>;
  /** Where `parent`'s value is written, when it names a valid id. */
  parentSpan?: Span;
  /** Person id → the span of that member's key under `members:`. */
  memberSpans?: Map<string, Span>;
}

export interface PersonDeclaration extends Declaration {
  name?: string;
}

export interface BoundaryObjectDeclaration extends Declaration {
  kind?: BoundaryObjectKind;
  name?: string;
  communities: string[];
  /** The span of each entry of `communities`, in the same order. */
  communitySpans?: Span[];
}

export const LANDSCAPE_SECTIONS = ['communities', 'people', 'boundary-objects', 'rules'] as const;
export type LandscapeSection = (typeof LANDSCAPE_SECTIONS)[number];

/** Where a top-level section of the landscape is written. */
export interface LandscapeSectionInfo {
  /** The section's key (`people`). */
  key: Span;
  /** Its value; empty (at the end of the key's line) when the section has no value yet. */
  value: Span;
}

/** A loaded `landscape.yaml`: what it declares, and every problem located in its text. */
export interface Landscape {
  uri: string;
  text: string;
  lineStarts: number[];
  communities: Map<string, CommunityDeclaration>;
  people: Map<string, PersonDeclaration>;
  boundaryObjects: Map<string, BoundaryObjectDeclaration>;
  rules: RuleOverrides;
  problems: Problem[];
  /**
   * The top-level sections the file writes, even empty ones. A section that is present is
   * authoritative: with `people:` present, an undeclared person is unknown; without it, people
   * are declared by use.
   */
  sections?: Partial<Record<LandscapeSection, LandscapeSectionInfo>>;
}
