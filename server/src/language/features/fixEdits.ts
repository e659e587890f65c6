import type { Entry } from '../syntax/ast';
import { rangeOf } from '../syntax/text';
import type { FileEdit, OffsetEdit } from '../util/textEdits';

/** Offset edits to one file, as the LSP-shaped edits of a fix (ranges in that file's positions). */
export function fileEdit(uri: string, text: string, lineStarts: readonly number[], edits: readonly OffsetEdit[]): FileEdit {
  return { uri, edits: edits.map((edit) => ({ range: rangeOf(text, lineStarts, edit), newText: edit.text })) };
}

/** True when `start`..`end` is a range inside `text` (diagnostics from an older version may not be). */
export function isInside(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
}

/** The entry whose span holds `offset`, by binary search over entries in text order. */
export function entryAt(entries: readonly Entry[], offset: number): Entry | undefined {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = entries[middle]!;
    if (offset < entry.start) high = middle - 1;
    else if (offset > entry.end) low = middle + 1;
    else return entry;
  }
  return undefined;
}
