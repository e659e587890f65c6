import { dayFromIsoDate } from '../../language/service';
import { discoverFiles } from '../files/discover';
import { formatJson } from '../formats/json';
import { formatJunit } from '../formats/junit';
import { formatSarif } from '../formats/sarif';
import { formatStylish } from '../formats/stylish';
import { COLOURED, PLAIN } from '../formats/ansi';
import { EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, useColour, type CliIo } from '../io';
import { count, oneOf, parseOptions, todayOption, type OptionSpecs } from '../options';
import { LINT_HELP } from '../usage';
import { productVersion } from '../version';
import { openWorkspace, visitFiles, type Workspace } from '../workspace';
import { fixFile, newFixOutcome, type FixOutcome } from './fix';
import { fileReport, lintReport, type FileReport, type LintReport } from './report';
import { lintJournalsOnThreads, threadCount } from './threads';

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

const FORMATS = ['stylish', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];

/** `practice-journal lint`: reads, optionally fixes, reports; returns the exit code. */
export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values['help']) {
    io.stdout.write(LINT_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values['format'], FORMATS, 'stylish');
  const maxWarnings = count('max-warnings', values['max-warnings']);
  const today = todayOption(values['today'], dayFromIsoDate);
  const discovery = discoverFiles(positionals, io.cwd);
  const workspace = openWorkspace(discovery.files, today === undefined ? { cwd: io.cwd } : { cwd: io.cwd, today });
  const quiet = values['quiet'] === true;
  const fixes = values['fix'] ? newFixOutcome() : undefined;
  const files = await lintFiles(workspace, quiet, fixes, fixes ? 1 : threadCount(workspace.journals.length, io.env), today);
  const report = lintReport(io.cwd, files);
  if (fixes) report.fixed = { fixes: fixes.fixes, files: fixes.written.size };
  for (const note of [...discovery.notes, ...workspace.notes, ...(fixes?.failures ?? [])]) io.stderr.write(`practice-journal: ${note}\n`);
  io.stdout.write(render(format, report, io));
  const tooManyWarnings = maxWarnings !== undefined && report.counts.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`practice-journal: too many warnings (${report.counts.warnings}; --max-warnings allows ${maxWarnings})\n`);
  if (fixes && fixes.failures.length > 0) return EXIT_FATAL;
  return report.counts.errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

/** Every file's report, journals then landscapes; on several threads when asked and not fixing. */
async function lintFiles(workspace: Workspace, quiet: boolean, fixes: FixOutcome | undefined, threads: number, today: number | undefined): Promise<FileReport[]> {
  const files: FileReport[] = [];
  if (fixes || threads <= 1) {
    // Fixing needs each journal in the service; reporting alone checks its text as it parses it.
    const handling = fixes ? 'visit' : 'read';
    visitFiles(
      workspace,
      (file) => {
        if (fixes) fixFile(workspace, file, fixes);
        files.push(fileReport(workspace, file, quiet));
      },
      handling,
    );
    return files;
  }
  for (const outcome of await lintJournalsOnThreads(workspace, quiet, today, threads)) {
    if ('note' in outcome) workspace.notes.push(outcome.note);
    else files.push(outcome.report);
  }
  for (const file of workspace.landscapes) files.push(fileReport(workspace, file, quiet));
  return files;
}

function render(format: Format, report: LintReport, io: CliIo): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, productVersion());
    case 'junit':
      return formatJunit(report);
    case 'stylish':
      return formatStylish(report, useColour(io) ? COLOURED : PLAIN);
  }
}
