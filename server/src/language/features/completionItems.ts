/**
 * Completion item builders: keywords with their glossary text, and the ids of communities,
 * people, tags and boundary objects known from the landscape, the model and the journal.
 */
import type { Landscape } from '../landscape/types';
import type { ModelOverview } from '../model/types';
import type { JournalSyntax, Sigil } from '../syntax/ast';
import type { Range } from '../syntax/text';
import { glossaryMarkdown, type GlossaryEntry } from './glossary';
import { escapeMarkdown, markdown } from './markdown';
import { lastStartingAtOrBefore } from './locate';
import { namesAround, type TargetKind } from './referenceIndex';
import { CompletionItemKind, type Command, type CompletionItem } from './shapes';

/** Opens the suggestion list again, for values right after a field key is inserted. */
export const SUGGEST_AGAIN: Command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

/** A keyword item replacing `range`, documented from the glossary. */
export function keywordItem(word: string, kind: CompletionItemKind, range: Range, item: GlossaryEntry | undefined, newText = word): CompletionItem {
  const completion: CompletionItem = { label: word, kind, textEdit: { range, newText } };
  if (newText !== word) completion.filterText = word;
  if (item) {
    completion.detail = item.summary;
    completion.documentation = markdown(glossaryMarkdown(item));
  }
  return completion;
}

/** What the completion of ids may draw on. */
export interface IdSources {
  landscape: Landscape | undefined;
  model: ModelOverview | undefined;
  syntax: JournalSyntax;
  /** The cursor's offset: the journal's own names are read from the entries around it. */
  offset: number;
}

/** Entries read before and after the cursor's for names used in the journal. */
const ENTRIES_BEFORE = 250;
const ENTRIES_AFTER = 50;

/**
 * The names of a kind used in the journal near the cursor, with how often. A long journal's
 * older names reach completion through the workspace model (communities, people) instead of
 * a full scan per keystroke.
 */
function journalNames(sources: IdSources, kind: TargetKind): Map<string, number> {
  const at = lastStartingAtOrBefore(sources.syntax.entries, sources.offset);
  return namesAround(sources.syntax, kind, at - ENTRIES_BEFORE, at + 1 + ENTRIES_AFTER);
}

interface Known {
  name?: string;
  about?: string;
  declared: boolean;
}

/**
 * Ids for a sigil: declared ones first, then those only used in the model or this journal.
 * `typing` is the name under the cursor: it is left out when its only use is the one being typed.
 */
export function idItems(sigil: Sigil, sources: IdSources, range: Range, typing: string): CompletionItem[] {
  const known = new Map<string, Known>();
  const { landscape, model } = sources;
  if (sigil === '+') {
    for (const community of landscape?.communities.values() ?? []) known.set(community.id, describe(community.name, community.domain, true));
    for (const community of model?.communities ?? []) if (!known.has(community.id)) known.set(community.id, describe(community.name, community.domain, community.declared));
  } else if (sigil === '@') {
    for (const person of landscape?.people.values() ?? []) known.set(person.id, describe(person.name, undefined, true));
    for (const person of model?.people ?? []) if (!known.has(person.id)) known.set(person.id, describe(person.name, undefined, person.declared));
  }
  for (const [name, uses] of journalNames(sources, sigil)) {
    if (known.has(name) || (name === typing && uses === 1)) continue;
    known.set(name, { declared: false });
  }
  return [...known].map(([id, facts]) => idItem(sigil + id, facts, sigil === '+' ? CompletionItemKind.Module : sigil === '@' ? CompletionItemKind.Variable : CompletionItemKind.Constant, range));
}

/** Boundary-object ids for `via: KIND `, those of that kind (or of no declared kind) first. */
export function objectItems(sources: IdSources, kind: string, range: Range, typing: string): CompletionItem[] {
  const known = new Map<string, Known>();
  for (const object of sources.landscape?.boundaryObjects.values() ?? []) {
    if (object.kind !== undefined && object.kind !== kind) continue;
    known.set(object.id, describe(object.name, object.communities.length > 0 ? `Connects ${object.communities.map((id) => '+' + id).join(', ')}` : undefined, true));
  }
  for (const [name, uses] of journalNames(sources, 'object')) {
    if (known.has(name) || (name === typing && uses === 1)) continue;
    known.set(name, { declared: false });
  }
  return [...known].map(([id, facts]) => idItem(id, facts, CompletionItemKind.Struct, range));
}

function describe(name: string | undefined, about: string | undefined, declared: boolean): Known {
  const known: Known = { declared };
  if (name !== undefined) known.name = name;
  if (about !== undefined) known.about = about;
  return known;
}

function idItem(label: string, facts: Known, kind: CompletionItemKind, range: Range): CompletionItem {
  const item: CompletionItem = { label, kind, sortText: (facts.declared ? '0' : '1') + label, textEdit: { range, newText: label } };
  if (facts.name !== undefined) item.detail = facts.name;
  if (facts.about !== undefined) item.documentation = markdown(escapeMarkdown(facts.about));
  return item;
}
