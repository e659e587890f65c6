import type { Entry } from '../../../syntax/ast';
import type { CheckContext, JournalCheck } from '../../types';

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

function sameText(text: string, a: Entry, b: Entry): boolean {
  const length = a.end - a.start;
  if (b.end - b.start !== length) return false;
  for (let offset = 0; offset < length; offset++) {
    if (text.charCodeAt(a.start + offset) !== text.charCodeAt(b.start + offset)) return false;
  }
  return true;
}

function reportCopy(context: CheckContext, entry: Entry, original: Entry): void {
  context.report({
    rule: 'duplicate-entry',
    start: entry.start,
    end: entry.headerEnd,
    message: `This entry is an exact copy of the entry on line ${original.line + 1}, header and body alike. Delete one of the two.`,
  });
}

/**
 * `duplicate-entry`: an entry whose whole text (header and body) repeats an earlier entry's, as
 * after a paste or a merge. Entries are hashed by a sampled fingerprint, so a 50 MB journal is
 * not hashed in full; only entries that share a fingerprint are compared character by character.
 */
export const duplicateEntry: JournalCheck = {
  rule: 'duplicate-entry',
  checkJournal(context) {
    const { entries, text } = context.syntax;
    // Fingerprint → index of the first entry that has it.
    const firstByPrint = new Map<number, number>();
    // Entry text → index of its first occurrence, only for fingerprints that different texts share.
    let exact: Map<string, number> | undefined;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      const print = fingerprint(text, entry.start, entry.end);
      const first = firstByPrint.get(print);
      if (first === undefined) {
        firstByPrint.set(print, index);
        continue;
      }
      const candidate = entries[first]!;
      if (sameText(text, candidate, entry)) {
        reportCopy(context, entry, candidate);
        continue;
      }
      exact ??= new Map();
      const candidateText = text.slice(candidate.start, candidate.end);
      if (!exact.has(candidateText)) exact.set(candidateText, first);
      const key = text.slice(entry.start, entry.end);
      const earlier = exact.get(key);
      if (earlier === undefined) exact.set(key, index);
      else reportCopy(context, entry, entries[earlier]!);
    }
  },
};
