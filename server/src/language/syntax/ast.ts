/**
 * The syntax tree of one journal. Every span is a pair of UTF-16 offsets into the
 * document text (the unit LSP positions use); `text.ts` turns them into line/character.
 */

import type { TextSource } from './tokens';

/** A half-open range of UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface Token extends Span {
  text: string;
}

export const MODE_KINDS = ['engagement', 'imagination', 'alignment'] as const;
export type ModeKind = (typeof MODE_KINDS)[number];
export const ENTRY_KINDS = [...MODE_KINDS, 'crossing', 'trajectory'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const TRAJECTORY_KINDS = ['peripheral', 'inbound', 'insider', 'boundary', 'outbound'] as const;
export type TrajectoryKind = (typeof TRAJECTORY_KINDS)[number];

/** `+` community, `@` person, `#` tag. */
export type Sigil = '+' | '@' | '#';

/** Where in an entry a reference was written. */
export type ReferencePlace = 'header' | 'field' | 'prose';

/** A `+community`, `@person` or `#tag`; the span starts at the sigil. */
export interface Reference extends Span {
  sigil: Sigil;
  name: string;
  place: ReferencePlace;
}

/** One argument token of an entry header, between the kind and the title. */
export interface HeaderArgument extends Token {
  /** A well-formed reference, `->`, or any other word. */
  type: 'reference' | 'arrow' | 'word';
  reference: Reference | undefined;
}

/** The optional double-quoted title that ends a header. */
export interface Title extends Span {
  /** The text between the quotes. */
  text: string;
  /** False when the closing quote is missing. */
  closed: boolean;
  /** Text after the closing quote, if any. */
  trailing?: Token;
}

/** A `key: value` line of an entry's field block. */
export interface Field extends Span {
  key: Token;
  /** The value, trimmed; an empty token placed after the colon when there is none. */
  value: Token;
  /** Start of the line the field is on (for fixes that remove the whole line). */
  lineStart: number;
  /** End of that line including its line break. */
  lineEnd: number;
}

/** A `practice-disable-next-entry` directive in a comment just before an entry. */
export interface Suppression extends Span {
  /** Rule ids named by the comment; empty means every rule. */
  rules: Token[];
}

export interface Entry extends Span {
  /** Zero-based line of the header. */
  line: number;
  /** End offset of the header line, before its line break. */
  headerEnd: number;
  date: Token;
  /** Days since 1970-01-01 when `date` is a real calendar date. */
  day: number | undefined;
  time: Token | undefined;
  /** The kind word; an empty token at the end of the header when it is missing. */
  kind: Token;
  kindValue: EntryKind | undefined;
  args: HeaderArgument[];
  title: Title | undefined;
  fields: Field[];
  /** The prose after the field block, from its first to its last non-blank character. */
  reflection: Span | undefined;
  /** Every reference in the header, the fields and the prose, in text order. */
  references: Reference[];
  /** Lines at column 0 that continued this entry's prose without indentation. */
  unindented: Span[];
  suppressions: Suppression[];
}

export interface Heading extends Span {
  level: number;
  text: Token;
}

/** The `---` block at the top of the file. */
export interface FrontMatterBlock extends Span {
  /** The YAML between the fences. */
  content: Span;
  closed: boolean;
}

/** A line at column 0 that is neither an entry, a heading, a comment nor part of an entry. */
export interface StrayLine extends Token {}

export interface JournalSyntax {
  text: string;
  /**
   * What the tree's tokens read their text from. A tree re-parsed incrementally shares it with
   * its predecessor and points it at the new text; the predecessor is then no longer valid.
   */
  source: TextSource;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** 1 when the text starts with a byte-order mark, else 0. */
  bom: number;
  frontMatter: FrontMatterBlock | undefined;
  headings: Heading[];
  comments: Span[];
  entries: Entry[];
  strays: StrayLine[];
}
