/**
 * `npm start`: the extension as users get it, in a real VS Code in the browser. After the
 * build and `npm run package` (the package.json script does both), it installs the real VS
 * Code if needed (scripts/e2e/setup.ts), starts it on 127.0.0.1 with the packaged .vsix
 * installed and prints the URL that opens examples/. Ctrl+C stops it.
 *
 *   npm start                          examples/ on a free port
 *   npm start -- --port 8080 --folder ~/journal
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from './e2e/codeServer';
import { EXAMPLES_DIR, vsixPath } from './e2e/paths';
import { ensureVsCode } from './e2e/setup';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, folder: { type: 'string' } } });
  const folder = resolve(values.folder ?? EXAMPLES_DIR);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`--port must be a port number, not ${values.port}`);
  if (!existsSync(folder)) throw new Error(`${folder} does not exist`);
  const vsix = vsixPath();
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm start does).`);

  await ensureVsCode();
  const server = await startCodeServer({ vsix: [vsix], ...(port === undefined ? {} : { port }) });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping VS Code…');
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void server.exited.then(() => {
    if (stopping) return;
    console.error(`VS Code stopped on its own:\n${server.output().slice(-3000)}`);
    process.exit(1);
  });
  console.log(`\nVS Code with Practice Journal is running. Open this URL in a browser:\n\n  ${server.workbenchUrl({ folder })}\n\nPress Ctrl+C to stop it.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
