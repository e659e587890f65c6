import type { Span } from '../syntax/ast';
import { offsetAt } from '../syntax/text';
import { partitionPoint } from '../util/search';
import type { CodeFix } from './fixes';

/** A file's current text, to turn a fix's positions back into offsets. */
export type TextOf = (uri: string) => { text: string; lineStarts: readonly number[] } | undefined;

/**
 * The fixes of one "fix all" pass. A fix is taken only when none of its edits overlaps or
 * touches an edit of a fix already taken: otherwise it waits for the next pass, when it is
 * computed again on the new text. So no fix is ever applied in part, and an insertion never
 * lands at the edge of a range another fix has just rewritten (a closing quote after an entry
 * that sorting moved away).
 */
export class FixBatch {
  /** Per file, the offset ranges taken so far: sorted, disjoint and not touching. */
  private readonly taken = new Map<string, Span[]>();

  constructor(private readonly textOf: TextOf) {}

  /** Takes the fix when it is clear of every fix taken before; says whether it did. */
  take(fix: CodeFix): boolean {
    const wanted: { uri: string; span: Span }[] = [];
    for (const fileEdit of fix.edits) {
      const current = this.textOf(fileEdit.uri);
      if (!current) return false;
      for (const edit of fileEdit.edits) {
        const span = { start: offsetAt(current.text, current.lineStarts, edit.range.start), end: offsetAt(current.text, current.lineStarts, edit.range.end) };
        if (this.clashes(fileEdit.uri, span) || wanted.some((other) => other.uri === fileEdit.uri && touches(other.span, span))) return false;
        wanted.push({ uri: fileEdit.uri, span });
      }
    }
    for (const { uri, span } of wanted) this.insert(uri, span);
    return true;
  }

  private clashes(uri: string, span: Span): boolean {
    const spans = this.taken.get(uri);
    if (!spans) return false;
    // Taken spans are disjoint, so only the last one starting at or before `span.end` can touch it.
    const index = partitionPoint(spans, (taken) => taken.start <= span.end);
    return index > 0 && touches(spans[index - 1]!, span);
  }

  private insert(uri: string, span: Span): void {
    let spans = this.taken.get(uri);
    if (!spans) {
      spans = [];
      this.taken.set(uri, spans);
    }
    spans.splice(partitionPoint(spans, (taken) => taken.start <= span.start), 0, span);
  }
}

function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
