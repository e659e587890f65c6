import type { EntryFact, MembershipPart } from './contribution';
import type { MembershipEntry } from './types';

/** Date, then journal URI, then line: the order of a membership's entries. */
export function compareEntries(a: MembershipEntry, b: MembershipEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.line - b.line;
}

function compareFacts(a: EntryFact, b: EntryFact): number {
  return a.day - b.day || compareEntries(a.entry, b.entry);
}

/** All the parts' entries in order. Each part's facts are already ordered, so one part needs no sort. */
export function orderedEntries(parts: readonly MembershipPart[]): MembershipEntry[] {
  if (parts.length === 1) return parts[0]!.facts.map((fact) => fact.entry);
  const facts: EntryFact[] = [];
  for (const part of parts) for (const fact of part.facts) facts.push(fact);
  facts.sort(compareFacts);
  return facts.map((fact) => fact.entry);
}

/**
 * Ordered entries after some parts left and others came: the leaving parts' entries are
 * filtered out and each new part's (already ordered) entries merged in, in linear time.
 */
export function updatedEntries(
  entries: readonly MembershipEntry[],
  removed: readonly MembershipPart[],
  added: readonly MembershipPart[],
): MembershipEntry[] {
  let result: readonly MembershipEntry[] = entries;
  // A journal gives one part to a membership, so its URI names all of that part's entries.
  if (removed.length === 1) {
    const uri = removed[0]!.uri;
    result = entries.filter((entry) => entry.uri !== uri);
  } else if (removed.length > 1) {
    const gone = new Set(removed.map((part) => part.uri));
    result = entries.filter((entry) => !gone.has(entry.uri));
  }
  for (const part of added) result = mergeOrdered(result, part.facts);
  return result === entries ? entries.slice() : (result as MembershipEntry[]);
}

function mergeOrdered(left: readonly MembershipEntry[], right: readonly EntryFact[]): MembershipEntry[] {
  const merged: MembershipEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    merged.push(compareEntries(left[i]!, right[j]!.entry) <= 0 ? left[i++]! : right[j++]!.entry);
  }
  while (i < left.length) merged.push(left[i++]!);
  while (j < right.length) merged.push(right[j++]!.entry);
  return merged;
}
