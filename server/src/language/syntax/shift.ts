import type { Entry, Heading, Span } from './ast';

/**
 * Moves nodes that follow an edit by the edit's length difference. Each object is moved exactly
 * once: an argument's `reference` is the same object as in the entry's `references`, so it is
 * moved through the list only.
 */
export function shiftSpan(span: Span, delta: number): void {
  span.start += delta;
  span.end += delta;
}

export function shiftHeading(heading: Heading, delta: number): void {
  shiftSpan(heading, delta);
  shiftSpan(heading.text, delta);
}

export function shiftEntry(entry: Entry, delta: number, lineDelta: number): void {
  shiftSpan(entry, delta);
  entry.line += lineDelta;
  entry.headerEnd += delta;
  shiftSpan(entry.date, delta);
  if (entry.time) shiftSpan(entry.time, delta);
  shiftSpan(entry.kind, delta);
  for (const argument of entry.args) shiftSpan(argument, delta);
  if (entry.title) {
    shiftSpan(entry.title, delta);
    if (entry.title.trailing) shiftSpan(entry.title.trailing, delta);
  }
  for (const field of entry.fields) {
    shiftSpan(field, delta);
    shiftSpan(field.key, delta);
    shiftSpan(field.value, delta);
    field.lineStart += delta;
    field.lineEnd += delta;
  }
  if (entry.reflection) shiftSpan(entry.reflection, delta);
  for (const reference of entry.references) shiftSpan(reference, delta);
  for (const span of entry.unindented) shiftSpan(span, delta);
  for (const suppression of entry.suppressions) {
    shiftSpan(suppression, delta);
    for (const rule of suppression.rules) shiftSpan(rule, delta);
  }
}
