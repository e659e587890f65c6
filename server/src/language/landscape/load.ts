import { computeLineStarts } from '../syntax/text';
import type { Problem } from '../validation/types';
import { MERGE_KEY_MESSAGE, UNREADABLE_MESSAGE } from '../yaml/errorMessages';
import { parseYaml, type ParsedYaml } from '../yaml/parse';
import { schemaFindings } from '../yaml/schemaFindings';
import { buildDeclarations } from './build';
import { checkReferences } from './references';
import { landscapeSchema } from './schema';
import { schemaProblems } from './schemaProblems';
import type { Landscape } from './types';

/**
 * Loads a landscape file; never throws: every YAML and schema problem is located in `problems`.
 * Declarations are read leniently, so a journal still sees every valid community and person
 * of a landscape that has mistakes elsewhere.
 */
export function loadLandscape(uri: string, text: string): Landscape {
  const lineStarts = computeLineStarts(text);
  try {
    return { uri, text, lineStarts, ...load(uri, text) };
  } catch {
    // Nothing above is expected to throw; if a library does on some input, the file is still reported.
    const end = text.search(/\r?\n|$/);
    const problems: Problem[] = [{ rule: 'landscape-syntax', start: 0, end, message: UNREADABLE_MESSAGE }];
    return { uri, text, lineStarts, communities: new Map(), people: new Map(), boundaryObjects: new Map(), rules: {}, problems, sections: {} };
  }
}

function load(uri: string, text: string): Omit<Landscape, 'uri' | 'text' | 'lineStarts'> {
  const parsed = parseYaml(text, 0);
  const problems: Problem[] = parsed.syntax.map((problem) => ({ rule: 'landscape-syntax', ...problem }));
  for (const span of parsed.mergeKeys) problems.push({ rule: 'landscape-invalid', ...span, message: MERGE_KEY_MESSAGE });
  problems.push(...validate(parsed));
  const declared = buildDeclarations(parsed.tree);
  problems.push(...checkReferences(uri, declared));
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...declared, problems: withoutRepeats(problems) };
}

/**
 * An alias (`*ward`) repeats its anchored value, whose problems are located at the anchor:
 * each is reported once, however many aliases copy it. `problems` is sorted by span, so a
 * repeat sits among the problems of the same span just before it.
 */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const kept: Problem[] = [];
  for (const problem of problems) if (!repeats(kept, problem)) kept.push(problem);
  return kept;
}

/** True when a kept problem of the same span says the same thing. */
function repeats(kept: readonly Problem[], problem: Problem): boolean {
  for (let index = kept.length - 1; index >= 0; index--) {
    const other = kept[index]!;
    if (other.start !== problem.start || other.end !== problem.end) return false;
    if (other.rule === problem.rule && other.message === problem.message) return true;
  }
  return false;
}

/** Schema problems of the whole value; an empty file is a valid, empty landscape. */
function validate(parsed: ParsedYaml): Problem[] {
  if (!parsed.tree || parsed.value === undefined || parsed.value === null) return [];
  const result = landscapeSchema.safeParse(parsed.value);
  return result.success ? [] : schemaProblems(schemaFindings(result.error.issues), parsed.tree);
}
