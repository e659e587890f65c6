import type { Entry, JournalSyntax } from '../syntax/ast';
import type { SyntaxEdit } from '../syntax/incremental';
import { firstStartingAtOrAfter } from '../syntax/spans';
import { NEVER_CANCELLED, type CancellationToken } from '../util/cancellation';
import { moveProblem } from './entryCache';
import { EntryPrints } from './entryPrints';
import type { JournalDiagnostic, Problem } from './types';
import { checkContext, checkEntries, findProblems, finishDiagnostics, type FoundProblems, type ValidationInput } from './validate';

/** One journal's last validation, kept so that its next version can be checked from it. */
export interface ValidatedJournal {
  syntax: JournalSyntax;
  /** Everything besides the text the results depend on (landscape, settings, today). */
  stamp: string;
  /** The per-entry checks' problems, ordered by start. */
  entryProblems: Problem[];
  journalProblems: Problem[];
  prints: EntryPrints;
}

/**
 * Validates a journal the user is editing. When the previous validation is of the version
 * the edit was made to, and the edit only touched prose (the headers, fields and every other
 * line are as they were, and no line was added or removed), only the re-parsed entries are
 * checked: the whole-journal checks cannot have changed their minds, so their problems, and
 * every other entry's, are moved rather than found again. Otherwise the journal is checked
 * whole (with the per-entry cache). Either way the result equals `validateJournal`'s.
 */
export function validateEditedJournal(
  input: ValidationInput & { cache: NonNullable<ValidationInput['cache']> },
  previous: ValidatedJournal | undefined,
  edit: SyntaxEdit | undefined,
  token: CancellationToken = NEVER_CANCELLED,
): { diagnostics: JournalDiagnostic[]; validated: ValidatedJournal; checkedWhole: boolean } {
  const quick = previous && edit ? revalidateEdit(input, previous, edit) : undefined;
  const found = quick ?? findProblems(input, token);
  const entryProblems = quick ? quick.entryProblems : byStart(found.entryProblems);
  const validated: ValidatedJournal = {
    syntax: input.syntax,
    stamp: input.cache.stamp,
    entryProblems,
    journalProblems: found.journalProblems,
    prints: quick ? previous!.prints : EntryPrints.of(input.syntax),
  };
  const diagnostics = finishDiagnostics(input, [...input.frontMatterProblems, ...entryProblems, ...found.journalProblems]);
  return { diagnostics, validated, checkedWhole: quick === undefined };
}

/** The problems after a prose-only edit, or undefined when the journal must be checked whole. */
function revalidateEdit(input: ValidationInput & { cache: { stamp: string } }, previous: ValidatedJournal, edit: SyntaxEdit): FoundProblems | undefined {
  if (edit.previous !== previous.syntax || previous.stamp !== input.cache.stamp) return undefined;
  if (edit.lineDelta !== 0 || !edit.sameOthers || edit.added !== edit.removed.length) return undefined;
  const syntax = input.syntax;
  const added = syntax.entries.slice(edit.first, edit.first + edit.added);
  const oldText = edit.previous.text;
  for (let index = 0; index < added.length; index++) {
    if (!sameShape(oldText, edit.removed[index]!, syntax.text, added[index]!)) return undefined;
  }
  // An indented suppression comment in the region's last entry belongs to the next entry, whose
  // unknown-rule problems then lie inside the region although that entry is not checked again.
  const next = syntax.entries[edit.first + edit.added];
  if (next !== undefined && next.suppressions.length > 0 && next.suppressions[0]!.start <= edit.region.newEnd) return undefined;
  const journalProblems = moveAround(previous.journalProblems, edit);
  if (!journalProblems) return undefined;
  const fresh: Problem[] = [];
  checkEntries(input, checkContext(input, (problem) => fresh.push(problem)), edit.first, edit.first + edit.added, fresh);
  // Splicing needs the region's problems inside the region (a suppression comment's are not).
  if (fresh.some((problem) => problem.start < edit.region.start || problem.start > edit.region.newEnd)) return undefined;
  if (!previous.prints.replace(oldText, edit.removed, syntax.text, added)) return undefined;
  return { entryProblems: spliceEntryProblems(previous.entryProblems, byStart(fresh), edit), journalProblems };
}

/**
 * True when the whole-journal checks see the two entries alike: the same header and fields,
 * word for word, on the same line, with or without prose alike, and no suppression comment.
 * What they read of the prose is only whether there is any (and the whole text, for copies,
 * which `EntryPrints` looks after).
 */
function sameShape(oldText: string, before: Entry, newText: string, after: Entry): boolean {
  if (before.line !== after.line || (before.reflection === undefined) !== (after.reflection === undefined)) return false;
  if (before.suppressions.length > 0 || after.suppressions.length > 0) return false;
  const beforeEnd = before.reflection ? before.reflection.start : before.end;
  const afterEnd = after.reflection ? after.reflection.start : after.end;
  if (beforeEnd - before.start !== afterEnd - after.start) return false;
  return oldText.slice(before.start, beforeEnd) === newText.slice(after.start, afterEnd);
}

/** Problems clear of the change, the ones after it moved; undefined when one overlaps it. */
function moveAround(problems: readonly Problem[], edit: SyntaxEdit): Problem[] | undefined {
  const { change, delta } = edit;
  const moved: Problem[] = [];
  for (const problem of problems) {
    if (problem.end <= change.start) moved.push(problem);
    else if (problem.start >= change.oldEnd) moved.push(delta === 0 ? problem : moveProblem(problem, delta));
    else return undefined;
  }
  return moved;
}

/** The entries' problems before the region as they were, the region's found again, the rest moved. */
function spliceEntryProblems(problems: readonly Problem[], fresh: Problem[], edit: SyntaxEdit): Problem[] {
  const { region, delta } = edit;
  const from = firstStartingAtOrAfter(problems, region.start);
  const to = firstStartingAtOrAfter(problems, region.oldEnd + 1);
  const result = problems.slice(0, from).concat(fresh);
  for (let index = to; index < problems.length; index++) result.push(delta === 0 ? problems[index]! : moveProblem(problems[index]!, delta));
  return result;
}

/** Ordered by start; a stable sort keeps problems at the same place in the order they were found. */
function byStart(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.start - b.start);
}
