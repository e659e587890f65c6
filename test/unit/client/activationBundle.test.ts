import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { build } from 'esbuild';

/** The repository root, whether the test runs from its source or from the compiled out/ tree. */
function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

const ROOT = repositoryRoot();
/** The language client's library and what it brings: none of it may load at activation. */
const CLIENT_LIBRARY = /node_modules\/(vscode-languageclient|vscode-jsonrpc|vscode-languageserver-protocol|vscode-languageserver-types|semver)\//;
/** Minified, the activation bundle is about 35 KB; the library alone would be over 300 KB. */
const ACTIVATION_BUDGET_BYTES = 80 * 1024;

interface Bundled {
  readonly inputs: string[];
  readonly bytes: number;
}

/** Bundles one entry as scripts/bundle.mjs does for the package (minified), in memory. */
async function bundle(entry: string): Promise<Bundled> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0) };
}

describe("the extension's bundles", function () {
  // esbuild takes a moment on a busy machine; the checks themselves are instant.
  this.timeout(60_000);

  it('activates without loading the language client: dist/extension.js holds none of vscode-languageclient', async () => {
    const activation = await bundle('client/src/extension.ts');
    assert.ok(activation.inputs.includes('client/src/extension.ts'), activation.inputs.join('\n'));
    assert.deepEqual(activation.inputs.filter((input) => CLIENT_LIBRARY.test(input) || input === 'client/src/languageClient.ts'), []);
  });

  it(`keeps the activation bundle under ${ACTIVATION_BUDGET_BYTES / 1024} KB minified`, async () => {
    const activation = await bundle('client/src/extension.ts');
    assert.ok(activation.bytes < ACTIVATION_BUDGET_BYTES, `dist/extension.js would be ${(activation.bytes / 1024).toFixed(1)} KB`);
  });

  it('puts the language client, with vscode-languageclient, in a bundle of its own', async () => {
    const client = await bundle('client/src/languageClient.ts');
    assert.ok(client.inputs.some((input) => input.startsWith('node_modules/vscode-languageclient/')), client.inputs.join('\n'));
    assert.ok(!client.inputs.includes('client/src/extension.ts'));
  });

  it('ships both client bundles and the server in the .vsix, and no sources, maps, CLI or dependencies', async () => {
    // vsce's own file selection, run on a stand-in tree of empty files so it need not walk the repository.
    const tree = mkdtempSync(join(tmpdir(), 'practice-vsix-'));
    try {
      for (const file of ['package.json', '.vscodeignore', 'README.md']) copyFileSync(join(ROOT, file), join(tree, file));
      const candidates = ['dist/extension.js', 'dist/languageClient.js', 'dist/server.js', 'dist/extension.js.map', 'dist/languageClient.js.map', 'dist/cli.js', 'client/src/extension.ts', 'client/src/languageClient.ts', 'out/client/src/extension.js', 'node_modules/vscode-languageclient/package.json'];
      for (const file of candidates) {
        mkdirSync(dirname(join(tree, file)), { recursive: true });
        writeFileSync(join(tree, file), '');
      }
      const packaged = (await listFiles({ cwd: tree, packageManager: PackageManager.None })).filter((file) => candidates.includes(file));
      assert.deepEqual(packaged.sort(), ['dist/extension.js', 'dist/languageClient.js', 'dist/server.js']);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
