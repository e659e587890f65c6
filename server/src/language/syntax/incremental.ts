import type { Entry, JournalSyntax, Span } from './ast';
import { bodyStartLine, parseJournal, parseLines, type Blocks } from './parser';
import { lineOfOffset } from './text';
import { shiftEntry, shiftHeading, shiftSpan } from './shift';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from './spans';

/** Past this many changed characters a whole parse is as quick and much simpler. */
const MAX_CHANGE = 64 * 1024;
/** The most line starts spliced in at once; more are joined into a new list. */
const SPLICE_LIMIT = 8192;
/** Strings are compared in chunks of these sizes (a native comparison) before characters. */
const CHUNKS = [65_536, 2048, 64];

/** Where two texts differ: `start` in both, `oldEnd` in the old text, `newEnd` in the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * How a tree re-parsed incrementally differs from its predecessor: the entries
 * `first`..`first + removed.length` of the old list were parsed again into
 * `first`..`first + added` of the new one; every other entry is the same object, moved by
 * `delta` characters and `lineDelta` lines when it comes after the change.
 */
export interface SyntaxEdit {
  /**
   * The tree this one was re-parsed from, good only for its identity and its `text`: its
   * tokens read the new text, and its node lists are the new tree's, changed in place.
   */
  previous: JournalSyntax;
  /** The text change, in the coordinates of both texts. */
  change: TextChange;
  /** The stretch parsed again: `start`..`oldEnd` of the old text became `start`..`newEnd` of the new. */
  region: TextChange;
  delta: number;
  lineDelta: number;
  first: number;
  removed: readonly Entry[];
  added: number;
  /**
   * True when the headings, comments and stray lines of the region are the same texts as
   * before, at the same places (moved by `delta` past the change).
   */
  sameOthers: boolean;
}

/**
 * The journal's new syntax tree, re-using the previous tree: only the entries around the
 * change are parsed again, the ones after it are moved. The result equals `parseJournal(text)`;
 * the previous tree must not be used afterwards (its tokens now read the new text).
 */
export function reparseJournal(previous: JournalSyntax, text: string, change?: TextChange): JournalSyntax {
  return reparseWithEdit(previous, text, change).syntax;
}

/**
 * Like {@link reparseJournal}, and says what changed when the tree was re-parsed in part.
 * `change`, when given, must describe exactly how `text` differs from `previous.text` (an
 * editor's edit); without it the difference is found by comparing the texts.
 */
export function reparseWithEdit(previous: JournalSyntax, text: string, change?: TextChange): { syntax: JournalSyntax; edit: SyntaxEdit | undefined } {
  if (previous.text === text) return { syntax: previous, edit: undefined };
  const found = change && fitsTexts(change, previous.text, text) ? change : findChange(previous.text, text);
  if (!canReparse(previous, found)) return { syntax: parseJournal(text), edit: undefined };
  const region = regionOf(previous, found);
  const delta = found.newEnd - found.oldEnd;
  const oldLineCount = previous.lineStarts.length;
  const lineStarts = updatedLineStarts(previous.lineStarts, text, found);
  const lineDelta = lineStarts.length - oldLineCount;
  previous.source.text = text;
  const firstLine = lineOfOffset(lineStarts, region.start);
  const endLine = lineOfOffset(lineStarts, region.end + delta) + 1;
  const blocks = parseLines({ text, lineStarts, source: previous.source, bom: previous.bom }, firstLine, endLine);
  if (region.carriedSuppressions && blocks.entries[0]?.start === region.start) {
    blocks.entries[0].suppressions = region.carriedSuppressions;
  }
  const spliced = splice(previous, blocks, region, found, lineDelta);
  const syntax: JournalSyntax = { text, source: previous.source, lineStarts, bom: previous.bom, frontMatter: previous.frontMatter, ...spliced.blocks };
  const edit: SyntaxEdit = {
    previous,
    change: found,
    region: { start: region.start, oldEnd: region.end, newEnd: region.end + delta },
    delta,
    lineDelta,
    first: spliced.first,
    removed: spliced.removed,
    added: blocks.entries.length,
    sameOthers: spliced.sameOthers,
  };
  return { syntax, edit };
}

