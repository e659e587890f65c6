import { createLanguageService, dayFromIsoDate, type LanguageService } from '../../server/src/language/service';
import type { JournalDiagnostic, RuleOverrides } from '../../server/src/language/validation/types';

export const ROOT = 'file:///workspace';
export const JOURNAL_URI = `${ROOT}/journal/2026-11.practice`;
export const LANDSCAPE_URI = `${ROOT}/landscape.yaml`;
/** The fixed "today" of the tests, so date rules do not drift. */
export const TODAY = '2026-11-21';

export interface WorkspaceOptions {
  /** Text of `landscape.yaml` at the workspace root, if any. */
  landscape?: string;
  /** Other files by URI (journals or landscapes). */
  files?: Record<string, string>;
  today?: string;
  rules?: RuleOverrides;
}

/** Strips the common indentation of a template literal, so journals can be written inline in tests. */
export function journal(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, index) => text + part + (index < values.length ? String(values[index]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent)).join('\n').replace(/[ \t]+$/, '');
}

/** A service holding one journal (and optionally a landscape and more files). */
export function workspace(text: string, options: WorkspaceOptions = {}): LanguageService {
  const service = createLanguageService({
    roots: [ROOT],
    today: () => dayFromIsoDate(options.today ?? TODAY)!,
    ...(options.rules ? { rules: options.rules } : {}),
    readFile: (uri) => options.files?.[uri],
  });
  if (options.landscape !== undefined) service.setFile(LANDSCAPE_URI, options.landscape);
  for (const [uri, content] of Object.entries(options.files ?? {})) service.setFile(uri, content);
  service.setFile(JOURNAL_URI, text);
  return service;
}

/** The journal's diagnostics. */
export function diagnosticsOf(text: string, options: WorkspaceOptions = {}): JournalDiagnostic[] {
  return workspace(text, options).getDiagnostics(JOURNAL_URI);
}

/** Only the diagnostics of one rule, as `line:character` → message, for compact assertions. */
export function findings(text: string, rule: string, options: WorkspaceOptions = {}): JournalDiagnostic[] {
  return diagnosticsOf(text, options).filter((diagnostic) => diagnostic.rule === rule);
}

/** The text a diagnostic covers. */
export function coveredText(text: string, diagnostic: JournalDiagnostic): string {
  return text.slice(diagnostic.start, diagnostic.end);
}
