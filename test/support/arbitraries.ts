import fc from 'fast-check';

/** Pieces journals are made of, mistakes included, so random texts reach deep into the parser. */
const FRAGMENTS = [
  '2026-11-20', '2026-02-30', '2026-11-2', '9999-99-99', '09:30', '25:61', ' ', '  ', '\t', '\n', '\r\n', '\r',
  'engagement', 'imagination', 'alignment', 'crossing', 'trajectory', 'engagment', 'inbound', 'outbound', 'sideways',
  '+data-science', '+Data-Science', '+', '+ops', '@ana', '@José', '#tag', '#', '->', '"A title"', '"open', '"',
  'with: @ana, @li', 'energy: energizing', 'energy: draning', 'via: artifact "dash"', 'via: artefact x', 'as: roamer',
  'interaction: encounter', 'from: peripheral', 'tags: #a #b', 'wiht: @x', '---', '...', 'author: maria', 'landscape: ../x.yaml',
  '# Heading', '; comment', '; practice-disable-next-entry', '; practice-disable-next-entry empty-reflection', 'prose words',
  '𝒜', '\uFEFF', '\u0000', '\uD800', '\uDC00', 'é', 'e\u0301', '東京', ':', '{', '[', '*a', '&a', '!!js/function',
];

const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 }));

/** Arbitrary text biased toward journal syntax. */
export const journalishText = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** Any string of UTF-16 code units, lone surrogates and NUL included. */
export const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const community = fc.constantFrom('+data-science', '+clinical-ops', '+analytics', '+Data-science', '+data-sience');
const person = fc.constantFrom('@ana', '@li', '@maria', '@Ana');
const kind = fc.constantFrom('engagement', 'imagination', 'alignment', 'engagment', 'alignmnt');
const date = fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 31 })).map(
  ([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
);
const title = fc.option(fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.boolean()), { nil: undefined });
const field = fc.constantFrom('with: @ana', 'energy: draning', 'energy: energizing', 'energy: energizing', 'wiht: @li', 'as: roamer', 'from: inbound');
const prose = fc.array(fc.oneof(word, community, person, fc.constantFrom('#tag', '+1', 'a@b.org')), { maxLength: 12 }).map((words) => words.join(' '));

const modeEntry = fc.record({ date, kind, communities: fc.array(community, { minLength: 0, maxLength: 2 }), title, fields: fc.array(field, { maxLength: 3 }), lines: fc.array(prose, { maxLength: 3 }), unindented: fc.boolean() });
const crossingEntry = fc.record({ date, from: community, to: community, title, fields: fc.array(fc.constantFrom('via: artifact "map"', 'as: roamer', 'as: roamer'), { maxLength: 3 }), lines: fc.array(prose, { maxLength: 2 }) });

function header(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join(' ');
}

function titleText(value: [string[], boolean] | undefined): string | undefined {
  return value ? `"${value[0].join(' ')}${value[1] ? '"' : ''}` : undefined;
}

/** Journal texts made of plausible entries, some with mistakes that have quick fixes. */
export const journalText = fc
  .tuple(
    fc.array(
      fc.oneof(
        modeEntry.map((entry) =>
          [
            header([entry.date, entry.kind, ...entry.communities, titleText(entry.title)]),
            ...entry.fields.map((line) => `  ${line}`),
            ...(entry.lines.length > 0 ? ['', ...entry.lines.map((line, index) => (entry.unindented && index === 0 && /^[a-z]/.test(line) ? line : `  ${line}`))] : []),
          ].join('\n'),
        ),
        crossingEntry.map((entry) =>
          [header([entry.date, 'crossing', entry.from, '->', entry.to, titleText(entry.title)]), ...entry.fields.map((line) => `  ${line}`), ...entry.lines.map((line) => `  ${line}`)].join('\n'),
        ),
        fc.constantFrom('# November', '; a comment', '; practice-disable-next-entry'),
      ),
      { maxLength: 12 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([blocks, newline]) => (blocks.join('\n\n') + '\n').replace(/\n/g, newline));
