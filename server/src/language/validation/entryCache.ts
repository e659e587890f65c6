import type { Entry } from '../syntax/ast';
import type { FixData, Problem } from './types';

interface Cached {
  stamp: string;
  /** `entry.start` when the problems were found: they are moved by the difference. */
  base: number;
  /** `entry.line` then: a message may name a line (`already given on line 12`), which offsets cannot move. */
  line: number;
  problems: readonly Problem[];
}

const NONE: readonly Problem[] = Object.freeze([]);

/**
 * The problems each entry's own checks found, kept while the entry object lives. An edit
 * re-parses only the entries around it and moves the others, so on a keystroke only a few
 * entries are checked again. `stamp` names everything else the checks read (landscape,
 * settings, today); a different stamp is a miss.
 */
export class EntryProblemCache {
  private readonly byEntry = new WeakMap<Entry, Cached>();

  get(entry: Entry, stamp: string): readonly Problem[] | undefined {
    const cached = this.byEntry.get(entry);
    if (!cached || cached.stamp !== stamp) return undefined;
    if (cached.problems.length === 0) return cached.problems;
    // An entry with problems that moved to another line is checked again (there are few of them).
    if (cached.line !== entry.line) return undefined;
    const delta = entry.start - cached.base;
    if (delta === 0) return cached.problems;
    const moved = cached.problems.map((problem) => moveProblem(problem, delta));
    this.byEntry.set(entry, { stamp, base: entry.start, line: entry.line, problems: moved });
    return moved;
  }

  set(entry: Entry, stamp: string, problems: readonly Problem[]): void {
    this.byEntry.set(entry, { stamp, base: entry.start, line: entry.line, problems: problems.length === 0 ? NONE : problems });
  }
}

/** The problem moved by `delta` characters, fix data included. */
export function moveProblem(problem: Problem, delta: number): Problem {
  const moved: Problem = { ...problem, start: problem.start + delta, end: problem.end + delta };
  if (problem.data) moved.data = moveFixData(problem.data, delta);
  return moved;
}

/** Fix data with its offsets moved by `delta` characters. */
export function moveFixData(data: FixData, delta: number): FixData {
  switch (data.fix) {
    case 'insert':
      return { ...data, offset: data.offset + delta };
    case 'delete':
      return { ...data, start: data.start + delta, end: data.end + delta };
    default:
      return data;
  }
}
