import type { Entry, JournalSyntax, Span } from './ast';
import { bodyStartLine, parseJournal, parseLines, type Blocks } from './parser';
import { lineOfOffset } from './text';
import { shiftEntry, shiftHeading, shiftSpan } from './shift';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from './spans';

/** Past this many changed characters a whole parse is as quick and much simpler. */
const MAX_CHANGE = 64 * 1024;
/** Strings are compared in chunks of these sizes (a native comparison) before characters. */
const CHUNKS = [65_536, 2048, 64];

/** Where two texts differ: `start` in both, `oldEnd` in the old text, `newEnd` in the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The journal's new syntax tree, re-using the previous tree: only the entries around the
 * change are parsed again, the ones after it are moved. The result equals `parseJournal(text)`;
 * the previous tree must not be used afterwards (its tokens now read the new text).
 */
export function reparseJournal(previous: JournalSyntax, text: string): JournalSyntax {
  if (previous.text === text) return previous;
  const change = findChange(previous.text, text);
  if (!canReparse(previous, change)) return parseJournal(text);
  const region = regionOf(previous, change);
  const delta = change.newEnd - change.oldEnd;
  const lineStarts = updatedLineStarts(previous.lineStarts, text, change);
  const lineDelta = lineStarts.length - previous.lineStarts.length;
  previous.source.text = text;
  const firstLine = lineOfOffset(lineStarts, region.start);
  const endLine = lineOfOffset(lineStarts, region.end + delta) + 1;
  const blocks = parseLines({ text, lineStarts, source: previous.source, bom: previous.bom }, firstLine, endLine);
  if (region.carriedSuppressions && blocks.entries[0]?.start === region.start) {
    blocks.entries[0].suppressions = region.carriedSuppressions;
  }
  return {
    text,
    source: previous.source,
    lineStarts,
    bom: previous.bom,
    frontMatter: previous.frontMatter,
    ...splice(previous, blocks, region, delta, lineDelta),
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
  const bodyStart = previous.lineStarts[bodyStartLine(previous)] ?? previous.text.length;
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


/** Line starts of the new text: those before the change kept, those after it moved. */
function updatedLineStarts(old: readonly number[], text: string, change: TextChange): number[] {
  const firstChanged = lineOfOffset(old, change.start) + 1;
  const starts = old.slice(0, firstChanged);
  for (let index = text.indexOf('\n', change.start); index !== -1 && index < change.newEnd; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  const delta = change.newEnd - change.oldEnd;
  for (let line = lineOfOffset(old, change.oldEnd) + 1; line < old.length; line++) starts.push(old[line]! + delta);
  return starts;
}

/** The old nodes before the region, the region's new nodes, then the old nodes after it, moved. */
function splice(previous: JournalSyntax, blocks: Blocks, region: Region, delta: number, lineDelta: number): Blocks {
  const keep = <T extends Span>(nodes: readonly T[], fresh: T[], move: (node: T) => void): T[] => {
    const first = firstStartingAtOrAfter(nodes, region.start);
    const after = firstStartingAtOrAfter(nodes, region.end + 1);
    const moved = nodes.slice(after);
    if (delta !== 0 || lineDelta !== 0) for (const node of moved) move(node);
    return nodes.slice(0, first).concat(fresh, moved);
  };
  return {
    entries: keep(previous.entries, blocks.entries, (entry) => shiftEntry(entry, delta, lineDelta)),
    headings: keep(previous.headings, blocks.headings, (heading) => shiftHeading(heading, delta)),
    comments: keep(previous.comments, blocks.comments, (comment) => shiftSpan(comment, delta)),
    strays: keep(previous.strays, blocks.strays, (stray) => shiftSpan(stray, delta)),
  };
}