/** A change given by the caller is trusted only when its lengths add up. */
function fitsTexts(change: TextChange, before: string, after: string): boolean {
  const { start, oldEnd, newEnd } = change;
  return start >= 0 && oldEnd >= start && newEnd >= start && oldEnd <= before.length && newEnd <= after.length && before.length - oldEnd === after.length - newEnd;
}

/**
 * One change that covers two made one after the other: `first` turned text A into B, `next`
 * (in B's offsets) turned B into C; the result says where A and C differ. It may cover more
 * than the characters that really changed, never less.
 */
export function composeChanges(first: TextChange | undefined, next: TextChange): TextChange {
  if (first === undefined) return next;
  // B's unchanged tail after `first` and after `next` overlap from the larger of the two ends.
  const tail = Math.max(next.oldEnd, first.newEnd);
  return {
    start: Math.min(first.start, next.start),
    oldEnd: first.oldEnd + (tail - first.newEnd),
    newEnd: next.newEnd + (tail - next.oldEnd),
  };
}

/** The common prefix and suffix of two texts, compared chunk by chunk. */
export function findChange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  for (const chunk of CHUNKS) {
    while (start + chunk <= limit && before.substr(start, chunk) === after.substr(start, chunk)) start += chunk;
  }
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const suffixLimit = limit - start;
  for (const chunk of CHUNKS) {
    while (suffix + chunk <= suffixLimit && before.substr(before.length - suffix - chunk, chunk) === after.substr(after.length - suffix - chunk, chunk)) {
      suffix += chunk;
    }
  }
  while (suffix < suffixLimit && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * True when the change lies in the body, clear of the first line and of the front matter
 * (whose extent can depend on everything after it), and is small.
 */
function canReparse(previous: JournalSyntax, change: TextChange): boolean {
  if (change.oldEnd - change.start > MAX_CHANGE || change.newEnd - change.start > MAX_CHANGE) return false;
  const frontMatter = previous.frontMatter;
  if (frontMatter && !frontMatter.closed) return false;
  const secondLine = previous.lineStarts[1];
  if (secondLine === undefined) return false;
  // With no line after the closing fence yet, an edit at the end of the text is on the fence's line.
  const bodyStart = previous.lineStarts[bodyStartLine(previous)];
  if (bodyStart === undefined) return false;
  // An edit on the first line may start a front matter block; one above the body may end it.
  return change.start >= Math.max(secondLine, bodyStart);
}

/** The old text's stretch to parse again: from the entry before the change to the entry after it. */
interface Region extends Span {
  /** Suppressions that reached the region's first entry from comments above the region. */
  carriedSuppressions: Entry['suppressions'] | undefined;
}

function regionOf(previous: JournalSyntax, change: TextChange): Region {
  const entries = previous.entries;
  const containing = lastStartingAtOrBefore(entries, change.start);
  const before = containing >= 1 ? entries[containing - 1]! : undefined;
  const bodyStart = previous.lineStarts[bodyStartLine(previous)] ?? previous.text.length;
  const last = lastStartingAtOrBefore(entries, change.oldEnd);
  const after = entries[last + 1];
  return {
    start: before ? before.start : bodyStart,
    end: after ? Math.max(after.end, change.oldEnd) : previous.text.length,
    carriedSuppressions: before && before.suppressions.length > 0 ? before.suppressions : undefined,
  };
}


/**
 * Line starts of the new text: those before the change kept, those after it moved. The old
 * tree is given up by re-parsing, so its list is patched in place rather than copied: on a
 * keystroke that is a few additions instead of a new list of every line.
 */
function updatedLineStarts(starts: number[], text: string, change: TextChange): number[] {
  const firstChanged = lineOfOffset(starts, change.start) + 1;
  const firstAfter = lineOfOffset(starts, change.oldEnd) + 1;
  const inserted: number[] = [];
  for (let index = text.indexOf('\n', change.start); index !== -1 && index < change.newEnd; index = text.indexOf('\n', index + 1)) {
    inserted.push(index + 1);
  }
  const removedCount = firstAfter - firstChanged;
  let result = starts;
  if (inserted.length === removedCount) for (let at = 0; at < inserted.length; at++) starts[firstChanged + at] = inserted[at]!;
  // Spreading many arguments into `splice` can overflow the stack: a large paste builds a new list.
  else if (inserted.length <= SPLICE_LIMIT) starts.splice(firstChanged, removedCount, ...inserted);
  else result = starts.slice(0, firstChanged).concat(inserted, starts.slice(firstAfter));
  const delta = change.newEnd - change.oldEnd;
  if (delta !== 0) for (let line = firstChanged + inserted.length; line < result.length; line++) result[line]! += delta;
  return result;
}

/** The old nodes before the region, the region's new nodes, then the old nodes after it, moved. */
function splice(
  previous: JournalSyntax,
  blocks: Blocks,
  region: Region,
  change: TextChange,
  lineDelta: number,
): { blocks: Blocks; first: number; removed: Entry[]; sameOthers: boolean } {
  const delta = change.newEnd - change.oldEnd;
  const stretch = (nodes: readonly Span[]): Stretch => ({ from: firstStartingAtOrAfter(nodes, region.start), after: firstStartingAtOrAfter(nodes, region.end + 1) });
  const entries = stretch(previous.entries);
  const headings = stretch(previous.headings);
  const comments = stretch(previous.comments);
  const strays = stretch(previous.strays);
  // Compared before anything is moved: the comparison reads the old nodes' offsets.
  const same = (nodes: readonly Span[], at: Stretch, fresh: readonly Span[]): boolean => sameTexts(previous.text, nodes, at, previous.source.text, fresh, change);
  const sameOthers = same(previous.headings, headings, blocks.headings) && same(previous.comments, comments, blocks.comments) && same(previous.strays, strays, blocks.strays);
  const removed = previous.entries.slice(entries.from, entries.after);
  // The previous tree is spent (its nodes are moved in place too), so its lists are changed in
  // place: copying a list of ten thousand entries per keystroke is garbage the editor pays for.
  const replace = <T extends Span>(nodes: T[], at: Stretch, fresh: T[], move: (node: T) => void): T[] => {
    if (delta !== 0 || lineDelta !== 0) for (let index = at.after; index < nodes.length; index++) move(nodes[index]!);
    if (fresh.length > SPLICE_LIMIT) return nodes.slice(0, at.from).concat(fresh, nodes.slice(at.after));
    nodes.splice(at.from, at.after - at.from, ...fresh);
    return nodes;
  };
  const spliced: Blocks = {
    entries: replace(previous.entries, entries, blocks.entries, (entry) => shiftEntry(entry, delta, lineDelta)),
    headings: replace(previous.headings, headings, blocks.headings, (heading) => shiftHeading(heading, delta)),
    comments: replace(previous.comments, comments, blocks.comments, (comment) => shiftSpan(comment, delta)),
    strays: replace(previous.strays, strays, blocks.strays, (stray) => shiftSpan(stray, delta)),
  };
  return { blocks: spliced, first: entries.from, removed, sameOthers };
}

/** The old nodes of the re-parsed stretch: indexes `from` up to (not including) `after`. */
interface Stretch {
  from: number;
  after: number;
}

/**
 * True when the old nodes of the stretch and the fresh ones cover the same texts, in order, at
 * the same places: a heading that kept its words but moved past an entry header starts
 * another section. A node that started inside the change counts as changed.
 */
function sameTexts(oldText: string, nodes: readonly Span[], { from, after }: Stretch, newText: string, fresh: readonly Span[], change: TextChange): boolean {
  if (after - from !== fresh.length) return false;
  const delta = change.newEnd - change.oldEnd;
  for (let index = 0; index < fresh.length; index++) {
    const old = nodes[from + index]!;
    const now = fresh[index]!;
    const moved = old.start < change.start ? old.start : old.start >= change.oldEnd ? old.start + delta : -1;
    if (now.start !== moved || old.end - old.start !== now.end - now.start) return false;
    if (oldText.slice(old.start, old.end) !== newText.slice(now.start, now.end)) return false;
  }
  return true;
}
