import { fileURLToPath } from 'node:url';
import { dayFromIsoDate, type ModelFilter } from '../language/service';
import { discoverFiles } from './files/discover';
import { CliError, EXIT_OK, type CliIo } from './io';
import { oneOf, parseOptions, type OptionSpecs } from './options';
import { REPORT_FORMATS, renderReport } from './report/render';
import { REPORT_HELP } from './usage';
import { relativeName } from './files/paths';
import { openWorkspace, visitFiles } from './workspace';

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f' },
  person: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * `practice-journal report`: reads every journal asked about (keeping them all, since the
 * model spans them) and prints the workspace model. Diagnostics play no part; a file that
 * cannot be read is named on stderr and left out.
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values['help']) {
    io.stdout.write(REPORT_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values['format'], REPORT_FORMATS, 'text');
  const filter = filterOf(values);
  const discovery = discoverFiles(positionals, io.cwd);
  const workspace = openWorkspace(discovery.files, { cwd: io.cwd });
  const unread: string[] = [];
  visitFiles(
    workspace,
    (file) => {
      if (file.read.kind === 'unreadable') unread.push(`cannot read '${file.relativePath}': ${file.read.reason}; left out of the report`);
      if (file.read.kind === 'not-text') unread.push(`'${file.relativePath}' is not UTF-8 text; left out of the report`);
    },
    'keep',
  );
  for (const note of [...discovery.notes, ...workspace.notes, ...unread]) io.stderr.write(`practice-journal: ${note}\n`);
  const model = workspace.service.getModel(filter);
  const pathOf = (uri: string): string => relativeName(io.cwd, fileURLToPath(uri));
  io.stdout.write(renderReport(model, format, { filter, pathOf }));
  return EXIT_OK;
}

function filterOf(values: Record<string, string | boolean | undefined>): ModelFilter {
  const filter: ModelFilter = {};
  const person = values['person'];
  if (typeof person === 'string') filter.person = person.replace(/^@/, '');
  for (const bound of ['from', 'to'] as const) {
    const value = values[bound];
    if (typeof value !== 'string') continue;
    if (dayFromIsoDate(value) === undefined) throw new CliError(`--${bound} needs a real date as YYYY-MM-DD, not '${value}'`);
    filter[bound] = value;
  }
  // ISO dates compare as text; swapped bounds would silently report nothing.
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new CliError(`--from ${filter.from} is after --to ${filter.to}, so no entry could match; swap the two dates`);
  }
  return filter;
}
