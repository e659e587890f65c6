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
import type { CheckContext, JournalDiagnostic, JournalPass, Problem, SeenJournal } from './types';
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
  const context = checkContext(input, (problem) => entryProblems.push(problem));
  const entries = input.syntax.entries;
  checkEntries(input, context, 0, entries.length, entryProblems, token);
  const passes = new JournalPasses(input);
  passes.see(entries, 0, entries.length, token);
  return { entryProblems, journalProblems: passes.finish(token) };
}

/**
 * The whole-journal checks' passes over one journal, each reporting into a list of its own,
 * so that their problems come out check by check whether the entries were shown them all at
 * once or a run at a time as the journal was parsed.
 */
export class JournalPasses {
  private readonly passes: JournalPass[] = [];
  /** The passes that look at entries, with their `entry` bound. */
  private readonly visitors: ((entry: Entry) => void)[] = [];
  private readonly found: Problem[][] = [];
  private readonly seen: SeenJournal = { latestDay: undefined };

  constructor(input: ValidationInput) {
    for (const check of JOURNAL_CHECKS) {
      if (!input.rules.isOn(check.rule)) continue;
      const problems: Problem[] = [];
      const pass = check.begin(checkContext(input, (problem) => problems.push(problem)));
      this.passes.push(pass);
      if (pass.entry) this.visitors.push(pass.entry.bind(pass));
      this.found.push(problems);
    }
  }

  /** Shows every pass the entries `from`..`to`, which follow those it has seen. */
  see(entries: readonly Entry[], from: number, to: number, token: CancellationToken = NEVER_CANCELLED): void {
    const { visitors, seen } = this;
    for (let index = from; index < to; index++) {
      if ((index - from) % CANCELLATION_STRIDE === 0) throwIfCancelled(token);
      const entry = entries[index]!;
      const day = entry.day;
      if (day !== undefined && (seen.latestDay === undefined || day > seen.latestDay)) seen.latestDay = day;
      for (const visit of visitors) visit(entry);
    }
  }

  /** Ends every pass; their problems, check by check. */
  finish(token: CancellationToken = NEVER_CANCELLED): Problem[] {
    for (const pass of this.passes) pass.finish?.(this.seen);
    throwIfCancelled(token);
    return this.found.flat();
  }
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

/** An entry's span and the suppression comments above it. */
export type SuppressingEntry = Pick<Entry, 'start' | 'end' | 'suppressions'>;

/**
 * Drops suppressed problems, applies severities and turns offsets into ranges, in document
 * order. `suppressing` are the journal's entries, or at least every one with a suppression
 * comment (entries never overlap, so the others cannot change which entry holds a problem).
 */
export function finishDiagnostics(input: ValidationInput, problems: Problem[], suppressing: readonly SuppressingEntry[] = input.syntax.entries): JournalDiagnostic[] {
  return toDiagnostics(input, removeSuppressed(suppressing, problems));
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


function isSuppressed(entry: SuppressingEntry, rule: RuleId): boolean {
  return entry.suppressions.some(
    (suppression) => suppression.rules.length === 0 || suppression.rules.some((named) => named.text === rule),
  );
}

function removeSuppressed(entries: readonly SuppressingEntry[], problems: Problem[]): Problem[] {
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
