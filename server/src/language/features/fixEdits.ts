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

