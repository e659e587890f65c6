import { ENTRY_KINDS, TRAJECTORY_KINDS, type Entry } from '../../../syntax/ast';
import type { CheckContext, EntryCheck } from '../../types';
import { crossingArrow, crossingFrom, crossingTo, firstCommunity, isEntryLike, trajectoryKindWord } from '../../../syntax/headerShape';
import { aKind, report } from './problems';

const KIND_LIST = ENTRY_KINDS.join(', ');
const TRAJECTORY_LIST = TRAJECTORY_KINDS.join(', ');
const TRAJECTORIES: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);

function reportMissing(entry: Entry, context: CheckContext, message: string): void {
  report(context, 'missing-argument', entry.kind, message);
}

function checkMissingKind(entry: Entry, context: CheckContext): void {
  // The kind token is empty; the date (and time) before it is what the reader looks at.
  const end = (entry.time ?? entry.date).end;
  report(
    context,
    'missing-argument',
    { start: entry.date.start, end },
    `This entry has no kind. After the date (and time), write one of: ${KIND_LIST}, e.g. '2026-11-20 engagement +data-science'.`,
  );
}

function checkMode(entry: Entry, context: CheckContext): void {
  if (firstCommunity(entry.args) !== -1) return;
  const kind = entry.kind.text;
  reportMissing(
    entry,
    context,
    `${aKind(kind)} entry needs at least one +community it happened in, after its kind, e.g. '${kind} +data-science'.`,
  );
}

/** The community's text, for examples that reuse what the user wrote. */
function nameAt(entry: Entry, index: number, fallback: string): string {
  return index === -1 ? fallback : entry.args[index]!.text;
}

function crossingMessage(entry: Entry, from: number, arrow: number, to: number): string {
  const source = nameAt(entry, from, '+from');
  const target = nameAt(entry, to, '+to');
  if (from === -1 && to === -1) {
    return `A crossing needs the two communities it goes between, written '+from -> +to' after its kind, e.g. 'crossing +data-science -> +clinical-ops'.`;
  }
  if (from === -1) return `A crossing needs the community it starts from, before the arrow: '+from -> ${target}'.`;
  if (to === -1 && arrow === -1) {
    return `A crossing needs an arrow and the community it goes to after '${source}': '${source} -> +to'.`;
  }
  if (to === -1) return `A crossing needs the community it goes to, after the arrow: '${source} -> +to'.`;
  return `A crossing needs '->' between its two communities: '${source} -> ${target}'.`;
}

function checkCrossing(entry: Entry, context: CheckContext): void {
  const { args } = entry;
  const arrow = crossingArrow(args);
  const from = crossingFrom(args);
  const to = crossingTo(args);
  if (arrow !== -1 && from !== -1 && to !== -1) return;
  reportMissing(entry, context, crossingMessage(entry, from, arrow, to));
}

function checkTrajectory(entry: Entry, context: CheckContext): void {
  const community = firstCommunity(entry.args);
  const kind = trajectoryKindWord(entry.args);
  if (community !== -1 && kind !== -1) return;
  // A plain word is only echoed when it is a trajectory kind: other words may be prose.
  const kindText = kind !== -1 && TRAJECTORIES.has(entry.args[kind]!.text) ? entry.args[kind]!.text : 'inbound';
  const example = `'trajectory ${nameAt(entry, community, '+data-science')} ${kindText}'`;
  let message: string;
  if (community === -1 && kind === -1) {
    message = `A trajectory needs a +community and a trajectory kind (${TRAJECTORY_LIST}) after its kind, e.g. ${example}.`;
  } else if (community === -1) {
    message = `A trajectory needs the +community whose trajectory it records, before the trajectory kind, e.g. ${example}.`;
  } else {
    message = `A trajectory needs a trajectory kind after its community: one of ${TRAJECTORY_LIST}, e.g. ${example}.`;
  }
  reportMissing(entry, context, message);
}

/** `missing-argument`: the header lacks its kind, or an argument its kind requires. */
export const missingArgument: EntryCheck = {
  rule: 'missing-argument',
  checkEntry(entry, context) {
    if (!isEntryLike(entry)) return;
    if (entry.kind.start === entry.kind.end) {
      checkMissingKind(entry, context);
      return;
    }
    switch (entry.kindValue) {
      case undefined:
        return;
      case 'crossing':
        checkCrossing(entry, context);
        return;
      case 'trajectory':
        checkTrajectory(entry, context);
        return;
      default:
        checkMode(entry, context);
    }
  },
};
