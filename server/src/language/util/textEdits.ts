import type { Range } from '../syntax/text';

/** An LSP-shaped text edit. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to one file. */
export interface FileEdit {
  uri: string;
  edits: TextEdit[];
}

/** A replacement of `start`..`end` (UTF-16 offsets) by `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping offset edits to a text. Edits are applied from the end so earlier
 * offsets stay valid; overlapping edits after the first are skipped rather than corrupting text.
 */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
