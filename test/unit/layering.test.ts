import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The repository root, whether the test runs from its source or from the compiled out/ tree. */
function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

const ROOT = repositoryRoot();
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const NETWORK = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns)$|^(?:undici|node-fetch|axios|ws)$/;

function sourceFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Where a relative import lands, as a path relative to the repository root with `/`. */
function target(file: string, specifier: string): string {
  return relative(ROOT, resolve(file, '..', specifier)).split(sep).join('/');
}

function violations(files: string[], isAllowed: (file: string, specifier: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !isAllowed(file, specifier))
      .map((specifier) => `${relative(ROOT, file)} imports '${specifier}'`),
  );
}

describe('layering', () => {
  const core = sourceFiles(join(ROOT, 'server/src/language'));
  const serverSide = sourceFiles(join(ROOT, 'server/src')).filter((file) => !core.includes(file));
  const client = sourceFiles(join(ROOT, 'client/src'));

  it('finds the core sources it checks', () => {
    assert.ok(core.length > 20, `expected the core's sources, found ${core.length}`);
  });

  it('keeps the core pure: only itself, yaml and zod', () => {
    const found = violations(core, (file, specifier) => {
      if (specifier === 'yaml' || specifier === 'zod') return true;
      return specifier.startsWith('.') && target(file, specifier).startsWith('server/src/language');
    });
    assert.deepEqual(found, []);
  });

  it('lets the server and the CLI reach the core only through its façade', () => {
    const found = violations(serverSide, (file, specifier) => {
      if (specifier === 'vscode' || specifier.startsWith('vscode/')) return false;
      if (!specifier.startsWith('.')) return true;
      const landing = target(file, specifier);
      return !landing.startsWith('server/src/language') || landing === 'server/src/language/service';
    });
    assert.deepEqual(found, []);
  });

  it('keeps the client away from the core', () => {
    const found = violations(client, (file, specifier) => !specifier.startsWith('.') || !target(file, specifier).startsWith('server/src/language'));
    assert.deepEqual(found, []);
  });

  it('imports no network API anywhere in the product', () => {
    const found = violations([...core, ...serverSide, ...client], (_file, specifier) => !NETWORK.test(specifier));
    assert.deepEqual(found, []);
  });
});
