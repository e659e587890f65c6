import type { Entry, JournalSyntax } from '../syntax/ast';
import { parseVia } from '../syntax/fields';
import { scanIdentifier } from '../syntax/identifiers';
import type { Landscape } from '../landscape/types';
import { rangeOf, type Range } from '../syntax/text';
import { entryAt, fieldAt, referenceAt, touches } from './locate';
import { authorSpan, type Target } from './referenceIndex';

/** A target under the cursor: its token (`start`..`end`) and where the name begins. */
export interface TargetAtCursor extends Target {
  start: number;
  nameStart: number;
  end: number;
}

/**
 * The community, person, tag or boundary object named at `offset`: a reference anywhere in an
 * entry, a `via:` id of a crossing, or the front matter's `author:`.
 */
export function targetAt(syntax: JournalSyntax, offset: number): TargetAtCursor | undefined {
  const block = syntax.frontMatter;
  if (block && offset <= block.end) {
    const author = authorSpan(syntax);
    if (!author || !touches(author, offset)) return undefined;
    return { kind: '@', name: syntax.text.slice(author.start, author.end), start: author.start, nameStart: author.start, end: author.end };
  }
  const entry = entryAt(syntax, offset);
  if (!entry) return undefined;
  const reference = referenceAt(entry, offset);
  if (reference) return { kind: reference.sigil, name: reference.name, start: reference.start, nameStart: reference.start + 1, end: reference.end };
  return viaTargetAt(syntax, entry, offset);
}

function viaTargetAt(syntax: JournalSyntax, entry: Entry, offset: number): TargetAtCursor | undefined {
  if (entry.kindValue !== 'crossing') return undefined;
  const { text } = syntax;
  const field = fieldAt(syntax, entry, offset);
  if (!field || field.key.text !== 'via') return undefined;
  const id = parseVia(text, field)?.id;
  if (!id || !touches(id, offset) || scanIdentifier(text, id.start, id.end) !== id.end) return undefined;
  return { kind: 'object', name: id.text, start: id.start, nameStart: id.start, end: id.end };
}

/** The landscape key that declares the target, as a range in the landscape file. */
export function declarationRange(landscape: Landscape | undefined, target: Target): Range | undefined {
  if (!landscape) return undefined;
  const table = target.kind === '+' ? landscape.communities : target.kind === '@' ? landscape.people : target.kind === 'object' ? landscape.boundaryObjects : undefined;
  const declaration = table?.get(target.name);
  return declaration ? rangeOf(landscape.text, landscape.lineStarts, declaration) : undefined;
}
