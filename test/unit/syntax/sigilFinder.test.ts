import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SigilFinder } from '../../../server/src/language/syntax/body';

/** The next `+`, `@` or `#` at or after `from`, by looking at every character. */
function naiveNext(text: string, from: number): number {
  for (let index = Math.max(0, from); index < text.length; index++) if ('+@#'.includes(text[index]!)) return index;
  return text.length;
}

describe('SigilFinder', () => {
  it('finds the next sigil as a character-by-character search does, for searches forwards, backwards and repeated', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '+', '@', '#', '\n', 'é'), maxLength: 60 }), fc.array(fc.nat({ max: 70 }), { maxLength: 30 }), (text, starts) => {
        const finder = new SigilFinder(text);
        for (const from of starts) assert.equal(finder.next(from), naiveNext(text, from), `from ${from} in ${JSON.stringify(text)}`);
      }),
    );
  });

  it('answers the text length when no sigil follows', () => {
    const finder = new SigilFinder('a +b @c #d e');
    assert.deepEqual([finder.next(0), finder.next(3), finder.next(4), finder.next(7), finder.next(9)], [2, 5, 5, 8, 12]);
  });
});
