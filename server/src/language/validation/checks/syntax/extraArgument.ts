import type { Entry, EntryKind, HeaderArgument, Span } from '../../../syntax/ast';
import { isValidTime } from '../../../syntax/dates';
import type { CheckContext, EntryCheck } from '../../types';
import {
  crossingArrow,
  crossingFrom,
  crossingTo,
  firstCommunity,
  isCommunity,
  isEntryLike,
  isMalformedReference,
  isPlainWord,
  trajectoryKindWord,
} from '../../../syntax/headerShape';
import { aKind, lookalikeSpaceHint, report } from './problems';

/** What a header of each kind takes, as the second sentence of every message. */
function takes(kind: EntryKind): string {
  if (kind === 'crossing') return "A crossing header takes exactly '+from -> +to' after its kind, then an optional title in double quotes.";
  if (kind === 'trajectory') {
    return 'A trajectory header takes one +community and one trajectory kind after its kind, then an optional title in double quotes.';
  }
  return `${aKind(kind)} header takes +community, @person and #tag references after its kind, then an optional title in double quotes.`;
}

/**
 * True when the kind uses this argument. Crossings and trajectories use the (at most three)
 * argument indices found by the header shape; mode entries use every reference.
 */
function isUsed(kind: EntryKind, argument: HeaderArgument, index: number, first: number, second: number, third: number): boolean {
  if (kind !== 'crossing' && kind !== 'trajectory') return argument.type === 'reference';
  return index === first || index === second || index === third;
}

/** An arrow inside a reference word (`+a->+b`, `+a→+b`): the blanks around it are missing. */
const GLUED_ARROW = /->|→/;
/** Words people write for the crossing arrow: typographic arrows, or a `=>` from programming. */
const ARROW_LOOKALIKES: ReadonlySet<string> = new Set(['=>', '-->', '→', '⟶', '—>', '–>', '>']);

function messageFor(kind: EntryKind, argument: HeaderArgument): string {
  if (isMalformedReference(argument)) {
    const arrow = GLUED_ARROW.test(argument.text) ? " Put a space on each side of the arrow, written '->': '+from -> +to'." : '';
    const space = lookalikeSpaceHint(argument.text);
    return `This is not a well-formed reference: after +, @ or # comes a name that starts with a letter or digit and goes on with letters, digits, '-', '_' or '.'. Correct the name or remove it.${space}${arrow}`;
  }
  if (argument.type === 'arrow') {
    if (kind === 'crossing') return `A crossing has a single arrow. ${takes(kind)} Remove this one, or log each step of a longer path as its own crossing.`;
    return "Only a crossing goes from one community to another with '->'. Remove the arrow, or make the entry a crossing: 'crossing +from -> +to'.";
  }
  if (isCommunity(argument)) {
    if (kind === 'crossing') {
      return `A crossing goes between exactly two communities, so '${argument.text}' is one too many. ${takes(kind)} Remove it, or log another crossing for it.`;
    }
    return `A trajectory is about one community, so '${argument.text}' is one too many. Log a separate trajectory entry for each community.`;
  }
  return `${aKind(kind)} header does not take @person or #tag references. ${takes(kind)} List people in a with: field and tags in a tags: field of the entry's body instead.`;
}

function wordsMessage(kind: EntryKind): string {
  const reference = kind === 'crossing' || kind === 'trajectory' ? '' : 'turn a name into a reference (+, @ or #), ';
  return `This text is not an argument of ${aKind(kind).toLowerCase()} entry. ${takes(kind)} Put a title in double quotes, ${reference}move the words into the reflection, or remove them.`;
}

const ARROW_MESSAGE = "A crossing's arrow is written '->' (a hyphen and '>'), with a space on each side: '+from -> +to'. Write it that way.";

/** A lone valid time among the arguments: written after the kind instead of before it. */
function timeMessage(kind: EntryKind): string {
  return `A time goes right after the date, before the kind: 'YYYY-MM-DD HH:MM ${kind}'. Move it there.`;
}

function checkArguments(entry: Entry, kind: EntryKind, context: CheckContext): void {
  const { args } = entry;
  const crossing = kind === 'crossing';
  const trajectory = kind === 'trajectory';
  const first = crossing ? crossingFrom(args) : trajectory ? firstCommunity(args) : -1;
  const second = crossing ? crossingArrow(args) : trajectory ? trajectoryKindWord(args) : -1;
  const third = crossing ? crossingTo(args) : -1;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (isUsed(kind, argument, index, first, second, third)) continue;
    if (!isPlainWord(argument)) {
      report(context, 'extra-argument', argument, messageFor(kind, argument));
      continue;
    }
    // Consecutive plain words (an unquoted title, say) are one problem, not one per word.
    let last = index;
    while (last + 1 < args.length) {
      const next = args[last + 1]!;
      if (!isPlainWord(next) || isUsed(kind, next, last + 1, first, second, third)) break;
      last++;
    }
    const time = index === last && isValidTime(argument.text);
    const arrow = crossing && index === last && ARROW_LOOKALIKES.has(argument.text);
    const message = time ? timeMessage(kind) : arrow ? ARROW_MESSAGE : wordsMessage(kind);
    report(context, 'extra-argument', { start: argument.start, end: args[last]!.end }, message);
    index = last;
  }
}

const AFTER_TITLE = "There is text after the title's closing quote; a title ends the header.";

/**
 * A quote in the text after the title usually means the title was meant to hold a quotation
 * (`"He said "no""`): say why it ended early rather than advise moving text into quotes.
 */
function trailingMessage(text: string, trailing: Span): string {
  const quoted = text.indexOf('"', trailing.start);
  if (quoted !== -1 && quoted < trailing.end) {
    return `${AFTER_TITLE} A title cannot contain a double quote: use typographic quotes “ ” or single quotes inside it.`;
  }
  return `${AFTER_TITLE} Move the text inside the quotes or into the reflection, or remove it.`;
}

/** `extra-argument`: header words the kind does not take, and text after a title's closing quote. */
export const extraArgument: EntryCheck = {
  rule: 'extra-argument',
  checkEntry(entry, context) {
    if (!isEntryLike(entry)) return;
    if (entry.kindValue !== undefined && entry.args.length > 0) checkArguments(entry, entry.kindValue, context);
    const trailing = entry.title?.trailing;
    if (trailing) report(context, 'extra-argument', trailing, trailingMessage(context.syntax.text, trailing));
  },
};
