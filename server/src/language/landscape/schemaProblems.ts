import { RULE_IDS } from '../rules';
import { didYouMean } from '../util/didYouMean';
import type { Problem } from '../validation/types';
import { IDENTIFIER_RULE } from '../yaml/identifier';
import { describeValue, pathMatches, quote, type SchemaFinding } from '../yaml/schemaFindings';
import type { PathStep, YamlTree } from '../yaml/tree';
import { boundaryObjectFields, communityFields, hasDayWindow, landscapeSchema, personFields, SEVERITY_SETTINGS } from './schema';
import { BOUNDARY_OBJECT_KINDS, MEMBER_LEVELS, STAGES } from './types';

/** What a value at a place in the landscape should be, for "should be X" messages. */
interface Place {
  pattern: string[];
  /** The thing an id or enum value at this place is (`stage`, `person id`). */
  noun: string;
  expects: string;
  /** For an entry of a mapping keyed by ids: what the key is the id of. */
  idNoun?: string;
}

/** `a`, `a or b`, `a, b or c`. */
const list = (values: readonly string[]): string =>
  values.length <= 1 ? (values[0] ?? '') : values.slice(0, -1).join(', ') + ' or ' + values[values.length - 1];

const PLACES: Place[] = [
  { pattern: [], noun: 'landscape', expects: 'a mapping with the sections communities, people, boundary-objects and rules' },
  { pattern: ['communities'], noun: 'section', expects: 'a mapping from community ids to their details' },
  { pattern: ['communities', '*'], noun: 'community', idNoun: 'community', expects: 'a mapping of its details (name, domain, parent, stage, members), or nothing' },
  { pattern: ['communities', '*', 'name'], noun: 'name', expects: 'text' },
  { pattern: ['communities', '*', 'domain'], noun: 'domain', expects: 'text' },
  { pattern: ['communities', '*', 'parent'], noun: 'community id', expects: 'the id of a community' },
  { pattern: ['communities', '*', 'stage'], noun: 'stage', expects: list(STAGES) },
  { pattern: ['communities', '*', 'members'], noun: 'members', expects: `a mapping from person ids to a level (${list(MEMBER_LEVELS)})` },
  { pattern: ['communities', '*', 'members', '*'], noun: 'member level', idNoun: 'person', expects: list(MEMBER_LEVELS) },
  { pattern: ['people'], noun: 'section', expects: 'a mapping from person ids to their details' },
  { pattern: ['people', '*'], noun: 'person', idNoun: 'person', expects: 'a mapping of their details (name), or nothing' },
  { pattern: ['people', '*', 'name'], noun: 'name', expects: 'text' },
  { pattern: ['boundary-objects'], noun: 'section', expects: 'a mapping from boundary-object ids to their details' },
  { pattern: ['boundary-objects', '*'], noun: 'boundary object', idNoun: 'boundary-object', expects: 'a mapping of its details (kind, name, communities), or nothing' },
  { pattern: ['boundary-objects', '*', 'kind'], noun: 'boundary-object kind', expects: list(BOUNDARY_OBJECT_KINDS) },
  { pattern: ['boundary-objects', '*', 'name'], noun: 'name', expects: 'text' },
  { pattern: ['boundary-objects', '*', 'communities'], noun: 'communities', expects: 'a list of community ids, like [data-science, clinical-ops]' },
  { pattern: ['boundary-objects', '*', 'communities', '#'], noun: 'community id', expects: 'the id of a community' },
  { pattern: ['rules'], noun: 'section', expects: 'a mapping from rule ids to severities' },
  { pattern: ['rules', '*'], noun: 'severity', expects: `a severity (${list(SEVERITY_SETTINGS)}) or a mapping with severity and days` },
  { pattern: ['rules', '*', 'severity'], noun: 'severity', expects: list(SEVERITY_SETTINGS) },
  { pattern: ['rules', '*', 'days'], noun: 'day window', expects: 'a whole number of days, 0 or more' },
];

/** The keys an object at a place may have, and what to call that object. */
const OBJECTS: { pattern: string[]; what: string; keys: string[] }[] = [
  { pattern: [], what: 'a landscape section', keys: Object.keys(landscapeSchema.shape) },
  { pattern: ['communities', '*'], what: 'a community field', keys: Object.keys(communityFields.shape) },
  { pattern: ['people', '*'], what: 'a person field', keys: Object.keys(personFields.shape) },
  { pattern: ['boundary-objects', '*'], what: 'a boundary-object field', keys: Object.keys(boundaryObjectFields.shape) },
  { pattern: ['rules', '*'], what: 'a rule setting', keys: ['severity', 'days'] },
];

function placeOf(path: readonly PathStep[]): Place {
  return PLACES.find((place) => pathMatches(path, place.pattern)) ?? { pattern: [], noun: 'value', expects: 'a value this file allows' };
}

function nameOf(path: readonly PathStep[]): string {
  const last = path[path.length - 1];
  return last === undefined ? 'The landscape' : typeof last === 'number' ? `Entry ${last + 1} of this list` : quote(last);
}

