import type { FileReport, LintMessage, LintReport } from '../lint/report';
import { escapeXml } from './xml';

/**
 * JUnit XML, which most CI systems display: one test suite per linted file. Each error or
 * warning is a failing test case; an info or hint is a passing one that carries its message
 * (infos never fail a run); a file with no problems at all is one passing test case.
 */
export function formatJunit(report: LintReport): string {
  const suites = report.files.map(suite);
  const tests = suites.reduce((sum, entry) => sum + entry.tests, 0);
  const failures = suites.reduce((sum, entry) => sum + entry.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="practice-journal" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((entry) => entry.lines),
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(file: FileReport): { tests: number; failures: number; lines: string[] } {
  const name = escapeXml(file.path);
  const cases = file.messages.length > 0 ? file.messages.map((message) => testCase(name, message)) : [`    <testcase classname="${name}" name="${name}"/>`];
  const failures = file.messages.filter(isFailure).length;
  return {
    tests: cases.length,
    failures,
    lines: [`  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`, ...cases, '  </testsuite>'],
  };
}

function testCase(fileName: string, message: LintMessage): string {
  const where = `${message.line}:${message.column}`;
  const open = `    <testcase classname="${fileName}" name="${escapeXml(`${where} ${message.rule}`)}">`;
  const text = escapeXml(message.message);
  const body = isFailure(message)
    ? `      <failure type="${escapeXml(message.rule)}" message="${text}">${escapeXml(`${message.severity} at ${where}: `)}${text}</failure>`
    : `      <system-out>${escapeXml(`${message.severity} at ${where}: `)}${text}</system-out>`;
  return [open, body, '    </testcase>'].join('\n');
}

function isFailure(message: LintMessage): boolean {
  return message.severity === 'error' || message.severity === 'warning';
}
