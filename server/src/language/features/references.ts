import type { Landscape } from '../landscape/types';
import type { JournalSyntax } from '../syntax/ast';
import { rangeOf, type Position } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import type { NavigationContext } from './definition';
import { landscapeMentions } from './landscapeMentions';
import { cursorAt } from './locate';
import { occurrenceLocation, type Target } from './referenceIndex';
import type { Location } from './shapes';
import { targetAt } from './targetAt';

export interface ReferencesContext extends NavigationContext {
  /** Include the landscape key that declares the name (LSP `context.includeDeclaration`). */
  includeDeclaration: boolean;
}

/**
 * Every use of the name under the cursor: in the landscape (its declaration when asked for,
 * and where it is named as a parent, a member or a boundary object's community), then in every
 * journal, by file and position.
 */
export function references(syntax: JournalSyntax, position: Position, context: ReferencesContext, token: CancellationToken): Location[] {
  const target = targetAt(syntax, cursorAt(syntax, position).offset);
  if (!target) return [];
  const found = landscapeLocations(context.landscape, target, context.includeDeclaration);
  throwIfCancelled(token);
  for (const occurrence of context.index.occurrences(target, token)) found.push(occurrenceLocation(occurrence));
  return found;
}

/** Where the landscape names the target. */
export function landscapeLocations(landscape: Landscape | undefined, target: Target, includeDeclaration: boolean): Location[] {
  if (!landscape || target.kind === '#') return [];
  const locations: Location[] = [];
  for (const mention of landscapeMentions(landscape)) {
    if (mention.kind !== target.kind || mention.id !== target.name) continue;
    if (mention.role === 'declaration' && !includeDeclaration) continue;
    locations.push({ uri: landscape.uri, range: rangeOf(landscape.text, landscape.lineStarts, mention) });
  }
  return locations;
}
