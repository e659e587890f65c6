import { strict as assert } from 'node:assert';
import { JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { assertDiagnosticsInside, exerciseJournal, withinHangLimit } from './support';

const ENTRY = '2026-11-20 engagement +ward @ana\n  Prose.\n';

/** Nine anchors, each a list of nine aliases to the one before: 9^9 values if expanded. */
function aliasBomb(indent: string): string {
  const lines = [`${indent}a: &a [x, x, x, x, x, x, x, x, x]`];
  for (const [index, name] of [...'bcdefghi'].entries()) {
    const previous = 'abcdefghi'[index]!;
    lines.push(`${indent}${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.join('\n');
}

function frontMatter(yaml: string): string {
  return `---\n${yaml}\n---\n${ENTRY}`;
}

/** The journal's diagnostics, checked to lie in the text, as `rule text-covered` pairs. */
function reported(text: string, landscape?: string): string[] {
  const service = withinHangLimit(text + (landscape ?? ''), 'loading', () => workspace(text, landscape === undefined ? {} : { landscape }));
  exerciseJournal(service, text);
  return service.getDiagnostics(JOURNAL_URI).map((diagnostic) => `${diagnostic.rule} ${text.slice(diagnostic.start, diagnostic.end)}`);
}

describe('robustness: hostile YAML in front matter', () => {
  it('stops an alias bomb at its first alias instead of expanding it', () => {
    const text = frontMatter(`tags: *i\n${aliasBomb('x')}`.replace(/^xa/m, 'a').replace(/^x/gm, ''));
    const found = reported(text);
    assert.ok(found.some((line) => /^front-matter-syntax \*[a-i]$/.test(line)), found.join('\n'));
  });

  for (const [name, yaml] of [
    ['10,000 nested flow lists', 'tags: ' + '['.repeat(10_000)],
    ['10,000 nested flow mappings', 'title: ' + '{a: '.repeat(10_000)],
    ['10,000 nested block lists', 'tags:\n  ' + '- '.repeat(10_000) + 'x'],
  ] as const) {
    it(`reports ${name} as one error at the first place too deep, without overflowing the stack`, () => {
      const text = frontMatter(yaml);
      const found = reported(text).filter((line) => line.startsWith('front-matter-syntax'));
      assert.equal(found.length, 1, found.join('\n'));
    });
  }

  it('runs no code for !!js/function and custom tags, and reports each tag where it is written', () => {
    const text = frontMatter('title: !!js/function "function () { globalThis.pwnedByFrontMatter = true }"\nauthor: !custom maria\ntags: !!set { a, b }');
    const found = reported(text);
    assert.equal((globalThis as { pwnedByFrontMatter?: boolean }).pwnedByFrontMatter, undefined);
    assert.deepEqual(found.filter((line) => line.startsWith('front-matter-syntax')), ['front-matter-syntax !!js/function', 'front-matter-syntax !custom', 'front-matter-syntax !!set']);
  });

  it('refuses a merge key, on the <<, and merges nothing into the front matter', () => {
    const text = frontMatter('base: &base { landscape: ../../../../etc/landscape.yaml }\n<<: *base\nauthor: maria');
    const found = reported(text);
    assert.ok(found.includes('front-matter-invalid <<'), found.join('\n'));
    assert.ok(!found.some((line) => line.startsWith('landscape-')), 'the merged landscape path was followed');
    assert.equal(workspace(text).getFrontMatter(JOURNAL_URI)?.landscape, undefined);
  });

  it('reads a front matter of 10,000 unknown keys, and of 10,000 repeated ones, in linear time', () => {
    const unknown = frontMatter(Array.from({ length: 10_000 }, (_, index) => `k${index}: ${index}`).join('\n'));
    const found = reported(unknown);
    assert.equal(found.length, 10_000);
    assert.ok(found.every((line) => line.startsWith('front-matter-unknown-key k')));
    const repeated = frontMatter(Array(10_000).fill('author: maria').join('\n'));
    assert.deepEqual(new Set(reported(repeated)), new Set(['front-matter-syntax author']));
  });
});

describe('robustness: hostile YAML in the landscape, through the service', () => {
  for (const [name, landscape, rule] of [
    ['an alias bomb', `communities:\n  ward: {}\n${aliasBomb('')}\npeople: { ana: { name: *i } }\n`, 'landscape-syntax'],
    ['10,000 nested flow lists', 'communities: ' + '['.repeat(10_000), 'landscape-syntax'],
    ['1,000 nested block mappings', 'communities:\n' + Array.from({ length: 1000 }, (_, index) => ' '.repeat(index + 1) + 'a:').join('\n'), 'landscape-syntax'],
    ['a !!js/function tag', 'communities:\n  ward: { name: !!js/function "function () { globalThis.pwnedByLandscape = true }" }\n', 'landscape-syntax'],
    ['a merge key', 'communities:\n  base: &base { parent: ward }\n  ward:\n    <<: *base\n', 'landscape-invalid'],
    ['10,000 unknown keys', `communities:\n  ward:\n${Array.from({ length: 10_000 }, (_, index) => `    k${index}: ${index}`).join('\n')}\n`, 'landscape-unknown-key'],
    ['10,000 repeated keys', `communities:\n${Array(10_000).fill('  ward: {}').join('\n')}\n`, 'landscape-syntax'],
  ] as const) {
    it(`reports ${name} in the landscape and still checks the journal under it`, () => {
      const service = withinHangLimit(landscape, 'loading the landscape', () => workspace(ENTRY, { landscape }));
      assertDiagnosticsInside(service, LANDSCAPE_URI, landscape);
      assert.ok(service.getDiagnostics(LANDSCAPE_URI).some((diagnostic) => diagnostic.rule === rule));
      exerciseJournal(service, ENTRY);
      assert.equal((globalThis as { pwnedByLandscape?: boolean }).pwnedByLandscape, undefined);
    });
  }
});
