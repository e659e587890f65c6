import type { Entry, Field, JournalSyntax, Span } from '../syntax/ast';
import { TRAJECTORY_KINDS } from '../syntax/ast';
import { weekdayOf } from '../syntax/dates';
import { isFieldKey, parseVia } from '../syntax/fields';
import { rangeOf, type Position } from '../syntax/text';
import { FIELD_GLOSSARY, KIND_GLOSSARY, TRAJECTORY_GLOSSARY, glossaryMarkdown, lookup, valueGlossary, type GlossaryEntry } from './glossary';
import { boundaryObjectMarkdown, communityMarkdown, personMarkdown, type HoverContext } from './hoverContent';
import { cursorAt, entryAt, fieldAt, identifierAround, touches } from './locate';
import { markdown } from './markdown';
import type { Hover } from './shapes';
import { targetAt } from './targetAt';

export type { HoverContext } from './hoverContent';

const TRAJECTORIES: ReadonlySet<string> = new Set(TRAJECTORY_KINDS);

/**
 * The hover at a position: what a kind, trajectory kind, field key or value means (with a
 * question to reflect on); a community's or person's place in the workspace; a boundary
 * object's description; a date's weekday. Undefined where there is nothing to explain.
 */
export function hover(syntax: JournalSyntax, position: Position, context: HoverContext): Hover | undefined {
  const { offset } = cursorAt(syntax, position);
  const target = targetAt(syntax, offset);
  if (target) {
    const value =
      target.kind === '+' ? communityMarkdown(target.name, context)
      : target.kind === '@' ? personMarkdown(target.name, context)
      : target.kind === 'object' ? boundaryObjectMarkdown(target.name, context)
      : undefined;
    return value === undefined ? undefined : result(syntax, target, value);
  }
  const entry = entryAt(syntax, offset);
  if (!entry) return undefined;
  if (offset <= entry.headerEnd) return headerHover(syntax, entry, offset);
  const field = fieldAt(syntax, entry, offset);
  return field ? fieldHover(syntax, entry, field, offset) : undefined;
}

function headerHover(syntax: JournalSyntax, entry: Entry, offset: number): Hover | undefined {
  if (touches(entry.date, offset)) {
    return entry.day === undefined ? undefined : result(syntax, entry.date, `**${weekdayOf(entry.day)}**, ${entry.date.text}`);
  }
  if (entry.kind.end > entry.kind.start && touches(entry.kind, offset)) return glossaryHover(syntax, entry.kind, lookup(KIND_GLOSSARY, entry.kind.text));
  if (entry.kindValue !== 'trajectory') return undefined;
  const word = entry.args.find((argument) => argument.type === 'word' && touches(argument, offset));
  return word && TRAJECTORIES.has(word.text) ? glossaryHover(syntax, word, lookup(TRAJECTORY_GLOSSARY, word.text)) : undefined;
}

function fieldHover(syntax: JournalSyntax, entry: Entry, field: Field, offset: number): Hover | undefined {
  const key = field.key.text;
  if (touches(field.key, offset)) return isFieldKey(key) ? glossaryHover(syntax, field.key, FIELD_GLOSSARY[key]) : undefined;
  if (offset < field.value.start || offset > field.value.end) return undefined;
  if (key === 'via') {
    if (entry.kindValue !== 'crossing') return undefined;
    const kind = parseVia(syntax.text, field)?.kind;
    return kind && touches(kind, offset) ? glossaryHover(syntax, kind, valueGlossary('via', kind.text)) : undefined;
  }
  const word = identifierAround(syntax.text, offset, field.value.start, field.value.end);
  const text = syntax.text.slice(word.start, word.end);
  return glossaryHover(syntax, word, valueGlossary(key, text));
}

function glossaryHover(syntax: JournalSyntax, span: Span, item: GlossaryEntry | undefined): Hover | undefined {
  return item ? result(syntax, span, glossaryMarkdown(item)) : undefined;
}

function result(syntax: JournalSyntax, span: Span, value: string): Hover {
  return { contents: markdown(value), range: rangeOf(syntax.text, syntax.lineStarts, span) };
}
