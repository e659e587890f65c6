import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../server/src/language/features/markdown';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { JOURNAL_URI, workspace } from '../../support/journal';
import { RUNS } from './support';

/**
 * A CommonMark renderer (the one @vscode/vsce, a dev dependency, brings): hover Markdown is
 * rendered with HTML and bare-link detection switched on, stricter than any editor, so
 * anything that could become a link, an image or a tag would show here.
 */
interface MarkdownIt {
  render(source: string): string;
}
const createMarkdownIt = require('markdown-it') as (options: { html: boolean; linkify: boolean }) => MarkdownIt;
const renderer = createMarkdownIt({ html: true, linkify: true });

/** Text users can put in a landscape that would be live Markdown or HTML if it were not escaped. */
const HOSTILE = [
  '[x](command:foo)',
  '[x](command:workbench.action.terminal.new)',
  '![i](https://evil.example/track.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="command:foo">click</a>',
  '<!-- hidden -->',
  '<command:foo>',
  'https://evil.example/path',
  'www.evil.example',
  'mail@evil.example',
  '`code` and **bold** and _em_',
  '# heading\n- list\n> quote',
  '[x]\n\n[x]: command:foo',
  '\\[x\\](command:foo)',
  '&lt;b&gt; &#60;script&#62;',
  '| a | b |\n|---|---|',
  'line\u2028break\u2029and\rmore',
];

/** The rendered HTML with our own emphasis and paragraph tags taken out, and entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<\/?(p|strong|em)>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Fails when rendered Markdown holds anything but paragraphs, emphasis and text. */
function assertInert(markdown: string, what: string): string {
  const html = renderer.render(markdown);
  const tags = html.match(/<[^>]*>/g) ?? [];
  const unexpected = tags.filter((tag) => !/^<\/?(p|strong|em)>$/.test(tag));
  assert.deepEqual(unexpected, [], `${what} rendered live markup:\n${markdown}\n→ ${html}`);
  return visibleText(html);
}

/** A landscape that puts one hostile text in every place a hover shows. */
function landscapeWith(text: string): string {
  const quoted = JSON.stringify(text);
  return [
    'communities:',
    '  ward:',
    `    name: ${quoted}`,
    `    domain: ${quoted}`,
    `    parent: ${quoted}`,
    `    members: { ana: core, ${quoted}: ${quoted} }`,
    `  ${quoted}: {}`,
    'people:',
    `  ana: { name: ${quoted} }`,
    'boundary-objects:',
    `  dash: { kind: artifact, name: ${quoted}, communities: [ward, ${quoted}] }`,
    '',
  ].join('\n');
}

const JOURNAL = '2026-11-20 crossing +ward -> +ops "Title"\n  via: artifact dash\n  with: @ana\n\n  Prose.\n';

/** Every hover the journal offers: over the community, the person and the boundary object. */
function hovers(landscape: string): { what: string; value: string }[] {
  const service = workspace(JOURNAL, { landscape });
  const at = (line: number, character: number, what: string) => {
    const hover = service.features.hover(JOURNAL_URI, { line, character });
    assert.ok(hover, `no hover over ${what}`);
    return { what, value: hover.contents.value };
  };
  return [at(0, 22, 'the community'), at(2, 10, 'the person'), at(1, 18, 'the boundary object')];
}

/** Whitespace as rendering folds it, for comparing shown text with what was written. */
function folded(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

describe('robustness: user text in hovers cannot become links or HTML', () => {
  for (const text of HOSTILE) {
    it(`shows ${JSON.stringify(text)} as plain text wherever a hover puts it`, () => {
      for (const { what, value } of hovers(landscapeWith(text))) {
        const shown = assertInert(value, what);
        assert.ok(folded(shown).includes(folded(text)), `${what} does not show the name as written:\n${shown}`);
      }
    });
  }

  it('shows ids that look like links or emphasis as plain text', () => {
    const text = '2026-11-20 engagement +www.evil.example @a__b__c #x_y_\n  Prose.\n';
    const service = workspace(text);
    for (const character of [25, 42]) {
      const hover = service.features.hover(JOURNAL_URI, { line: 0, character });
      assert.ok(hover, `no hover at ${character}`);
      assertInert(hover.contents.value, `the hover at ${character}`);
    }
  });

  it('escapes the documentation of completion items the same way', () => {
    const service = workspace('2026-11-20 engagement +\n', { landscape: landscapeWith('[x](command:foo) <b>') });
    const items = service.features.completion(JOURNAL_URI, { line: 0, character: 23 }, NEVER_CANCELLED)?.items ?? [];
    const documented = items.filter((item) => item.documentation !== undefined);
    assert.ok(documented.length > 0, 'no completion item carries documentation');
    for (const item of documented) assertInert(item.documentation!.value, `the completion of ${item.label}`);
  });

  it(`renders any escaped text as that text and nothing else (${RUNS} cases)`, () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...HOSTILE), fc.constantFrom('[', ']', '(', ')', '<', '>', '!', '`', '*', '_', '\\', '&', '#', ':', '|', '~', '\n'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        const shown = assertInert(escapeMarkdown(text), JSON.stringify(text));
        assert.equal(folded(shown), folded(text));
      }),
      { numRuns: RUNS },
    );
  });
});
