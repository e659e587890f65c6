import type { Span } from '../syntax/ast';
import { didYouMean } from '../util/didYouMean';
import type { FixData, Problem } from '../validation/types';
import { quote } from '../yaml/schemaFindings';
import type { Declarations } from './build';
import type { CommunityDeclaration } from './types';

type Section = 'communities' | 'people';

/**
 * The landscape's own cross-references: parents that loop, and parents, members and
 * boundary-object communities that name nothing declared. Members and listed communities are
 * only checked when the file has the section they would be declared in: a landscape may
 * describe communities alone and leave people to be declared by use.
 */
export function checkReferences(uri: string, declared: Declarations): Problem[] {
  const problems: Problem[] = [...parentCycles(declared.communities)];
  const communities = declared.communities;
  for (const community of communities.values()) {
    if (community.parent !== undefined && community.parentSpan && !communities.has(community.parent)) {
      problems.push(unknownReference(uri, 'communities', community.parent, community.parentSpan, communities.keys()));
    }
    if (!declared.sections.people) continue;
    for (const [person, span] of community.memberSpans ?? []) {
      if (!declared.people.has(person)) problems.push(unknownReference(uri, 'people', person, span, declared.people.keys()));
    }
  }
  if (declared.sections.communities) {
    for (const object of declared.boundaryObjects.values()) {
      object.communities.forEach((id, index) => {
        const span = object.communitySpans?.[index];
        if (span && !communities.has(id)) problems.push(unknownReference(uri, 'communities', id, span, communities.keys()));
      });
    }
  }
  return problems;
}

/**
 * A reference to an undeclared id. A reference that differs from a declared id only in case is
 * a `case-mismatch`, fixed safely by rewriting it; otherwise close ids are offered beside
 * declaring the id, and declaring is the only fix when nothing is close.
 */
function unknownReference(uri: string, section: Section, id: string, span: Span, candidates: Iterable<string>): Problem {
  const suggestions = didYouMean(id, candidates);
  const noun = section === 'communities' ? 'community' : 'person';
  const sameLetters = suggestions.filter((candidate) => candidate.toLowerCase() === id.toLowerCase());
  if (sameLetters.length === 1) {
    return {
      rule: 'case-mismatch',
      ...span,
      message: `${quote(id)} differs only in case from the declared ${noun} ${quote(sameLetters[0]!)}. Ids are case-sensitive: write it as declared.`,
      data: { fix: 'replace', replacements: sameLetters },
    };
  }
  const add = { section, id, landscapeUri: uri };
  const hint = suggestions.length > 0 ? ` Did you mean ${quote(suggestions[0]!)}? If not, declare it` : ' Declare it';
  const data: FixData = suggestions.length > 0 ? { fix: 'replace', replacements: suggestions, add } : { fix: 'add-to-landscape', ...add };
  return {
    rule: section === 'communities' ? 'unknown-community' : 'unknown-person',
    ...span,
    message: `No ${noun} ${quote(id)} is declared in this landscape.${hint} under '${section}', or correct the id.`,
    data,
  };
}

/** Each `parent` link on a cycle, reported with the whole cycle starting from its community. */
function parentCycles(communities: ReadonlyMap<string, CommunityDeclaration>): Problem[] {
  const problems: Problem[] = [];
  const finished = new Set<string>();
  for (const start of communities.keys()) {
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !finished.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      current = communities.get(current)?.parent;
    }
    if (current !== undefined && onChain.has(current)) problems.push(...cycleProblems(chain.slice(onChain.get(current)), communities));
    for (const id of chain) finished.add(id);
  }
  return problems;
}

function cycleProblems(cycle: readonly string[], communities: ReadonlyMap<string, CommunityDeclaration>): Problem[] {
  return cycle.map((id, index) => {
    const rotated = [...cycle.slice(index), ...cycle.slice(0, index), id];
    const span = communities.get(id)!.parentSpan!;
    const path = rotated.map(quote).join(' → ');
    const message =
      cycle.length === 1
        ? `Community ${quote(id)} names itself as its parent. Remove this parent or name a larger community.`
        : `Parent links form a cycle: ${path}. Change or remove one of these parents so the chain ends at a community without a parent.`;
    return { rule: 'parent-cycle', ...span, message };
  });
}
