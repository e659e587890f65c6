/**
 * The text of an open document, kept in a byte buffer that edits change in place. A string
 * built by joining slices of a long text (what a string-based document does per keystroke)
 * is flattened by V8 on its first read, which costs about 3 ms for a 3.8 MB journal; copying
 * this buffer out into a new string costs about 0.5 ms. The string is built only when asked
 * for, once per version.
 *
 * Text whose characters all fit in one byte is stored as Latin-1, one byte per character;
 * the first wider character switches the store to UTF-16 code units (lone surrogates kept).
 */

/** Room to grow by before the buffer is copied into a larger one. */
const SLACK = 64 * 1024;

export class TextStore {
  private wide: boolean;
  private bytes: Buffer;
  private size: number;
  private built: string | undefined;

  constructor(text: string) {
    this.wide = !isNarrow(text);
    this.size = text.length;
    this.bytes = allocate(this.byteLength(text.length) + SLACK);
    this.bytes.write(text, 0, this.encoding());
    this.built = text;
  }

  /** The length in UTF-16 code units, as a string's. */
  get length(): number {
    return this.size;
  }

  /** The code unit at `index`, or NaN outside the text (as `String.prototype.charCodeAt`). */
  charCodeAt(index: number): number {
    if (index < 0 || index >= this.size) return NaN;
    return this.wide ? this.bytes.readUInt16LE(index * 2) : this.bytes[index]!;
  }

  /** The whole text, built once per change. */
  toString(): string {
    this.built ??= this.slice(0, this.size);
    return this.built;
  }

  /** The text from `start` to `end` (both within the text). */
  slice(start: number, end: number): string {
    if (this.built !== undefined) return this.built.slice(start, end);
    return this.wide ? this.bytes.toString('utf16le', start * 2, end * 2) : this.bytes.toString('latin1', start, end);
  }

  /** Replaces `start`..`end` with `text`. */
  replace(start: number, end: number, text: string): void {
    if (!this.wide && !isNarrow(text)) this.widen();
    const size = this.size - (end - start) + text.length;
    if (this.byteLength(size) > this.bytes.length) this.grow(size);
    const unit = this.wide ? 2 : 1;
    if (end !== start + text.length) this.bytes.copyWithin((start + text.length) * unit, end * unit, this.size * unit);
    this.bytes.write(text, start * unit, this.encoding());
    this.size = size;
    this.built = undefined;
  }

  private widen(): void {
    const text = this.toString();
    this.wide = true;
    this.bytes = allocate(this.byteLength(text.length) + SLACK);
    this.bytes.write(text, 0, 'utf16le');
  }

  private grow(size: number): void {
    const bigger = allocate(this.byteLength(size + (size >> 2)) + SLACK);
    this.bytes.copy(bigger, 0, 0, this.byteLength(this.size));
    this.bytes = bigger;
  }

  private byteLength(characters: number): number {
    return this.wide ? characters * 2 : characters;
  }

  private encoding(): 'utf16le' | 'latin1' {
    return this.wide ? 'utf16le' : 'latin1';
  }
}

/** True when every character of `text` fits in one byte. */
function isNarrow(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0xff) return false;
  }
  return true;
}

/** A buffer of its own (not a slice of Node's shared pool), so two-byte reads stay aligned. */
function allocate(byteLength: number): Buffer {
  return Buffer.from(new ArrayBuffer(byteLength));
}
