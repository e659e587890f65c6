import type { Entry } from '../../../syntax/ast';
import type { CheckContext, JournalCheck } from '../../types';
import { IntTable } from '../../../util/intTable';

/** How many characters of an entry the fingerprint samples, spread evenly over its text. */
const SAMPLES = 32;

/**
 * A cheap 32-bit fingerprint of `start`..`end`: the length and an even sample of characters.
 * Equal texts always share it; different texts rarely do, and are then told apart exactly.
 */
export function fingerprint(text: string, start: number, end: number): number {
  const length = end - start;
  const step = length > SAMPLES ? Math.floor(length / SAMPLES) : 1;
  let hash = length;
  for (let index = start; index < end; index += step) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return (Math.imul(hash, 31) + text.charCodeAt(end - 1)) | 0;
}

function sameText(text: string, aStart: number, aEnd: number, b: Entry): boolean {
  const length = aEnd - aStart;
  if (b.end - b.start !== length) return false;
  for (let offset = 0; offset < length; offset++) {
    if (text.charCodeAt(aStart + offset) !== text.charCodeAt(b.start + offset)) return false;
  }
  return true;
}

function reportCopy(context: CheckContext, entry: Entry, originalLine: number): void {
  context.report({
    rule: 'duplicate-entry',
    start: entry.start,
    end: entry.headerEnd,
    message: `This entry is an exact copy of the entry on line ${originalLine + 1}, header and body alike. Delete one of the two.`,
  });
}

/**
 * `duplicate-entry`: an entry whose whole text (header and body) repeats an earlier entry's, as
 * after a paste or a merge. Entries are hashed by a sampled fingerprint, so a 50 MB journal is
 * not hashed in full; only entries that share a fingerprint are compared character by character.
 */
export const duplicateEntry: JournalCheck = {
  rule: 'duplicate-entry',
  begin(context) {
    const { text } = context.syntax;
    // What the check keeps of the entries it has seen first: where their text is, and their
    // line. Plain lists of small numbers, not an object per entry: a journal may have 100,000s.
    const starts: number[] = [];
    const ends: number[] = [];
    const lines: number[] = [];
    // Fingerprint → the first entry that has it, as an index into those lists.
    const firstByPrint = new IntTable();
    // Entry text → the line of its first occurrence, only for fingerprints that different texts share.
    let exact: Map<string, number> | undefined;
    return {
      entry(entry) {
        const print = fingerprint(text, entry.start, entry.end);
        const first = firstByPrint.get(print);
        if (first === -1) {
          firstByPrint.set(print, starts.length);
          starts.push(entry.start);
          ends.push(entry.end);
          lines.push(entry.line);
          return;
        }
        if (sameText(text, starts[first]!, ends[first]!, entry)) {
          reportCopy(context, entry, lines[first]!);
          return;
        }
        exact ??= new Map();
        const candidateText = text.slice(starts[first], ends[first]);
        if (!exact.has(candidateText)) exact.set(candidateText, lines[first]!);
        const key = text.slice(entry.start, entry.end);
        const earlier = exact.get(key);
        if (earlier === undefined) exact.set(key, entry.line);
        else reportCopy(context, entry, earlier);
      },
    };
  },
};
