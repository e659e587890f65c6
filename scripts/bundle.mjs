// Bundles the shipped entry points with esbuild. Type checking is `tsc -b`'s job.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
// The extension is two bundles: `extension` is what VS Code loads to activate it and must stay
// small; `languageClient` (vscode-languageclient, most of the code) is required just after
// activation by client/src/journalServer.ts.
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'client/src/languageClient.ts', out: 'languageClient', external: ['vscode'] },
].filter((entry) => existsSync(entry.in));

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: { [entry.out]: entry.in },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: entry.external ?? [],
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
    }),
  ),
);
