import type { RuleId } from '../rules';
import { uriBasename, uriKey } from '../util/uri';
import type { LandscapeAddition } from '../validation/types';
import { fileEdit } from './fixEdits';
import type { CodeFix, FixInput } from './fixes';
import { declarationInsertion } from './landscapeInsertion';

/**
 * "Add to landscape.yaml": declares the id in the landscape the journal uses. Never safe to
 * apply unreviewed (the person decides whether the name is new or misspelt); offered only when
 * the landscape in hand is the one named and can be edited without touching anything else.
 */
export function addToLandscapeFixes(input: FixInput, rule: RuleId, addition: LandscapeAddition): CodeFix[] {
  const landscape = input.landscape;
  if (!landscape || uriKey(landscape.uri) !== uriKey(addition.landscapeUri)) return [];
  const edit = declarationInsertion(landscape.text, addition);
  if (!edit) return [];
  return [
    {
      title: `Add '${addition.id}' to ${uriBasename(landscape.uri)} (${addition.section})`,
      rule,
      edits: [fileEdit(landscape.uri, landscape.text, landscape.lineStarts, [edit])],
      preferred: false,
      safe: false,
    },
  ];
}
