import type { FixData, JournalDiagnostic } from '../validation/types';
import { addToLandscapeFixes } from './addToLandscape';
import { fileEdit, isInside } from './fixEdits';
import { entryContaining } from '../syntax/spans';
import type { CodeFix, FixInput } from './fixes';

type ReplaceData = Extract<FixData, { fix: 'replace' }>;

/** True when the span lies in an entry's reflection: the writer's own prose. */
function isInProse(input: FixInput, start: number, end: number): boolean {
  const entry = input.syntax && entryContaining(input.syntax.entries, start);
  const reflection = entry?.reflection;
  return reflection !== undefined && start >= reflection.start && end <= reflection.end;
}

/**
 * Only a case correction with a single candidate is safe: it cannot pick the wrong word and
 * changes nothing but letter case. Even then, not inside reflection prose, which fixes applied
 * unreviewed never rewrite. The text is checked again so a stale diagnostic never rewrites
 * something else.
 */
function isSafe(input: FixInput, diagnostic: JournalDiagnostic, data: ReplaceData): boolean {
  if (diagnostic.rule !== 'case-mismatch' || data.replacements.length !== 1) return false;
  const written = input.text.slice(diagnostic.start, diagnostic.end);
  return written.toLowerCase() === data.replacements[0]!.toLowerCase() && !isInProse(input, diagnostic.start, diagnostic.end);
}

/** One "Change to …" fix per replacement (the first preferred), then "add to the landscape" when offered. */
export function replaceFixes(input: FixInput, diagnostic: JournalDiagnostic, data: ReplaceData): CodeFix[] {
  if (!isInside(input.text, diagnostic.start, diagnostic.end)) return [];
  const safe = isSafe(input, diagnostic, data);
  const fixes: CodeFix[] = data.replacements.map((replacement, index) => ({
    title: `Change to '${replacement}'`,
    rule: diagnostic.rule,
    edits: [fileEdit(input.uri, input.text, input.lineStarts, [{ start: diagnostic.start, end: diagnostic.end, text: replacement }])],
    preferred: index === 0,
    safe,
  }));
  if (data.add) fixes.push(...addToLandscapeFixes(input, diagnostic.rule, data.add));
  return fixes;
}
