import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl } from '../../language/service';
import { FILE_RULES, fileRuleDocsUrl, type FileRuleId } from '../lint/fileRules';
import type { LintMessage, LintReport, Severity } from '../lint/report';
import { INFORMATION_URI } from '../version';

type RuleId = keyof typeof RULES;
type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

const SRCROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: the tool and all its rules, and one result per problem,
 * located relative to the current folder (`%SRCROOT%`). Columns count UTF-16 code units,
 * as the editor does.
 */
export function formatSarif(report: LintReport, version: string): string {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.files.flatMap((file) => file.messages.map((message) => sarifResult(file.path, message, ruleIndex)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'practice-journal', informationUri: INFORMATION_URI, version, semanticVersion: version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifRules(): SarifRule[] {
  const languageRules = (Object.keys(RULES) as RuleId[]).map((id) => describe(id, RULES[id].summary, ruleDocsUrl(id), RULES[id].severity));
  const fileRules = (Object.keys(FILE_RULES) as FileRuleId[]).map((id) => describe(id, FILE_RULES[id].summary, fileRuleDocsUrl(id), FILE_RULES[id].severity));
  return [...languageRules, ...fileRules];
}

function describe(id: string, summary: string, helpUri: string, severity: Severity): SarifRule {
  return { id, shortDescription: { text: summary }, helpUri, defaultConfiguration: { level: sarifLevel(severity) } };
}

function sarifResult(path: string, message: LintMessage, ruleIndex: ReadonlyMap<string, number>) {
  const index = ruleIndex.get(message.rule);
  return {
    ruleId: message.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: sarifLevel(message.severity),
    message: { text: message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(path), uriBaseId: SRCROOT },
          region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
        },
      },
    ],
  };
}

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative URI reference for a `/`-separated path: each segment percent-encoded. */
function relativeUri(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : href + '/';
}
