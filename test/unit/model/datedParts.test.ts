import { strict as assert } from 'node:assert';
import { DatedParts } from '../../../server/src/language/model/datedParts';
import { Greatest } from '../../../server/src/language/model/runningTotals';
import { dayFromIsoDate } from '../../../server/src/language/service';

interface Part {
  name: string;
  first: number;
  last: number;
}

const SPAN = { first: (part: Part) => part.first, last: (part: Part) => part.last };

function part(name: string, first: string, last: string): Part {
  return { name, first: dayFromIsoDate(first)!, last: dayFromIsoDate(last)! };
}

function names(parts: readonly Part[]): string[] {
  return parts.map((each) => each.name).sort();
}

describe('workspace model: parts found by date', () => {
  const january = part('january', '2026-01-01', '2026-01-31');
  const spring = part('spring', '2026-03-01', '2026-05-31');
  const june = part('june', '2026-06-10', '2026-06-12');

  function parts(...list: Part[]): DatedParts<Part> {
    const dated = new DatedParts<Part>(SPAN);
    for (const each of list) dated.add(each);
    return dated;
  }

  it('finds the parts whose dates meet a range, bounds included', () => {
    const dated = parts(june, january, spring);
    assert.deepEqual(names(dated.meeting({ from: '2026-01-31', to: '2026-03-01' })), ['january', 'spring']);
    assert.deepEqual(names(dated.meeting({ from: '2026-04-01', to: '2026-04-02' })), ['spring']);
    assert.deepEqual(names(dated.meeting({ from: '2026-06-13', to: undefined })), []);
    assert.deepEqual(names(dated.meeting({ from: undefined, to: '2026-06-10' })), ['january', 'june', 'spring']);
  });

  it('gives every part for an open range', () => {
    assert.deepEqual(names(parts(june, january).meeting({ from: undefined, to: undefined })), ['january', 'june']);
  });

  it('keeps finding the right parts as parts come and go after a search', () => {
    const dated = parts(june, january);
    assert.deepEqual(names(dated.meeting({ from: '2026-04-01', to: undefined })), ['june']);
    dated.add(spring);
    assert.equal(dated.remove(june), true);
    assert.equal(dated.remove(june), false);
    assert.deepEqual(names(dated.meeting({ from: '2026-04-01', to: undefined })), ['spring']);
    assert.equal(dated.size, 2);
  });

  it('keeps finding the right parts after many changes, and with parts years apart', () => {
    const dated = parts(january);
    dated.meeting({ from: '2026-01-01', to: undefined });
    const added = Array.from({ length: 100 }, (_, year) => part(`y${year}`, `${1900 + year * 3}-02-01`, `${1900 + year * 3}-02-02`));
    for (const each of added) dated.add(each);
    assert.deepEqual(names(dated.meeting({ from: '2190-01-01', to: '2197-12-31' })), ['y97', 'y98', 'y99']);
  });
});

describe('workspace model: the greatest of values that come and go', () => {
  const later = (a: number, b: number): boolean => a > b;

  it('keeps the greatest as values come', () => {
    const greatest = new Greatest(later);
    for (const value of [3, 9, 4]) greatest.add(value);
    assert.equal(greatest.get(() => assert.fail('nothing left, so nothing to read again')), 9);
  });

  it('takes a value at least as great that comes back at once, without reading every value', () => {
    const greatest = new Greatest(later);
    for (const value of [3, 9, 4]) greatest.add(value);
    greatest.remove(9);
    greatest.add(9);
    assert.equal(greatest.get(() => assert.fail('no need to read again')), 9);
  });

  it('reads every value again when the greatest left and nothing as great came back', () => {
    const greatest = new Greatest(later);
    for (const value of [3, 9, 4]) greatest.add(value);
    greatest.remove(9);
    greatest.add(5);
    assert.equal(greatest.get(() => [3, 4, 5]), 5);
    greatest.remove(3);
    assert.equal(greatest.get(() => assert.fail('a smaller value left')), 5);
  });

  it('has no value once every value left', () => {
    const greatest = new Greatest(later);
    greatest.add(1);
    greatest.remove(1);
    assert.equal(greatest.get(() => []), undefined);
  });
});
