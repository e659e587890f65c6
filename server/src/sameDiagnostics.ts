/**
 * Whether two checks of one file found the same diagnostics, as a client would see them: the
 * same ranges in lines and columns, rules, severities and messages, and the same fix data with
 * its offsets counted from each diagnostic's start (as `lsp.ts` sends it). The linter asks after
 * every edit, before converting anything, so that a keystroke that moved no diagnostic costs
 * neither a conversion nor a report.
 */
import type { Position } from 'vscode-languageserver';
import type { FixData, JournalDiagnostic, LandscapeAddition } from './language/service';

export function sameDiagnostics(a: readonly JournalDiagnostic[], b: readonly JournalDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (!sameDiagnostic(a[index]!, b[index]!)) return false;
  }
  return true;
}

function sameDiagnostic(a: JournalDiagnostic, b: JournalDiagnostic): boolean {
  return (
    samePosition(a.range.start, b.range.start) &&
    samePosition(a.range.end, b.range.end) &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    sameFixData(a.data, a.start, b.data, b.start)
  );
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function sameFixData(a: FixData | undefined, aStart: number, b: FixData | undefined, bStart: number): boolean {
  if (a === undefined || b === undefined) return a === b;
  switch (a.fix) {
    case 'insert':
      return b.fix === 'insert' && a.offset - aStart === b.offset - bStart && a.text === b.text;
    case 'delete':
      return b.fix === 'delete' && a.start - aStart === b.start - bStart && a.end - aStart === b.end - bStart;
    case 'replace':
      return b.fix === 'replace' && sameStrings(a.replacements, b.replacements) && sameAddition(a.add, b.add);
    case 'add-to-landscape':
      return b.fix === 'add-to-landscape' && sameAddition(a, b);
    case 'sort-entries':
      return b.fix === 'sort-entries';
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function sameAddition(a: LandscapeAddition | undefined, b: LandscapeAddition | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.section === b.section && a.id === b.id && a.landscapeUri === b.landscapeUri && a.kind === b.kind;
}
