import { CliError, EXIT_FATAL, EXIT_OK, type CliIo } from './io';
import { MAIN_HELP } from './usage';
import { productVersion } from './version';

const COMMANDS = ['lint', 'report'] as const;

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code. It never
 * throws and never exits the process: usage mistakes and fatal errors become one line on
 * stderr and exit code 2. Each command (and the core) is loaded with `require` only when it
 * runs, so `--help` and `--version` stay instant; the bundler keeps such modules lazy.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const reason = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`practice-journal: ${reason}\n`);
    return EXIT_FATAL;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('missing command: use lint or report (see --help)');
  if (first === '-h' || first === '--help' || first === 'help') {
    io.stdout.write(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(productVersion() + '\n');
    return EXIT_OK;
  }
  if (first === 'lint') return (require('./lint/command') as typeof import('./lint/command')).lintCommand(rest, io);
  if (first === 'report') return (require('./reportCommand') as typeof import('./reportCommand')).reportCommand(rest, io);
  if (first.startsWith('-')) throw new CliError(`unknown option ${first}; a command (lint or report) comes first`);
  const { didYouMean } = require('../language/service') as typeof import('../language/service');
  const [suggestion] = didYouMean(first, COMMANDS, 1);
  throw new CliError(`unknown command '${first}'${suggestion ? ` (did you mean ${suggestion}?)` : '; use lint or report'}`);
}
