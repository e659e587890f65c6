import type { JournalDiagnostic } from '../../language/service';
import { compare } from '../files/paths';
import type { SourceFile, Workspace } from '../workspace';
import { fileProblem } from './fileRules';

export type Severity = JournalDiagnostic['severity'];

/** One problem, positioned 1-based; an end column is just past the last character. */
export interface LintMessage {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  /** Relative to the current folder, `/`-separated. */
  path: string;
  messages: LintMessage[];
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** What a lint run found: every file it linted (clean ones too), sorted by path. */
export interface LintReport {
  /** The absolute folder paths are relative to. */
  cwd: string;
  files: FileReport[];
  counts: SeverityCounts;
  /** Present after `--fix`: how many fixes were applied to how many files. */
  fixed?: { fixes: number; files: number };
}

/**
 * One file's problems; with `quiet`, errors only. A file the service holds (a landscape, a
 * journal just fixed) is reported as the service holds it; any other is checked from its text.
 */
export function fileReport(workspace: Workspace, file: SourceFile, quiet: boolean): FileReport {
  const { service } = workspace;
  const diagnostics = (text: string): JournalDiagnostic[] => (service.hasFile(file.uri) ? service.getDiagnostics(file.uri) : service.checkText(file.uri, text));
  const messages = file.read.kind === 'text' ? diagnostics(file.read.text).map(toMessage) : [fileProblem(file.read)];
  return { path: file.relativePath, messages: quiet ? messages.filter((message) => message.severity === 'error') : messages };
}

/** The report over the files' reports, sorted by path, with the counts per severity. */
export function lintReport(cwd: string, files: FileReport[]): LintReport {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const file of files) for (const message of file.messages) count(counts, message.severity);
  return { cwd, files: files.sort((a, b) => compare(a.path, b.path)), counts };
}

function toMessage(diagnostic: JournalDiagnostic): LintMessage {
  const { start, end } = diagnostic.range;
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

function count(counts: SeverityCounts, severity: Severity): void {
  if (severity === 'error') counts.errors++;
  else if (severity === 'warning') counts.warnings++;
  else if (severity === 'info') counts.infos++;
  else counts.hints++;
}
