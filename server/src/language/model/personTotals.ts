import type { EntryFact, PersonPart } from './contribution';
import { isWholeRange, spanInRange, type DateRange } from './dateRange';
import { DatedParts, FACT_SPAN } from './datedParts';
import type { ModeCounts } from './types';

/** A person's own numbers: each entry once, however many communities it names. */
export interface PersonTotals {
  counts: ModeCounts;
  entryCount: number;
}

const NONE: PersonTotals = Object.freeze({ counts: Object.freeze({ engagement: 0, imagination: 0, alignment: 0 }), entryCount: 0 });

const factDate = (fact: EntryFact): string => fact.entry.date;

interface PersonEntry {
  parts: DatedParts<PersonPart>;
  /** The totals over every part, kept up to date as parts come and go. */
  counts: { engagement: number; imagination: number; alignment: number };
  entryCount: number;
}

/** Every person's parts from every journal, added up on request. */
export class PersonTotalsIndex {
  private readonly byPerson = new Map<string, PersonEntry>();

  add(parts: readonly PersonPart[]): void {
    for (const part of parts) {
      let entry = this.byPerson.get(part.person);
      if (entry === undefined) {
        entry = { parts: new DatedParts<PersonPart>(FACT_SPAN), counts: { engagement: 0, imagination: 0, alignment: 0 }, entryCount: 0 };
        this.byPerson.set(part.person, entry);
      }
      entry.parts.add(part);
      step(entry, part, 1);
    }
  }

  remove(parts: readonly PersonPart[]): void {
    for (const part of parts) {
      const entry = this.byPerson.get(part.person);
      if (entry === undefined || !entry.parts.remove(part)) continue;
      step(entry, part, -1);
      if (entry.parts.size === 0) this.byPerson.delete(part.person);
    }
  }

  /** The person's totals within the range; a journal's part is counted entry by entry only where the range cuts it. */
  totals(person: string, range: DateRange): PersonTotals {
    const entry = this.byPerson.get(person);
    if (entry === undefined) return NONE;
    if (isWholeRange(range)) return Object.freeze({ counts: Object.freeze({ ...entry.counts }), entryCount: entry.entryCount });
    return sum(entry.parts.meeting(range), range);
  }
}

function step(entry: PersonEntry, part: PersonPart, sign: 1 | -1): void {
  entry.counts.engagement += sign * part.counts.engagement;
  entry.counts.imagination += sign * part.counts.imagination;
  entry.counts.alignment += sign * part.counts.alignment;
  entry.entryCount += sign * part.facts.length;
}

function sum(parts: readonly PersonPart[], range: DateRange): PersonTotals {
  const counts = { engagement: 0, imagination: 0, alignment: 0 };
  let entryCount = 0;
  for (const part of parts) {
    const [start, end] = spanInRange(part.facts, range, factDate);
    entryCount += end - start;
    if (end - start === part.facts.length) {
      counts.engagement += part.counts.engagement;
      counts.imagination += part.counts.imagination;
      counts.alignment += part.counts.alignment;
      continue;
    }
    for (let at = start; at < end; at++) {
      const kind = part.facts[at]!.entry.kind;
      if (kind !== 'trajectory') counts[kind]++;
    }
  }
  return Object.freeze({ counts: Object.freeze(counts), entryCount });
}
