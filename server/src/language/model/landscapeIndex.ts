import type { BoundaryObjectKind, Landscape, MemberLevel, Stage } from '../landscape/types';

/** A community as every landscape together declares it. */
export interface IndexedCommunity {
  name: string | undefined;
  domain: string | undefined;
  stage: Stage | undefined;
  parent: string | undefined;
  members: Map<string, MemberLevel>;
  /** Parent chain from the direct parent up, stopping before a community already on it. */
  ancestors: string[];
}

/** What the model needs from the landscapes, merged into one lookup. */
export interface LandscapeIndex {
  communities: Map<string, IndexedCommunity>;
  people: Map<string, { name: string | undefined }>;
  objects: Map<string, { kind: BoundaryObjectKind | undefined; name: string | undefined }>;
}

function depth(uri: string): number {
  let count = 0;
  for (let index = uri.indexOf('/'); index !== -1; index = uri.indexOf('/', index + 1)) count++;
  return count;
}

/** Nearest the workspace root first, then by URI, so the merge does not depend on load order. */
function byPrecedence(landscapes: Iterable<Landscape>): Landscape[] {
  return [...landscapes].sort((a, b) => depth(a.uri) - depth(b.uri) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * Merges landscapes: for each attribute, the first landscape in precedence order that gives it
 * wins; member levels merge member by member the same way.
 */
export function indexLandscapes(landscapes: Iterable<Landscape>): LandscapeIndex {
  const index: LandscapeIndex = { communities: new Map(), people: new Map(), objects: new Map() };
  for (const landscape of byPrecedence(landscapes)) {
    for (const [id, declared] of landscape.communities) {
      const community = index.communities.get(id);
      if (community === undefined) {
        const { name, domain, stage, parent } = declared;
        index.communities.set(id, { name, domain, stage, parent, members: new Map(declared.members), ancestors: [] });
        continue;
      }
      community.name ??= declared.name;
      community.domain ??= declared.domain;
      community.stage ??= declared.stage;
      community.parent ??= declared.parent;
      for (const [person, level] of declared.members) if (!community.members.has(person)) community.members.set(person, level);
    }
    for (const [id, declared] of landscape.people) {
      const person = index.people.get(id);
      if (person === undefined) index.people.set(id, { name: declared.name });
      else person.name ??= declared.name;
    }
    for (const [id, declared] of landscape.boundaryObjects) {
      const object = index.objects.get(id);
      if (object === undefined) index.objects.set(id, { kind: declared.kind, name: declared.name });
      else {
        object.kind ??= declared.kind;
        object.name ??= declared.name;
      }
    }
  }
  for (const [id, community] of index.communities) community.ancestors = ancestorsOf(id, index.communities);
  return index;
}

/** Follows `parent` upwards; a community seen before ends the chain, so a cycle cannot loop. */
function ancestorsOf(id: string, communities: ReadonlyMap<string, IndexedCommunity>): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let parent = communities.get(id)?.parent;
  while (parent !== undefined && !seen.has(parent)) {
    chain.push(parent);
    seen.add(parent);
    parent = communities.get(parent)?.parent;
  }
  return chain;
}
