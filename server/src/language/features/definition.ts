import type { Landscape } from '../landscape/types';
import type { JournalSyntax } from '../syntax/ast';
import type { Position } from '../syntax/text';
import type { CancellationToken } from '../util/cancellation';
import { cursorAt } from './locate';
import { occurrenceLocation, type ReferenceIndex } from './referenceIndex';
import type { Location } from './shapes';
import { declarationRange, targetAt } from './targetAt';

/** What navigation needs besides the journal: its landscape, if any, and the workspace's journals. */
export interface NavigationContext {
  landscape: Landscape | undefined;
  /** Every journal of the workspace, this one included. */
  index: ReferenceIndex;
}

/**
 * Go to definition of a community, person or boundary object: its key in the landscape; when
 * there is no landscape or it does not declare the name (tags never are), the name's first use
 * across the workspace (earliest date, then file, then position).
 */
export function definition(syntax: JournalSyntax, position: Position, context: NavigationContext, token: CancellationToken): Location[] {
  const target = targetAt(syntax, cursorAt(syntax, position).offset);
  if (!target) return [];
  const declared = declarationRange(context.landscape, target);
  if (declared && context.landscape) return [{ uri: context.landscape.uri, range: declared }];
  const first = context.index.firstUse(target, token);
  return first ? [occurrenceLocation(first)] : [];
}
