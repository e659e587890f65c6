/**
 * Every place a landscape names a community, person or boundary object: the keys that declare
 * them and the values and keys that refer to them (a community's `parent`, its `members`, a
 * boundary object's `communities`), read from the spans the landscape loader records.
 */
import type { Landscape } from '../landscape/types';
import type { Span } from '../syntax/ast';
import { offsetAt, type Position } from '../syntax/text';
import type { TargetKind } from './referenceIndex';

/** How a landscape mentions an id. */
export type MentionRole = 'declaration' | 'member' | 'parent' | 'object-community';

export interface LandscapeMention extends Span {
  kind: Exclude<TargetKind, '#'>;
  id: string;
  /** True when the id is written as a plain (unquoted) YAML scalar. */
  plain: boolean;
  role: MentionRole;
}

/** All mentions, in text order; `start`..`end` covers the id's own characters, without quotes. */
export function landscapeMentions(landscape: Landscape): LandscapeMention[] {
  const mentions: LandscapeMention[] = [];
  const add = (span: Span | undefined, kind: LandscapeMention['kind'], id: string, role: MentionRole): void => {
    const mention = span && mentionAt(landscape.text, span, kind, id, role);
    if (mention) mentions.push(mention);
  };
  for (const community of landscape.communities.values()) {
    add(community, '+', community.id, 'declaration');
    if (community.parent !== undefined) add(community.parentSpan, '+', community.parent, 'parent');
    for (const [person, span] of community.memberSpans ?? []) add(span, '@', person, 'member');
  }
  for (const person of landscape.people.values()) add(person, '@', person.id, 'declaration');
  for (const object of landscape.boundaryObjects.values()) {
    add(object, 'object', object.id, 'declaration');
    object.communitySpans?.forEach((span, index) => add(span, '+', object.communities[index] ?? '', 'object-community'));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The mention holding the position in the landscape text, if any. */
export function landscapeMentionAt(landscape: Landscape, position: Position): LandscapeMention | undefined {
  const offset = offsetAt(landscape.text, landscape.lineStarts, position);
  return landscapeMentions(landscape).find((mention) => mention.start <= offset && offset <= mention.end);
}

/** The id inside a scalar's span, when the text there is exactly the id (quoted or not). */
function mentionAt(text: string, span: Span, kind: LandscapeMention['kind'], id: string, role: MentionRole): LandscapeMention | undefined {
  const open = text.charCodeAt(span.start);
  const quoted = (open === 34 || open === 39) && span.end - span.start >= 2 && text.charCodeAt(span.end - 1) === open;
  const start = quoted ? span.start + 1 : span.start;
  const end = quoted ? span.end - 1 : span.end;
  if (id === '' || text.slice(start, end) !== id) return undefined;
  return { kind, id, start, end, plain: !quoted, role };
}
