/** Somewhere text goes: the process's stdout or stderr, or a buffer in tests. */
export interface Writer {
  write(text: string): void;
}

/**
 * Everything the CLI needs from its host. The process glue in main.ts passes the real
 * process; tests pass buffers and a temporary folder, and run the CLI in-process.
 */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** The folder the command runs in: paths are resolved and reported relative to it. */
  cwd: string;
  /** True when stdout is a terminal (colour is then allowed). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The exit codes, as documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;

/**
 * A usage mistake or a fatal condition: reported as one line on stderr, exit code 2.
 * Its message is the reason only, without the program name.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Whether output may use ANSI colours: a terminal, unless NO_COLOR says no; FORCE_COLOR says yes. */
export function useColour(io: CliIo): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  const noColour = io.env['NO_COLOR'];
  return io.isTTY && (noColour === undefined || noColour === '');
}
