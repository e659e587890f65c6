/**
 * How an entry header's arguments map onto what its kind takes. Each function returns an
 * index into `entry.args` (or -1), so checks on the hot path allocate nothing.
 */
import { TRAJECTORY_KINDS, type Entry, type HeaderArgument } from './ast';

const TRAJECTORIES: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);

function isSigil(code: number): boolean {
  return code === 43 || code === 64 || code === 35;
}

/** A `+community` reference. */
export function isCommunity(argument: HeaderArgument): boolean {
  return argument.type === 'reference' && argument.reference?.sigil === '+';
}

/** A word that starts with `+`, `@` or `#` but is not a well-formed reference. */
export function isMalformedReference(argument: HeaderArgument): boolean {
  return argument.type === 'word' && isSigil(argument.text.charCodeAt(0));
}

/** Any other word: neither a reference, an arrow nor an attempt at one. */
export function isPlainWord(argument: HeaderArgument): boolean {
  return argument.type === 'word' && !isSigil(argument.text.charCodeAt(0));
}

/**
 * True when the header's first word is made of digits and dashes (`2026-11-20`, `2026-1-5`):
 * the line was meant as an entry. A column-0 line such as `1. First point` is only a prose
 * line that lost its indentation, so its header is not checked word by word.
 */
export function hasDateShape(date: string): boolean {
  let dashes = 0;
  for (let index = 0; index < date.length; index++) {
    const code = date.charCodeAt(index);
    if (code === 45) dashes++;
    else if (code < 48 || code > 57) return false;
  }
  return dashes > 0;
}

/** True when the entry's header was meant as one: a real date, or a date-shaped first word. */
export function isEntryLike(entry: Entry): boolean {
  return entry.day !== undefined || hasDateShape(entry.date.text);
}

function nextCommunity(args: readonly HeaderArgument[], from: number, to: number): number {
  for (let index = from; index < to; index++) if (isCommunity(args[index]!)) return index;
  return -1;
}

/** The first `->`. */
export function crossingArrow(args: readonly HeaderArgument[]): number {
  for (let index = 0; index < args.length; index++) if (args[index]!.type === 'arrow') return index;
  return -1;
}

/** The community a crossing starts from: the first one before the arrow (the first one when there is no arrow). */
export function crossingFrom(args: readonly HeaderArgument[]): number {
  const arrow = crossingArrow(args);
  return nextCommunity(args, 0, arrow === -1 ? args.length : arrow);
}

/** The community a crossing goes to: the first after the arrow (the second one when there is no arrow). */
export function crossingTo(args: readonly HeaderArgument[]): number {
  const arrow = crossingArrow(args);
  if (arrow !== -1) return nextCommunity(args, arrow + 1, args.length);
  const from = nextCommunity(args, 0, args.length);
  return from === -1 ? -1 : nextCommunity(args, from + 1, args.length);
}

/** The first `+community`: a mode entry's first community, a trajectory's community. */
export function firstCommunity(args: readonly HeaderArgument[]): number {
  return nextCommunity(args, 0, args.length);
}

/** A trajectory's kind word: the first plain word that is a trajectory kind, else the first plain word. */
export function trajectoryKindWord(args: readonly HeaderArgument[]): number {
  let firstWord = -1;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (!isPlainWord(argument)) continue;
    if (TRAJECTORIES.has(argument.text)) return index;
    if (firstWord === -1) firstWord = index;
  }
  return firstWord;
}
