import type { BoundaryObjectKind, Landscape } from '../../../landscape/types';
import type { RuleId } from '../../../rules';
import { isIdentifier } from '../../../syntax/identifiers';
import type { FixData, LandscapeAddition, Problem } from '../../types';
import { landscapeName, suggestionsFor, type Section } from './landscapeLookup';

/** A name written in a journal that should be declared in the landscape. */
export interface NamedReference {
  start: number;
  end: number;
  /** The id, without sigil. */
  name: string;
  /** What precedes the id in the text and in replacements: `+`, `@`, or nothing. */
  prefix: string;
  section: Section;
  /** For a boundary object: the kind its `via:` gave. */
  kind: BoundaryObjectKind | undefined;
}

const NOUNS: Record<Section, string> = {
  communities: 'community',
  people: 'person',
  'boundary-objects': 'boundary object',
};

/** The declaration a fix may add; none when the name could not be a landscape id. */
function additionFor(landscape: Landscape, reference: NamedReference): LandscapeAddition | undefined {
  if (!isIdentifier(reference.name)) return undefined;
  const addition: LandscapeAddition = { section: reference.section, id: reference.name, landscapeUri: landscape.uri };
  if (reference.kind !== undefined) addition.kind = reference.kind;
  return addition;
}

function unknownData(suggestions: readonly string[], prefix: string, addition: LandscapeAddition | undefined): FixData | undefined {
  if (suggestions.length > 0) {
    const replacements = suggestions.map((suggestion) => prefix + suggestion);
    return addition ? { fix: 'replace', replacements, add: addition } : { fix: 'replace', replacements };
  }
  return addition ? { fix: 'add-to-landscape', ...addition } : undefined;
}

function withData(problem: Problem, data: FixData | undefined): Problem {
  if (data) problem.data = data;
  return problem;
}

/** An `unknown-*` problem: says what is missing where, with the closest declared ids. */
export function unknownProblem(rule: RuleId, landscape: Landscape, reference: NamedReference): Problem {
  const written = reference.prefix + reference.name;
  const file = landscapeName(landscape);
  const noun = NOUNS[reference.section];
  const suggestions = suggestionsFor(landscape, reference.section, reference.name);
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((suggestion) => `'${reference.prefix}${suggestion}'`).join(' or ')}? Correct the spelling, or declare`
      : ' Check the spelling, or declare';
  const quote = reference.section === 'boundary-objects' ? ' If it is only a name, put it in double quotes.' : '';
  const message = `'${written}' is not a ${noun} declared in ${file}.${hint} it under '${reference.section}:' there.${quote}`;
  const problem: Problem = { rule, start: reference.start, end: reference.end, message };
  return withData(problem, unknownData(suggestions, reference.prefix, additionFor(landscape, reference)));
}

/** A `case-mismatch` problem: the reference equals declared ids except for case. */
export function caseProblem(landscape: Landscape, reference: NamedReference, spellings: readonly string[]): Problem {
  const written = reference.prefix + reference.name;
  const declared = spellings.map((spelling) => `'${reference.prefix}${spelling}'`).join(' or ');
  const noun = NOUNS[reference.section];
  const message =
    `'${written}' differs only in case from the ${noun} ${declared} declared in ${landscapeName(landscape)}. ` +
    'Ids are case-sensitive, so write it exactly as declared.';
  const replacements = spellings.map((spelling) => reference.prefix + spelling);
  return { rule: 'case-mismatch', start: reference.start, end: reference.end, message, data: { fix: 'replace', replacements } };
}
