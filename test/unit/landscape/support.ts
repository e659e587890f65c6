import { loadLandscape } from '../../../server/src/language/landscape/load';
import type { Landscape } from '../../../server/src/language/landscape/types';
import { computeLineStarts, positionAt } from '../../../server/src/language/syntax/text';
import type { Problem } from '../../../server/src/language/validation/types';
import { LANDSCAPE_URI } from '../../support/journal';

/** The design's example landscape, as users would write it. */
export const DESIGN_LANDSCAPE = [
  'communities:',
  '  data-science:',
  '    name: Data Science Guild',
  '    domain: Making data trustworthy for clinicians',
  '    parent: analytics            # fractal structure; must name a community; no cycles',
  '    stage: maturing              # potential | coalescing | maturing | stewardship | transformation',
  '    members: { ana: core, maria: active, li: peripheral }   # core | active | peripheral',
  '  analytics: {}',
  '  clinical-ops: { domain: Running the wards day to day }',
  'people:',
  '  maria: { name: Maria Lopez }',
  '  ana: {}',
  '  li: {}',
  'boundary-objects:',
  '  discharge-dashboard: { kind: artifact, name: discharge dashboard, communities: [data-science, clinical-ops] }',
  'rules:                           # rule id -> off | hint | info | warning | error',
  '  chronological-order: warning',
  '  empty-reflection: off',
  '',
].join('\n');

export function load(text: string): Landscape {
  return loadLandscape(LANDSCAPE_URI, text);
}

/** The problems of one rule. */
export function problemsOf(text: string, rule: string): Problem[] {
  return load(text).problems.filter((problem) => problem.rule === rule);
}

/** The only problem of one rule; fails when there is not exactly one. */
export function onlyProblem(text: string, rule: string): Problem {
  const problems = problemsOf(text, rule);
  if (problems.length !== 1) throw new Error(`expected one ${rule}, got ${JSON.stringify(load(text).problems, null, 2)}`);
  return problems[0]!;
}

export function covered(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

/** `line:character` of an offset, as an editor shows it (zero-based). */
export function at(text: string, offset: number): string {
  const position = positionAt(text, computeLineStarts(text), offset);
  return `${position.line}:${position.character}`;
}
