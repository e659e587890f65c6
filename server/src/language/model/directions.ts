import type { CrossingPart } from './contribution';
import { compareParts, type CrossingFilter } from './crossings';
import { isWholeRange, spanInRange, type DateRange } from './dateRange';
import type { DirectionPart } from './directionParts';
import { CROSSING_SPAN, DatedParts } from './datedParts';
import { DirectionTotals, type CrossingTotals } from './runningTotals';
import type { DirectionSummary } from './types';

/** One direction's parts from every journal: all of them, and per broker. */
interface Group {
  from: string;
  to: string;
  /** All crossings and each broker's (keyed by `listKey`), one part per journal. */
  lists: Map<string, PartList>;
  /** Ordered crossings, all or per broker (keyed by `listKey`), merged on first request after a change. */
  ordered: Map<string, readonly CrossingPart[]>;
}

/** A direction's parts for one key, with their running totals. */
interface PartList {
  parts: DatedParts<DirectionPart>;
  running: DirectionTotals;
}

const crossingDate = (crossing: CrossingPart): string => crossing.date;

/**
 * The key of a direction's list: everyone's, or one broker's. A broker's key has a prefix, so
 * no person id (not even an empty one a client sends) can name everyone's list.
 */
function listKey(person: string | undefined): string {
  return person === undefined ? '' : `@${person}`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The crossings of each direction (from → to), kept journal by journal for summaries and pages. */
export class DirectionGroups {
  private readonly groups = new Map<string, Group>();

  add(parts: readonly DirectionPart[]): void {
    for (const part of parts) {
      const key = `${part.from}\n${part.to}`;
      let group = this.groups.get(key);
      if (group === undefined) {
        group = { from: part.from, to: part.to, lists: new Map(), ordered: new Map() };
        this.groups.set(key, group);
      }
      const listAt = listKey(part.person);
      let list = group.lists.get(listAt);
      if (list === undefined) {
        list = { parts: new DatedParts<DirectionPart>(CROSSING_SPAN), running: new DirectionTotals() };
        group.lists.set(listAt, list);
      }
      list.parts.add(part);
      list.running.add(part);
      group.ordered.delete(listAt);
    }
  }

  /** Removes exactly these parts (the ones a journal added before). */
  remove(parts: readonly DirectionPart[]): void {
    for (const part of parts) {
      const key = `${part.from}\n${part.to}`;
      const group = this.groups.get(key);
      const listAt = listKey(part.person);
      const list = group?.lists.get(listAt);
      if (group === undefined || list === undefined || !list.parts.remove(part)) continue;
      list.running.remove(part);
      group.ordered.delete(listAt);
      if (list.parts.size === 0) group.lists.delete(listAt);
      if (group.lists.size === 0) this.groups.delete(key);
    }
  }

  /** Each direction with crossings in the filter, sorted by `from`, then `to`. */
  summaries(filter: CrossingFilter): DirectionSummary[] {
    const result: DirectionSummary[] = [];
    for (const group of this.groups.values()) {
      const totals = this.totals(group, filter);
      if (totals !== undefined) result.push(Object.freeze({ from: group.from, to: group.to, ...totals }));
    }
    return result.sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));
  }

  /** One direction's crossings (for a person, those they brokered), in the model's order. */
  crossings(from: string, to: string, person: string | undefined): readonly CrossingPart[] {
    const group = this.groups.get(`${from}\n${to}`);
    return group === undefined ? [] : this.ordered(group, person);
  }

  /** Every crossing in the filter, direction by direction, journal by journal. */
  *each(filter: CrossingFilter): Generator<CrossingPart> {
    for (const group of this.groups.values()) {
      for (const part of this.partsOf(group, filter.person)?.meeting(filter) ?? []) {
        const [start, end] = spanInRange(part.crossings, filter, crossingDate);
        for (let at = start; at < end; at++) yield part.crossings[at]!;
      }
    }
  }

  private partsOf(group: Group, person: string | undefined): DatedParts<DirectionPart> | undefined {
    return group.lists.get(listKey(person))?.parts;
  }

  private totals(group: Group, filter: CrossingFilter): CrossingTotals | undefined {
    const list = group.lists.get(listKey(filter.person));
    if (list === undefined) return undefined;
    if (isWholeRange(filter)) return list.running.totals(() => list.parts.all());
    return totalsOf(list.parts.meeting(filter), filter);
  }

  /**
   * Each part is ordered already, so the sort only merges the runs. Only lists that exist are
   * kept: asking about people who brokered nothing here must not fill the group up.
   */
  private ordered(group: Group, person: string | undefined): readonly CrossingPart[] {
    const key = listKey(person);
    let ordered = group.ordered.get(key);
    if (ordered === undefined) {
      const parts = group.lists.get(key)?.parts;
      if (parts === undefined) return [];
      ordered = parts.all().flatMap((part) => part.crossings).sort(compareParts);
      group.ordered.set(key, ordered);
    }
    return ordered;
  }
}

function totalsOf(parts: readonly DirectionPart[], range: DateRange): CrossingTotals | undefined {
  let count = 0;
  let firstDate = '';
  let lastDate = '';
  for (const part of parts) {
    const [start, end] = spanInRange(part.crossings, range, crossingDate);
    if (start === end) continue;
    const first = part.crossings[start]!.date;
    const last = part.crossings[end - 1]!.date;
    if (count === 0 || first < firstDate) firstDate = first;
    if (count === 0 || last > lastDate) lastDate = last;
    count += end - start;
  }
  return count === 0 ? undefined : { count, firstDate, lastDate };
}
