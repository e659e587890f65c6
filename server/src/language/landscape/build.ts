import { isScalar, type Node, type Pair } from 'yaml';
import { isRuleId, type RuleId } from '../rules';
import type { Span } from '../syntax/ast';
import { isIdentifier } from '../syntax/identifiers';
import type { RuleOverride, RuleOverrides } from '../validation/types';
import type { YamlTree } from '../yaml/tree';
import { hasDayWindow, SEVERITY_SETTINGS } from './schema';
import {
  BOUNDARY_OBJECT_KINDS,
  LANDSCAPE_SECTIONS,
  MEMBER_LEVELS,
  STAGES,
  type BoundaryObjectDeclaration,
  type CommunityDeclaration,
  type Landscape,
  type LandscapeSection,
  type PersonDeclaration,
} from './types';

/** What a landscape declares, before its cross-references are checked. */
export type Declarations = Pick<Landscape, 'communities' | 'people' | 'boundaryObjects' | 'rules'> &
  Required<Pick<Landscape, 'sections'>>;

/**
 * Reads declarations straight from the YAML tree, keeping every field that is valid on its own
 * and dropping only the invalid ones, so one mistake does not hide the rest of the file. The
 * checks mirror the schema; the schema's complaints are reported separately.
 */
export function buildDeclarations(tree: YamlTree | undefined): Declarations {
  const built: Declarations = { communities: new Map(), people: new Map(), boundaryObjects: new Map(), rules: {}, sections: {} };
  if (!tree) return built;
  const reader = new Reader(tree);
  for (const pair of tree.pairs(tree.root) ?? []) {
    const section = tree.keyText(pair);
    if (!isSection(section)) continue;
    const key = tree.keySpan(pair);
    const value = tree.resolve(pair.value) ? tree.span(pair.value as Node) : { start: key.end, end: key.end };
    built.sections[section] = { key, value };
  }
  for (const [id, span, node] of reader.entries(tree.root, 'communities')) built.communities.set(id, reader.community(id, span, node));
  for (const [id, span, node] of reader.entries(tree.root, 'people')) built.people.set(id, reader.person(id, span, node));
  for (const [id, span, node] of reader.entries(tree.root, 'boundary-objects')) built.boundaryObjects.set(id, reader.boundaryObject(id, span, node));
  built.rules = reader.rules(tree.pairOf(tree.root, 'rules')?.value);
  return built;
}

function isSection(key: string | undefined): key is LandscapeSection {
  return (LANDSCAPE_SECTIONS as readonly (string | undefined)[]).includes(key);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

class Reader {
  constructor(private readonly tree: YamlTree) {}

  /** The valid `id: details` entries of a section, with each id's key span. */
  *entries(parent: unknown, section: string): Generator<[string, Span, unknown]> {
    const tree = this.tree;
    for (const pair of tree.pairs(tree.pairOf(parent, section)?.value) ?? []) {
      const id = tree.keyText(pair);
      if (id !== undefined && isIdentifier(id)) yield [id, tree.keySpan(pair), pair.value];
    }
  }

  /** A scalar field's value and span, when the field is written with a scalar. */
  private scalar(node: unknown, key: string): { value: unknown; span: Span } | undefined {
    const pair = this.tree.pairOf(node, key);
    const value = this.tree.resolve(pair?.value);
    if (!pair || !isScalar(value)) return undefined;
    return { value: value.value, span: this.tree.span(pair.value as Node) };
  }

  private text(node: unknown, key: string): string | undefined {
    const field = this.scalar(node, key)?.value;
    return typeof field === 'string' ? field : undefined;
  }

  community(id: string, span: Span, node: unknown): CommunityDeclaration {
    const community: CommunityDeclaration = { id, ...span, members: new Map(), memberSpans: new Map() };
    const name = this.text(node, 'name');
    if (name !== undefined) community.name = name;
    const domain = this.text(node, 'domain');
    if (domain !== undefined) community.domain = domain;
    const parent = this.scalar(node, 'parent');
    if (typeof parent?.value === 'string' && isIdentifier(parent.value)) {
      community.parent = parent.value;
      community.parentSpan = parent.span;
    }
    const stage = this.scalar(node, 'stage')?.value;
    if (oneOf(STAGES, stage)) community.stage = stage;
    for (const pair of this.tree.pairs(this.tree.pairOf(node, 'members')?.value) ?? []) this.member(community, pair);
    return community;
  }

  private member(community: CommunityDeclaration, pair: Pair): void {
    const person = this.tree.keyText(pair);
    const level = this.tree.resolve(pair.value);
    if (person === undefined || !isIdentifier(person) || !isScalar(level) || !oneOf(MEMBER_LEVELS, level.value)) return;
    community.members.set(person, level.value);
    community.memberSpans!.set(person, this.tree.keySpan(pair));
  }

  person(id: string, span: Span, node: unknown): PersonDeclaration {
    const person: PersonDeclaration = { id, ...span };
    const name = this.text(node, 'name');
    if (name !== undefined) person.name = name;
    return person;
  }

  boundaryObject(id: string, span: Span, node: unknown): BoundaryObjectDeclaration {
    const object: BoundaryObjectDeclaration = { id, ...span, communities: [], communitySpans: [] };
    const kind = this.scalar(node, 'kind')?.value;
    if (oneOf(BOUNDARY_OBJECT_KINDS, kind)) object.kind = kind;
    const name = this.text(node, 'name');
    if (name !== undefined) object.name = name;
    for (const item of this.tree.items(this.tree.pairOf(node, 'communities')?.value) ?? []) {
      const community = this.tree.resolve(item);
      if (!isScalar(community) || typeof community.value !== 'string' || !isIdentifier(community.value)) continue;
      object.communities.push(community.value);
      object.communitySpans!.push(this.tree.span(item as Node));
    }
    return object;
  }

  rules(node: unknown): RuleOverrides {
    const rules: RuleOverrides = {};
    for (const pair of this.tree.pairs(node) ?? []) {
      const id = this.tree.keyText(pair);
      if (id === undefined || !isRuleId(id)) continue;
      const override = this.ruleOverride(id, pair.value);
      if (override) rules[id] = override;
    }
    return rules;
  }

  private ruleOverride(id: RuleId, node: unknown): RuleOverride | undefined {
    const value = this.tree.resolve(node);
    if (isScalar(value)) return oneOf(SEVERITY_SETTINGS, value.value) ? { severity: value.value } : undefined;
    const override: RuleOverride = {};
    const severity = this.scalar(value, 'severity')?.value;
    if (oneOf(SEVERITY_SETTINGS, severity)) override.severity = severity;
    const days = this.scalar(value, 'days')?.value;
    if (hasDayWindow(id) && typeof days === 'number' && Number.isSafeInteger(days) && days >= 0) override.days = days;
    return Object.keys(override).length > 0 ? override : undefined;
  }
}
