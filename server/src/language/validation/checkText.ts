import type { JournalSyntax } from '../syntax/ast';
import { LineParser, parseHead, type JournalHead } from '../syntax/parser';
import { NEVER_CANCELLED, throwIfCancelled, type CancellationToken } from '../util/cancellation';
import type { JournalDiagnostic, Problem } from './types';
import { checkContext, checkEntries, finishDiagnostics, JournalPasses, type SuppressingEntry, type ValidationInput } from './validate';

/** Everything a check reads besides the journal itself. */
export type CheckSettings = Omit<ValidationInput, 'syntax' | 'cache'>;

/**
 * Lines parsed at a time. Small enough that a run's syntax tree is still young when it is let
 * go, which costs the garbage collector next to nothing; large enough that a run holds dozens
 * of entries.
 */
const RUN_LINES = 1024;

/**
 * Checks a journal's text while parsing it, a run of lines at a time, and lets each entry go
 * once every check has seen it: the diagnostics `validateJournal(parseJournal(text))` gives,
 * without ever holding the whole syntax tree. For a host that only wants the diagnostics (a
 * linter); an editor keeps the tree for its other features. `settings` is asked for once the
 * front matter is parsed, which it may read (the landscape a journal uses can depend on it).
 */
export function checkJournalText(
  text: string,
  settings: (head: JournalHead) => CheckSettings,
  token: CancellationToken = NEVER_CANCELLED,
  runLines = RUN_LINES,
): JournalDiagnostic[] {
  const { head, bodyLine } = parseHead(text);
  const parser = new LineParser(head);
  const syntax: JournalSyntax = { ...head, ...parser.blocks };
  const input: ValidationInput = { syntax, ...settings(head) };
  const entryProblems: Problem[] = [];
  const context = checkContext(input, (problem) => entryProblems.push(problem));
  const passes = new JournalPasses(input);
  const suppressing: SuppressingEntry[] = [];
  const entries = parser.blocks.entries;
  const lineCount = head.lineStarts.length;
  for (let line = bodyLine; line < lineCount; line += runLines) {
    throwIfCancelled(token);
    const runEnd = Math.min(line + runLines, lineCount);
    parser.parse(line, runEnd);
    // The last entry may go on in the next run's lines; at the end of the text it is done.
    const done = runEnd < lineCount && parser.entryOpen ? entries.length - 1 : entries.length;
    checkEntries(input, context, 0, done, entryProblems, token);
    passes.see(entries, 0, done);
    for (let index = 0; index < done; index++) {
      const { start, end, suppressions } = entries[index]!;
      if (suppressions.length > 0) suppressing.push({ start, end, suppressions });
    }
    entries.splice(0, done);
  }
  const problems = [...input.frontMatterProblems, ...entryProblems, ...passes.finish(token)];
  return finishDiagnostics(input, problems, suppressing);
}
