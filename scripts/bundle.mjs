// Bundles the shipped entry points with esbuild. Type checking is `tsc -b`'s job.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
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
