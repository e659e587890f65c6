/** The process glue: real stdout/stderr, the current folder and environment, the exit code. */
import { isMainThread } from 'node:worker_threads';
import { run } from './run';
import type { CliIo, Writer } from './io';

function writer(stream: NodeJS.WriteStream): Writer {
  return { write: (text) => void stream.write(text) };
}

function main(): void {
  // A closed pipe (`practice-journal lint | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  const io: CliIo = {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };

  void run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

// This bundle is also the script of the lint's helper threads; loading the module starts one.
if (isMainThread || !(require('./lint/threads') as typeof import('./lint/threads')).isLintThread()) main();