/** Turns the schema's findings into located landscape problems. */
export function schemaProblems(findings: readonly SchemaFinding[], tree: YamlTree): Problem[] {
  const problems: Problem[] = [];
  for (const finding of findings) {
    const last = finding.kind === 'unknown-key' ? finding.key : finding.path[finding.path.length - 1];
    if (last === '<<') continue; // reported once, as an unsupported merge key
    const located = tree.locate(finding.kind === 'unknown-key' ? [...finding.path, finding.key] : finding.path);
    if (finding.kind === 'unknown-key') {
      problems.push(unknownKey(finding.path, finding.key, located.pair ? tree.keySpan(located.pair) : tree.valueSpan(located)));
    } else if (finding.kind === 'invalid-key') {
      const span = located.pair ? tree.keySpan(located.pair) : tree.valueSpan(located);
      const noun = placeOf(finding.path).idNoun ?? 'key';
      const message = `${quote(String(last))} is not a valid ${noun} id: an id is ${IDENTIFIER_RULE}. Rename it.`;
      problems.push({ rule: 'landscape-invalid', ...span, message });
    } else {
      const value = tree.shapeOf(located.node);
      problems.push({ rule: 'landscape-invalid', ...tree.valueSpan(located), ...invalidValue(finding.path, finding.issue.code, value) });
    }
  }
  return problems;
}

function unknownKey(path: readonly PathStep[], key: string, span: { start: number; end: number }): Problem {
  if (pathMatches(path, ['rules'])) {
    const suggestions = didYouMean(key, RULE_IDS);
    const hint = suggestions.length > 0 ? ` Did you mean ${quote(suggestions[0]!)}?` : '';
    const problem: Problem = { rule: 'unknown-rule', ...span, message: `${quote(key)} is not a rule id, so this setting has no effect.${hint} See docs/rules.md for the list.` };
    if (suggestions.length > 0) problem.data = { fix: 'replace', replacements: suggestions };
    return problem;
  }
  const rule = path[1];
  if (key === 'days' && pathMatches(path, ['rules', '*']) && typeof rule === 'string' && RULE_IDS.some((id) => id === rule && !hasDayWindow(id))) {
    return { rule: 'landscape-unknown-key', ...span, message: `'days' has no effect on ${quote(rule)}: only the reflective rules look back over a window of days. Remove it.` };
  }
  const object = OBJECTS.find((candidate) => pathMatches(path, candidate.pattern));
  const keys = object?.keys ?? [];
  const suggestions = didYouMean(key, keys);
  const hint = suggestions.length > 0 ? ` Did you mean ${quote(suggestions[0]!)}?` : '';
  const allowed = keys.length > 0 ? ` Allowed here: ${list(keys)}.` : '';
  const problem: Problem = {
    rule: 'landscape-unknown-key',
    ...span,
    message: `${quote(key)} is not ${object?.what ?? 'a key allowed here'}, so it is ignored.${hint}${allowed}`,
  };
  if (suggestions.length > 0) problem.data = { fix: 'replace', replacements: suggestions };
  return problem;
}

function invalidValue(path: readonly PathStep[], code: string, value: unknown): Pick<Problem, 'message' | 'data'> {
  const place = placeOf(path);
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (code === 'invalid_value' && scalar) {
    const suggestions = suggestValue(String(value), enumOptions(place));
    const hint = suggestions.length > 0 ? ` Did you mean ${quote(suggestions[0]!)}?` : '';
    const message = `${quote(String(value))} is not a ${place.noun}.${hint} Use ${place.expects}.`;
    return suggestions.length > 0 ? { message, data: { fix: 'replace', replacements: suggestions } } : { message };
  }
  if (code === 'invalid_format' && typeof value === 'string') {
    return { message: `${quote(value)} is not a valid ${place.noun}: an id is ${IDENTIFIER_RULE}. Correct it.` };
  }
  if (value === null || value === undefined) return { message: `${nameOf(path)} has no value. Give ${place.expects}, or remove it.` };
  if (scalar && code !== 'invalid_type' && code !== 'invalid_union') return { message: `${nameOf(path)} should be ${place.expects}.` };
  return { message: `${nameOf(path)} should be ${place.expects}, not ${describeValue(value)}.` };
}

/** Close allowed values, and failing those, the ones the word begins (`warn` → `warning`). */
function suggestValue(word: string, options: readonly string[]): string[] {
  const close = didYouMean(word, options);
  if (close.length > 0 || word.length < 3) return close;
  const lower = word.toLowerCase();
  return options.filter((option) => option.toLowerCase().startsWith(lower));
}

function enumOptions(place: Place): readonly string[] {
  switch (place.noun) {
    case 'stage':
      return STAGES;
    case 'member level':
      return MEMBER_LEVELS;
    case 'boundary-object kind':
      return BOUNDARY_OBJECT_KINDS;
    case 'severity':
      return SEVERITY_SETTINGS;
    default:
      return [];
  }
}
