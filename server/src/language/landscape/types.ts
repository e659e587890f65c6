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
}

export interface PersonDeclaration extends Declaration {
  name?: string;
}

export interface BoundaryObjectDeclaration extends Declaration {
  kind?: BoundaryObjectKind;
  name?: string;
  communities: string[];
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
}
