import type { CodeFix } from '../../../server/src/language/features/fixes';
import type { LanguageService } from '../../../server/src/language/service';
import { computeLineStarts, offsetAt } from '../../../server/src/language/syntax/text';
import { applyOffsetEdits, type FileEdit } from '../../../server/src/language/util/textEdits';
import type { JournalDiagnostic } from '../../../server/src/language/validation/types';
import { JOURNAL_URI } from '../../support/journal';

/** Applies one file's LSP edits to its text, converting positions with that text's lines. */
export function applyFileEdit(text: string, edit: FileEdit): string {
  const lineStarts = computeLineStarts(text);
  return applyOffsetEdits(
    text,
    edit.edits.map((change) => ({
      start: offsetAt(text, lineStarts, change.range.start),
      end: offsetAt(text, lineStarts, change.range.end),
      text: change.newText,
    })),
  );
}

/** The text of `uri` after a fix, given the texts of the files it may touch. */
export function afterFix(fix: CodeFix, uri: string, text: string): string {
  return fix.edits.filter((edit) => edit.uri === uri).reduce(applyFileEdit, text);
}

/** The first diagnostic of a rule in the journal and the fixes offered for it. */
export function fixesFor(service: LanguageService, rule: string, uri = JOURNAL_URI): { diagnostic: JournalDiagnostic; fixes: CodeFix[] } {
  const diagnostic = service.getDiagnostics(uri).find((candidate) => candidate.rule === rule);
  if (!diagnostic) throw new Error(`no ${rule} diagnostic`);
  return { diagnostic, fixes: service.getFixes(uri, diagnostic) };
}

/** A short view of a fix for assertions. */
export function summary(fix: CodeFix): { title: string; preferred: boolean; safe: boolean; files: string[] } {
  return { title: fix.title, preferred: fix.preferred, safe: fix.safe, files: fix.edits.map((edit) => edit.uri) };
}
