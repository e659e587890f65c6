import type { Landscape } from '../../../landscape/types';
import { didYouMean } from '../../../util/didYouMean';
import { uriBasename } from '../../../util/uri';
import type { LandscapeAddition } from '../../types';

export type Section = LandscapeAddition['section'];

/** How a name stands against one section of a landscape. */
export type Standing =
  | { status: 'declared' }
  /** Not declared as written, but these declared ids equal it ignoring case. */
  | { status: 'case'; spellings: readonly string[] }
  | { status: 'unknown' };

const DECLARED: Standing = { status: 'declared' };
const UNKNOWN: Standing = { status: 'unknown' };

/** Lookups derived from one landscape, built on first use and dropped with the landscape. */
interface SectionIndex {
  /** Lower-cased id → the declared spellings that fold to it. */
  folded: Map<string, string[]>;
  /** Did-you-mean answers already computed, by name. */
  suggestions: Map<string, string[]>;
}

const indexes = new WeakMap<Landscape, Map<Section, SectionIndex>>();

/** The declared ids of one section. */
export function declaredIds(landscape: Landscape, section: Section): ReadonlyMap<string, unknown> {
  if (section === 'communities') return landscape.communities;
  if (section === 'people') return landscape.people;
  return landscape.boundaryObjects;
}

/**
 * Whether names of this section are checked against the landscape. A section the file writes
 * (even empty) is authoritative; one it leaves out is declared by use, as if there were no
 * landscape, so a landscape that only maps communities (or only sets rules) does not turn
 * every `@person` into a warning. A landscape built without section information counts a
 * section as written when it declares something in it.
 */
export function isChecked(landscape: Landscape, section: Section): boolean {
  const sections = landscape.sections;
  return sections ? sections[section] !== undefined : declaredIds(landscape, section).size > 0;
}

function indexOf(landscape: Landscape, section: Section): SectionIndex {
  let perSection = indexes.get(landscape);
  if (!perSection) {
    perSection = new Map();
    indexes.set(landscape, perSection);
  }
  let index = perSection.get(section);
  if (!index) {
    const folded = new Map<string, string[]>();
    for (const id of declaredIds(landscape, section).keys()) {
      const key = id.toLowerCase();
      const spellings = folded.get(key);
      if (spellings) spellings.push(id);
      else folded.set(key, [id]);
    }
    index = { folded, suggestions: new Map() };
    perSection.set(section, index);
  }
  return index;
}

/** Where `name` stands in `section`: declared, declared in another case, or unknown. */
export function standingOf(landscape: Landscape, section: Section, name: string): Standing {
  if (declaredIds(landscape, section).has(name)) return DECLARED;
  const spellings = indexOf(landscape, section).folded.get(name.toLowerCase());
  return spellings ? { status: 'case', spellings } : UNKNOWN;
}

/** Close declared ids for an unknown name, best first (memoised per landscape). */
export function suggestionsFor(landscape: Landscape, section: Section, name: string): readonly string[] {
  const cache = indexOf(landscape, section).suggestions;
  let suggestions = cache.get(name);
  if (!suggestions) {
    suggestions = didYouMean(name, declaredIds(landscape, section).keys());
    cache.set(name, suggestions);
  }
  return suggestions;
}

/** The landscape's file name, for messages (`landscape.yaml`). */
export function landscapeName(landscape: Landscape): string {
  return uriBasename(landscape.uri) || 'the landscape';
}
