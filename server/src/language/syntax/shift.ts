import type { Entry, Heading, Span } from './ast';

/*
 * Moves nodes that follow an edit by the edit's length difference. Each object is moved exactly
 * once: an argument's `reference` is the same object as in the entry's `references`, so it is
 * moved through the list only.
 *
 * The offsets are written out at each place rather than through one helper: nodes of a dozen
 * shapes pass through here, and a single helper's property accesses would see them all and
 * become slow generic lookups, while each place on its own sees one or two shapes. On a large
 * journal every keystroke moves thousands of entries this way.
 */

export function shiftSpan(span: Span, delta: number): void {
  span.start += delta;
  span.end += delta;
}

export function shiftHeading(heading: Heading, delta: number): void {
  heading.start += delta;
  heading.end += delta;
  heading.text.start += delta;
  heading.text.end += delta;
}

export function shiftEntry(entry: Entry, delta: number, lineDelta: number): void {
  entry.start += delta;
  entry.end += delta;
  entry.line += lineDelta;
  entry.headerEnd += delta;
  entry.date.start += delta;
  entry.date.end += delta;
  const time = entry.time;
  if (time) {
    time.start += delta;
    time.end += delta;
  }
  entry.kind.start += delta;
  entry.kind.end += delta;
  const args = entry.args;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    argument.start += delta;
    argument.end += delta;
  }
  const title = entry.title;
  if (title) {
    title.start += delta;
    title.end += delta;
    if (title.trailing) shiftSpan(title.trailing, delta);
  }
  const fields = entry.fields;
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    field.start += delta;
    field.end += delta;
    field.key.start += delta;
    field.key.end += delta;
    field.value.start += delta;
    field.value.end += delta;
    field.lineStart += delta;
    field.lineEnd += delta;
  }
  const reflection = entry.reflection;
  if (reflection) {
    reflection.start += delta;
    reflection.end += delta;
  }
  const references = entry.references;
  for (let index = 0; index < references.length; index++) {
    const reference = references[index]!;
    reference.start += delta;
    reference.end += delta;
  }
  if (entry.unindented.length > 0) for (const span of entry.unindented) shiftSpan(span, delta);
  if (entry.suppressions.length > 0) {
    for (const suppression of entry.suppressions) {
      shiftSpan(suppression, delta);
      for (const rule of suppression.rules) shiftSpan(rule, delta);
    }
  }
}
