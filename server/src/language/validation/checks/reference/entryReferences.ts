import { BOUNDARY_OBJECT_KINDS, type BoundaryObjectKind, type Landscape } from '../../../landscape/types';
import type { Entry } from '../../../syntax/ast';
import { parseVia } from '../../../syntax/fields';
import { isChecked, standingOf, type Standing } from './landscapeLookup';
import type { NamedReference } from './referenceProblems';

/** A name of an entry that the landscape does not declare as written. */
export interface Undeclared {
  reference: NamedReference;
  standing: Exclude<Standing, { status: 'declared' }>;
}

const KINDS: ReadonlySet<string> = new Set(BOUNDARY_OBJECT_KINDS);
const NONE: readonly Undeclared[] = [];

/**
 * The last entry scanned and what was found in it. The reference rules each ask about the
 * same entry one after another, so the entry is scanned once. The key is the entry, the text
 * and the landscape themselves, so an answer can never belong to other inputs. Plain variables
 * rather than an object: nothing is allocated per entry.
 */
let lastEntry: Entry | undefined;
let lastText: string | undefined;
let lastLandscape: Landscape | undefined;
let lastFound: readonly Undeclared[] = [];

/**
 * Every name of an entry the landscape should declare but does not (as written): `+community`
 * and `@person` references anywhere in the entry, and the boundary-object id of each `via:`
 * field, each only when the landscape checks that section. Tags are never declared. An entry
 * whose names are all declared costs one map lookup per name and allocates nothing.
 */
export function undeclaredIn(entry: Entry, text: string, landscape: Landscape): readonly Undeclared[] {
  if (entry === lastEntry && text === lastText && landscape === lastLandscape) return lastFound;
  lastFound = scan(entry, text, landscape);
  lastEntry = entry;
  lastText = text;
  lastLandscape = landscape;
  return lastFound;
}

function scan(entry: Entry, text: string, landscape: Landscape): readonly Undeclared[] {
  let found: Undeclared[] | undefined;
  const communities = isChecked(landscape, 'communities');
  const people = isChecked(landscape, 'people');
  for (const reference of entry.references) {
    const sigil = reference.sigil;
    if (sigil === '#' || !(sigil === '+' ? communities : people)) continue;
    const section = sigil === '+' ? 'communities' : 'people';
    const standing = standingOf(landscape, section, reference.name);
    if (standing.status === 'declared') continue;
    const { start, end, name } = reference;
    (found ??= []).push({ reference: { start, end, name, prefix: sigil, section, kind: undefined }, standing });
  }
  if (isChecked(landscape, 'boundary-objects')) {
    for (const field of entry.fields) {
      if (field.key.text !== 'via') continue;
      const via = parseVia(text, field);
      const id = via?.id;
      if (!via || !id) continue;
      const standing = standingOf(landscape, 'boundary-objects', id.text);
      if (standing.status === 'declared') continue;
      const kind = KINDS.has(via.kind.text) ? (via.kind.text as BoundaryObjectKind) : undefined;
      const reference = { start: id.start, end: id.end, name: id.text, prefix: '', section: 'boundary-objects' as const, kind };
      (found ??= []).push({ reference, standing });
    }
  }
  return found ?? NONE;
}
