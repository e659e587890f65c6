/** Who and where an entry is about, as the model reads its header and its `with:` field. */
import type { Entry } from '../syntax/ast';

/** The header's `+community` references, each once, in order. */
export function headerCommunities(entry: Entry): string[] {
  const found: string[] = [];
  for (const reference of entry.references) {
    if (reference.place === 'header' && reference.sigil === '+' && !found.includes(reference.name)) found.push(reference.name);
  }
  return found;
}

/** People who took part: `@person`s in `with:` fields (and in the header, when asked), each once. */
export function participantsOf(entry: Entry, withHeader: boolean): string[] {
  const found: string[] = [];
  for (const reference of entry.references) {
    if (reference.sigil !== '@' || found.includes(reference.name)) continue;
    const counts = reference.place === 'header' ? withHeader : reference.place === 'field' && inWithField(entry, reference.start);
    if (counts) found.push(reference.name);
  }
  return found;
}

function inWithField(entry: Entry, offset: number): boolean {
  for (const field of entry.fields) {
    if (field.key.text === 'with' && offset >= field.value.start && offset < field.value.end) return true;
  }
  return false;
}
