import type { CrossingPart } from './contribution';
import { objectOf } from './crossings';
import type { LandscapeIndex } from './landscapeIndex';
import type { ObjectSummary } from './types';

type Via = NonNullable<CrossingPart['via']>;

/** One `via:` as written, and what went through it. */
interface Tally {
  via: Via;
  crossings: number;
  /** Community → how many of those crossings have it at one end. */
  communities: Map<string, number>;
}

/** `via:` as written: the same id or quoted name with the same kind is the same object. */
function viaKey(via: Via): string {
  return `${via.kind ?? ''}\n${via.id === undefined ? `"${via.name ?? ''}` : `#${via.id}`}`;
}

function count(tallies: Map<string, Tally>, crossing: CrossingPart, step: 1 | -1): void {
  const via = crossing.via;
  if (via === undefined) return;
  const key = viaKey(via);
  let tally = tallies.get(key);
  if (tally === undefined) {
    if (step < 0) return;
    tally = { via, crossings: 0, communities: new Map() };
    tallies.set(key, tally);
  }
  tally.crossings += step;
  for (const community of [crossing.from, crossing.to]) {
    const left = (tally.communities.get(community) ?? 0) + step;
    if (left > 0) tally.communities.set(community, left);
    else tally.communities.delete(community);
  }
  if (tally.crossings <= 0) tallies.delete(key);
}

/**
 * The boundary objects of every crossing, counted as journals come and go, so the unfiltered
 * summary resolves a few objects rather than reading every crossing.
 */
export class ObjectTally {
  private readonly tallies = new Map<string, Tally>();

  add(crossings: readonly CrossingPart[]): void {
    for (const crossing of crossings) count(this.tallies, crossing, 1);
  }

  remove(crossings: readonly CrossingPart[]): void {
    for (const crossing of crossings) count(this.tallies, crossing, -1);
  }

  summaries(index: LandscapeIndex): ObjectSummary[] {
    return resolveTallies(this.tallies.values(), index);
  }
}

/** The boundary objects of some crossings (those a filter keeps). */
export function objectSummaries(crossings: Iterable<CrossingPart>, index: LandscapeIndex): ObjectSummary[] {
  const tallies = new Map<string, Tally>();
  for (const crossing of crossings) count(tallies, crossing, 1);
  return resolveTallies(tallies.values(), index);
}

/** Objects as the landscape resolves them; two ways of writing one object (with and without its kind) merge. */
function resolveTallies(tallies: Iterable<Tally>, index: LandscapeIndex): ObjectSummary[] {
  const merged = new Map<string, { id: string | undefined; name: string; kind: ObjectSummary['kind']; crossings: number; communities: Set<string> }>();
  for (const tally of tallies) {
    const object = objectOf(tally.via, index)!;
    const key = `${object.id === undefined ? `"${object.name}` : `#${object.id}`}\n${object.kind ?? ''}`;
    let found = merged.get(key);
    if (found === undefined) {
      found = { id: object.id, name: object.name, kind: object.kind, crossings: 0, communities: new Set() };
      merged.set(key, found);
    }
    found.crossings += tally.crossings;
    for (const community of tally.communities.keys()) found.communities.add(community);
  }
  const list = [...merged.values()].map(({ communities, ...object }) => Object.freeze({ ...object, communities: Object.freeze([...communities].sort(compareIds)) }));
  return list.sort((a, b) => compareIds(a.id ?? a.name, b.id ?? b.name) || compareIds(a.kind ?? '', b.kind ?? '') || Number(a.id === undefined) - Number(b.id === undefined));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
