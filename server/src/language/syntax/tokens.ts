import type { Reference, ReferencePlace, Sigil, Token } from './ast';

/**
 * The text a journal's tokens slice from. Every tree re-parsed from an earlier one shares the
 * earlier tree's source, and re-parsing points it at the new text once, instead of touching
 * every token; so a syntax tree is only valid until its journal is re-parsed.
 */
export class TextSource {
  constructor(public text: string) {}
}

/**
 * A token whose text is sliced from the document only when asked for. A large journal has
 * millions of tokens; not keeping a string per token halves what the garbage collector must
 * trace, which is most of the parser's cost.
 */
export class SourceToken implements Token {
  constructor(
    protected readonly source: TextSource,
    public start: number,
    public end: number,
  ) {}

  get text(): string {
    return this.source.text.slice(this.start, this.end);
  }

  toJSON(): Token {
    return { start: this.start, end: this.end, text: this.text };
  }
}

/** A token for a keyword the parser recognised: its text is the shared constant. */
export function keywordToken(start: number, end: number, text: string): Token {
  return { start, end, text };
}

/** A reference whose name is sliced on demand, for the same reason as `SourceToken`. */
export class SourceReference implements Reference {
  constructor(
    private readonly source: TextSource,
    public start: number,
    public end: number,
    public sigil: Sigil,
    public place: ReferencePlace,
  ) {}

  get name(): string {
    return this.source.text.slice(this.start + 1, this.end);
  }

  toJSON(): Reference {
    return { start: this.start, end: this.end, sigil: this.sigil, name: this.name, place: this.place };
  }
}

/** Shared empty lists for the entry fields that are usually empty; replaced, never pushed to. */
export const NO_SPANS: never[] = Object.freeze([]) as unknown as never[];
