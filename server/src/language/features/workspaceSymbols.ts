import type { Declaration, Landscape } from '../landscape/types';
import { rangeOf } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { uriBasename } from '../util/uri';
import { isEarlier, occurrence, occurrenceLocation, type Occurrence, type ReferenceIndex } from './referenceIndex';
import { SymbolKind, type SymbolInformation } from './shapes';

export interface WorkspaceSymbolsContext {
  /** Every journal of the workspace. */
  index: ReferenceIndex;
  /** Every landscape of the workspace. */
  landscapes: readonly Landscape[];
}

/**
 * Communities (`+id`), people (`@id`), boundary objects and entries whose name contains the
 * query's characters in order, ignoring case. Declared names point at their landscape key;
 * names only used in journals point at their first use. At most `limit` results.
 */
export function workspaceSymbols(query: string, context: WorkspaceSymbolsContext, token: CancellationToken, limit = 1000): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const found: SymbolInformation[] = [];
  const accept = (symbol: SymbolInformation): boolean => {
    if (found.length < limit && matches(symbol.name, wanted)) found.push(symbol);
    return found.length < limit;
  };
  const declared = { '+': new Set<string>(), '@': new Set<string>() };
  for (const landscape of context.landscapes) {
    for (const community of landscape.communities.values()) {
      declared['+'].add(community.id);
      accept(declaredSymbol(landscape, '+' + community.id, SymbolKind.Namespace, community, community.name));
    }
    for (const person of landscape.people.values()) {
      declared['@'].add(person.id);
      accept(declaredSymbol(landscape, '@' + person.id, SymbolKind.Variable, person, person.name));
    }
    for (const object of landscape.boundaryObjects.values()) accept(declaredSymbol(landscape, object.id, SymbolKind.Struct, object, object.name));
  }
  for (const sigil of ['+', '@'] as const) {
    for (const [name, first] of firstUses(context.index, sigil, declared[sigil], token)) {
      const kind = sigil === '+' ? SymbolKind.Namespace : SymbolKind.Variable;
      if (!accept({ name: sigil + name, kind, location: occurrenceLocation(first), containerName: 'used in journals' })) return found;
    }
  }
  for (const journal of context.index.journals()) {
    throwIfCancelled(token);
    const containerName = uriBasename(journal.uri);
    for (const header of journal.headers) {
      if (found.length >= limit) return found;
      if (!matches(header.name, wanted)) continue;
      const range = rangeOf(journal.text, journal.lineStarts, header);
      found.push({ name: header.name, kind: SymbolKind.Event, location: { uri: journal.uri, range }, containerName });
    }
  }
  return found;
}

function declaredSymbol(landscape: Landscape, name: string, kind: SymbolInformation['kind'], declaration: Declaration, title: string | undefined): SymbolInformation {
  const location = { uri: landscape.uri, range: rangeOf(landscape.text, landscape.lineStarts, declaration) };
  return title === undefined ? { name, kind, location } : { name, kind, location, containerName: title };
}

/** The first use of every name of a sigil that no landscape declares. */
function firstUses(index: ReferenceIndex, sigil: '+' | '@', declared: ReadonlySet<string>, token: CancellationToken): Map<string, Occurrence> {
  const best = new Map<string, Occurrence>();
  for (const journal of index.journals()) {
    throwIfCancelled(token);
    for (const [name, list] of journal.table[sigil]) {
      if (declared.has(name)) continue;
      for (let at = 0; at < list.length; at += 4) {
        const candidate = occurrence(journal, list, at);
        const current = best.get(name);
        if (!current || isEarlier(candidate, current)) best.set(name, candidate);
      }
    }
  }
  return best;
}

/** True when the query's characters appear in `name` in order (case-insensitive); empty matches all. */
export function matches(name: string, lowerQuery: string): boolean {
  if (lowerQuery === '') return true;
  const lower = name.toLowerCase();
  let at = 0;
  for (let index = 0; index < lower.length && at < lowerQuery.length; index++) {
    if (lower[index] === lowerQuery[at]) at++;
  }
  return at === lowerQuery.length;
}
