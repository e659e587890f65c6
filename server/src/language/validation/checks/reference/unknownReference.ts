import type { RuleId } from '../../../rules';
import type { EntryCheck } from '../../types';
import { undeclaredIn } from './entryReferences';
import type { Section } from './landscapeLookup';
import { caseProblem, unknownProblem } from './referenceProblems';

/**
 * An `unknown-*` rule: names of one section the landscape does not declare in any case. A
 * name declared in another case is left to `case-mismatch`. Without a landscape, nothing is
 * checked: everything is then declared by use.
 */
function unknownCheck(rule: RuleId, section: Section): EntryCheck {
  return {
    rule,
    checkEntry(entry, context) {
      const landscape = context.landscape;
      if (!landscape) return;
      for (const { reference, standing } of undeclaredIn(entry, context.syntax.text, landscape)) {
        if (standing.status === 'unknown' && reference.section === section) context.report(unknownProblem(rule, landscape, reference));
      }
    },
  };
}

export const unknownCommunity = unknownCheck('unknown-community', 'communities');
export const unknownPerson = unknownCheck('unknown-person', 'people');
export const unknownBoundaryObject = unknownCheck('unknown-boundary-object', 'boundary-objects');

/** `case-mismatch`: a name that equals declared ids except for case, in any section. */
export const caseMismatch: EntryCheck = {
  rule: 'case-mismatch',
  checkEntry(entry, context) {
    const landscape = context.landscape;
    if (!landscape) return;
    for (const { reference, standing } of undeclaredIn(entry, context.syntax.text, landscape)) {
      if (standing.status === 'case') context.report(caseProblem(landscape, reference, standing.spellings));
    }
  },
};
