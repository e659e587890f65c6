import type { NotTextFile, UnreadableFile } from '../files/read';
import type { LintMessage, Severity } from './report';

/**
 * Problems with a file as a whole, found before any rule can run. They are not rules of the
 * language (they cannot be turned off); they carry ids so every output format can name them.
 */
export const FILE_RULES = {
  'unreadable-file': { severity: 'error', summary: 'A file the linter was asked to read cannot be read.' },
  'invalid-encoding': { severity: 'error', summary: 'A file is not UTF-8 text: it is binary or in another encoding.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type FileRuleId = keyof typeof FILE_RULES;

/** Where the file-level problems are documented. */
export function fileRuleDocsUrl(id: FileRuleId): string {
  return `https://github.com/practice-journal/practice-journal/blob/main/docs/cli.md#${id}`;
}

/** The one message a file that could not be linted gets. */
export function fileProblem(read: UnreadableFile | NotTextFile): LintMessage {
  if (read.kind === 'unreadable') {
    const message = `This file cannot be read (${read.reason}), so it was not linted. Check its permissions, or leave it out of the command.`;
    return { rule: 'unreadable-file', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
  const message = read.binary
    ? 'This file contains NUL bytes, so it is binary rather than UTF-8 text; it was not linted. Rename it if it is not a journal, or re-save it as UTF-8 text.'
    : 'This file is not valid UTF-8 (the first bad byte is here), so it was not linted. Re-save it with the UTF-8 encoding.';
  const { line, column } = read;
  return { rule: 'invalid-encoding', severity: 'error', message, line, column, endLine: line, endColumn: column };
}
