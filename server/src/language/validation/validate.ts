import type { Entry, JournalSyntax } from '../syntax/ast';
import type { FrontMatter } from '../frontMatter';
import type { Landscape } from '../landscape/types';
import { isRuleId, RULE_IDS, type RuleId } from '../rules';
import { rangeOf } from '../syntax/text';
import { entryContaining } from '../syntax/spans';
import { NEVER_CANCELLED, throwIfCancelled, type CancellationToken } from '../util/cancellation';
import { didYouMean } from '../util/didYouMean';
import { ENTRY_CHECKS, JOURNAL_CHECKS } from './registry';
import type { EffectiveRules } from './severity';
import type { CheckContext, JournalDiagnostic, Problem } from './types';
import type { EntryProblemCache } from './entryCache';

export interface ValidationInput {
  syntax: JournalSyntax;
  frontMatter: FrontMatter;
  /** Problems found while loading the front matter and resolving its landscape. */
  frontMatterProblems: readonly Problem[];
  landscape: Landscape | undefined;
  rules: EffectiveRules;
  today: number;
  /** Per-entry results kept between versions of the journal, valid while `stamp` is the same. */
  cache?: { entries: EntryProblemCache; stamp: string };
}

/** How many entries to check between two looks at the cancellation token. */
const CANCELLATION_STRIDE = 512;

/** Runs every enabled check over one journal and returns its diagnostics in document order. */
export function validateJournal(input: ValidationInput, token: CancellationToken = NEVER_CANCELLED): JournalDiagnostic[] {
  const found = findProblems(input, token);
  return finishDiagnostics(input, [...input.frontMatterProblems, ...found.entryProblems, ...found.journalProblems]);
}

/** What the checks found, kept apart by where they look: one entry at a time, or the whole journal. */
export interface FoundProblems {
  /** From the per-entry checks, entry by entry. */
  entryProblems: Problem[];
  /** From the whole-journal checks. */
  journalProblems: Problem[];
}

/** Runs the checks and returns their problems before suppression, severities and ranges. */
export function findProblems(input: ValidationInput, token: CancellationToken = NEVER_CANCELLED): FoundProblems {
  const entryProblems: Problem[] = [];
  const journalProblems: Problem[] = [];
  let sink = entryProblems;
  const context = checkContext(input, (problem) => sink.push(problem));
  checkEntries(input, context, 0, input.syntax.entries.length, entryProblems, token);
  sink = journalProblems;
  for (const check of JOURNAL_CHECKS) {
    if (input.rules.isOn(check.rule)) check.checkJournal(context);
  }
  throwIfCancelled(token);
  return { entryProblems, journalProblems };
}

/** The context the checks read, reporting into `report`. */
export function checkContext(input: ValidationInput, report: (problem: Problem) => void): CheckContext {
  return {
    syntax: input.syntax,
    frontMatter: input.frontMatter,
    landscape: input.landscape,
    today: input.today,
    windowDays: (rule) => input.rules.windowDays(rule),
    report,
  };
}

/**
 * Runs the per-entry checks over the entries `from`..`to`; `context` must report into
 * `problems`. Results are taken from and kept in the input's cache when it has one.
 */
export function checkEntries(input: ValidationInput, context: CheckContext, from: number, to: number, problems: Problem[], token: CancellationToken = NEVER_CANCELLED): void {
  const entryChecks = ENTRY_CHECKS.filter((check) => input.rules.isOn(check.rule));
  const entries = input.syntax.entries;
  for (let index = from; index < to; index++) {
    if ((index - from) % CANCELLATION_STRIDE === 0) throwIfCancelled(token);
    const entry = entries[index]!;
    const cached = input.cache?.entries.get(entry, input.cache.stamp);
    if (cached) {
      for (const problem of cached) problems.push(problem);
      continue;
    }
    const first = problems.length;
    for (const check of entryChecks) check.checkEntry(entry, context);
    reportUnknownSuppressedRules(entry, problems);
    input.cache?.entries.set(entry, input.cache.stamp, problems.slice(first));
  }
}

/** Drops suppressed problems, applies severities and turns offsets into ranges, in document order. */
export function finishDiagnostics(input: ValidationInput, problems: Problem[]): JournalDiagnostic[] {
  return toDiagnostics(input, removeSuppressed(input.syntax.entries, problems));
}

function reportUnknownSuppressedRules(entry: Entry, problems: Problem[]): void {
  for (const suppression of entry.suppressions) {
    for (const rule of suppression.rules) {
      if (isRuleId(rule.text)) continue;
      const suggestions = didYouMean(rule.text, RULE_IDS);
      const hint = suggestions.length > 0 ? ` Did you mean '${suggestions[0]}'?` : '';
      const problem: Problem = {
        rule: 'unknown-rule',
        start: rule.start,
        end: rule.end,
        message: `'${rule.text}' is not a rule id.${hint} See docs/rules.md for the list.`,
      };
      if (suggestions.length > 0) problem.data = { fix: 'replace', replacements: suggestions };
      problems.push(problem);
    }
  }
}


function isSuppressed(entry: Entry, rule: RuleId): boolean {
  return entry.suppressions.some(
    (suppression) => suppression.rules.length === 0 || suppression.rules.some((named) => named.text === rule),
  );
}

function removeSuppressed(entries: readonly Entry[], problems: Problem[]): Problem[] {
  return problems.filter((problem) => {
    if (problem.rule === 'unknown-rule') return true;
    const entry = entryContaining(entries, problem.start);
    return !entry || entry.suppressions.length === 0 || !isSuppressed(entry, problem.rule);
  });
}

function toDiagnostics(input: ValidationInput, problems: Problem[]): JournalDiagnostic[] {
  const { text, lineStarts } = input.syntax;
  const diagnostics: JournalDiagnostic[] = [];
  for (const problem of problems) {
    const severity = input.rules.severity(problem.rule);
    if (severity === 'off') continue;
    diagnostics.push({ ...problem, severity, range: rangeOf(text, lineStarts, problem) });
  }
  return diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
}
