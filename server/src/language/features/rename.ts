import { parse as parseYaml } from 'yaml';
import type { Landscape } from '../landscape/types';
import type { ModelOverview } from '../model/types';
import type { JournalSyntax } from '../syntax/ast';
import { isIdentifier } from '../syntax/identifiers';
import { rangeOf, type Position, type Range } from '../syntax/text';
import { throwIfCancelled, type CancellationToken } from '../util/cancellation';
import type { FileEdit, TextEdit } from '../util/textEdits';
import { landscapeMentionAt, landscapeMentions } from './landscapeMentions';
import { cursorAt } from './locate';
import type { ReferenceIndex, Target, TargetKind } from './referenceIndex';
import { targetAt } from './targetAt';

/** The name to rename and the range the editor selects, or why nothing here can be renamed. */
export type PrepareRenameResult = { ok: true; target: Target; range: Range; placeholder: string } | { ok: false; message: string };

export type RenameResult = { ok: true; edits: FileEdit[] } | { ok: false; message: string };

export interface RenameContext {
  landscape: Landscape | undefined;
  /** Every journal of the workspace. */
  index: ReferenceIndex;
  /** Names the model knows (other landscapes included), so a rename cannot merge two. */
  model?: ModelOverview;
}

const NOTHING_HERE = 'Only a +community, @person, #tag or boundary-object id can be renamed; put the cursor on one.';

const DIGITS = /^[0-9]+$/;

const NOUN: Readonly<Record<TargetKind, string>> = { '+': 'community', '@': 'person', '#': 'tag', object: 'boundary object' };

/** What a rename at this journal position would rename; the range covers the name without its sigil. */
export function prepareRename(syntax: JournalSyntax, position: Position): PrepareRenameResult {
  const target = targetAt(syntax, cursorAt(syntax, position).offset);
  if (!target) return { ok: false, message: NOTHING_HERE };
  const range = rangeOf(syntax.text, syntax.lineStarts, { start: target.nameStart, end: target.end });
  return { ok: true, target: { kind: target.kind, name: target.name }, range, placeholder: target.name };
}

/** The same, from a position in the landscape file (a declaration key, a parent, a member…). */
export function prepareRenameInLandscape(landscape: Landscape, position: Position): PrepareRenameResult {
  const mention = landscapeMentionAt(landscape, position);
  if (!mention) return { ok: false, message: 'Only a community, person or boundary-object id can be renamed; put the cursor on one.' };
  const range = rangeOf(landscape.text, landscape.lineStarts, mention);
  return { ok: true, target: { kind: mention.kind, name: mention.id }, range, placeholder: mention.id };
}

/**
 * Renames a name everywhere at once: every journal that uses it, the front matter `author:`,
 * and in the landscape its key, `parent` values, `members` keys and boundary-object
 * `communities`. Refuses a name that is not an identifier or that is already taken.
 */
export function rename(target: Target, requested: string, context: RenameContext, token: CancellationToken): RenameResult {
  const sigil = target.kind === 'object' ? undefined : target.kind;
  const newName = sigil !== undefined && requested.startsWith(sigil) ? requested.slice(1) : requested;
  if (!isIdentifier(newName)) {
    return { ok: false, message: `'${newName}' is not a valid name. Use a letter or digit first, then letters, digits, '-', '_' or '.', without a '.' at the end.` };
  }
  if (DIGITS.test(newName)) {
    return { ok: false, message: `'${newName}' is only digits, which prose reads as ordinary text rather than a name. Add a letter.` };
  }
  if (newName === target.name) return { ok: true, edits: [] };
  if (isTaken(target.kind, newName, context, token)) {
    return { ok: false, message: `A ${NOUN[target.kind]} named '${newName}' already exists, so renaming would merge the two. Choose another name.` };
  }
  const edits = new Map<string, TextEdit[]>();
  const quotedName = needsQuotes(newName) ? `"${newName}"` : newName;
  for (const found of context.index.occurrences(target, token)) {
    const { text, lineStarts } = found;
    const inQuotes = text.charCodeAt(found.start - 1) === 34 || text.charCodeAt(found.start - 1) === 39;
    const isAuthor = found.day === -Infinity;
    const newText = isAuthor && !inQuotes ? quotedName : newName;
    push(edits, found.uri, { range: rangeOf(text, lineStarts, { start: found.nameStart, end: found.end }), newText });
  }
  throwIfCancelled(token);
  const landscape = context.landscape;
  if (landscape && target.kind !== '#') {
    for (const mention of landscapeMentions(landscape)) {
      if (mention.kind !== target.kind || mention.id !== target.name) continue;
      const range = rangeOf(landscape.text, landscape.lineStarts, mention);
      push(edits, landscape.uri, { range, newText: mention.plain ? quotedName : newName });
    }
  }
  return { ok: true, edits: [...edits].map(([uri, list]) => ({ uri, edits: list })) };
}

function push(edits: Map<string, TextEdit[]>, uri: string, edit: TextEdit): void {
  const list = edits.get(uri);
  if (list) list.push(edit);
  else edits.set(uri, [edit]);
}

function isTaken(kind: TargetKind, name: string, context: RenameContext, token: CancellationToken): boolean {
  const landscape = context.landscape;
  if (kind === '+' && (landscape?.communities.has(name) || context.model?.communities.some((community) => community.id === name))) return true;
  if (kind === '@' && (landscape?.people.has(name) || context.model?.people.some((person) => person.id === name))) return true;
  if (kind === 'object' && landscape?.boundaryObjects.has(name)) return true;
  return context.index.names(kind, token).has(name);
}

/** True when YAML would read the bare name as something other than a string (`true`, `2026`, `null`). */
function needsQuotes(name: string): boolean {
  try {
    return typeof parseYaml(name, { logLevel: 'error' }) !== 'string';
  } catch {
    return true;
  }
}
