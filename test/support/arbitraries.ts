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

/** Byte sequences that are not UTF-8, or are UTF-8 of code points a text rarely holds. */
const ODD_BYTES: readonly number[][] = [
  [0x00], [0xff], [0xfe], [0xc0, 0x80], [0xc1, 0xbf], [0x80], [0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
  [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xef, 0xbb, 0xbf], [0xef, 0xbf, 0xbd], [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9], [0xc2, 0x85], [0x0d], [0x0a], [0x09], [0x1b],
];

const byteChunk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS).map((text) => Array.from(Buffer.from(text, 'utf8'))) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_BYTES) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }) },
);

/** Arbitrary bytes, biased toward journal syntax and broken UTF-8. */
export const journalishBytes = fc.array(byteChunk, { maxLength: 80 }).map((chunks) => Uint8Array.from(chunks.flat()));

/** Uniformly random bytes. */
export const anyBytes = fc.uint8Array({ maxLength: 400 });

/** Decodes bytes as Node does when it reads a file as UTF-8: every bad sequence becomes U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** One edit a careless hand or a broken tool could make to a text. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'swap-lines'; first: number; second: number }
  | { kind: 'truncate'; at: number };

const position = fc.nat({ max: 1_000_000 });

/** Mutations, positioned by numbers taken modulo the text's length when applied. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fragment }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 200 }), to: position }),
  fc.record({ kind: fc.constant('swap-lines' as const), first: position, second: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

/** Applies one mutation; positions wrap around the text, so every mutation applies to every text. */
export function applyMutation(text: string, change: Mutation): string {
  const size = text.length + 1;
  switch (change.kind) {
    case 'delete': {
      const at = change.at % size;
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'insert': {
      const at = change.at % size;
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'duplicate': {
      const at = change.at % size;
      const to = change.to % size;
      return text.slice(0, to) + text.slice(at, at + change.length) + text.slice(to);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const first = change.first % lines.length;
      const second = change.second % lines.length;
      [lines[first], lines[second]] = [lines[second]!, lines[first]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, change.at % size);
  }
}

/** Up to `count` mutations of one text, applied in turn. */
export function mutationsOf(text: string, count = 8): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: count }).map((changes) => changes.reduce(applyMutation, text));
}

const nearDate = fc.integer({ min: 0, max: 120 }).map((offset) => new Date(Date.UTC(2026, 7, 20) + offset * 86_400_000).toISOString().slice(0, 10));
const entryDate = fc.oneof({ weight: 8, arbitrary: nearDate }, { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '2026-11-2') });
const entryTime = fc.option(fc.constantFrom('09:30', '10:00', '08:00', '25:61'), { nil: undefined });
const someCommunity = fc.constantFrom('+data-science', '+clinical-ops', '+ops');
const anyHeader = fc.oneof(
  fc.tuple(entryDate, entryTime, fc.constantFrom('engagement', 'imagination', 'alignment', 'engagment'), fc.array(someCommunity, { maxLength: 2 })).map((parts) => header(parts.flat())),
  fc.tuple(entryDate, entryTime, someCommunity, someCommunity).map(([day, time, from, to]) => header([day, time, 'crossing', from, '->', to])),
  fc.tuple(entryDate, entryTime, someCommunity, fc.constantFrom('inbound', 'outbound', 'peripheral', 'insider', 'sideways')).map(([day, time, where, how]) => header([day, time, 'trajectory', where, how])),
);
const anyEntry = fc
  .tuple(
    anyHeader,
    fc.array(fc.constantFrom('  with: @ana', '  via: artifact "map"', '  energy: energizing', '  from: peripheral'), { maxLength: 2 }),
    fc.boolean(),
    fc.array(fc.constantFrom('  Some prose.', '  More words here', '  +data-science talk', 'unindented prose', '\tTabbed'), { maxLength: 3 }),
  )
  .map(([head, fields, blank, prose]) => [head, ...fields, ...(blank && prose.length > 0 ? [''] : []), ...prose].join('\n'));
const suppressed = fc.constantFrom('', ' empty-reflection', ' duplicate-entry', ' chronological-order', ' mode-balance', ' stalled-trajectory', ' unknown-community', ' stray-text', ' bogus-rule', ' crossing-without-object');
const anyBlock = fc.oneof(
  { weight: 6, arbitrary: anyEntry },
  { weight: 1, arbitrary: fc.constantFrom('# November', '## Week', '#NotHeading') },
  { weight: 2, arbitrary: suppressed.map((rules) => `; practice-disable-next-entry${rules}`) },
  { weight: 1, arbitrary: suppressed.map((rules) => `  ; practice-disable-next-entry${rules}`) },
  { weight: 1, arbitrary: fc.constantFrom('; a comment', '  stray indented', 'stray at col 0', '') },
);
const anyFrontMatter = fc.constantFrom('', '---\nauthor: ana\n---\n', '---\nauthor: Ana\n---\n', '---\nauthor: zed\n', '---\nauthor: [x\n---\n', '---\n', '---\n# heading?\n');

/** Any line break, or a mix of all three. */
function withLineBreaks(text: string, breaks: string): string {
  if (breaks !== 'mixed') return text.replace(/\n/g, breaks);
  let next = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][next++ % 3]!);
}

/**
 * Whole journals for the journal-wide rules: every entry kind (trajectories too), entries
 * repeated word for word, dates close together (equal dates are common), suppression comments
 * before entries, headings, comments and stray lines, front matter in every state, a BOM, and
 * every line ending.
 */
export const wholeJournalText = fc
  .tuple(
    fc.boolean(),
    anyFrontMatter,
    fc.array(anyEntry, { minLength: 1, maxLength: 4 }),
    fc.array(fc.oneof(anyBlock, fc.nat({ max: 3 })), { maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    fc.boolean(),
  )
  .map(([bom, frontMatter, repeated, blocks, breaks, finalBreak]) => {
    const body = blocks.map((block) => (typeof block === 'number' ? repeated[block % repeated.length]! : block)).join('\n');
    return (bom ? '\uFEFF' : '') + withLineBreaks(frontMatter + body + (finalBreak ? '\n' : ''), breaks);
  });
