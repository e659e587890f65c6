import type { FrontMatter } from '../../../../server/src/language/frontMatter';
import type { Landscape } from '../../../../server/src/language/landscape/types';
import { parseJournal } from '../../../../server/src/language/syntax/parser';
import { computeLineStarts } from '../../../../server/src/language/syntax/text';
import { dayFromIsoDate } from '../../../../server/src/language/service';
import { resolveRules } from '../../../../server/src/language/validation/severity';
import type { JournalDiagnostic, RuleOverrides } from '../../../../server/src/language/validation/types';
import { validateJournal } from '../../../../server/src/language/validation/validate';
import { LANDSCAPE_URI, TODAY } from '../../../support/journal';

export interface Declared {
  communities?: string[];
  people?: string[];
  boundaryObjects?: string[];
}

function span(index: number): { start: number; end: number } {
  return { start: index, end: index + 1 };
}

/**
 * A landscape built by hand, without the loader: the ids given are declared, and the file
 * records no section information, so a section counts as written when it declares something.
 */
export function landscapeFixture(declared: Declared, text = '', uri = LANDSCAPE_URI): Landscape {
  return {
    uri,
    text,
    lineStarts: computeLineStarts(text),
    communities: new Map((declared.communities ?? []).map((id, index) => [id, { id, ...span(index), members: new Map() }])),
    people: new Map((declared.people ?? []).map((id, index) => [id, { id, ...span(index) }])),
    boundaryObjects: new Map((declared.boundaryObjects ?? []).map((id, index) => [id, { id, ...span(index), communities: [] }])),
    rules: {},
    problems: [],
  };
}

export interface ValidateOptions {
  landscape?: Landscape;
  frontMatter?: FrontMatter;
  rules?: RuleOverrides;
  today?: string;
}

/** Validates a journal directly (no service), with a hand-built landscape and front matter. */
export function validateWith(text: string, options: ValidateOptions = {}): JournalDiagnostic[] {
  return validateJournal({
    syntax: parseJournal(text),
    frontMatter: options.frontMatter ?? {},
    frontMatterProblems: [],
    landscape: options.landscape,
    rules: resolveRules(options.landscape?.rules, options.rules),
    today: dayFromIsoDate(options.today ?? TODAY)!,
  });
}
