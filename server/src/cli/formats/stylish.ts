import type { FileReport, LintMessage, LintReport, Severity } from '../lint/report';
import { printable, type Styles } from './ansi';

/**
 * The human format, in the manner of ESLint's "stylish": problems grouped under each file,
 * one line each (`line:column  severity  message  rule-id`), then a summary line. Positions
 * and severities are aligned; messages are not padded, since they are whole sentences and
 * padding a short one to the longest would wrap it into lines of blanks on a terminal.
 * Clean files are not listed; a clean run prints nothing (or only what --fix did).
 */
export function formatStylish(report: LintReport, styles: Styles): string {
  const blocks = report.files.filter((file) => file.messages.length > 0).map((file) => fileBlock(file, styles));
  const lines: string[] = [];
  for (const block of blocks) lines.push('', ...block);
  if (report.fixed && report.fixed.fixes > 0) {
    lines.push('', `Fixed ${plural(report.fixed.fixes, 'problem')} in ${plural(report.fixed.files, 'file')}.`);
  }
  const summary = summaryLine(report, styles);
  if (summary) lines.push('', summary);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function fileBlock(file: FileReport, styles: Styles): string[] {
  const rows = file.messages.map((message) => [`${message.line}:${message.column}`, message.severity, printable(message.message), message.rule]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = [styles.underline(printable(file.path))];
  file.messages.forEach((message, index) => lines.push(row(message, rows[index]!, widths, styles)));
  return lines;
}

function row(message: LintMessage, cells: string[], widths: number[], styles: Styles): string {
  const [position, severity, text, rule] = cells as [string, string, string, string];
  const paint = severityStyle(message.severity, styles);
  return `  ${styles.dim(position.padEnd(widths[0]!))}  ${paint(severity.padEnd(widths[1]!))}  ${text}  ${styles.dim(rule)}`;
}

function severityStyle(severity: Severity, styles: Styles): (text: string) => string {
  if (severity === 'error') return styles.red;
  if (severity === 'warning') return styles.yellow;
  if (severity === 'info') return styles.blue;
  return styles.dim;
}

function summaryLine(report: LintReport, styles: Styles): string | undefined {
  const { errors, warnings, infos, hints } = report.counts;
  const total = errors + warnings + infos + hints;
  if (total === 0) return undefined;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info')];
  if (hints > 0) parts.push(plural(hints, 'hint'));
  const text = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  const paint = errors > 0 ? styles.red : warnings > 0 ? styles.yellow : styles.blue;
  return styles.bold(paint(text));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
