import type { Field, Reference, ReferencePlace } from './ast';
import type { OpenEntry } from './parser';
import { scanIdentifier } from './identifiers';
import { matchKeyword } from './header';
import { keywordToken, SourceReference, SourceToken, TextSource } from './tokens';

/** Field keys the language defines; after a blank line only these still count as fields. */
export const FIELD_KEYS = ['with', 'tags', 'energy', 'via', 'as', 'interaction', 'from'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/**
 * Adds one non-blank body line (content `first`..`end`) to the open entry: a field while the
 * field block lasts, else prose whose references are collected.
 */
export function scanBodyLine(
  text: string,
  open: OpenEntry,
  first: number,
  end: number,
  lineStart: number,
  lineNext: number,
  unindented = false,
): void {
  const { entry } = open;
  entry.end = end;
  if (open.inFields && !unindented) {
    const field = readField(text, open.source, first, end, lineStart, lineNext, open.sawBlank);
    if (field) {
      entry.fields.push(field);
      scanReferences(text, field.value.start, field.value.end, 'field', entry.references, open.sigils, open.source);
      return;
    }
  }
  open.inFields = false;
  if (entry.reflection === undefined) entry.reflection = { start: first, end };
  else entry.reflection.end = end;
  scanReferences(text, first, end, 'prose', entry.references, open.sigils, open.source);
}

function readField(
  text: string,
  source: TextSource,
  first: number,
  end: number,
  lineStart: number,
  lineNext: number,
  afterBlank: boolean,
): Field | undefined {
  let index = first;
  const initial = text.charCodeAt(index);
  if (initial < 97 || initial > 122) return undefined;
  while (index < end) {
    const code = text.charCodeAt(index);
    const isKeyChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 95;
    if (!isKeyChar) break;
    index++;
  }
  if (text.charCodeAt(index) !== 58) return undefined;
  const known = matchKeyword(text, first, index, FIELD_KEYS);
  const afterColon = text.charCodeAt(index + 1);
  // `energy:draining` is still the field the writer meant; an unknown word glued to a colon
  // (`note:see`, `http://…`) stays prose.
  if (!known && index + 1 < end && afterColon !== 32 && afterColon !== 9) return undefined;
  if (afterBlank && !known) return undefined;
  let valueStart = index + 1;
  while (valueStart < end && (text.charCodeAt(valueStart) === 32 || text.charCodeAt(valueStart) === 9)) valueStart++;
  let valueEnd = end;
  while (valueEnd > valueStart && (text.charCodeAt(valueEnd - 1) === 32 || text.charCodeAt(valueEnd - 1) === 9)) valueEnd--;
  return {
    start: first,
    end: valueEnd > index ? valueEnd : index + 1,
    key: known ? keywordToken(first, index, known) : new SourceToken(source, first, index),
    value: new SourceToken(source, valueStart, valueEnd),
    lineStart,
    lineEnd: lineNext,
  };
}

/**
 * Finds the next `+`, `@` or `#` in one document. The next place of each of the three is kept
 * and searched for again (with the native `indexOf`) only once the search has passed it, so
 * lines without a sigil do not search the same stretch of text again. One finder lives for
 * one parse.
 */
export class SigilFinder {
  private plus = -1;
  private at = -1;
  private hash = -1;
  /** Where the last search started; the places kept are valid from there on. */
  private from = 0;

  constructor(private readonly text: string) {}

  /** The offset of the next sigil at or after `from`, or the text length. */
  next(from: number): number {
    // A search that goes back may find a sigil before the places kept: look for all three again.
    if (from < this.from) this.plus = this.at = this.hash = -1;
    this.from = from;
    if (this.plus < from) this.plus = this.find('+', from);
    if (this.at < from) this.at = this.find('@', from);
    if (this.hash < from) this.hash = this.find('#', from);
    return Math.min(this.plus, this.at, this.hash);
  }

  private find(sigil: string, from: number): number {
    const found = this.text.indexOf(sigil, from);
    return found === -1 ? this.text.length : found;
  }
}

/** Characters after which a sigil starts a reference in prose (besides a line start). */
function opensReference(text: string, index: number, from: number): boolean {
  if (index === from) return true;
  const previous = text.charCodeAt(index - 1);
  if (previous === 32 || previous === 9 || previous === 40 || previous === 91 || previous === 123) return true;
  if (previous === 34 || previous === 39 || previous === 44 || previous === 0x201c || previous === 0x2018) return true;
  return false;
}

/**
 * Collects `+community`, `@person` and `#tag` references in `from`..`to`. In prose a name made
 * only of digits (`+1`, `#2`) is ordinary text, not a reference.
 */
export function scanReferences(
  text: string,
  from: number,
  to: number,
  place: ReferencePlace,
  into: Reference[],
  sigils: SigilFinder = new SigilFinder(text),
  source: TextSource = new TextSource(text),
): void {
  for (let index = sigils.next(from); index < to; index = sigils.next(index + 1)) {
    // In a field value a colon opens a reference too, as in `tags:#retro`.
    if (!opensReference(text, index, from) && !(place === 'field' && text.charCodeAt(index - 1) === 58)) continue;
    const nameEnd = scanIdentifier(text, index + 1, to);
    if (nameEnd === index + 1) continue;
    if (place === 'prose' && isAllDigits(text, index + 1, nameEnd)) {
      index = nameEnd - 1;
      continue;
    }
    into.push(new SourceReference(source, index, nameEnd, text[index] as '+' | '@' | '#', place));
    index = nameEnd - 1;
  }
}

function isAllDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
