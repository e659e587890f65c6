import type { CrossingPart } from './contribution';
import type { LandscapeIndex } from './landscapeIndex';
import { dateBoundary, type DateRange } from './dateRange';
import type { CrossingModel, CrossingObject } from './types';
import { partitionPoint } from '../util/search';

/** What to keep: crossings within the range, brokered by `person` when one is given. */
export interface CrossingFilter extends DateRange {
  person: string | undefined;
}

/** Date, then journal URI, then line. */
export function compareParts(a: CrossingPart, b: CrossingPart): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.line - b.line;
}

/** The index at which `part` is, or would be inserted, in an ordered list. */
function lowerBound(ordered: readonly CrossingPart[], part: CrossingPart): number {
  return partitionPoint(ordered, (other) => compareParts(other, part) < 0);
}

/** Past this many changed journals, sorting everything again is cheaper than merging each. */
const INCREMENTAL_LIMIT = 16;

/**
 * Every journal's crossings in date, URI, line order. Changes are queued and applied on the
 * next build: a few by inserting into the ordered list, many (a workspace loading) by one sort.
 */
export class CrossingList {
  private readonly byJournal = new Map<string, readonly CrossingPart[]>();
  private ordered: CrossingPart[] = [];
  /** Journal key → its crossings before the queued changes. */
  private pending = new Map<string, readonly CrossingPart[]>();
  /** The last unfiltered result, reused while neither the list nor the landscapes change. */
  private whole: { index: LandscapeIndex; list: CrossingModel[] } | undefined;
  /** Person → their crossings in order; built on the first query by person after a change. */
  private byPerson: Map<string, CrossingPart[]> | undefined;

  set(journal: string, parts: readonly CrossingPart[]): void {
    const previous = this.byJournal.get(journal) ?? [];
    if (previous.length === 0 && parts.length === 0) return;
    if (!this.pending.has(journal)) this.pending.set(journal, previous);
    if (parts.length > 0) this.byJournal.set(journal, parts);
    else this.byJournal.delete(journal);
  }

  build(index: LandscapeIndex, filter: CrossingFilter): CrossingModel[] {
    this.applyPending(index);
    const unfiltered = filter.from === undefined && filter.to === undefined && filter.person === undefined;
    if (unfiltered && this.whole?.index === index) return this.whole.list.slice();
    const parts = filter.person === undefined ? this.ordered : (this.peopleIndex().get(filter.person) ?? []);
    const start = filter.from === undefined ? 0 : dateBoundary(parts, filter.from, false);
    const end = filter.to === undefined ? parts.length : dateBoundary(parts, filter.to, true);
    const result: CrossingModel[] = [];
    for (let at = start; at < end; at++) result.push(crossingModel(parts[at]!, index));
    if (unfiltered) this.whole = { index, list: result.slice() };
    return result;
  }

  /** Applies the queued changes; the unfiltered result follows along when it is for `index`. */
  private applyPending(index: LandscapeIndex): void {
    if (this.pending.size === 0) return;
    if (this.pending.size > INCREMENTAL_LIMIT) {
      this.ordered = [...this.byJournal.values()].flat().sort(compareParts);
      this.whole = undefined;
    } else {
      if (this.whole?.index !== index) this.whole = undefined;
      this.applyEach(index, this.whole?.list);
    }
    this.pending = new Map();
    this.byPerson = undefined;
  }

  private peopleIndex(): Map<string, CrossingPart[]> {
    if (this.byPerson === undefined) {
      this.byPerson = new Map();
      for (const part of this.ordered) {
        for (const person of part.people) {
          const list = this.byPerson.get(person);
          if (list) list.push(part);
          else this.byPerson.set(person, [part]);
        }
      }
    }
    return this.byPerson;
  }

  /** No two crossings share a journal and line, so each part has one exact place. */
  private applyEach(index: LandscapeIndex, whole: CrossingModel[] | undefined): void {
    for (const [journal, previous] of this.pending) {
      for (const part of previous) {
        const at = lowerBound(this.ordered, part);
        if (this.ordered[at] !== part) continue;
        this.ordered.splice(at, 1);
        whole?.splice(at, 1);
      }
      for (const part of this.byJournal.get(journal) ?? []) {
        const at = lowerBound(this.ordered, part);
        this.ordered.splice(at, 0, part);
        whole?.splice(at, 0, crossingModel(part, index));
      }
    }
  }
}

/** The crossing as the model shows it for this landscape index; resolved once per index. */
export function crossingModel(part: CrossingPart, index: LandscapeIndex): CrossingModel {
  if (part.resolved?.index !== index) part.resolved = { index, model: resolve(part, index) };
  return part.resolved.model;
}

/** The boundary object `via:` names: a quoted name as written, an id with the landscape's name and kind. */
export function objectOf(via: CrossingPart['via'], index: LandscapeIndex): CrossingObject | undefined {
  if (via === undefined) return undefined;
  if (via.id === undefined) return Object.freeze({ kind: via.kind, name: via.name ?? '', id: undefined });
  const declared = index.objects.get(via.id);
  return Object.freeze({ kind: via.kind ?? declared?.kind, name: declared?.name ?? via.id, id: via.id });
}

/** The crossing as the model shows it, frozen because builds share it. */
function resolve(part: CrossingPart, index: LandscapeIndex): CrossingModel {
  const { uri, line, from, to, date, role, interaction, title } = part;
  const people = part.people.slice();
  return Object.freeze({ uri, line, from, to, date, people, object: objectOf(part.via, index), role, interaction, title });
}
