import type { CrossingPart } from './contribution';

/**
 * One journal's crossings in one direction (from → to), ordered by date, then line: all of
 * them, or, with `person`, those that person brokered.
 */
export interface DirectionPart {
  uri: string;
  from: string;
  to: string;
  person: string | undefined;
  crossings: CrossingPart[];
}

/**
 * A journal's crossings per direction, and per direction and broker. The crossings arrive
 * ordered, so every list is ordered too. When each crossing of a direction has the same one
 * broker (a journal with an author), the broker's part shares the direction's list.
 */
export function directionParts(uri: string, crossings: readonly CrossingPart[]): DirectionPart[] {
  const all = new Map<string, DirectionPart>();
  const brokered = new Map<string, DirectionPart>();
  const part = (parts: Map<string, DirectionPart>, crossing: CrossingPart, person: string | undefined): DirectionPart => {
    // A line break cannot occur in an id, so the key cannot collide.
    const key = person === undefined ? `${crossing.from}\n${crossing.to}` : `${crossing.from}\n${crossing.to}\n${person}`;
    let found = parts.get(key);
    if (found === undefined) {
      found = { uri, from: crossing.from, to: crossing.to, person, crossings: [] };
      parts.set(key, found);
    }
    return found;
  };
  for (const crossing of crossings) {
    part(all, crossing, undefined).crossings.push(crossing);
    for (const person of crossing.people) part(brokered, crossing, person).crossings.push(crossing);
  }
  for (const each of brokered.values()) {
    const whole = all.get(`${each.from}\n${each.to}`)!;
    if (each.crossings.length === whole.crossings.length) each.crossings = whole.crossings;
  }
  return [...all.values(), ...brokered.values()];
}
