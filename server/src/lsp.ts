/** Conversions between the core's shapes and the protocol's. */
import { DiagnosticSeverity, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isRuleId, moveFixData, ruleDocsUrl, type FileEdit, type FixData, type JournalDiagnostic, type Severity } from './language/service';

/** The `source` of every diagnostic this server reports. */
export const DIAGNOSTIC_SOURCE = 'practice-journal';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SEVERITY_NAMES: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/**
 * A core diagnostic as the protocol shows it: the rule id as code, its FixData as data, with
 * the data's offsets counted from the diagnostic's start. Then the data of a diagnostic that an
 * edit elsewhere only moved stays the same, and so does the whole diagnostic in line and column
 * terms: the client can keep what it holds.
 */
export function toLspDiagnostic(diagnostic: JournalDiagnostic): Diagnostic {
  const lsp: Diagnostic = {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: ruleDocsUrl(diagnostic.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.data !== undefined) lsp.data = moveFixData(diagnostic.data, -diagnostic.start);
  return lsp;
}

/**
 * Rebuilds the core diagnostic a client sends back in a code action request: the rule from
 * `code`, the fix data from `data`, the offsets from the range in the current text. Undefined
 * for a diagnostic that is not this server's.
 */
export function fromLspDiagnostic(diagnostic: Diagnostic, offsetOf: (position: Diagnostic['range']['start']) => number): JournalDiagnostic | undefined {
  const rule = diagnostic.code;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof rule !== 'string' || !isRuleId(rule)) return undefined;
  const rebuilt: JournalDiagnostic = {
    rule,
    start: offsetOf(diagnostic.range.start),
    end: offsetOf(diagnostic.range.end),
    message: diagnostic.message,
    severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Warning],
    range: diagnostic.range,
  };
  // The core's fixes check that what comes back lies in the text.
  if (isFixData(diagnostic.data)) rebuilt.data = moveFixData(diagnostic.data, rebuilt.start);
  return rebuilt;
}

/** A structural check only: the core's fixes validate the details they use. */
function isFixData(value: unknown): value is FixData {
  return typeof value === 'object' && value !== null && typeof (value as { fix?: unknown }).fix === 'string';
}

/**
 * A workspace edit from per-file edits: `documentChanges` with each open document's version
 * when the client supports them, else the plain `changes` map.
 */
export function toWorkspaceEdit(fileEdits: readonly FileEdit[], documentChanges: boolean, versionOf: (uri: string) => number | null): WorkspaceEdit {
  const byFile = new Map<string, FileEdit['edits']>();
  for (const fileEdit of fileEdits) byFile.set(fileEdit.uri, [...(byFile.get(fileEdit.uri) ?? []), ...fileEdit.edits]);
  if (documentChanges) {
    const changes: TextDocumentEdit[] = [...byFile].map(([uri, edits]) => ({ textDocument: { uri, version: versionOf(uri) }, edits }));
    return { documentChanges: changes };
  }
  return { changes: Object.fromEntries(byFile) };
}
