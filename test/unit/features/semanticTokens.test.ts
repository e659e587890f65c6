import { strict as assert } from 'node:assert';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../../server/src/language/features/semanticTokens';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { journal } from '../../support/journal';

/** Decodes LSP relative tokens into `text:type` strings, in order. */
function decode(text: string, data: number[]): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index < data.length; index += 5) {
    line += data[index]!;
    character = data[index]! === 0 ? character + data[index + 1]! : data[index + 1]!;
    const word = lines[line]!.slice(character, character + data[index + 2]!);
    out.push(`${word}:${SEMANTIC_TOKENS_LEGEND.tokenTypes[data[index + 3]!]}`);
  }
  return out;
}

const TEXT = journal`
  ; first
  2026-11-20 09:30 crossing +data-science -> +ops "Dashboard"
    via: artifact dashboard
    ; inside
    as: roamer
    with: @ana
    Talked to @li about #lineage.

  2026-11-22 trajectory +ops inbound
`;

describe('semantic tokens', () => {
  it('marks dates, times, kinds, references, fields, values, titles and comments in document order', () => {
    const tokens = decode(TEXT, semanticTokens(parseJournal(TEXT), undefined, NEVER_CANCELLED).data);
    assert.deepEqual(tokens, [
      '; first:comment',
      '2026-11-20:number',
      '09:30:number',
      'crossing:keyword',
      '+data-science:namespace',
      '->:operator',
      '+ops:namespace',
      '"Dashboard":string',
      'via:property',
      'artifact:enumMember',
      'dashboard:struct',
      '; inside:comment',
      'as:property',
      'roamer:enumMember',
      'with:property',
      '@ana:variable',
      '@li:variable',
      '#lineage:type',
      '2026-11-22:number',
      'trajectory:keyword',
      '+ops:namespace',
      'inbound:enumMember',
    ]);
  });

  it('encodes only the entries a range touches, with positions still relative to the document start', () => {
    const syntax = parseJournal(TEXT);
    const range = { start: { line: 8, character: 0 }, end: { line: 8, character: 5 } };
    const data = semanticTokens(syntax, range, NEVER_CANCELLED).data;
    assert.deepEqual(data.slice(0, 5), [8, 0, 10, 0, 0]);
    assert.deepEqual(decode(TEXT, data), ['2026-11-22:number', 'trajectory:keyword', '+ops:namespace', 'inbound:enumMember']);
  });

  it('leaves an unknown kind unmarked', () => {
    const text = '2026-11-20 engagment +a\n';
    assert.deepEqual(decode(text, semanticTokens(parseJournal(text), undefined, NEVER_CANCELLED).data), ['2026-11-20:number', '+a:namespace']);
  });
});
