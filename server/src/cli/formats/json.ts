import type { LintReport } from '../lint/report';

/** The `--format json` document; its shape is a public contract (docs/cli.md), version 1. */
export interface JsonOutput {
  version: 1;
  files: {
    path: string;
    diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
  summary: { files: number; errors: number; warnings: number };
}

/** Every linted file, clean ones too, in path order; positions are 1-based. */
export function formatJson(report: LintReport): string {
  const output: JsonOutput = {
    version: 1,
    files: report.files.map((file) => ({
      path: file.path,
      diagnostics: file.messages.map(({ rule, severity, message, line, column, endLine, endColumn }) => ({
        rule,
        severity,
        message,
        line,
        column,
        endLine,
        endColumn,
      })),
    })),
    summary: { files: report.files.length, errors: report.counts.errors, warnings: report.counts.warnings },
  };
  return JSON.stringify(output, null, 2) + '\n';
}
